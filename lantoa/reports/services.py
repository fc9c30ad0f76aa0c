"""Mutations of the reports module: document numbers, the annual report, commendations and the
annual-report reminders. Each checks permission, changes, writes the audit log, in one
transaction."""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext as _

from lantoa.core.audit import audit_log
from lantoa.core.errors import Conflict, Forbidden
from lantoa.org.roles import Role, user_has_role

from . import queries
from .models import AnnualReport, Commendation, DocumentCounter

REPORT_EDITORS = (Role.REVIEWER, Role.LEADERSHIP, Role.ADMINISTRATOR)
COMMENDATION_PROPOSERS = (Role.REVIEWER, Role.LEADERSHIP)


def _require(actor, *roles) -> None:
    """`actor` None is the system itself (a management command run by the operator)."""
    if actor is not None and not user_has_role(actor, *roles):
        raise Forbidden()


@transaction.atomic
def document_number_allocate(*, year: int, symbol: str) -> int:
    """The next number of `symbol` in calendar `year`: 1, 2, 3 … without gaps or repeats.

    The increment is one UPDATE … SET last_number = last_number + 1 on a locked row, so two
    concurrent allocations (two processes, PostgreSQL or SQLite) never get the same number.
    """
    counter, _created = DocumentCounter.objects.select_for_update().get_or_create(year=year, symbol=symbol)
    DocumentCounter.objects.filter(pk=counter.pk).update(last_number=F("last_number") + 1)
    counter.refresh_from_db(fields=["last_number"])
    return counter.last_number


@transaction.atomic
def annual_report_get_or_create(*, year: int, actor=None) -> AnnualReport:
    queries.year_check(year)
    report = AnnualReport.objects.filter(year=year).first()
    if report is not None:
        return report
    _require(actor, *REPORT_EDITORS)
    plan = queries.plan_for_year(year)
    report = AnnualReport.objects.create(
        year=year,
        introduction=(
            f"Thực hiện {plan.title}" + (f" (Kế hoạch số {plan.number})" if plan and plan.number else "")
            + f", Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện công tác truyền thông về chuyển đổi số "
              f"năm {year} như sau:"
        ) if plan else (
            f"Sở Giáo dục và Đào tạo báo cáo kết quả thực hiện công tác truyền thông về chuyển đổi số năm {year} "
            f"như sau:"
        ),
    )
    audit_log(actor=actor, action="lantoa.reports.annual_report_create", target=report)
    return report


@transaction.atomic
def annual_report_issue(*, report: AnnualReport, actor=None, today: datetime.date | None = None) -> AnnualReport:
    """Give the report its number and date, once: generating it again keeps both.

    The number comes from the counter of the calendar year of the document's date (a report on
    2025 dated 05/01/2026 is number 01 of 2026), as Decree 30/2020 counts.
    """
    _require(actor, *REPORT_EDITORS)
    report = AnnualReport.objects.select_for_update().get(pk=report.pk)
    if report.number:
        return report
    report.issued_on = report.issued_on or today or timezone.localdate()
    report.number = document_number_allocate(year=report.issued_on.year, symbol=AnnualReport.SYMBOL)
    report.status = AnnualReport.Status.ISSUED
    report.save(update_fields=["issued_on", "number", "status", "updated_at"])
    audit_log(actor=actor, action="lantoa.reports.annual_report_issue", target=report,
              data={"number": report.number_display})
    return report


@transaction.atomic
def commendations_propose(*, year: int, actor, limit: int | None = None) -> list[Commendation]:
    """Propose the best-scoring units of `year` (score formula in reports.queries).

    Decisions already taken stay as they are; earlier proposals that are no longer among the
    best are withdrawn, so proposing again after new evidence gives the current ranking.
    """
    _require(actor, *COMMENDATION_PROPOSERS)
    limit = limit or getattr(settings, "LANTOA_COMMENDATION_UNITS", 3)
    rows = sorted(queries.unit_rows(year), key=lambda r: (-r["score"], r["name"]))
    best = [r for r in rows if r["score"] > 0][:limit]
    decided = set(
        Commendation.objects.filter(year=year, person_name="").exclude(status=Commendation.Status.PROPOSED)
        .values_list("unit_id", flat=True)
    )
    Commendation.objects.filter(year=year, person_name="", status=Commendation.Status.PROPOSED).exclude(
        unit_id__in=[r["id"] for r in best]
    ).delete()
    proposed = []
    for row in best:
        if row["id"] in decided:
            continue
        details = {k: row[k] for k in ("articles", "press_items", "events", "participants", "guides",
                                        "participation_rate", "head_count")}
        commendation, _created = Commendation.objects.update_or_create(
            year=year, unit_id=row["id"], person_name="", status=Commendation.Status.PROPOSED,
            defaults={"score": row["score"], "score_details": details},
        )
        proposed.append(commendation)
        audit_log(actor=actor, action="lantoa.reports.commendation_propose", target=commendation,
                  data={"score": row["score"]})
    return proposed


@transaction.atomic
def commendation_decide(*, commendation: Commendation, actor, approve: bool,
                        now: datetime.datetime | None = None) -> Commendation:
    """Approve or reject a proposal. Only the Department's leadership decides (SPEC §1)."""
    if actor is None or not user_has_role(actor, Role.LEADERSHIP):
        raise Forbidden(_("Only the Department's leadership can approve commendations."))
    commendation = Commendation.objects.select_for_update().get(pk=commendation.pk)
    if commendation.status != Commendation.Status.PROPOSED:
        raise Conflict(_("This commendation has already been decided."))
    commendation.status = Commendation.Status.APPROVED if approve else Commendation.Status.REJECTED
    commendation.decided_by = actor
    commendation.decided_at = now or timezone.now()
    commendation.save(update_fields=["status", "decided_by", "decided_at"])
    audit_log(actor=actor, target=commendation,
              action="lantoa.reports.commendation_approve" if approve else "lantoa.reports.commendation_reject")
    return commendation


def annual_report_reminder_due(*, year: int, today: datetime.date, days_before: int = 30) -> dict | None:
    """The back-office reminder for the report on `year`, if one is due today: from
    `days_before` days before the deadline until the report is issued (overdue after the
    deadline). None otherwise.

    The e-mail reminder is plans' `send_reminders` (it already reminds CTTT-GDCNTX of the
    annual-report deadline, 30 days ahead); this is the dashboard panel's view of it, which also
    knows whether the report has been issued.
    """
    report = AnnualReport.objects.filter(year=year).first()
    if report is not None and report.status == AnnualReport.Status.ISSUED:
        return None
    deadline = (report.deadline if report and report.deadline else None) or queries.deadline_for(year)
    days_left = (deadline - today).days
    if days_left > days_before:
        return None
    recipient = queries.recipient_for(min(today, deadline))
    return {"year": year, "deadline": deadline, "days_left": days_left, "overdue": days_left < 0,
            "recipient": recipient.name if recipient else "", "report": report}
