"""Reads of the contest that are more than a filter: attempt payloads, open rounds, leaderboards,
unit participation, collective prizes, evidence for plan progress."""

import datetime

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from lantoa.org.models import Unit

from .models import Answer, Attempt, Choice, Question, Result, Round, UnitParticipation
from .services import round_question_pool


def rounds_open(*, now: datetime.datetime | None = None):
    now = now or timezone.now()
    return Round.objects.filter(opens_at__lte=now, closes_at__gt=now).select_related("contest").order_by("closes_at", "pk")


def round_status(contest_round: Round, now: datetime.datetime) -> str:
    if now < contest_round.opens_at:
        return "upcoming"
    if now < contest_round.closes_at:
        return "open"
    return "published" if contest_round.results_published_at else "closed"


def prediction_question(contest_round: Round) -> str:
    if contest_round.prediction_target == Round.PredictionTarget.PARTICIPANTS:
        return _("How many people will take part in this round?")
    return _("How many people will answer every question of this round correctly?")


def attempt_questions(attempt: Attempt) -> list[dict]:
    """The attempt's questions and choices in its own order, without the correct answers."""
    pool = round_question_pool(contest_round=attempt.round)
    missing = [qid for qid, _cids in attempt.layout if qid not in pool]
    if missing:  # a question deactivated after the attempt started: read it directly
        pool = dict(pool)
        for question in Question.objects.filter(pk__in=missing):
            pool[question.pk] = {"text": question.text, "choices": {}}
        for choice in Choice.objects.filter(question_id__in=missing):
            pool[choice.question_id]["choices"][choice.pk] = choice.text
    return [
        {"id": qid, "text": pool[qid]["text"],
         "choices": [{"id": cid, "text": pool[qid]["choices"].get(cid, "")} for cid in cids]}
        for qid, cids in attempt.layout
    ]


def attempt_answers(attempt: Attempt) -> dict[int, int]:
    return dict(Answer.objects.filter(attempt=attempt).values_list("question_id", "choice_id"))


def attempt_correct_answers(attempt: Attempt, now: datetime.datetime) -> dict[int, int] | None:
    """The correct choices, only once the round has closed (never before: SPEC §4)."""
    if not attempt.round.is_closed(now):
        return None
    return dict(
        Choice.objects.filter(question_id__in=attempt.question_ids, is_correct=True).values_list("question_id", "pk")
    )


def attempt_payload(attempt: Attempt, *, now: datetime.datetime | None = None, answers: bool = True) -> dict:
    now = now or timezone.now()
    payload = {
        "attempt_id": attempt.pk,
        "round_id": attempt.round_id,
        "status": attempt.status,
        "started_at": attempt.started_at,
        "deadline": attempt.deadline,
        "server_time": now,
        "questions": attempt_questions(attempt),
        "prediction_question": prediction_question(attempt.round),
    }
    if answers:
        payload["answers"] = attempt_answers(attempt)
    if not attempt.is_open:
        payload.update(score=attempt.score, total=attempt.total, duration_ms=attempt.duration_ms,
                       submitted_at=attempt.submitted_at, prediction=attempt.prediction)
    correct = attempt_correct_answers(attempt, now) if not attempt.is_open else None
    if correct is not None:
        payload["correct_answers"] = correct
    return payload


def leaderboard(contest_round: Round):
    return (
        Result.objects.filter(round=contest_round)
        .select_related("user", "unit", "attempt")
        .order_by("rank")
    )


def result_row(result: Result) -> dict:
    return {
        "rank": result.rank,
        "name": result.user.get_full_name() or result.user.username,
        "unit": result.unit.display_short,
        "score": result.attempt.score,
        "total": result.attempt.total,
        "prediction": result.attempt.prediction,
        "duration_ms": result.attempt.duration_ms,
        "submitted_at": result.attempt.submitted_at,
        "prize": result.prize,
    }


def prize_list(contest) -> list[Result]:
    return list(
        Result.objects.filter(contest=contest).exclude(prize="").select_related("user", "unit", "attempt", "round")
        .order_by("round__number", "rank")
    )


def participation_latest(contest) -> tuple[datetime.date | None, list[UnitParticipation]]:
    """The last published daily participation, highest rate first."""
    day = UnitParticipation.objects.filter(contest=contest).order_by("-day").values_list("day", flat=True).first()
    if day is None:
        return None, []
    rows = list(UnitParticipation.objects.filter(contest=contest, day=day).select_related("unit"))
    rows.sort(key=lambda r: (-r.rate, -r.participants, r.unit.name))
    return day, rows


def collective_prizes(contest) -> dict[str, list[dict]]:
    """Units proposed for collective prizes: by participation rate (latest published day) and
    by number of prize winners (published results)."""
    limit = contest.collective_prize_count
    _day, rows = participation_latest(contest)
    by_rate = [
        {"unit": r.unit.name, "participants": r.participants, "head_count": r.head_count, "rate": round(r.rate, 4)}
        for r in rows if r.participants
    ][:limit]
    winners = (
        Result.objects.filter(contest=contest).exclude(prize="").values("unit_id")
        .annotate(n=Count("pk")).order_by("-n", "unit_id")[:limit]
    )
    names = dict(Unit.objects.filter(pk__in=[w["unit_id"] for w in winners]).values_list("pk", "name"))
    by_winners = [{"unit": names[w["unit_id"]], "winners": w["n"]} for w in winners]
    return {"by_rate": by_rate, "by_winners": by_winners}


def participants_count(*, year: int, unit_ids: list[int] | None = None, activity=None) -> int:
    """Evidence for plans (ActivityTarget.Metric.PARTICIPANTS): distinct people who finished an
    attempt in `year`, optionally only staff of `unit_ids`."""
    attempts = Attempt.objects.filter(submitted_at__year=year).exclude(status=Attempt.Status.OPEN)
    if unit_ids is not None:
        attempts = attempts.filter(unit_id__in=unit_ids)
    return attempts.values("user_id").distinct().count()


def round_stats(contest_round: Round) -> dict:
    finished = Attempt.objects.filter(round=contest_round).exclude(status=Attempt.Status.OPEN)
    return finished.aggregate(
        attempts=Count("pk"), people=Count("user_id", distinct=True),
        open=Count("pk", filter=Q(status=Attempt.Status.OPEN)),
    )
