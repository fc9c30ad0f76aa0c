import datetime

from django.utils import timezone

from lantoa.contest.models import Answer, Attempt
from lantoa.org.models import StaffProfile
from lantoa.org.tests.factories import UnitFactory

from .factories import RoundFactory, correct_choice_id


def test_index_lists_open_round_with_start_button(client, open_round):
    response = client.get("/cuoc-thi/")

    assert response.status_code == 200
    assert open_round.title in response.content.decode()
    assert f"/cuoc-thi/dot/{open_round.pk}/bat-dau/" in response.content.decode()


def test_register_normalises_phone_and_logs_in(client, db):
    unit = UnitFactory()
    data = {"full_name": "Trần Văn Bình", "unit": unit.pk, "position": "Giáo viên", "phone": "0905 111 222",
            "email": "Binh@Example.vn", "citizen_id": "", "password1": "mot-mat-khau-dai", "password2": "mot-mat-khau-dai"}

    response = client.post("/cuoc-thi/dang-ky/", data)
    again = client.post("/cuoc-thi/dang-ky/", {**data, "email": "khac@example.vn"})

    assert response.status_code == 302
    assert StaffProfile.objects.get().phone == "+84905111222"
    assert again.status_code == 302  # logged in already: sent to the contest page, no second account
    assert StaffProfile.objects.count() == 1


def test_register_duplicate_phone_is_a_form_error(client, db, contestant):
    unit = UnitFactory()
    phone = contestant.profile.phone
    data = {"full_name": "Người Khác", "unit": unit.pk, "position": "GV", "phone": phone, "email": "k@example.vn",
            "password1": "mot-mat-khau-dai", "password2": "mot-mat-khau-dai"}

    response = client.post("/cuoc-thi/dang-ky/", data)

    assert response.status_code == 200
    assert "already registered" in response.content.decode() or "đã được đăng ký" in response.content.decode()
    assert StaffProfile.objects.count() == 1


def test_attempt_without_javascript_save_then_submit(client, contestant, open_round):
    client.force_login(contestant)
    start = client.post(f"/cuoc-thi/dot/{open_round.pk}/bat-dau/")
    attempt = Attempt.objects.get()
    page = client.get(start["Location"])
    answers = {f"q{qid}": correct_choice_id(qid) for qid, _cids in attempt.layout[:2]}

    saved = client.post(f"/cuoc-thi/bai-thi/{attempt.pk}/nop-bai/", {**answers, "action": "save"})
    submitted = client.post(f"/cuoc-thi/bai-thi/{attempt.pk}/nop-bai/", {"prediction": "7", "action": "submit"})
    result = client.get(f"/cuoc-thi/bai-thi/{attempt.pk}/")

    attempt.refresh_from_db()
    assert (page.status_code, saved.status_code, submitted.status_code) == (200, 302, 302)
    assert (attempt.status, attempt.score, attempt.prediction) == (Attempt.Status.SUBMITTED, 2, 7)
    assert "2/5" in result.content.decode()
    assert b"is_correct" not in page.content and b"correct_answers" not in page.content


def test_autosave_endpoint_refuses_other_users(client, contestant, open_round, django_user_model):
    from .factories import contestant_make

    client.force_login(contestant)
    client.post(f"/cuoc-thi/dot/{open_round.pk}/bat-dau/")
    attempt = Attempt.objects.get()
    qid, cids = attempt.layout[0]
    client.force_login(contestant_make())

    response = client.post(f"/cuoc-thi/bai-thi/{attempt.pk}/cau/{qid}/", {"choice_id": cids[0]})
    page = client.get(f"/cuoc-thi/bai-thi/{attempt.pk}/")

    assert (response.status_code, page.status_code) == (404, 404)
    assert Answer.objects.count() == 0


def test_results_page_only_after_publication(client, db):
    contest_round = RoundFactory(opens_at=timezone.now() - datetime.timedelta(days=2),
                                 closes_at=timezone.now() - datetime.timedelta(days=1))

    assert client.get(f"/cuoc-thi/dot/{contest_round.pk}/ket-qua/").status_code == 404


def test_login_page_while_every_hashing_slot_is_taken_shows_busy(client, settings, contestant):
    from lantoa.core.hashers import login_hash_slot

    settings.LANTOA_LOGIN_HASH_SLOTS = 1
    with login_hash_slot():  # someone else is being checked
        response = client.post("/cuoc-thi/dang-nhap/", {"login": contestant.username, "password": "x"})

    assert response.status_code == 200
    assert "Đang có rất nhiều người đăng nhập cùng lúc" in response.content.decode()
    assert "_auth_user_id" not in client.session
