"""A unit files its progress report in the back office, and its tasks take the reported state."""

import pytest

from lantoa.org.roles import Role
from lantoa.org.services import roles_sync
from lantoa.org.tests.factories import UnitFactory, staff_user
from lantoa.plans.models import ProgressReport, Task
from lantoa.plans.tests.factories import TaskFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_unit_files_a_progress_report(live_server, page):
    roles_sync()
    school = UnitFactory(code="thpt-tran-quoc-tuan", name="Trường THPT Trần Quốc Tuấn")
    task = TaskFactory(unit=school, title="Gửi 4 bài viết về CĐS cho Cổng thông tin ngành")
    staff_user(role=Role.CONTRIBUTOR, unit=school, username="donvi", password="mat-khau-thu-2025")

    page.goto(f"{live_server.url}/admin/login/?next=/admin/progress_reports/new/")
    page.fill("input[name=username]", "donvi")
    page.fill("input[name=password]", "mat-khau-thu-2025")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url("**/admin/progress_reports/new/")
    page.fill("input[name=year]", "2025")
    page.select_option("select[name=period]", "h1")
    page.fill("textarea[name=summary]", "Đơn vị đã gửi 4 bài viết cho Cổng thông tin ngành.")
    page.select_option("select[name=items-0-task]", str(task.pk))
    page.select_option("select[name=items-0-status]", "done")
    page.fill("input[name=items-0-percent_done]", "100")
    page.fill("textarea[name=items-0-note]", "Đã gửi đủ 4 bài.")
    page.locator("form[method=POST] button[type=submit].button-longrunning").first.click()
    page.wait_for_url("**/admin/progress_reports/")

    task.refresh_from_db()
    report = ProgressReport.objects.get(unit=school)
    assert (report.status, task.status, task.percent_done) == (ProgressReport.Status.FILED, Task.Status.DONE, 100)
    assert "Đã gửi đủ 4 bài." in task.progress_note
