"""Browser tests in Chromium: the reader's path, the editor's path, axe-core accessibility checks.

axe-core comes from npm (not vendored): `npm install axe-core` at the repository root puts it at
node_modules/axe-core/axe.min.js; LANTOA_AXE_JS may point elsewhere.
"""

import datetime
import os
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.conf import settings

from lantoa.org.roles import Role
from lantoa.org.services import roles_sync
from lantoa.org.tests.factories import UnitFactory, staff_user
from lantoa.portal import services
from lantoa.portal.seed import home_ensure, section_ensure, topics_ensure
from lantoa.portal.workflow import editorial_setup

from .conftest import article_publish

pytestmark = pytest.mark.browser
PASSWORD = "mat-khau-thu"  # UserFactory's


def _axe_source() -> str:
    path = Path(os.environ.get("LANTOA_AXE_JS") or Path(settings.BASE_DIR) / "node_modules/axe-core/axe.min.js")
    if not path.exists():
        pytest.skip(f"axe-core not installed at {path} (run `npm install axe-core` at the repository root).")
    return path.read_text()


def _quiet(page):
    """Answer the view beacon in the browser: a beacon still in flight when the test ends would
    hit the live server while the test database is being flushed."""
    page.route("**/luot-xem/**", lambda route: route.fulfill(status=204))
    return page


@pytest.fixture
def site(transactional_db, live_server):
    home = home_ensure()
    section = section_ensure(home)
    topics = topics_ensure(section)
    editorial_setup(section=section)
    unit = UnitFactory(code="thpt-a", name="Trường THPT A", short_name="THPT A")
    topic = topics["an-toan-thong-tin"]
    article = article_publish(
        topic, title="Cảnh giác với lừa đảo trực tuyến", sapo="Phụ huynh cần bình tĩnh, gọi lại cho nhà trường.",
        text="Không chuyển tiền cho người lạ. Thực hiện Chỉ thị số 14/CT-TTg.", unit=unit, author="Lê Văn Minh",
        when=datetime.date(2024, 10, 2),
    )
    article_publish(topic, title="Bảo vệ dữ liệu cá nhân của học sinh", unit=unit, when=datetime.date(2026, 5, 6))
    return SimpleNamespace(url=live_server.url, home=home, section=section, topic=topic, article=article, unit=unit)


def test_home_smoke(page, site):
    _quiet(page)
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))

    page.goto(site.url + "/")

    assert page.locator("h1").inner_text() == "Chuyển đổi số"
    assert page.locator("a[href='/cuoc-thi/']").count() >= 1
    assert errors == []


def test_reader_path_home_topic_article_search_pdf(page, site):
    _quiet(page)
    page.goto(site.url + "/")
    page.get_by_role("link", name="Vào chuyên mục Chuyển đổi số").click()
    page.get_by_role("link", name=site.topic.title).first.click()
    page.get_by_role("link", name=site.article.title).first.click()
    assert page.locator("h1").inner_text() == site.article.title

    page.fill("#header-q", "LUA DAO")
    page.press("#header-q", "Enter")
    assert page.locator(".search-results mark").first.inner_text().lower() == "lừa"
    page.locator(".search-results a").first.click()
    pdf_href = page.locator("a", has_text="Lưu thành PDF").get_attribute("href")
    response = page.request.get(site.url + pdf_href)

    assert (response.status, response.headers["content-type"]) == (200, "application/pdf")
    assert response.body().startswith(b"%PDF")


def test_skip_link_moves_focus_to_main(page, site):
    _quiet(page)
    page.goto(site.url + site.article.url)

    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    page.keyboard.press("Enter")

    assert page.evaluate("document.activeElement.id") == "main"


def _login(page, base_url, username):
    page.goto(base_url + "/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(base_url + "/admin/")


def test_editor_path_draft_review_publish_visible_anonymously(browser, site):
    roles_sync()
    contributor = staff_user(role=Role.CONTRIBUTOR, unit=site.unit, username="bientap-a")
    staff_user(role=Role.REVIEWER, unit=UnitFactory(code="cttt-gdcntx"), username="thamdinh")
    staff_user(role=Role.PUBLISHER, unit=UnitFactory(code="van-phong"), username="vanphong-test")
    draft = services.article_draft_create(
        user=contributor, topic=site.topic, title="Học sinh học kỹ năng an toàn mạng", sapo="Tóm tắt bài mới.",
    )
    edit_url = f"{site.url}/admin/pages/{draft.pk}/edit/"

    for username, button in (("bientap-a", "action-submit"), ("thamdinh", "approve"), ("vanphong-test", "approve")):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        editor = context.new_page()
        _login(editor, site.url, username)
        editor.goto(edit_url)
        editor.locator("[data-w-dropdown-target='toggle']").last.click()  # the action menu's "more" toggle
        if button == "action-submit":
            editor.locator("button[name='action-submit']").click()
        else:
            editor.locator("button[data-workflow-action-name='approve']").first.click()
        editor.wait_for_load_state("networkidle")
        context.close()

    reader = _quiet(browser.new_context().new_page())
    response = reader.goto(site.url + draft.get_parent().url)
    assert response.status == 200
    reader.get_by_role("link", name="Học sinh học kỹ năng an toàn mạng").click()
    assert reader.locator("h1").inner_text() == "Học sinh học kỹ năng an toàn mạng"


PAGES = {
    "home": lambda s: "/",
    "section": lambda s: s.section.url,
    "topic": lambda s: s.topic.url,
    "article": lambda s: s.article.url,
    "search": lambda s: "/tim-kiem/?q=lua+dao",
}


@pytest.mark.parametrize("width", ["desktop", "phone"])
def test_axe_finds_no_violations(request, site, width):
    axe = _axe_source()
    page = _quiet(request.getfixturevalue("page" if width == "desktop" else "phone_page"))
    found = {}

    for name, path in PAGES.items():
        page.goto(site.url + path(site))
        page.add_script_tag(content=axe)
        result = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']})).violations")
        if result:
            found[name] = [(v["id"], [n["target"] for n in v["nodes"]][:3]) for v in result]

    assert found == {}
