import datetime

from django.core import mail
from django.core.management import call_command

from lantoa.org.roles import Role
from lantoa.org.tests.factories import UnitFactory, staff_user
from lantoa.plans import services
from lantoa.plans.models import Task
from lantoa.plans.queries import annual_report_deadline
from lantoa.plans.tasks import reminders_send_task
from lantoa.plans.tests.factories import TaskFactory

TODAY = datetime.date(2025, 7, 15)


def test_overdue_task_yields_a_reminder_and_an_email_to_its_unit(school, contributor, other_contributor):
    TaskFactory(unit=school, title="Gửi bài viết", due_on=datetime.date(2025, 6, 30))

    reminders = services.reminders_collect(today=TODAY)
    counts = services.reminders_send(today=TODAY)

    assert [(r.kind, r.unit_id) for r in reminders] == [("overdue", school.pk)]
    assert counts == {"reminders": 1, "units": 1, "emails": 1}
    assert mail.outbox[0].to == [contributor.email]
    assert "Gửi bài viết" in mail.outbox[0].body


def test_done_and_cancelled_tasks_are_not_reminded(school):
    TaskFactory(unit=school, due_on=datetime.date(2025, 6, 1), status=Task.Status.DONE)
    TaskFactory(unit=school, due_on=datetime.date(2025, 6, 1), status=Task.Status.CANCELLED)

    assert services.reminders_collect(today=TODAY) == []


def test_task_due_within_two_weeks_is_due_soon(school):
    TaskFactory(unit=school, due_on=TODAY + datetime.timedelta(days=14))
    TaskFactory(unit=school, due_on=TODAY + datetime.timedelta(days=15))

    assert [r.kind for r in services.reminders_collect(today=TODAY)] == ["due_soon"]


def test_annual_report_deadline_is_reminded_in_the_month_before(db, settings):
    cttt = UnitFactory(code="cttt-gdcntx", kind="division")
    staff_user(role=Role.REVIEWER, unit=cttt, email="cttt@example.vn")
    settings.LANTOA_ANNUAL_REPORT_DEADLINE = "01/11"

    before = services.reminders_collect(today=datetime.date(2025, 9, 30))
    within = services.reminders_collect(today=datetime.date(2025, 10, 2))
    services.reminders_send(today=datetime.date(2025, 10, 2))

    assert before == []
    assert [(r.kind, r.unit_id, r.due_on) for r in within] == [("annual_report", cttt.pk, datetime.date(2025, 11, 1))]
    assert mail.outbox[0].to == ["cttt@example.vn"]


def test_annual_report_deadline_follows_the_setting(settings):
    settings.LANTOA_ANNUAL_REPORT_DEADLINE = "15/10"

    assert annual_report_deadline(2026) == datetime.date(2026, 10, 15)


def test_send_reminders_command_with_a_date(school, contributor, capsys):
    TaskFactory(unit=school, due_on=datetime.date(2025, 6, 30))

    call_command("send_reminders", "--date", "15/07/2025")

    assert "1 reminders for 1 units, 1 e-mails sent" in capsys.readouterr().out
    assert len(mail.outbox) == 1


def test_reminders_task_sends_through_the_service(school, contributor):
    TaskFactory(unit=school, due_on=datetime.date(2000, 1, 1))

    result = reminders_send_task.enqueue()

    assert result.return_value == {"reminders": 1, "units": 1, "emails": 1}
