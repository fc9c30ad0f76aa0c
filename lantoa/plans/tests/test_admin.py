"""The back office: a new plan without code, and every path a unit must not take."""

import datetime

from django.conf import settings
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from lantoa.org.tests.factories import UnitFactory
from lantoa.plans.models import Activity, Plan, ProgressReport, Task
from lantoa.plans.tests.factories import ActivityFactory, TaskFactory


def _plan_form(owner, lead):
    data = nested_form_data({
        "title": "Kế hoạch truyền thông về Chuyển đổi số ngành GDĐT giai đoạn 2026 - 2030",
        "number": "15/KH-SGDĐT", "owner": owner.pk, "start_year": 2026, "end_year": 2030, "status": "draft",
        "activities": inline_formset([{
            "sort_order": 1, "form": Activity.Form.PORTAL, "title": "Tuyên truyền trên Cổng thông tin",
            "content": "", "lead_note": "", "coordinating_note": "",
            "schedule": Activity.Schedule.YEARLY, "start_year": "", "end_year": "", "schedule_note": "",
        }]),
        "duties": inline_formset([]),
    })
    data["activities-0-lead_units"] = [lead.pk]
    return data


def test_reviewer_creates_a_2026_2030_plan_in_the_back_office(client, reviewer):
    owner = UnitFactory(code="so-gddt", kind="department")
    lead = UnitFactory(code="van-phong", kind="division")
    client.force_login(reviewer)

    response = client.post("/admin/plans/new/", _plan_form(owner, lead))

    assert response.status_code == 302
    plan = Plan.objects.get(number="15/KH-SGDĐT")
    activity = plan.activities.get()
    assert (plan.period, activity.title, list(activity.lead_units.all())) == (
        "2026–2030", "Tuyên truyền trên Cổng thông tin", [lead])


def test_contributor_cannot_create_a_plan(client, contributor, school):
    client.force_login(contributor)

    response = client.post("/admin/plans/new/", _plan_form(school, school))

    assert response.status_code == 302
    assert Plan.objects.count() == 0


def test_unit_lists_only_its_own_tasks(client, contributor, school, other_school):
    TaskFactory(unit=school, title="Việc của trường A")
    TaskFactory(unit=other_school, title="Việc của trường B")
    client.force_login(contributor)

    html = client.get("/admin/plan_tasks/").content.decode()

    assert ("Việc của trường A" in html, "Việc của trường B" in html) == (True, False)


def test_unit_cannot_open_or_change_another_units_task(client, contributor, other_school):
    task = TaskFactory(unit=other_school, title="Việc của trường B", progress_note="")
    client.force_login(contributor)

    statuses = [client.get(f"/admin/plan_tasks/{view}/{task.pk}/").status_code
                for view in ("edit", "inspect", "history", "delete")]
    posted = client.post(f"/admin/plan_tasks/edit/{task.pk}/", {"progress_note": "sửa trộm"})

    task.refresh_from_db()
    assert (statuses, posted.status_code, task.progress_note) == ([404, 404, 404, 404], 404, "")


def test_unit_cannot_create_a_task(client, contributor, school):
    client.force_login(contributor)

    response = client.post("/admin/plan_tasks/new/", {
        "activity": ActivityFactory().pk, "unit": school.pk, "year": 2025, "title": "Tự giao việc",
        "due_on": "2025-05-01", "status": "todo", "percent_done": 0,
    })

    assert response.status_code == 302
    assert Task.objects.count() == 0


def _report_form(unit, task, status="done"):
    return nested_form_data({
        "unit": unit.pk, "year": 2025, "period": ProgressReport.Period.H1, "summary": "Báo cáo sáu tháng",
        "items": inline_formset([{"task": task.pk, "status": status, "percent_done": 100, "note": "Xong"}], min=1),
    })


def test_unit_files_a_progress_report_in_the_back_office(client, contributor, school):
    task = TaskFactory(unit=school)
    client.force_login(contributor)

    response = client.post("/admin/progress_reports/new/", _report_form(school, task))

    assert response.status_code == 302
    task.refresh_from_db()
    report = ProgressReport.objects.get()
    assert (report.status, report.filed_by, task.status, task.percent_done) == ("filed", contributor, "done", 100)


def test_unit_cannot_report_on_another_units_task(client, contributor, school, other_school):
    foreign = TaskFactory(unit=other_school)
    client.force_login(contributor)

    response = client.post("/admin/progress_reports/new/", _report_form(school, foreign))

    foreign.refresh_from_db()
    assert (response.status_code, ProgressReport.objects.count(), foreign.status) == (200, 0, "todo")


def test_unit_cannot_file_a_report_for_another_unit(client, contributor, other_school):
    task = TaskFactory(unit=other_school)
    client.force_login(contributor)

    response = client.post("/admin/progress_reports/new/", _report_form(other_school, task))

    assert (response.status_code, ProgressReport.objects.count()) == (200, 0)


def test_unit_cannot_open_another_units_report(client, contributor, other_school):
    report = ProgressReport.objects.create(unit=other_school, year=2025, period="h1", summary="Bí mật")
    client.force_login(contributor)

    statuses = [client.get(f"/admin/progress_reports/{view}/{report.pk}/").status_code
                for view in ("edit", "inspect", "delete")]

    assert statuses == [404, 404, 404]


def test_dashboard_shows_a_unit_only_its_own_figures(client, contributor, reviewer, school, other_school):
    activity = ActivityFactory()
    TaskFactory(activity=activity, unit=school, title="Việc A", due_on=datetime.date(2025, 1, 1))
    TaskFactory(activity=activity, unit=other_school, title="Việc B", due_on=datetime.date(2025, 1, 1))

    client.force_login(contributor)
    unit_view = client.get(f"/admin/plans_dashboard/?year=2025&unit={other_school.pk}").content.decode()
    client.force_login(reviewer)
    monitor_view = client.get("/admin/plans_dashboard/?year=2025").content.decode()

    assert ("Việc A" in unit_view, "Việc B" in unit_view) == (True, False)
    assert ("Việc A" in monitor_view, "Việc B" in monitor_view, "<svg" in monitor_view) == (True, True, True)


def test_home_page_reminds_the_unit_of_its_overdue_task(client, contributor, school):
    TaskFactory(unit=school, title="Việc quá hạn", due_on=datetime.date(2020, 1, 1))
    client.force_login(contributor)
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"

    html = client.get("/admin/").content.decode()

    assert "Việc quá hạn" in html
    assert "1 overdue task" in html
