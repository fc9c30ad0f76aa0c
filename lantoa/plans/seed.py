"""The seed plan (shared/seeds/000_0142b6612d5989d3.txt) as data: its legal bases, its five
communication activities with lead and coordinating units and time frames as the plan states
them, and the duties of its part IV."""

import datetime

from django.utils import timezone

from lantoa.legal.models import Document, number_key
from lantoa.legal.seed import PLAN_LEGAL_BASES, SEED_PLAN_DOCUMENT
from lantoa.org.models import Unit

from .models import Activity, ActivityTarget, Duty, Plan, ProgressReport, ProgressReportItem, Task, UnitPlan

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


# Yearly targets per activity (by sort order). The plan states NO figures: these are the
# Department's working targets (chỉ tiêu phấn đấu do Phòng CTTT-GDCNTX đề xuất), entered so that
# progress can be measured — not text of the plan. Edit them in the back office.
TARGETS = {
    1: (ActivityTarget.Metric.PRESS_ITEMS, {2022: 8, 2023: 10, 2024: 12, 2025: 12}),
    2: (ActivityTarget.Metric.ARTICLES, {2022: 24, 2023: 30, 2024: 36, 2025: 40}),
    3: (ActivityTarget.Metric.EVENTS, {2022: 1, 2023: 1, 2024: 2, 2025: 2}),
    4: (ActivityTarget.Metric.PARTICIPANTS, {2023: 5000, 2024: 8000, 2025: 10000}),
    5: (ActivityTarget.Metric.GUIDES, {2022: 10, 2023: 15, 2024: 10, 2025: 5}),
}

# Demo tasks of 2025 (activity order, unit code, title, due dd/mm/yyyy, status, % done, note).
# Two stay open past their due date, so the dashboard and `send_reminders` have work to show.
TASKS = [
    (1, "cttt-gdcntx", "Cung cấp tin, bài về CĐS ngành cho Báo Quảng Ngãi quý I/2025", "31/03/2025", "done", 100,
     "Đã cung cấp 3 tin, bài."),
    (1, "cttt-gdcntx", "Phối hợp Đài PT-TH tỉnh thực hiện phóng sự CĐS trong trường học", "30/06/2025", "done", 100,
     "Phóng sự phát sóng ngày 12/6/2025."),
    (1, "thpt-tran-quoc-tuan", "Cung cấp tin về mô hình lớp học số của trường cho Báo Quảng Ngãi", "30/09/2025",
     "in_progress", 60, "Đã gửi bản thảo, chờ Báo biên tập."),
    (2, "van-phong", "Cập nhật chuyên mục Chuyển đổi số trên Cổng thông tin điện tử", "31/12/2025", "done", 100, ""),
    (2, "thpt-tran-quoc-tuan", "Gửi 4 bài viết về CĐS của trường cho Cổng thông tin ngành", "31/10/2025", "in_progress",
     50, "Đã gửi 2/4 bài."),
    (2, "gdtrh", "Bài viết về sổ điểm điện tử, học bạ số cấp THPT", "30/11/2025", "todo", 0, ""),
    (3, "van-phong", "Hội nghị chuyên đề Chuyển đổi số ngành GDĐT năm 2025", "15/10/2025", "done", 100,
     "Tổ chức ngày 10/10/2025, 180 đại biểu."),
    (4, "cttt-gdcntx", "Đôn đốc CB, GV tham gia Cuộc thi tìm hiểu về CĐS năm 2025", "30/09/2025", "done", 100, ""),
    (5, "gdtrh", "Biên tập tài liệu hướng dẫn DVC trực tuyến thuộc Phòng GDTrH", "30/06/2025", "done", 100, ""),
    (5, "kh-tc", "Biên tập tài liệu hướng dẫn DVC trực tuyến thuộc Phòng KH-TC", "30/06/2025", "done", 100, ""),
]


def _dmy(text: str) -> datetime.date:
    return datetime.datetime.strptime(text, "%d/%m/%Y").date()


def _seed_targets(plan: Plan) -> None:
    for activity in plan.activities.all():
        metric, per_year = TARGETS.get(activity.sort_order, (None, {}))
        for year, target in per_year.items():
            ActivityTarget.objects.update_or_create(
                activity=activity, year=year, metric=metric, defaults={"target": target}
            )


def _seed_work(plan: Plan) -> None:
    units = {u.code: u for u in Unit.objects.filter(code__in={t[1] for t in TASKS})}
    activities = {a.sort_order: a for a in plan.activities.all()}
    tasks = {}
    for order, code, title, due, status, percent, note in TASKS:
        if code not in units:
            continue
        tasks[title], _ = Task.objects.update_or_create(
            activity=activities[order], unit=units[code], year=2025, title=title,
            defaults={"due_on": _dmy(due), "status": status, "percent_done": percent, "progress_note": note,
                      "completed_on": _dmy(due) if status == "done" else None},
        )
    for code in ("thpt-tran-quoc-tuan", "gdtrh", "cttt-gdcntx"):
        if code in units:
            unit = units[code]
            UnitPlan.objects.update_or_create(
                plan=plan, unit=unit, year=2025,
                defaults={
                    "title": f"Kế hoạch tuyên truyền về chuyển đổi số năm 2025 — {unit.display_short}",
                    "content": "Triển khai các hình thức tuyên truyền của Kế hoạch Sở phù hợp với đơn vị: cung cấp "
                               "tin, bài cho Cổng thông tin ngành và Báo, Đài tỉnh; vận động CB, GV, NV tham gia "
                               "Cuộc thi tìm hiểu về CĐS.",
                    "status": UnitPlan.Status.APPROVED, "submitted_at": timezone.make_aware(
                        datetime.datetime(2025, 2, 10, 9, 0)),
                },
            )
    school = units.get("thpt-tran-quoc-tuan")
    if school:
        report, created = ProgressReport.objects.get_or_create(
            unit=school, year=2025, period=ProgressReport.Period.H1,
            defaults={"summary": "Sáu tháng đầu năm 2025, đơn vị đã gửi 2 bài viết cho Cổng thông tin ngành và 1 bản "
                                 "thảo tin cho Báo Quảng Ngãi.",
                      "status": ProgressReport.Status.FILED,
                      "filed_at": timezone.make_aware(datetime.datetime(2025, 7, 5, 10, 0))},
        )
        if created:
            for task in Task.objects.filter(unit=school, year=2025):
                ProgressReportItem.objects.create(report=report, task=task, status=task.status,
                                                  percent_done=task.percent_done, note=task.progress_note)


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
        activity.save()  # parental many-to-many values are committed on save
    for order, selector, units_note, text, deadline in DUTIES:
        duty, _ = Duty.objects.update_or_create(
            plan=plan, sort_order=order,
            defaults={"units_note": units_note, "text": text, "recurring_deadline": deadline},
        )
        duty.units.set(_units(selector))
        duty.save()
    _seed_targets(plan)
    _seed_work(plan)
    if stdout:
        stdout.write(f"plans: «{plan.title}» with {plan.activities.count()} activities")
