import datetime
import io

import pytest
from docx import Document

from lantoa.org.roles import Role
from lantoa.org.services import roles_sync
from lantoa.org.tests.factories import staff_user
from lantoa.reports.models import AnnualReport


@pytest.fixture
def reviewer(units):
    roles_sync()
    return staff_user(role=Role.REVIEWER, unit=units["cttt-gdcntx"])


@pytest.mark.django_db
def test_reviewer_sees_annual_reports_and_commendations_in_back_office(client, reviewer, plan):
    AnnualReport.objects.create(year=2025)
    client.force_login(reviewer)

    pages = [client.get(url) for url in ("/admin/reports/annual/", "/admin/reports/commendations/",
                                          "/admin/reports/commendations-propose/", "/admin/")]

    assert [p.status_code for p in pages] == [200, 200, 200, 200]
    assert "Tải DOCX" in pages[0].content.decode()


@pytest.mark.django_db
def test_download_gives_the_generated_docx(client, reviewer, plan, fake_evidence):
    report = AnnualReport.objects.create(year=2025, issued_on=datetime.date(2025, 10, 20))
    client.force_login(reviewer)

    response = client.get(f"/admin/reports/annual/{report.pk}/download/docx/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")
    doc = Document(io.BytesIO(response.content))
    assert "BÁO CÁO" in [p.text for p in doc.paragraphs]
    assert "Kính gửi: Sở Khoa học và Công nghệ Quảng Ngãi." in [p.text for p in doc.paragraphs]


@pytest.mark.django_db
def test_contributor_cannot_download_the_report(client, units, plan):
    roles_sync()
    report = AnnualReport.objects.create(year=2025)
    contributor = staff_user(role=Role.CONTRIBUTOR, unit=units["thpt-ba-to"])
    client.force_login(contributor)

    response = client.get(f"/admin/reports/annual/{report.pk}/download/docx/")

    assert response.status_code == 403


@pytest.mark.django_db
def test_issue_in_back_office_numbers_the_report(client, reviewer, plan):
    report = AnnualReport.objects.create(year=2025, issued_on=datetime.date(2025, 10, 20))
    client.force_login(reviewer)

    response = client.post(f"/admin/reports/annual/{report.pk}/issue/")

    report.refresh_from_db()
    assert (response.status_code, report.number_display, report.status) == (302, "01/BC-SGDĐT", "issued")
