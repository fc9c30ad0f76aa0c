"""Phòng KH-TC approves a unit's estimate in the back office."""

import pytest
from django.utils import translation

from lantoa.budget.models import Estimate
from lantoa.budget.tests.factories import estimate_with_lines
from lantoa.org.roles import Role
from lantoa.org.services import roles_sync
from lantoa.org.tests.factories import UnitFactory, staff_user
from lantoa.plans.tests.factories import ActivityFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_finance_approves_an_estimate(live_server, page):
    roles_sync()
    school = UnitFactory(code="thpt-tran-quoc-tuan", name="Trường THPT Trần Quốc Tuấn")
    estimate = estimate_with_lines(unit=school, activity=ActivityFactory(), status=Estimate.Status.SUBMITTED,
                                   title="Dự toán tuyên truyền CĐS năm 2026",
                                   lines=[("Pano tuyên truyền", 2, 2_750_000), ("Nhuận bút", 8, 500_000)])
    staff_user(role=Role.FINANCE, unit=UnitFactory(code="kh-tc", kind="division"), username="khtc",
               password="mat-khau-thu-2025")

    page.goto(f"{live_server.url}/admin/login/?next=/admin/budget_estimates/")
    page.fill("input[name=username]", "khtc")
    page.fill("input[name=password]", "mat-khau-thu-2025")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/budget_estimates/")
    page.get_by_role("link", name="Dự toán tuyên truyền CĐS năm 2026").click()
    page.wait_for_url(f"**/admin/budget_review/{estimate.pk}/")
    assert "9.500.000" in page.locator("tfoot").inner_text()
    page.locator("button[name=action][value=approve]").click()
    page.wait_for_load_state()

    estimate.refresh_from_db()
    assert estimate.status == Estimate.Status.APPROVED
    with translation.override("vi"):  # the back office speaks Vietnamese by default
        assert page.locator("[data-testid=estimate-status]").inner_text() == str(estimate.get_status_display())
