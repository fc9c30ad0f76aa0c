"""Demo data of the portal for `manage.py seed_demo`; idempotent.

Sets up the Wagtail tree: the home page becomes the default Site's root (replacing Wagtail's
"Welcome" page), the "Chuyển đổi số" section with the six topics of part II of the plan, the
editorial workflow, the role page permissions, and the demo articles of demo_articles.py.
"""

from wagtail.models import Page, Site

from .demo_articles import articles_seed
from .models import HomePage, SectionPage, TopicPage
from .workflow import editorial_setup

HOME_TITLE = "Cổng thông tin điện tử ngành Giáo dục và Đào tạo Quảng Ngãi"
HOME_INTRO = (
    "Chuyên mục Chuyển đổi số của ngành Giáo dục và Đào tạo tỉnh Quảng Ngãi: chính sách, pháp luật, "
    "kiến thức cơ bản, các chương trình và điển hình tiên tiến, hướng dẫn sử dụng dịch vụ công trực tuyến, "
    "hội thảo, hội nghị và cuộc thi tìm hiểu về chuyển đổi số dành cho cán bộ, giáo viên, học sinh, "
    "cha mẹ học sinh và người dân."
)
SECTION_TITLE = "Chuyển đổi số"
SECTION_SLUG = "chuyen-doi-so"
SECTION_INTRO = (
    "Thực hiện Kế hoạch truyền thông về Chuyển đổi số ngành Giáo dục và Đào tạo tỉnh Quảng Ngãi giai đoạn "
    "2022 - 2025, chuyên mục cung cấp thông tin về chủ trương, chính sách, pháp luật; những khái niệm cơ bản "
    "và tác động của chuyển đổi số; vai trò, trách nhiệm của người đứng đầu; các văn bản chỉ đạo; các chương "
    "trình, điển hình tiên tiến và công tác bảo đảm an toàn, an ninh thông tin trong ngành."
)

# (slug, title, intro, where the plan sets it) — the five contents of part II of the plan, with
# its list of directive documents as a topic of its own and information security beside it.
TOPICS = [
    ("chinh-sach-phap-luat", "Chính sách, pháp luật về chuyển đổi số",
     "Quan điểm, chủ trương của Đảng, chính sách, pháp luật của Nhà nước về chuyển đổi số và kết quả phát "
     "triển chính quyền điện tử hướng đến chính quyền số ở các cơ quan, đơn vị, địa phương trong tỉnh.",
     "Kế hoạch, mục II, nội dung thứ nhất"),
    ("khai-niem-tac-dong", "Khái niệm cơ bản và tác động của chuyển đổi số",
     "Những khái niệm cơ bản, tầm quan trọng, ý nghĩa, mục tiêu và tác động của chuyển đổi số; sự cần thiết "
     "phát triển chính quyền số, kinh tế số và xã hội số — giải thích dễ hiểu cho học sinh, cha mẹ học sinh "
     "và người dân.",
     "Kế hoạch, mục II, nội dung thứ hai"),
    ("vai-tro-trach-nhiem", "Vai trò, trách nhiệm trong chuyển đổi số",
     "Vai trò, trách nhiệm của cấp ủy đảng, người đứng đầu cơ quan hành chính, người đứng đầu các đơn vị sự "
     "nghiệp công lập — trong đó có hiệu trưởng, giám đốc trung tâm — đối với nhiệm vụ chuyển đổi số.",
     "Kế hoạch, mục II, nội dung thứ ba"),
    ("van-ban-chi-dao", "Văn bản chỉ đạo về chuyển đổi số",
     "Định hướng, quan điểm, giải pháp về chuyển đổi số của Trung ương, tỉnh Quảng Ngãi và ngành GDĐT tại "
     "các văn bản: Quyết định số 749/QĐ-TTg, Quyết định số 942/QĐ-TTg, Quyết định số 411/QĐ-TTg, Chỉ thị số "
     "02/CT-TTg, Chỉ thị số 19-CT/TU, Kế hoạch số 21/KH-UBND và các văn bản khác.",
     "Kế hoạch, mục II, nội dung thứ tư"),
    ("chuong-trinh-dien-hinh", "Chương trình và điển hình tiên tiến",
     "Các chương trình, nội dung triển khai chuyển đổi số của tỉnh và ngành GDĐT; biểu dương những đơn vị, "
     "tập thể, cá nhân đi đầu trong việc thực hiện hiệu quả chuyển đổi số.",
     "Kế hoạch, mục II, nội dung thứ năm"),
    ("an-toan-thong-tin", "An toàn, an ninh thông tin",
     "Bảo đảm an toàn, an ninh mạng gắn với chuyển đổi số: kỹ năng an toàn trên không gian mạng cho học sinh, "
     "giáo viên; bảo vệ dữ liệu cá nhân; phòng, chống lừa đảo trực tuyến theo Chỉ thị số 14/CT-TTg.",
     "Kế hoạch, mục II, nội dung thứ tư (an toàn, an ninh mạng)"),
]


def _publish(page: Page) -> None:
    page.save_revision().publish()


def _root_ensure() -> Page:
    """Wagtail's tree root and default locale (made by Wagtail's migrations; recreated here when
    a database was flushed, as transactional tests do)."""
    from django.conf import settings
    from wagtail.models import Collection, Locale

    Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    return Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", live=True))


def home_ensure() -> HomePage:
    """The home page as the root of the default Site; Wagtail's "Welcome" page removed."""
    home = HomePage.objects.first()
    root = _root_ensure()
    if home is None:
        slug = "trang-chu"
        home = HomePage(title=HOME_TITLE, slug=slug, intro=HOME_INTRO, seo_title="Trang chủ")
        root.add_child(instance=home)
        _publish(home)
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    if site.root_page_id != home.pk or site.site_name != "Sở GDĐT Quảng Ngãi":
        site.root_page = home
        site.site_name = "Sở GDĐT Quảng Ngãi"
        site.save()
    # Wagtail's default "Welcome to your new Wagtail site!" page (a plain Page, no children).
    for welcome in Page.objects.filter(depth=2, content_type__model="page", content_type__app_label="wagtailcore"):
        if not welcome.get_children().exists() and not Site.objects.filter(root_page=welcome).exists():
            welcome.delete()
    return home


def section_ensure(home: HomePage) -> SectionPage:
    section = SectionPage.objects.child_of(home).filter(slug=SECTION_SLUG).first()
    if section is None:
        section = SectionPage(title=SECTION_TITLE, slug=SECTION_SLUG, intro=SECTION_INTRO)
        home.add_child(instance=section)
        _publish(section)
    return section


def topics_ensure(section: SectionPage) -> dict[str, TopicPage]:
    topics = {}
    for slug, title, intro, reference in TOPICS:
        topic = TopicPage.objects.child_of(section).filter(slug=slug).first()
        if topic is None:
            topic = TopicPage(title=title, slug=slug, intro=intro, plan_reference=reference)
            section.add_child(instance=topic)
            _publish(topic)
        topics[slug] = topic
    return topics


def seed(*, stdout=None) -> None:
    home = home_ensure()
    section = section_ensure(home)
    topics = topics_ensure(section)
    count = articles_seed(topics=topics)
    editorial_setup(section=section)
    if stdout:
        stdout.write(f"portal: home, section «{section.title}», {len(topics)} topics, {count} demo articles")
