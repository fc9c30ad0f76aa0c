"""Every change to the communication funds: estimates, their approval, expenses, settlement.

Amounts are integers of đồng end to end (quantity × unit price is an integer product), so the
budget-vs-actual figures are exact to the đồng on SQLite and PostgreSQL alike.
"""

from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from lantoa.core.audit import audit_log
from lantoa.core.errors import Conflict, Forbidden, ServiceError
from lantoa.org.roles import user_has_role, user_unit

from . import queries
from .models import Estimate, EstimateLine, Expense, Settlement


def _ensure_own_unit(*, actor, unit_id: int | None) -> None:
    """Units work on their own estimates and expenses only (KH-TC and the administrator may act
    for any unit)."""
    if user_has_role(actor, *queries.APPROVER_ROLES):
        return
    own = user_unit(actor)
    if own is None or unit_id != own.pk:
        raise Forbidden(_("You can only work on your own unit's budget."))


def _ensure_not_settled(*, unit_id: int, year: int) -> None:
    if Settlement.objects.filter(unit_id=unit_id, year=year).exists():
        raise Conflict(_("This unit's budget for the year has been settled; it can no longer change."))


def estimate_recalculate(*, estimate: Estimate) -> int:
    total = 0
    for line in estimate.lines.all():
        amount = int(line.quantity) * int(line.unit_price)
        if line.amount != amount:
            EstimateLine.objects.filter(pk=line.pk).update(amount=amount)
        total += amount
    Estimate.objects.filter(pk=estimate.pk).update(total=total)
    estimate.total = total
    return total


@transaction.atomic
def estimate_save(*, actor, estimate: Estimate, form=None) -> Estimate:
    """Create or change an estimate and its lines; only while it is a draft or returned."""
    _ensure_own_unit(actor=actor, unit_id=estimate.unit_id)
    if estimate.pk:
        previous = Estimate.objects.only("status", "unit_id").get(pk=estimate.pk)
        if previous.status not in Estimate.EDITABLE_STATUSES:
            raise Conflict(_("A submitted or approved estimate cannot be changed."))
        if previous.unit_id != estimate.unit_id:
            _ensure_own_unit(actor=actor, unit_id=previous.unit_id)
    _ensure_not_settled(unit_id=estimate.unit_id, year=estimate.year)
    created = estimate.pk is None
    if form is not None:
        estimate = form.save()
    else:
        estimate.save()
    estimate_recalculate(estimate=estimate)
    audit_log(actor=actor, action="lantoa.budget.estimate_create" if created else "lantoa.budget.estimate_change",
              target=estimate, data={"total": estimate.total})
    return estimate


@transaction.atomic
def estimate_submit(*, actor, estimate: Estimate) -> Estimate:
    _ensure_own_unit(actor=actor, unit_id=estimate.unit_id)
    estimate = Estimate.objects.select_for_update().get(pk=estimate.pk)
    if estimate.status not in Estimate.EDITABLE_STATUSES:
        raise Conflict(_("Only a draft or returned estimate can be submitted."))
    if not estimate.lines.exists():
        raise ServiceError(_("An estimate needs at least one line."))
    estimate_recalculate(estimate=estimate)
    estimate.status = Estimate.Status.SUBMITTED
    estimate.submitted_at = timezone.now()
    estimate.save(update_fields=["status", "submitted_at"])
    audit_log(actor=actor, action="lantoa.budget.estimate_submit", target=estimate, data={"total": estimate.total})
    return estimate


@transaction.atomic
def estimate_decide(*, actor, estimate: Estimate, approve: bool, reason: str = "") -> Estimate:
    """KH-TC approves a submitted estimate, or returns it to the unit with a reason."""
    if not user_has_role(actor, *queries.APPROVER_ROLES):
        raise Forbidden(_("Only Phòng KH-TC approves budget estimates."))
    estimate = Estimate.objects.select_for_update().get(pk=estimate.pk)
    if estimate.status != Estimate.Status.SUBMITTED:
        raise Conflict(_("Only a submitted estimate can be approved or returned."))
    if not approve and not reason.strip():
        raise ServiceError(_("Say why the estimate is returned."))
    estimate.status = Estimate.Status.APPROVED if approve else Estimate.Status.RETURNED
    estimate.return_reason = "" if approve else reason.strip()
    estimate.decided_at = timezone.now()
    estimate.decided_by = actor
    estimate.save(update_fields=["status", "return_reason", "decided_at", "decided_by"])
    audit_log(actor=actor, action="lantoa.budget.estimate_approve" if approve else "lantoa.budget.estimate_return",
              target=estimate, data={"total": estimate.total, "reason": estimate.return_reason})
    return estimate


@dataclass
class ExpenseResult:
    expense: Expense
    warning: str = ""


@transaction.atomic
def expense_record(*, actor, expense: Expense, form=None) -> ExpenseResult:
    """Record (or correct) an expense against an approved line.

    Spending past the line's approved amount is allowed, with a warning, up to the tolerance
    (LANTOA_BUDGET_OVERSPEND_TOLERANCE_PERCENT); beyond it the expense is refused. Compared in
    integers: spent × 100 ≤ approved × (100 + tolerance).
    """
    line = EstimateLine.objects.select_related("estimate").select_for_update().get(pk=expense.line_id)
    estimate = line.estimate
    _ensure_own_unit(actor=actor, unit_id=estimate.unit_id)
    if expense.pk:
        previous = Expense.objects.select_related("line__estimate").get(pk=expense.pk)
        _ensure_own_unit(actor=actor, unit_id=previous.unit_id)
    if estimate.status != Estimate.Status.APPROVED:
        raise Conflict(_("Expenses can only be recorded against an approved estimate."))
    _ensure_not_settled(unit_id=estimate.unit_id, year=estimate.year)
    amount = int(expense.amount)
    if amount <= 0:
        raise ServiceError(_("The amount must be a positive number of đồng."))
    spent = queries.line_spent(line, exclude_expense_id=expense.pk) + amount
    tolerance = queries.tolerance_percent()
    limit_hundredths = line.amount * (100 + tolerance)
    if spent * 100 > limit_hundredths:
        raise Conflict(
            _("Refused: %(spent)s đ would exceed the approved %(approved)s đ by more than the %(tolerance)s%% tolerance.")
            % {"spent": _vnd(spent), "approved": _vnd(line.amount), "tolerance": tolerance}
        )
    warning = ""
    if spent > line.amount:
        warning = str(_("Warning: spending on “%(line)s” is %(over)s đ over the approved %(approved)s đ.") % {
            "line": line.description, "over": _vnd(spent - line.amount), "approved": _vnd(line.amount)})
    expense.unit_id = estimate.unit_id
    expense.over_tolerance_note = warning[:300]
    created = expense.pk is None
    try:
        with transaction.atomic():
            if form is not None:
                form.instance.unit_id = estimate.unit_id
                form.instance.over_tolerance_note = expense.over_tolerance_note
                expense = form.save()
            else:
                expense.full_clean(exclude=["unit"])
                expense.save()
    except IntegrityError as exc:
        raise Conflict(_("This voucher number is already recorded for the unit.")) from exc
    audit_log(actor=actor, action="lantoa.budget.expense_record" if created else "lantoa.budget.expense_change",
              target=expense, data={"amount": amount, "line": line.pk, "warning": warning})
    return ExpenseResult(expense, warning)


@transaction.atomic
def settlement_make(*, actor, unit, year: int, note: str = "") -> Settlement:
    """KH-TC settles a unit's year: the approved and spent totals are frozen, and nothing of
    that unit's year (estimates, expenses) can change afterwards."""
    if not user_has_role(actor, *queries.APPROVER_ROLES):
        raise Forbidden(_("Only Phòng KH-TC settles budgets."))
    if Estimate.objects.filter(unit=unit, year=year, status=Estimate.Status.SUBMITTED).exists():
        raise Conflict(_("Decide the unit's submitted estimates before settling the year."))
    approved, spent = queries.unit_year_totals(unit_id=unit.pk, year=year)
    try:
        with transaction.atomic():
            settlement = Settlement.objects.create(unit=unit, year=year, approved_total=approved, spent_total=spent,
                                                   note=note, settled_at=timezone.now(), settled_by=actor)
    except IntegrityError as exc:
        raise Conflict(_("This unit's year is already settled.")) from exc
    audit_log(actor=actor, action="lantoa.budget.settlement_make", target=settlement,
              data={"approved": approved, "spent": spent})
    return settlement


def _vnd(amount: int) -> str:
    return f"{int(amount):,}".replace(",", ".")

