"""The seed plan (shared/seeds/000_0142b6612d5989d3.txt) as data: its legal bases, its five
communication activities with lead and coordinating units and time frames as the plan states
them, and the duties of its part IV."""

from lantoa.legal.models import Document, number_key
from lantoa.legal.seed import PLAN_LEGAL_BASES, SEED_PLAN_DOCUMENT
from lantoa.org.models import Unit

from .models import Activity, Duty, Plan

TITLE = "Kế hoạch truyền thông về Chuyển đổi số ngành Giáo dục và Đào tạo tỉnh Quảng Ngãi giai đoạn 2022 - 2025"

PURPOSE = (
    "Đẩy mạnh công tác truyền thông về chuyển đổi số để nâng cao nhận thức cho cán bộ, công chức, viên chức, "
    "người lao động trong ngành GDĐT, học sinh, các tổ chức, doanh nghiệp, người dân về triển khai thực hiện "
    "chuyển đổi số trong ngành GDĐT, trên địa bàn tỉnh; tạo sự đồng thuận trong xã hội để triển khai công tác "
    "chuyển đổi số trong ngành GDĐT một cách đồng bộ, hiệu quả.\n"
    "Truyền thông về chuyển đổi số hướng đến lợi ích của học sinh, cha mẹ học sinh, người dân và doanh nghiệp; "
    "nâng cao ý thức sử dụng các nền tảng số từ gia đình đến cộng đồng, xã hội góp phần hình thành xã hội thông "
    "tin, gắn kết với bảo đảm an toàn, an ninh thông tin cho người sử dụng."
)
REQUIREMENTS = (
    "Nội dung truyền thông đúng quy định của pháp luật; các hình thức thông tin, truyền thông cần linh hoạt, kịp "
    "thời, hiệu quả, tận dụng ưu thế phương tiện truyền thông đại chúng để các nội dung tuyên truyền lan tỏa rộng "
    "rãi trong cộng đồng, xã hội."
)
CONTENTS = (
    "Thông tin các quan điểm, chủ trương của Đảng, chính sách, pháp luật của Nhà nước về chuyển đổi số và kết quả "
    "thực hiện phát triển chính quyền điện tử hướng đến chính quyền số và chuyển đổi số ở các cơ quan, đơn vị, "
    "địa phương trong tỉnh.\n"
    "Tuyên truyền những khái niệm cơ bản, tầm quan trọng, ý nghĩa, mục tiêu và tác động của chuyển đổi số; sự "
    "cần thiết phải phát triển chính quyền điện tử hướng đến chính quyền số, về phát triển kinh tế số và xã hội số.\n"
    "Tuyên truyền vai trò, trách nhiệm của các cấp ủy đảng, người đứng đầu cơ quan hành chính các cấp, người đứng "
    "đầu các tổ chức chính trị - xã hội, các đơn vị sự nghiệp công lập, lãnh đạo các doanh nghiệp đối với việc "
    "triển khai, thực hiện nhiệm vụ chuyển đổi số.\n"
    "Tuyên truyền về những định hướng, quan điểm, giải pháp, nội dung về chuyển đổi số gắn với công tác bảo đảm "
    "an toàn, an ninh mạng của Trung ương, tỉnh Quảng Ngãi và ngành GDĐT tại các văn bản căn cứ của Kế hoạch.\n"
    "Thông tin, tuyên truyền các chương trình, nội dung triển khai về chuyển đổi số của tỉnh, ngành GDĐT. Biểu "
    "dương những đơn vị, địa phương, tập thể, cá nhân trong tỉnh đi đầu trong việc triển khai, thực hiện hiệu quả "
    "về chuyển đổi số."
)
RECIPIENTS = (
    "Sở Thông tin và Truyền thông;\nLãnh đạo Sở;\nCác phòng thuộc Sở;\nCác đơn vị trực thuộc Sở;\n"
    "Phòng GDĐT các huyện, thị xã, thành phố;\nTrang thông tin điện tử Sở;\nLưu: VT, VP."
)

ALL_SUBORDINATE = "Các đơn vị thuộc và trực thuộc Sở; Phòng GDĐT các huyện, thị xã, thành phố."
DIVISIONS_NOTE = "Các phòng thuộc Sở."

# Each activity: order, title, form, content, lead codes ("*divisions" = every division),
# lead note, coordinating selector, coordinating note, schedule, on request, years, time frame.
ACTIVITIES = [
    (1, "Tuyên truyền trên Báo, Đài Phát thanh và Truyền hình tỉnh", Activity.Form.PRESS,
     "Cung cấp thông tin tuyên truyền về công tác Chuyển đổi số trong ngành GDĐT cho Đài Phát thanh và Truyền "
     "hình tỉnh, Báo Quảng Ngãi.",
     ["cttt-gdcntx"], "Phòng CTTT-GDCNTX.", "subordinate+districts", ALL_SUBORDINATE,
     Activity.Schedule.RECURRING, True, (None, None), "Thường xuyên trong năm (hoặc theo yêu cầu)."),
    (2, "Tuyên truyền trên Cổng thông tin điện tử ngành GDĐT", Activity.Form.PORTAL,
     "Xây dựng, thực hiện tuyên truyền trên chuyên mục Chuyển đổi số của Cổng thông tin điện tử ngành GDĐT.",
     ["van-phong", "cttt-gdcntx"],
     "Văn phòng Sở (xây dựng chuyên mục Chuyển đổi số, cập nhật bài viết); Phòng CTTT-GDCNTX (cung cấp thông "
     "tin, bài viết tuyên truyền về chuyển đổi số của ngành GDĐT theo quy định).",
     "subordinate+districts", ALL_SUBORDINATE, Activity.Schedule.YEARLY, False, (None, None),
     "Thường xuyên hàng năm."),
    (3, "Tổ chức hội thảo, hội nghị về chuyển đổi số, chính quyền số", Activity.Form.CONFERENCE,
     "Tổ chức hội thảo, hội nghị chuyên đề chuyển đổi số, chính quyền số trong ngành GDĐT.",
     ["van-phong", "gdtrh", "cttt-gdcntx"], "Văn phòng Sở; Phòng GDTrH; Phòng CTTT-GDCNTX.",
     "divisions", DIVISIONS_NOTE, Activity.Schedule.YEAR_RANGE, False, (2022, 2025), "Năm 2022 - 2025."),
    (4, "Tham gia Cuộc thi tìm hiểu về chuyển đổi số trực tuyến", Activity.Form.CONTEST,
     "Phối hợp với Sở Thông tin và Truyền thông tổ chức Cuộc thi tìm hiểu về chuyển đổi số trên mạng internet "
     "cho cán bộ, công chức, viên chức, người lao động trong ngành GDĐT theo hình thức thi trắc nghiệm.",
     ["van-phong", "cttt-gdcntx"], "Văn phòng Sở; Phòng CTTT-GDCNTX.",
     "divisions", DIVISIONS_NOTE, Activity.Schedule.YEAR_RANGE, False, (2023, 2025), "Năm 2023 - 2025."),
    (5, "Xây dựng tài liệu tuyên truyền về chuyển đổi số", Activity.Form.DOCUMENTATION,
     "Biên tập tài liệu hướng dẫn thực hiện DVC trực tuyến đối với các DVC toàn trình, một phần thuộc thẩm quyền "
     "giải quyết của Sở GDĐT và phát hành trên Cổng thông tin điện tử ngành GDĐT.",
     ["*divisions"],
     "Các phòng thuộc Sở (các phòng thuộc Sở biên tập tài liệu hướng dẫn thực hiện DVC trực tuyến thuộc phòng "
     "phụ trách xử lý).",
     "van-phong", "Văn phòng Sở.", Activity.Schedule.YEAR_RANGE, False, (2022, 2025), "Năm 2022 - 2025."),
]

DUTIES = [
    (1, ["*subordinate", "*districts"],
     "Trưởng các đơn vị thuộc và trực thuộc Sở, Trưởng phòng GDĐT các huyện, thị xã, thành phố và các tổ chức, "
     "cá nhân có liên quan",
     "Căn cứ nội dung được phê duyệt tại Kế hoạch này, chủ động phối hợp triển khai thực hiện.", ""),
    (2, ["kh-tc"], "Phòng Kế hoạch - Tài chính",
     "Hướng dẫn các đơn vị thuộc và trực thuộc Sở lập dự toán, quản lý, sử dụng và thanh quyết toán kinh phí "
     "truyền thông Chuyển đổi số đúng quy định của Nhà nước.", ""),
    (3, ["cttt-gdcntx"], "Phòng Chính trị Tư tưởng và Giáo dục Chuyên nghiệp - Thường xuyên",
     "Hàng năm, xây dựng kế hoạch tuyên truyền về chuyển đổi số phù hợp với chức năng, nhiệm vụ, điều kiện cụ thể "
     "của ngành GDĐT; báo cáo kết quả thực hiện về Sở Thông tin và Truyền thông trước ngày 01/11.", "01/11"),
    (4, ["cttt-gdcntx"], "Phòng Chính trị Tư tưởng và Giáo dục Chuyên nghiệp - Thường xuyên",
     "Phối hợp với các phòng, đơn vị có liên quan theo dõi, kiểm tra, đôn đốc việc triển khai thực hiện Kế hoạch "
     "đúng quy định.", ""),
]


def _units(selector) -> list[Unit]:
    """Unit codes, or the plan's collective names: every division, every subordinate unit, every
    district office (the plan names groups, not lists)."""
    selectors = selector if isinstance(selector, list) else selector.split("+")
    units: list[Unit] = []
    for item in selectors:
        item = item.lstrip("*")
        if item == "divisions":
            units += list(Unit.objects.filter(kind=Unit.Kind.DIVISION))
        elif item == "subordinate":
            units += list(Unit.objects.filter(kind__in=[Unit.Kind.DIVISION, Unit.Kind.SCHOOL, Unit.Kind.CENTRE]))
        elif item == "districts":
            units += list(Unit.objects.filter(kind=Unit.Kind.DISTRICT_OFFICE))
        else:
            units += list(Unit.objects.filter(code=item))
    return units


def seed(*, stdout=None) -> None:
    department = Unit.objects.get(code="so-gddt")
    registry_entry = Document.objects.filter(
        title=SEED_PLAN_DOCUMENT["title"], issued_on=SEED_PLAN_DOCUMENT["issued_on"]
    ).first()
    plan, _ = Plan.objects.update_or_create(
        title=TITLE,
        start_year=2022,
        defaults={
            "end_year": 2025, "number": "", "issued_on": SEED_PLAN_DOCUMENT["issued_on"],
            "signer": "Nguyễn Ngọc Thái", "signer_title": "Giám đốc", "owner": department,
            "status": Plan.Status.APPROVED, "document": registry_entry, "purpose": PURPOSE,
            "requirements": REQUIREMENTS, "contents": CONTENTS, "recipients": RECIPIENTS,
        },
    )
    keys = {number_key(n) for n in PLAN_LEGAL_BASES}
    plan.legal_bases.set(Document.objects.filter(number_key__in=keys))
    for (order, title, form, content, lead, lead_note, coord, coord_note, schedule, on_request, years,
         time_note) in ACTIVITIES:
        activity, _ = Activity.objects.update_or_create(
            plan=plan, sort_order=order,
            defaults={
                "title": title, "form": form, "content": content, "lead_note": lead_note,
                "coordinating_note": coord_note, "schedule": schedule, "also_on_request": on_request,
                "start_year": years[0], "end_year": years[1], "schedule_note": time_note,
            },
        )
        activity.lead_units.set(_units(lead))
        activity.coordinating_units.set(_units(coord))
    for order, selector, units_note, text, deadline in DUTIES:
        duty, _ = Duty.objects.update_or_create(
            plan=plan, sort_order=order,
            defaults={"units_note": units_note, "text": text, "recurring_deadline": deadline},
        )
        duty.units.set(_units(selector))
    if stdout:
        stdout.write(f"plans: «{plan.title}» with {plan.activities.count()} activities")
