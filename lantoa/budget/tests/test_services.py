import datetime

import pytest

from lantoa.budget import services
from lantoa.budget.models import Estimate, EstimateLine, Expense, Settlement
from lantoa.budget.tests.factories import estimate_with_lines
from lantoa.core.errors import Conflict, Forbidden, ServiceError


def _expense(line, amount, voucher="PC-01"):
    return Expense(line=line, voucher_number=voucher, spent_on=datetime.date(2025, 5, 1), amount=amount)


def test_estimate_total_is_quantity_times_price_to_the_dong(contributor, school, activity):
    estimate = Estimate(unit=school, activity=activity, year=2025, title="Dự toán 2025")
    services.estimate_save(actor=contributor, estimate=estimate)
    EstimateLine.objects.create(estimate=estimate, description="Tờ rơi", quantity=4_999, unit_price=1_857)
    EstimateLine.objects.create(estimate=estimate, description="Nhuận bút", quantity=13, unit_price=1_234_567)

    services.estimate_save(actor=contributor, estimate=estimate)

    estimate.refresh_from_db()
    assert estimate.total == 4_999 * 1_857 + 13 * 1_234_567 == 25_332_514


def test_estimate_for_another_unit_is_forbidden(contributor, other_school, activity):
    with pytest.raises(Forbidden):
        services.estimate_save(actor=contributor, estimate=Estimate(unit=other_school, activity=activity, year=2025,
                                                                    title="Giả danh"))

    assert Estimate.objects.count() == 0


def test_submit_then_finance_approves(contributor, finance, school, activity):
    estimate = estimate_with_lines(unit=school, activity=activity, lines=[("Pano", 2, 2_750_000)])

    services.estimate_submit(actor=contributor, estimate=estimate)
    approved = services.estimate_decide(actor=finance, estimate=estimate, approve=True)

    assert (approved.status, approved.decided_by, approved.total) == ("approved", finance, 5_500_000)


@pytest.mark.parametrize("actor_name", ["contributor", "reviewer"])
def test_estimate_approval_by_anyone_but_finance_is_forbidden(request, actor_name, school, activity):
    actor = request.getfixturevalue(actor_name)
    estimate = estimate_with_lines(unit=school, activity=activity, lines=[("Pano", 1, 1_000)],
                                   status=Estimate.Status.SUBMITTED)

    with pytest.raises(Forbidden):
        services.estimate_decide(actor=actor, estimate=estimate, approve=True)

    assert Estimate.objects.get(pk=estimate.pk).status == "submitted"


def test_return_needs_a_reason_and_the_unit_may_resubmit(contributor, finance, school, activity):
    estimate = estimate_with_lines(unit=school, activity=activity, lines=[("Pano", 1, 1_000)],
                                   status=Estimate.Status.SUBMITTED)

    with pytest.raises(ServiceError):
        services.estimate_decide(actor=finance, estimate=estimate, approve=False, reason=" ")
    services.estimate_decide(actor=finance, estimate=estimate, approve=False, reason="Đơn giá cao")
    resubmitted = services.estimate_submit(actor=contributor, estimate=estimate)

    assert (resubmitted.status, resubmitted.return_reason) == ("submitted", "Đơn giá cao")


def test_submitted_estimate_cannot_be_changed_by_the_unit(contributor, school, activity):
    estimate = estimate_with_lines(unit=school, activity=activity, lines=[("Pano", 1, 1_000)],
                                   status=Estimate.Status.SUBMITTED)
    estimate.title = "Đổi sau khi nộp"

    with pytest.raises(Conflict):
        services.estimate_save(actor=contributor, estimate=estimate)

    assert Estimate.objects.get(pk=estimate.pk).title == "Dự toán"


def test_expense_against_an_unapproved_estimate_is_refused(contributor, school, activity):
    estimate = estimate_with_lines(unit=school, activity=activity, lines=[("Pano", 1, 1_000_000)])

    with pytest.raises(Conflict):
        services.expense_record(actor=contributor, expense=_expense(estimate.lines.get(), 500_000))

    assert Expense.objects.count() == 0


def test_overspending_within_tolerance_is_warned(contributor, school, activity, settings):
    settings.LANTOA_BUDGET_OVERSPEND_TOLERANCE_PERCENT = 5
    line = estimate_with_lines(unit=school, activity=activity, lines=[("Nhuận bút", 10, 100_000)],
                               status=Estimate.Status.APPROVED).lines.get()
    services.expense_record(actor=contributor, expense=_expense(line, 600_000, "PC-01"))

    result = services.expense_record(actor=contributor, expense=_expense(line, 450_000, "PC-02"))

    assert "50.000" in result.warning
    assert Expense.objects.filter(line=line).count() == 2


def test_overspending_beyond_tolerance_is_blocked(contributor, school, activity, settings):
    settings.LANTOA_BUDGET_OVERSPEND_TOLERANCE_PERCENT = 5
    line = estimate_with_lines(unit=school, activity=activity, lines=[("Nhuận bút", 10, 100_000)],
                               status=Estimate.Status.APPROVED).lines.get()
    services.expense_record(actor=contributor, expense=_expense(line, 1_050_000, "PC-01"))  # exactly +5 %

    with pytest.raises(Conflict):
        services.expense_record(actor=contributor, expense=_expense(line, 1, "PC-02"))

    assert list(Expense.objects.values_list("amount", flat=True)) == [1_050_000]


def test_expense_for_another_units_line_is_forbidden(contributor, other_school, activity):
    line = estimate_with_lines(unit=other_school, activity=activity, lines=[("Pano", 1, 1_000_000)],
                               status=Estimate.Status.APPROVED).lines.get()

    with pytest.raises(Forbidden):
        services.expense_record(actor=contributor, expense=_expense(line, 1_000))

    assert Expense.objects.count() == 0


def test_duplicate_voucher_is_a_conflict(contributor, school, activity):
    line = estimate_with_lines(unit=school, activity=activity, lines=[("Pano", 1, 1_000_000)],
                               status=Estimate.Status.APPROVED).lines.get()
    services.expense_record(actor=contributor, expense=_expense(line, 1_000, "PC-07"))

    with pytest.raises(Conflict):
        services.expense_record(actor=contributor, expense=_expense(line, 2_000, "PC-07"))

    assert Expense.objects.count() == 1


def test_settlement_freezes_the_year(contributor, finance, school, activity):
    line = estimate_with_lines(unit=school, activity=activity, lines=[("Pano", 3, 333_333)],
                               status=Estimate.Status.APPROVED).lines.get()
    services.expense_record(actor=contributor, expense=_expense(line, 999_998, "PC-01"))

    settlement = services.settlement_make(actor=finance, unit=school, year=2025)

    assert (settlement.approved_total, settlement.spent_total, settlement.remaining) == (999_999, 999_998, 1)
    with pytest.raises(Conflict):
        services.expense_record(actor=contributor, expense=_expense(line, 1, "PC-02"))
    with pytest.raises(Conflict):
        services.settlement_make(actor=finance, unit=school, year=2025)


def test_settlement_by_a_unit_is_forbidden(contributor, school):
    with pytest.raises(Forbidden):
        services.settlement_make(actor=contributor, unit=school, year=2025)

    assert Settlement.objects.count() == 0
