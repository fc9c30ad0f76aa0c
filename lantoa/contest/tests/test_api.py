import datetime
import json

from django.utils import timezone
from wagtail.models import APIToken

from lantoa.contest import services
from lantoa.contest.models import Answer, Attempt, Choice

from .factories import RoundFactory, contestant_make, correct_choice_id


def bearer(user) -> dict:
    _token, plaintext = APIToken.create_token(user=user, name="test")
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


def start(client, auth, round_id):
    return client.post(f"/api/v1/contest/rounds/{round_id}/attempts", **auth)


def put_answer(client, auth, attempt_id, question_id, choice_id):
    return client.put(f"/api/v1/contest/attempts/{attempt_id}/answers/{question_id}",
                      data=json.dumps({"choice_id": choice_id}), content_type="application/json", **auth)


def submit(client, auth, attempt_id, prediction=10):
    return client.post(f"/api/v1/contest/attempts/{attempt_id}/submit", data=json.dumps({"prediction": prediction}),
                       content_type="application/json", **auth)


def test_contest_flow_end_to_end(client, contestant, open_round):
    auth = bearer(contestant)

    listed = client.get("/api/v1/contest/rounds?status=open").json()
    started = start(client, auth, open_round.pk)
    body = started.json()
    again = start(client, auth, open_round.pk)
    answered = [put_answer(client, auth, body["attempt_id"], q["id"], correct_choice_id(q["id"])).status_code
                for q in body["questions"][:3]]
    resumed = client.get(f"/api/v1/contest/attempts/{body['attempt_id']}", **auth).json()
    result = submit(client, auth, body["attempt_id"], prediction=4)
    result_again = submit(client, auth, body["attempt_id"], prediction=99)

    assert listed["count"] == 1
    assert {k: listed["items"][0][k] for k in ("id", "question_count", "time_limit_minutes", "attempts_allowed",
                                                "contest")} == {
        "id": open_round.pk, "question_count": 5, "time_limit_minutes": 15, "attempts_allowed": 1,
        "contest": open_round.contest.title}
    assert (started.status_code, again.status_code, again.json()["attempt_id"]) == (201, 200, body["attempt_id"])
    assert len(body["questions"]) == 5 and all(len(q["choices"]) == 4 for q in body["questions"])
    assert answered == [204, 204, 204]
    assert resumed["status"] == "open"
    assert resumed["answers"] == {str(q["id"]): correct_choice_id(q["id"]) for q in body["questions"][:3]}
    assert result.status_code == 200
    assert (result.json()["score"], result.json()["total"]) == (3, 5)
    assert result.json()["duration_ms"] >= 0
    assert result_again.json() == result.json()


def test_correct_answers_in_no_payload_before_round_closes(client, contestant, open_round):
    auth = bearer(contestant)
    body = start(client, auth, open_round.pk).json()
    submit(client, auth, body["attempt_id"])

    texts = [
        client.get("/api/v1/contest/rounds?status=open").content,
        json.dumps(body).encode(),
        client.get(f"/api/v1/contest/attempts/{body['attempt_id']}", **auth).content,
        submit(client, auth, body["attempt_id"]).content,
    ]

    for text in texts:
        assert b"is_correct" not in text and b"correct_answers" not in text
    assert Choice.objects.filter(is_correct=True).exists()


def test_correct_answers_shown_after_round_closes(client, contestant, open_round):
    auth = bearer(contestant)
    body = start(client, auth, open_round.pk).json()
    submit(client, auth, body["attempt_id"])
    open_round.closes_at = timezone.now() - datetime.timedelta(seconds=1)
    open_round.opens_at = open_round.closes_at - datetime.timedelta(days=1)
    open_round.save()

    detail = client.get(f"/api/v1/contest/attempts/{body['attempt_id']}", **auth).json()

    assert detail["correct_answers"] == {str(q["id"]): correct_choice_id(q["id"]) for q in body["questions"]}


def test_start_needs_a_token(client, open_round):
    response = client.post(f"/api/v1/contest/rounds/{open_round.pk}/attempts")

    assert response.status_code == 401
    assert Attempt.objects.count() == 0


def test_start_in_closed_round_is_refused(client, contestant):
    closed = RoundFactory(opens_at=timezone.now() - datetime.timedelta(days=3),
                          closes_at=timezone.now() - datetime.timedelta(days=1))

    response = start(client, bearer(contestant), closed.pk)

    assert response.status_code == 409
    assert Attempt.objects.count() == 0


def test_start_in_unknown_round_is_404(client, contestant):
    assert start(client, bearer(contestant), 999999).status_code == 404


def test_another_users_attempt_is_not_found_for_every_verb(client, contestant, open_round):
    owner_auth = bearer(contestant)
    body = start(client, owner_auth, open_round.pk).json()
    intruder = bearer(contestant_make())
    question = body["questions"][0]

    read = client.get(f"/api/v1/contest/attempts/{body['attempt_id']}", **intruder)
    write = put_answer(client, intruder, body["attempt_id"], question["id"], question["choices"][0]["id"])
    done = submit(client, intruder, body["attempt_id"])

    assert (read.status_code, write.status_code, done.status_code) == (404, 404, 404)
    assert question["text"].encode() not in read.content
    assert Answer.objects.count() == 0
    assert Attempt.objects.get().status == Attempt.Status.OPEN


def test_answer_outside_attempt_or_with_foreign_choice_is_400(client, contestant, open_round):
    auth = bearer(contestant)
    body = start(client, auth, open_round.pk).json()
    inside = {q["id"] for q in body["questions"]}
    outside = open_round.bank.questions.exclude(pk__in=inside).first()
    first, second = body["questions"][0], body["questions"][1]

    foreign_question = put_answer(client, auth, body["attempt_id"], outside.pk, correct_choice_id(outside.pk))
    foreign_choice = put_answer(client, auth, body["attempt_id"], first["id"], second["choices"][0]["id"])
    malformed = client.put(f"/api/v1/contest/attempts/{body['attempt_id']}/answers/{first['id']}",
                           data="{}", content_type="application/json", **auth)

    assert (foreign_question.status_code, foreign_choice.status_code, malformed.status_code) == (400, 400, 422)
    assert Answer.objects.count() == 0


def test_answer_after_submit_is_409(client, contestant, open_round):
    auth = bearer(contestant)
    body = start(client, auth, open_round.pk).json()
    submit(client, auth, body["attempt_id"])
    question = body["questions"][0]

    response = put_answer(client, auth, body["attempt_id"], question["id"], question["choices"][0]["id"])

    assert response.status_code == 409
    assert Answer.objects.count() == 0


def test_leaderboard_refused_before_publication_then_listed(client, contestant):
    contest_round = RoundFactory()
    attempt, _ = services.attempt_start(user=contestant, contest_round=contest_round)
    services.attempt_submit(user=contestant, attempt_id=attempt.pk, prediction=1)

    before = client.get(f"/api/v1/contest/rounds/{contest_round.pk}/leaderboard")
    contest_round.closes_at = timezone.now()
    contest_round.save()
    services.round_results_publish(contest_round=contest_round, actor=None)
    after = client.get(f"/api/v1/contest/rounds/{contest_round.pk}/leaderboard")

    assert before.status_code == 403
    assert after.status_code == 200
    assert after.json()["count"] == 1
    row = after.json()["items"][0]
    assert (row["rank"], row["score"], row["total"], row["prize"]) == (1, 0, 5, "first")
    assert "phone" not in row


def test_start_rate_limited_per_ip(client, contestant, open_round, settings):
    settings.LANTOA_IP_RATE_LIMIT = 2
    auth = bearer(contestant)

    codes = [start(client, auth, open_round.pk).status_code for _ in range(3)]

    assert codes == [201, 200, 429]


def test_submit_body_contract_openapi_lists_contest_paths(client):
    paths = client.get("/api/v1/openapi.json").json()["paths"]

    assert {"/api/v1/contest/rounds", "/api/v1/contest/rounds/{round_id}/attempts",
            "/api/v1/contest/attempts/{attempt_id}/answers/{question_id}", "/api/v1/contest/attempts/{attempt_id}",
            "/api/v1/contest/attempts/{attempt_id}/submit", "/api/v1/contest/rounds/{round_id}/leaderboard"} <= set(paths)
