from wagtail.test.utils.form_data import inline_formset, nested_form_data

from lantoa.budget.models import Estimate
from lantoa.budget.tests.factories import estimate_with_lines


def test_unit_creates_an_estimate_with_lines_in_the_back_office(client, contributor, school, activity):
    client.force_login(contributor)

    response = client.post("/admin/budget_estimates/new/", nested_form_data({
        "unit": school.pk, "year": 2026, "activity": activity.pk, "title": "Dự toán 2026", "note": "",
        "lines": inline_formset([
            {"description": "Pano", "unit_of_measure": "cái", "quantity": 2, "unit_price": 2_750_000},
            {"description": "Nhuận bút", "unit_of_measure": "bài", "quantity": 8, "unit_price": 500_001},
        ], min=1),
    }))

    assert response.status_code == 302
    estimate = Estimate.objects.get()
    assert (estimate.unit, estimate.total, estimate.status) == (school, 9_500_008, "draft")


def test_unit_cannot_see_another_units_estimate(client, contributor, other_school, activity):
    estimate = estimate_with_lines(unit=other_school, activity=activity, lines=[("Bí mật", 1, 1)])
    client.force_login(contributor)

    statuses = [client.get(url).status_code for url in (
        f"/admin/budget_review/{estimate.pk}/", f"/admin/budget_estimates/edit/{estimate.pk}/",
        f"/admin/budget_estimates/delete/{estimate.pk}/")]
    listing = client.get("/admin/budget_estimates/").content.decode()

    assert (statuses, "Bí mật" in listing) == ([404, 404, 404], False)


def test_unit_cannot_approve_its_own_estimate(client, contributor, school, activity):
    estimate = estimate_with_lines(unit=school, activity=activity, lines=[("Pano", 1, 1)],
                                   status=Estimate.Status.SUBMITTED)
    client.force_login(contributor)

    client.post(f"/admin/budget_review/{estimate.pk}/", {"action": "approve"})

    assert Estimate.objects.get(pk=estimate.pk).status == "submitted"


def test_finance_approves_on_the_review_page(client, finance, school, activity):
    estimate = estimate_with_lines(unit=school, activity=activity, lines=[("Pano", 1, 1)],
                                   status=Estimate.Status.SUBMITTED)
    client.force_login(finance)

    response = client.post(f"/admin/budget_review/{estimate.pk}/", {"action": "approve"})

    assert (response.status_code, Estimate.objects.get(pk=estimate.pk).status) == (302, "approved")


def test_approved_estimate_cannot_be_deleted(client, contributor, school, activity):
    estimate = estimate_with_lines(unit=school, activity=activity, lines=[("Pano", 1, 1)],
                                   status=Estimate.Status.APPROVED)
    client.force_login(contributor)

    client.post(f"/admin/budget_estimates/delete/{estimate.pk}/")

    assert Estimate.objects.filter(pk=estimate.pk).exists()


def test_report_and_excel_for_finance(client, finance, school, activity):
    estimate_with_lines(unit=school, activity=activity, status=Estimate.Status.APPROVED, lines=[("Pano", 3, 7)])
    client.force_login(finance)

    html = client.get("/admin/budget_report/?year=2025").content.decode()
    xlsx = client.get("/admin/budget_report/xlsx/?year=2025")

    assert "Trường THPT A" in html and "21 ₫" in html
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")
