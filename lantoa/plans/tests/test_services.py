import datetime

import pytest

from lantoa.core.errors import Conflict, Forbidden
from lantoa.org.roles import Role
from lantoa.org.tests.factories import staff_user
from lantoa.plans import services
from lantoa.plans.models import Plan, ProgressReport, ProgressReportItem, Task, UnitPlan
from lantoa.plans.tests.factories import ActivityFactory, TaskFactory


def _report(unit, **kwargs):
    return ProgressReport(unit=unit, year=2025, period=ProgressReport.Period.H1, summary="Sáu tháng", **kwargs)


def test_plan_save_by_a_contributor_is_forbidden(contributor, school):
    plan = Plan(title="Kế hoạch 2026 - 2030", owner=school, start_year=2026, end_year=2030)

    with pytest.raises(Forbidden):
        services.plan_save(actor=contributor, plan=plan)

    assert Plan.objects.count() == 0


def test_plan_save_by_the_reviewer_creates_a_new_period(reviewer, school):
    plan = services.plan_save(
        actor=reviewer, plan=Plan(title="Kế hoạch 2026 - 2030", owner=school, start_year=2026, end_year=2030)
    )

    assert (plan.period, list(plan.years)) == ("2026–2030", [2026, 2027, 2028, 2029, 2030])


def test_task_create_by_a_unit_is_forbidden(contributor, school):
    task = Task(activity=ActivityFactory(), unit=school, year=2025, title="Tự giao", due_on=datetime.date(2025, 5, 1))

    with pytest.raises(Forbidden):
        services.task_save(actor=contributor, task=task)

    assert Task.objects.count() == 0


def test_task_save_by_the_unit_updates_its_own_task(contributor, school):
    task = TaskFactory(unit=school)
    task.status = Task.Status.DONE

    saved = services.task_save(actor=contributor, task=task)

    saved.refresh_from_db()
    assert (saved.status, saved.percent_done, saved.completed_on is not None) == ("done", 100, True)


def test_task_save_of_another_units_task_is_forbidden(contributor, other_school):
    task = TaskFactory(unit=other_school, progress_note="")
    task.progress_note = "sửa trộm"

    with pytest.raises(Forbidden):
        services.task_save(actor=contributor, task=task)

    task.refresh_from_db()
    assert task.progress_note == ""


def test_task_moved_to_another_unit_by_the_unit_is_forbidden(contributor, school, other_school):
    task = TaskFactory(unit=school)
    task.unit = other_school

    with pytest.raises(Forbidden):
        services.task_save(actor=contributor, task=task)

    assert Task.objects.get(pk=task.pk).unit_id == school.pk


def test_progress_report_file_updates_the_units_tasks(contributor, school):
    task = TaskFactory(unit=school, status=Task.Status.TODO)
    report = _report(school)
    report.save()
    ProgressReportItem.objects.create(report=report, task=task, status=Task.Status.IN_PROGRESS, percent_done=40,
                                      note="Đã gửi bản thảo")

    services.progress_report_save(actor=contributor, report=report)

    task.refresh_from_db()
    report.refresh_from_db()
    assert (task.status, task.percent_done, task.progress_note.endswith("Đã gửi bản thảo")) == ("in_progress", 40, True)
    assert (report.status, report.filed_by) == (ProgressReport.Status.FILED, contributor)


def test_progress_report_on_another_units_task_is_refused_whole(contributor, school, other_school):
    foreign = TaskFactory(unit=other_school, status=Task.Status.TODO)
    report = _report(school)
    report.save()
    ProgressReportItem.objects.create(report=report, task=foreign, status=Task.Status.DONE, percent_done=100)

    with pytest.raises(Forbidden):
        services.progress_report_save(actor=contributor, report=report)

    foreign.refresh_from_db()
    assert (foreign.status, ProgressReport.objects.get(pk=report.pk).status) == ("todo", "draft")


def test_progress_report_for_another_unit_is_forbidden(contributor, other_school):
    with pytest.raises(Forbidden):
        services.progress_report_save(actor=contributor, report=_report(other_school))

    assert ProgressReport.objects.count() == 0


def test_progress_report_filed_twice_is_a_conflict(contributor, school):
    report = services.progress_report_save(actor=contributor, report=_report(school))

    with pytest.raises(Conflict):
        services.progress_report_save(actor=contributor, report=report)


def test_unit_plan_submit_then_approve(contributor, reviewer, school):
    unit_plan = services.unit_plan_save(
        actor=contributor, unit_plan=UnitPlan(plan=ActivityFactory().plan, unit=school, year=2025, title="KH 2025")
    )
    services.unit_plan_submit(actor=contributor, unit_plan=unit_plan)

    decided = services.unit_plan_decide(actor=reviewer, unit_plan=unit_plan, approve=True)

    assert (decided.status, decided.decided_by) == (UnitPlan.Status.APPROVED, reviewer)


def test_unit_plan_decide_by_the_unit_itself_is_forbidden(contributor, school):
    unit_plan = UnitPlan.objects.create(plan=ActivityFactory().plan, unit=school, year=2025, title="KH",
                                        status=UnitPlan.Status.SUBMITTED)

    with pytest.raises(Forbidden):
        services.unit_plan_decide(actor=contributor, unit_plan=unit_plan, approve=True)

    assert UnitPlan.objects.get(pk=unit_plan.pk).status == UnitPlan.Status.SUBMITTED


def test_unit_plan_of_another_unit_cannot_be_saved(contributor, other_school):
    with pytest.raises(Forbidden):
        services.unit_plan_save(actor=contributor, unit_plan=UnitPlan(
            plan=ActivityFactory().plan, unit=other_school, year=2025, title="KH"))

    assert UnitPlan.objects.count() == 0


def test_approved_unit_plan_cannot_be_changed_by_the_unit(contributor, school):
    unit_plan = UnitPlan.objects.create(plan=ActivityFactory().plan, unit=school, year=2025, title="KH",
                                        status=UnitPlan.Status.APPROVED)
    unit_plan.title = "Đổi"

    with pytest.raises(Conflict):
        services.unit_plan_save(actor=contributor, unit_plan=unit_plan)

    assert UnitPlan.objects.get(pk=unit_plan.pk).title == "KH"


def test_leadership_may_approve_a_plan_but_not_assign_tasks(school):
    leader = staff_user(role=Role.LEADERSHIP, unit=school)
    task = Task(activity=ActivityFactory(), unit=school, year=2025, title="T", due_on=datetime.date(2025, 5, 1))

    with pytest.raises(Forbidden):
        services.task_save(actor=leader, task=task)

    plan = ActivityFactory().plan
    plan.status = Plan.Status.CLOSED
    assert services.plan_save(actor=leader, plan=plan).status == Plan.Status.CLOSED
