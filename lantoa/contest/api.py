"""The contest API of SPEC §3: open rounds, start (idempotent), answer, resume, submit, leaderboard."""

import datetime

from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Router, Schema, Status
from ninja.pagination import PageNumberPagination, paginate

from lantoa.core.api import ErrorOut, bearer_auth
from lantoa.core.errors import Forbidden
from lantoa.core.ratelimit import ip_rate_limit_hit

from . import queries, services
from .models import Round

router = Router(tags=["contest"])


ERRORS = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 429: ErrorOut}


class RoundOut(Schema):
    id: int
    number: int
    title: str
    contest_id: int
    contest: str
    opens_at: datetime.datetime
    closes_at: datetime.datetime
    question_count: int
    time_limit_minutes: int
    attempt_policy: str
    attempts_allowed: int | None
    prediction_target: str
    status: str

    @staticmethod
    def resolve_contest(obj):
        return obj.contest.title

    @staticmethod
    def resolve_status(obj):
        return queries.round_status(obj, timezone.now())


class ChoiceOut(Schema):
    id: int
    text: str


class QuestionOut(Schema):
    id: int
    text: str
    choices: list[ChoiceOut]


class AttemptOut(Schema):
    attempt_id: int
    round_id: int
    status: str
    started_at: datetime.datetime
    deadline: datetime.datetime
    server_time: datetime.datetime
    questions: list[QuestionOut]
    prediction_question: str
    answers: dict[int, int] = {}
    score: int | None = None
    total: int | None = None
    duration_ms: int | None = None
    submitted_at: datetime.datetime | None = None
    prediction: int | None = None
    correct_answers: dict[int, int] | None = None


class AnswerIn(Schema):
    choice_id: int


class SubmitIn(Schema):
    prediction: int | None = None


class SubmitOut(Schema):
    attempt_id: int
    status: str
    score: int
    total: int
    duration_ms: int
    submitted_at: datetime.datetime
    prediction: int | None


class LeaderboardRow(Schema):
    rank: int
    name: str
    unit: str
    score: int
    total: int
    prediction: int | None
    duration_ms: int
    submitted_at: datetime.datetime
    prize: str

    @staticmethod
    def resolve_name(obj):
        return obj.user.get_full_name() or obj.user.username

    @staticmethod
    def resolve_unit(obj):
        return obj.unit.display_short

    @staticmethod
    def resolve_score(obj):
        return obj.attempt.score

    @staticmethod
    def resolve_total(obj):
        return obj.attempt.total

    @staticmethod
    def resolve_prediction(obj):
        return obj.attempt.prediction

    @staticmethod
    def resolve_duration_ms(obj):
        return obj.attempt.duration_ms

    @staticmethod
    def resolve_submitted_at(obj):
        return obj.attempt.submitted_at


@router.get("/contest/rounds", response=list[RoundOut], auth=None)
@paginate(PageNumberPagination, page_size=50)
def rounds_list(request, status: str | None = None):
    """Rounds; `status=open` gives the rounds open now."""
    if status == "open":
        return queries.rounds_open()
    return Round.objects.select_related("contest").order_by("-opens_at", "pk")


@router.post("/contest/rounds/{round_id}/attempts", response={200: AttemptOut, 201: AttemptOut, **ERRORS},
             auth=bearer_auth, exclude_none=True)
def attempt_start(request, round_id: int):
    ip_rate_limit_hit(request, scope="contest-start")
    contest_round = services.round_get_cached(round_id=round_id)
    now = timezone.now()
    attempt, created = services.attempt_start(user=request.auth, contest_round=contest_round, now=now)
    attempt.round = contest_round
    return Status(201 if created else 200, queries.attempt_payload(attempt, now=now, answers=not created))


@router.put("/contest/attempts/{attempt_id}/answers/{question_id}", response={204: None, **ERRORS},
            auth=bearer_auth)
def answer_save(request, attempt_id: int, question_id: int, payload: AnswerIn):
    services.answer_save(user=request.auth, attempt_id=attempt_id, question_id=question_id,
                         choice_id=payload.choice_id)
    return Status(204, None)


@router.get("/contest/attempts/{attempt_id}", response={200: AttemptOut, **ERRORS}, auth=bearer_auth,
            exclude_none=True)
def attempt_detail(request, attempt_id: int):
    now = timezone.now()
    attempt = services.attempt_get_for(user=request.auth, attempt_id=attempt_id, now=now)
    return queries.attempt_payload(attempt, now=now)


@router.post("/contest/attempts/{attempt_id}/submit", response={200: SubmitOut, **ERRORS}, auth=bearer_auth)
def attempt_submit(request, attempt_id: int, payload: SubmitIn):
    ip_rate_limit_hit(request, scope="contest-submit")
    attempt = services.attempt_submit(user=request.auth, attempt_id=attempt_id, prediction=payload.prediction)
    return {
        "attempt_id": attempt.pk, "status": attempt.status, "score": attempt.score, "total": attempt.total,
        "duration_ms": attempt.duration_ms, "submitted_at": attempt.submitted_at, "prediction": attempt.prediction,
    }


@router.get("/contest/rounds/{round_id}/leaderboard", response={200: list[LeaderboardRow], **ERRORS}, auth=None)
@paginate(PageNumberPagination, page_size=100)
def round_leaderboard(request, round_id: int):
    contest_round = services.round_get_cached(round_id=round_id)
    if contest_round.results_published_at is None:
        contest_round.refresh_from_db()
    if contest_round.results_published_at is None:
        raise Forbidden(_("The results of this round are not published yet."))
    return queries.leaderboard(contest_round)
