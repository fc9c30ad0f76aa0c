import io

import pytest
from openpyxl import load_workbook

from lantoa.contest.models import Question
from lantoa.org.roles import Role
from lantoa.org.services import roles_sync
from lantoa.org.tests.factories import staff_user

from .factories import QuestionBankFactory, RoundFactory


@pytest.fixture
def organiser(db):
    roles_sync()
    return staff_user(role=Role.PUBLISHER)


def test_admin_screens_open_for_organiser(client, organiser, open_round):
    client.force_login(organiser)

    codes = [client.get(url).status_code for url in (
        "/admin/contest/tools/", "/admin/contest/round/", "/admin/contest/question/", "/admin/contest/questionbank/",
        "/admin/contest/contest/", f"/admin/contest/round/edit/{open_round.pk}/",
        f"/admin/contest/banks/{open_round.bank.pk}/export/xlsx/",
        f"/admin/contest/banks/{open_round.bank.pk}/export/gift/")]

    assert codes == [200] * 8


def test_admin_tools_refused_to_contributor(client, db):
    roles_sync()
    client.force_login(staff_user(role=Role.CONTRIBUTOR))

    assert client.get("/admin/contest/tools/").status_code in (302, 403)


def test_admin_import_bad_file_lists_errors_and_imports_nothing(client, organiser):
    bank = QuestionBankFactory()
    client.force_login(organiser)
    upload = io.BytesIO("Một?\nA. x\nB. y\n".encode())
    upload.name = "de.txt"

    response = client.post("/admin/contest/tools/", {"bank": bank.pk, "file": upload, "format": "aiken"})

    assert response.status_code == 200
    assert "Câu hỏi ở dòng 1" in response.content.decode()
    assert Question.objects.count() == 0


def test_admin_results_export_after_publication(client, organiser):
    import datetime

    from django.utils import timezone

    from lantoa.contest import services

    contest_round = RoundFactory(opens_at=timezone.now() - datetime.timedelta(days=2),
                                 closes_at=timezone.now() - datetime.timedelta(seconds=1))
    client.force_login(organiser)
    client.post(f"/admin/contest/rounds/{contest_round.pk}/publish/")
    contest_round.refresh_from_db()

    response = client.get(f"/admin/contest/rounds/{contest_round.pk}/results.xlsx")
    prizes = client.get(f"/admin/contest/contests/{contest_round.contest.pk}/prizes.xlsx")

    assert contest_round.results_published_at is not None
    assert load_workbook(io.BytesIO(response.content)).active["A1"].value == "Hạng"
    assert prizes.status_code == 200
    assert services  # publication went through the service above
