"""Every change to plans, units' annual plans, tasks and progress reports, and the reminders.

The back office's forms call these functions (not form.save()), so the admin, the API and code
check the same rights and leave the same audit trail.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mass_mail
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from lantoa.core.audit import audit_log
from lantoa.core.errors import Conflict, Forbidden
from lantoa.org.models import Unit
from lantoa.org.roles import Role, user_has_role, user_unit

from . import queries
from .models import Plan, ProgressReport, Task, UnitPlan

PLAN_EDITOR_ROLES = (Role.REVIEWER, Role.ADMINISTRATOR)
ANNUAL_REPORT_NOTICE_DAYS = 30


def _ensure_own_unit(*, actor, unit: Unit) -> None:
    """Units edit only their own records; the monitoring roles may act for any unit."""
    if queries.user_sees_all_units(actor):
        return
    own = user_unit(actor)
    if own is None or unit is None or own.pk != unit.pk:
        raise Forbidden(gettext_lazy("You can only work on your own unit's records."))


def _save_form_or_instance(form, instance):
    if form is not None:
        return form.save()
    instance.full_clean()
    instance.save()
    return instance


@transaction.atomic
def plan_save(*, actor, plan: Plan, form=None) -> Plan:
    """Create or change a plan (and, through the form, its activities and duties)."""
    if not user_has_role(actor, *PLAN_EDITOR_ROLES, Role.LEADERSHIP):
        raise Forbidden()
    created = plan.pk is None
    plan = _save_form_or_instance(form, plan)
    audit_log(actor=actor, action="lantoa.plans.plan_create" if created else "lantoa.plans.plan_change", target=plan)
    return plan


@transaction.atomic
def activity_save(*, actor, activity, form=None):
    """Create or change an activity and its yearly targets."""
    if not user_has_role(actor, *PLAN_EDITOR_ROLES):
        raise Forbidden()
    created = activity.pk is None
    activity = _save_form_or_instance(form, activity)
    audit_log(actor=actor, action="lantoa.plans.activity_create" if created else "lantoa.plans.activity_change",
              target=activity)
    return activity


@transaction.atomic
def task_save(*, actor, task: Task, form=None) -> Task:
    """Create or change a task. Units update their own tasks' status and notes; only the
    monitoring division assigns tasks to units."""
    created = task.pk is None
    if created and not user_has_role(actor, *PLAN_EDITOR_ROLES):
        raise Forbidden(gettext_lazy("Only Phòng CTTT-GDCNTX assigns tasks to units."))
    _ensure_own_unit(actor=actor, unit=task.unit)
    if not created:
        previous = Task.objects.only("unit_id").get(pk=task.pk)
        if previous.unit_id != task.unit_id and not user_has_role(actor, *PLAN_EDITOR_ROLES):
            raise Forbidden(gettext_lazy("Only Phòng CTTT-GDCNTX moves tasks between units."))
    if task.status == Task.Status.DONE:
        task.percent_done = 100
        task.completed_on = task.completed_on or timezone.localdate()
    else:
        task.completed_on = None
    task = _save_form_or_instance(form, task)
    audit_log(actor=actor, action="lantoa.plans.task_create" if created else "lantoa.plans.task_change", target=task)
    return task


@transaction.atomic
def unit_plan_save(*, actor, unit_plan: UnitPlan, form=None) -> UnitPlan:
    _ensure_own_unit(actor=actor, unit=unit_plan.unit)
    if unit_plan.pk and unit_plan.status == UnitPlan.Status.APPROVED and not queries.user_sees_all_units(actor):
        raise Conflict(gettext_lazy("An approved plan can no longer be changed by the unit."))
    created = unit_plan.pk is None
    unit_plan = _save_form_or_instance(form, unit_plan)
    audit_log(
        actor=actor, action="lantoa.plans.unit_plan_create" if created else "lantoa.plans.unit_plan_change",
        target=unit_plan,
    )
    return unit_plan


@transaction.atomic
def unit_plan_submit(*, actor, unit_plan: UnitPlan) -> UnitPlan:
    _ensure_own_unit(actor=actor, unit=unit_plan.unit)
    if unit_plan.status not in (UnitPlan.Status.DRAFT, UnitPlan.Status.RETURNED):
        raise Conflict(gettext_lazy("Only a draft or returned plan can be submitted."))
    unit_plan.status = UnitPlan.Status.SUBMITTED
    unit_plan.submitted_at = timezone.now()
    unit_plan.save(update_fields=["status", "submitted_at"])
    audit_log(actor=actor, action="lantoa.plans.unit_plan_submit", target=unit_plan)
    return unit_plan


@transaction.atomic
def unit_plan_decide(*, actor, unit_plan: UnitPlan, approve: bool, note: str = "") -> UnitPlan:
    if not user_has_role(actor, Role.REVIEWER, Role.LEADERSHIP, Role.ADMINISTRATOR):
        raise Forbidden()
    if unit_plan.status != UnitPlan.Status.SUBMITTED:
        raise Conflict(gettext_lazy("Only a submitted plan can be approved or returned."))
    unit_plan.status = UnitPlan.Status.APPROVED if approve else UnitPlan.Status.RETURNED
    unit_plan.review_note = note
    unit_plan.decided_at = timezone.now()
    unit_plan.decided_by = actor
    unit_plan.save(update_fields=["status", "review_note", "decided_at", "decided_by"])
    audit_log(
        actor=actor, action="lantoa.plans.unit_plan_approve" if approve else "lantoa.plans.unit_plan_return",
        target=unit_plan, data={"note": note},
    )
    return unit_plan


@transaction.atomic
def progress_report_save(*, actor, report: ProgressReport, form=None, file: bool = True) -> ProgressReport:
    """Save a unit's progress report and, when `file`, file it: every task it reports on takes
    the reported status, % done and note, so the tasks and the monitoring stay current.

    A report may only speak of its own unit's tasks; a filed report is final.
    """
    _ensure_own_unit(actor=actor, unit=report.unit)
    if report.pk and ProgressReport.objects.filter(pk=report.pk, status=ProgressReport.Status.FILED).exists():
        raise Conflict(gettext_lazy("This report has already been filed."))
    created = report.pk is None
    report = _save_form_or_instance(form, report)
    items = list(report.items.select_related("task"))
    foreign = [item.task for item in items if item.task.unit_id != report.unit_id]
    if foreign:
        raise Forbidden(gettext_lazy("A report may only cover the unit's own tasks."))
    if file:
        now = timezone.now()
        for item in items:
            task = item.task
            task.status = item.status
            task.percent_done = 100 if item.status == Task.Status.DONE else item.percent_done
            if item.note:
                stamp = timezone.localdate(now).strftime("%d/%m/%Y")
                task.progress_note = f"{task.progress_note}\n[{stamp}] {item.note}".strip()
            task.completed_on = timezone.localdate(now) if item.status == Task.Status.DONE else None
            task.save(update_fields=["status", "percent_done", "progress_note", "completed_on", "updated_at"])
        report.status = ProgressReport.Status.FILED
        report.filed_at = now
        report.filed_by = actor if getattr(actor, "is_authenticated", False) else None
        report.save(update_fields=["status", "filed_at", "filed_by"])
        audit_log(actor=actor, action="lantoa.plans.progress_report_file", target=report,
                  data={"tasks": [item.task_id for item in items]})
    else:
        audit_log(actor=actor, action="lantoa.plans.progress_report_create" if created
                  else "lantoa.plans.progress_report_change", target=report)
    return report


# --- Reminders ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reminder:
    kind: str  # "overdue" | "due_soon" | "annual_report"
    unit_id: int | None
    due_on: datetime.date
    text: str


def reminders_collect(*, today: datetime.date, due_soon_days: int = queries.DUE_SOON_DAYS) -> list[Reminder]:
    """Overdue tasks, tasks due within `due_soon_days`, and the annual report once its deadline
    is within ANNUAL_REPORT_NOTICE_DAYS (for Phòng CTTT-GDCNTX, who writes it)."""
    reminders = []
    for task in queries.tasks_overdue(today=today):
        reminders.append(Reminder("overdue", task.unit_id, task.due_on, _(
            "Overdue since %(date)s: %(task)s (%(activity)s)"
        ) % {"date": task.due_on.strftime("%d/%m/%Y"), "task": task.title, "activity": task.activity.title}))
    for task in queries.tasks_due_soon(today=today, days=due_soon_days):
        reminders.append(Reminder("due_soon", task.unit_id, task.due_on, _(
            "Due on %(date)s: %(task)s (%(activity)s)"
        ) % {"date": task.due_on.strftime("%d/%m/%Y"), "task": task.title, "activity": task.activity.title}))
    deadline = queries.annual_report_deadline(today.year)
    if today <= deadline <= today + datetime.timedelta(days=ANNUAL_REPORT_NOTICE_DAYS):
        reviewer_unit = Unit.objects.filter(code="cttt-gdcntx").values_list("pk", flat=True).first()
        reminders.append(Reminder("annual_report", reviewer_unit, deadline, _(
            "The annual report on %(year)s digital-transformation communication is due before %(date)s."
        ) % {"year": today.year, "date": deadline.strftime("%d/%m/%Y")}))
    return reminders


def reminder_recipients(*, unit_ids) -> dict[int, list[str]]:
    """E-mail addresses per unit: its active staff accounts in a staff role."""
    staff_roles = [str(r) for r in (Role.CONTRIBUTOR, Role.REVIEWER, Role.PUBLISHER, Role.FINANCE)]
    users = (
        get_user_model().objects.filter(is_active=True, profile__unit_id__in=list(unit_ids), groups__name__in=staff_roles)
        .exclude(email="").values_list("profile__unit_id", "email").distinct()
    )
    result: dict[int, list[str]] = {}
    for unit_id, email in users:
        result.setdefault(unit_id, []).append(email)
    return result


def reminders_send(*, today: datetime.date | None = None) -> dict[str, int]:
    """E-mail each unit its reminders (one message per unit). Returns counts for the log.

    Run daily by `manage.py send_reminders` (cron / systemd timer) or the `reminders_send_task`
    background task; a day's run sends each unit one digest, so daily runs do not flood.
    """
    today = today or timezone.localdate()
    reminders = reminders_collect(today=today)
    by_unit: dict[int, list[Reminder]] = {}
    for reminder in reminders:
        if reminder.unit_id is not None:
            by_unit.setdefault(reminder.unit_id, []).append(reminder)
    recipients = reminder_recipients(unit_ids=by_unit)
    messages = []
    for unit_id, items in by_unit.items():
        to = recipients.get(unit_id)
        if not to:
            continue
        body = "\n".join(f"- {item.text}" for item in sorted(items, key=lambda r: r.due_on))
        body += "\n\n" + _("See the back office: %(url)s") % {"url": settings.WAGTAILADMIN_BASE_URL.rstrip("/") + "/admin/"}
        messages.append((_("Lan Tỏa: %(count)d reminders on the communication plan") % {"count": len(items)},
                         body, settings.DEFAULT_FROM_EMAIL, sorted(to)))
    sent = send_mass_mail(messages, fail_silently=False) if messages else 0
    return {"reminders": len(reminders), "units": len(by_unit), "emails": sent}
