import datetime
import io

from openpyxl import load_workbook

from lantoa.budget import queries
from lantoa.budget.exports import budget_vs_actual_xlsx
from lantoa.budget.models import Estimate, Expense
from lantoa.budget.tests.factories import estimate_with_lines


def _spend(line, amount, voucher):
    Expense.objects.create(line=line, unit=line.estimate.unit, voucher_number=voucher,
                           spent_on=datetime.date(2025, 6, 1), amount=amount)


def test_budget_vs_actual_is_exact_to_the_dong(school, other_school, activity):
    approved = estimate_with_lines(unit=school, activity=activity, status=Estimate.Status.APPROVED,
                                   lines=[("Tờ rơi", 4_999, 1_857), ("Nhuận bút", 13, 1_234_567)])
    estimate_with_lines(unit=school, activity=activity, status=Estimate.Status.SUBMITTED, lines=[("Chờ", 1, 9)])
    estimate_with_lines(unit=school, activity=activity, status=Estimate.Status.APPROVED, year=2024,
                        lines=[("Năm trước", 1, 5)])
    line1, line2 = approved.lines.order_by("sort_order")
    _spend(line1, 9_283_142, "PC-1")
    _spend(line2, 16_049_371, "PC-2")

    rows = queries.budget_vs_actual(year=2025)

    assert [(r.unit_name, r.estimates, r.approved, r.spent, r.remaining) for r in rows] == [
        ("Trường THPT A", 2, 25_332_514, 25_332_513, 1)]


def test_budget_vs_actual_scoped_to_a_unit(contributor, school, other_school, activity):
    estimate_with_lines(unit=school, activity=activity, status=Estimate.Status.APPROVED, lines=[("A", 1, 10)])
    estimate_with_lines(unit=other_school, activity=activity, status=Estimate.Status.APPROVED, lines=[("B", 1, 20)])

    rows = queries.budget_vs_actual(year=2025, queryset=queries.estimates_visible_to(contributor))

    assert [(r.unit_name, r.approved) for r in rows] == [("Trường THPT A", 10)]


def test_excel_export_carries_the_integer_amounts(school, activity):
    line = estimate_with_lines(unit=school, activity=activity, status=Estimate.Status.APPROVED,
                               lines=[("Pano", 3, 333_333)]).lines.get()
    _spend(line, 123_457, "PC-1")

    content = budget_vs_actual_xlsx(year=2025, rows=queries.budget_vs_actual(year=2025))

    sheet = load_workbook(io.BytesIO(content)).active
    assert [cell.value for cell in sheet[3]][1:8] == ["Trường THPT A", activity.title, 1, 999_999, 123_457, 876_542, 12]
