"""Reads of the budget app: visibility and budget-vs-actual, to the đồng."""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Count, Q, QuerySet, Sum

from lantoa.org.roles import Role, user_has_role
from lantoa.plans.queries import scope_to_unit

from .models import Estimate, EstimateLine, Expense, Settlement

# KH-TC guides and approves the funds; CTTT-GDCNTX and the leadership see everything.
BUDGET_ALL_ROLES = (Role.FINANCE, Role.REVIEWER, Role.LEADERSHIP, Role.ADMINISTRATOR)
APPROVER_ROLES = (Role.FINANCE, Role.ADMINISTRATOR)


def user_sees_all_budgets(user) -> bool:
    return user_has_role(user, *BUDGET_ALL_ROLES)


def estimates_visible_to(user) -> QuerySet:
    return scope_to_unit(Estimate.objects.select_related("unit", "activity"), user, all_roles=BUDGET_ALL_ROLES)


def expenses_visible_to(user) -> QuerySet:
    return scope_to_unit(Expense.objects.select_related("unit", "line__estimate"), user, all_roles=BUDGET_ALL_ROLES)


def settlements_visible_to(user) -> QuerySet:
    return scope_to_unit(Settlement.objects.select_related("unit"), user, all_roles=BUDGET_ALL_ROLES)


def tolerance_percent() -> int:
    """How far (in whole per cent) spending may exceed an approved line, with a warning, before
    it is refused: settings.LANTOA_BUDGET_OVERSPEND_TOLERANCE_PERCENT, default 5."""
    return int(getattr(settings, "LANTOA_BUDGET_OVERSPEND_TOLERANCE_PERCENT", 5))


def line_spent(line: EstimateLine, *, exclude_expense_id: int | None = None) -> int:
    expenses = line.expenses.all()
    if exclude_expense_id:
        expenses = expenses.exclude(pk=exclude_expense_id)
    return int(expenses.aggregate(s=Sum("amount"))["s"] or 0)


@dataclass
class BudgetRow:
    unit_id: int
    unit_name: str
    activity_title: str
    estimates: int
    approved: int
    spent: int
    settled: bool

    @property
    def remaining(self) -> int:
        return self.approved - self.spent

    @property
    def percent(self) -> int:
        return (self.spent * 100) // self.approved if self.approved else 0


def budget_vs_actual(*, year: int, queryset: QuerySet | None = None) -> list[BudgetRow]:
    """Approved amounts and spending per unit and activity of `year`, in integer đồng.

    Two aggregate queries whatever the number of units: approved totals by (unit, activity),
    expenses by (unit, activity).
    """
    estimates = (Estimate.objects.all() if queryset is None else queryset).filter(year=year)
    approved = {
        (row["unit_id"], row["activity_id"]): row
        for row in estimates.values("unit_id", "unit__name", "activity_id", "activity__title").annotate(
            approved=Sum("total", filter=Q(status=Estimate.Status.APPROVED)),
        ).order_by()
    }
    counts = dict(((r["unit_id"], r["activity_id"]), r["n"]) for r in
                  estimates.values("unit_id", "activity_id").annotate(n=Count("id")).order_by())
    spent = {
        (row["line__estimate__unit_id"], row["line__estimate__activity_id"]): row["s"]
        for row in Expense.objects.filter(line__estimate__in=estimates).values(
            "line__estimate__unit_id", "line__estimate__activity_id"
        ).annotate(s=Sum("amount")).order_by()
    }
    settled = set(Settlement.objects.filter(year=year).values_list("unit_id", flat=True))
    rows = [
        BudgetRow(unit_id=key[0], unit_name=row["unit__name"], activity_title=row["activity__title"],
                  estimates=int(counts.get(key, 0)), approved=int(row["approved"] or 0),
                  spent=int(spent.get(key) or 0), settled=key[0] in settled)
        for key, row in approved.items()
    ]
    return sorted(rows, key=lambda r: (r.unit_name, r.activity_title))


def unit_year_totals(*, unit_id: int, year: int) -> tuple[int, int]:
    """(approved, spent) of a unit's year, in đồng."""
    approved = Estimate.objects.filter(unit_id=unit_id, year=year, status=Estimate.Status.APPROVED).aggregate(
        s=Sum("total"))["s"] or 0
    spent = Expense.objects.filter(line__estimate__unit_id=unit_id, line__estimate__year=year).aggregate(
        s=Sum("amount"))["s"] or 0
    return int(approved), int(spent)
