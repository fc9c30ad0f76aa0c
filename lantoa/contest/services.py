"""Every change the contest makes: registration, starting, answering, submitting, closing
overdue attempts, publishing results and prizes, participation snapshots, question imports.

The hot path of a deadline surge is start → answer × N → submit. Each step is one short
transaction; what never changes during an attempt (who owns it, which questions and choices it
holds, the question texts of a round) is cached, and the answer itself is one upsert statement
that checks in the database that the attempt is still open, so a cached value can never let a
late answer in.
"""

import datetime
import random
import re

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import IntegrityError, connection, transaction
from django.db.models import Count, F
from django.utils import timezone
from django.utils.translation import gettext as _

from lantoa.core.audit import audit_log
from lantoa.core.db import sqlite_serialized, sqlite_writer
from lantoa.core.errors import Conflict, Forbidden, ImportRejected, NotFound, ServiceError
from lantoa.core.ratelimit import rate_limit_hit
from lantoa.core.text import fold
from lantoa.org.models import StaffProfile, Unit
from lantoa.org.roles import Role

from .models import Answer, Attempt, Choice, Contest, Question, QuestionBank, Result, Round, UnitParticipation

# Per-account limits (per minute). Generous for people, tight for scripts.
START_LIMIT = 20
SUBMIT_LIMIT = 20
CACHE_SECONDS = 600
NO_PREDICTION_DISTANCE = 2**62


class RoundClosed(Conflict):
    pass


class AttemptClosed(Conflict):
    pass


# --- Contestants ----------------------------------------------------------------------------

_PHONE_JUNK = re.compile(r"[\s.\-()]")


def phone_normalise(raw: str) -> str:
    """"0905 123 456", "84905123456", "+84 905.123.456" → "+84905123456"; ServiceError if not a
    Vietnamese number (9 digits after the country code)."""
    phone = _PHONE_JUNK.sub("", raw or "")
    if phone.startswith("+84"):
        rest = phone[3:]
    elif phone.startswith("0084"):
        rest = phone[4:]
    elif phone.startswith("84") and len(phone) == 11:
        rest = phone[2:]
    elif phone.startswith("0"):
        rest = phone[1:]
    else:
        rest = ""
    if not (rest.isdigit() and len(rest) == 9 and rest[0] != "0"):
        raise ServiceError(_("Enter a Vietnamese phone number, e.g. 0905 123 456."), code="phone")
    return "+84" + rest


def citizen_id_normalise(raw: str | None) -> str | None:
    value = re.sub(r"\s", "", raw or "")
    if not value:
        return None
    if not (value.isdigit() and len(value) in (9, 12)):
        raise ServiceError(_("A citizen ID has 12 digits (or 9 for an old ID card)."), code="citizen_id")
    return value


def contestant_register(
    *, full_name: str, unit: Unit, position: str, phone: str, email: str, password: str,
    citizen_id: str | None = None,
):
    """Create a contestant account: User (username = normalised phone) + StaffProfile + the
    contestant group. One person, one account: phone, e-mail and citizen ID must be unused.

    The password is hashed (~30 ms of CPU) before the transaction, which on SQLite holds the
    database's write lock."""
    User = get_user_model()
    phone = phone_normalise(phone)
    citizen_id = citizen_id_normalise(citizen_id)
    email = (email or "").strip().lower()
    full_name = " ".join((full_name or "").split())
    if not full_name:
        raise ServiceError(_("Enter your full name."), code="full_name")
    if not email or "@" not in email:
        raise ServiceError(_("Enter a valid e-mail address."), code="email")
    if unit.kind == Unit.Kind.EXTERNAL:
        raise ServiceError(_("Choose a unit of the education sector."), code="unit")
    password_hash = make_password(password)
    last, _sep, first = full_name.rpartition(" ")
    with sqlite_writer(), transaction.atomic():
        if StaffProfile.objects.filter(phone=phone).exists() or User.objects.filter(username=phone).exists():
            raise Conflict(_("This phone number is already registered. Log in instead."), code="phone")
        if User.objects.filter(email__iexact=email).exists():
            raise Conflict(_("This e-mail address is already registered. Log in instead."), code="email")
        if citizen_id and StaffProfile.objects.filter(citizen_id=citizen_id).exists():
            raise Conflict(_("This citizen ID is already registered."), code="citizen_id")
        try:
            with transaction.atomic():
                user = User.objects.create(
                    username=phone, password=password_hash, email=email, first_name=first, last_name=last
                )
                StaffProfile.objects.create(
                    user=user, unit=unit, position=position.strip()[:120], phone=phone, citizen_id=citizen_id
                )
        except IntegrityError as exc:  # a concurrent registration with the same phone/ID
            raise Conflict(_("This phone number or citizen ID is already registered.")) from exc
        user.groups.add(Group.objects.get_or_create(name=str(Role.CONTESTANT))[0])
        audit_log(actor=user, action="lantoa.contest.contestant_register", target=user.profile)
    return user


def contestant_unit_id(*, user) -> int:
    """The contestant's unit (cached: asked at every start)."""
    key = f"contest:unit:{user.pk}"
    unit_id = cache.get(key)
    if unit_id is None:
        unit_id = StaffProfile.objects.filter(user_id=user.pk).values_list("unit_id", flat=True).first()
        if unit_id is None:
            raise Forbidden(_("Only staff of the education sector with a profile can take part."))
        cache.set(key, unit_id, CACHE_SECONDS)
    return unit_id


def contest_rules_cached(*, contest_id: int) -> dict:
    key = f"contest:rules:{contest_id}"
    rules = cache.get(key)
    if rules is None:
        contest = Contest.objects.get(pk=contest_id)
        rules = {
            "units": set(contest.eligible_units.values_list("pk", flat=True)),
            "organisers": set(contest.organisers.values_list("pk", flat=True)),
        }
        cache.set(key, rules, 60)
    return rules


def organiser_group_ids() -> set[int]:
    """Groups whose members may edit rounds (the organisers' roles), cached for a minute."""
    ids = cache.get("contest:organiser-groups")
    if ids is None:
        ids = set(Group.objects.filter(permissions__codename="change_round",
                                       permissions__content_type__app_label="contest").values_list("pk", flat=True))
        cache.set("contest:organiser-groups", ids, 60)
    return ids


def user_is_organiser(*, user) -> bool:
    """Superusers and members of a group that may edit rounds (one cached query per person)."""
    if user.is_superuser:
        return True
    key = f"contest:organiser:{user.pk}"
    value = cache.get(key)
    if value is None:
        groups = set(user.groups.through.objects.filter(user_id=user.pk).values_list("group_id", flat=True))
        value = bool(groups & organiser_group_ids()) or (user.is_staff and user.user_permissions.filter(
            codename="change_round", content_type__app_label="contest").exists())
        cache.set(key, value, CACHE_SECONDS)
    return value


def contestant_ensure_eligible(*, user, contest_round: Round) -> int:
    """Raise Forbidden unless `user` may take part; returns the user's unit id."""
    if user_is_organiser(user=user):
        raise Forbidden(_("Organisers of the contest cannot take part."))
    rules = contest_rules_cached(contest_id=contest_round.contest_id)
    if user.pk in rules["organisers"]:
        raise Forbidden(_("Organisers of the contest cannot take part."))
    unit_id = contestant_unit_id(user=user)
    if rules["units"] and unit_id not in rules["units"]:
        raise Forbidden(_("This contest is for staff of other units."))
    return unit_id


# --- Questions of a round -------------------------------------------------------------------


def round_question_pool(*, contest_round: Round) -> dict[int, dict]:
    """{question_id: {text, topic, difficulty, choices: {choice_id: text}}} of the round's pool.

    Cached per round version, so a surge of starts does not read the bank again and again.
    Correct answers are not in it: they are read only when scoring and after the round closes.
    """
    key = f"contest:pool:{contest_round.pk}:{contest_round.updated_at.timestamp()}"
    pool = cache.get(key)
    if pool is None:
        if contest_round.draw_mode == Round.DrawMode.FIXED:
            questions = contest_round.fixed_questions.all()
        else:
            questions = Question.objects.filter(bank_id=contest_round.bank_id, is_active=True)
        pool = {
            q.pk: {"text": q.text, "topic": q.topic, "difficulty": q.difficulty, "choices": {}}
            for q in questions.order_by("number", "pk")
        }
        for choice in Choice.objects.filter(question_id__in=list(pool)).order_by("sort_order", "pk"):
            pool[choice.question_id]["choices"][choice.pk] = choice.text
        cache.set(key, pool, CACHE_SECONDS)
    return pool


def round_quotas(*, contest_round: Round) -> list[tuple]:
    key = f"contest:quotas:{contest_round.pk}:{contest_round.updated_at.timestamp()}"
    quotas = cache.get(key)
    if quotas is None:
        quotas = list(contest_round.quotas.values_list("topic", "difficulty", "count").order_by("pk"))
        cache.set(key, quotas, CACHE_SECONDS)
    return quotas


def questions_draw(*, contest_round: Round, rng: random.Random | None = None) -> list[list]:
    """The layout of a new attempt: [[question_id, [choice_id, …]], …], drawn by the round's
    rule and shuffled per attempt when the round says so."""
    rng = rng or random.SystemRandom()
    pool = round_question_pool(contest_round=contest_round)
    if contest_round.draw_mode == Round.DrawMode.FIXED:
        picked = list(pool)
    else:
        picked, taken = [], set()
        for topic, difficulty, count in round_quotas(contest_round=contest_round):
            candidates = [
                qid for qid, q in pool.items()
                if qid not in taken
                and (not topic or fold(q["topic"]) == fold(topic))
                and (difficulty is None or q["difficulty"] == difficulty)
            ]
            if len(candidates) < count:
                raise ServiceError(_("The question bank has too few questions for the round's draw rules."))
            chosen = rng.sample(candidates, count)
            picked += chosen
            taken.update(chosen)
        missing = contest_round.question_count - len(picked)
        if missing > 0:
            rest = [qid for qid in pool if qid not in taken]
            if len(rest) < missing:
                raise ServiceError(_("The question bank has too few questions for the round's draw rules."))
            picked += rng.sample(rest, missing)
        picked = picked[: contest_round.question_count]
    if contest_round.shuffle:
        rng.shuffle(picked)
    layout = []
    for qid in picked:
        choice_ids = list(pool[qid]["choices"])
        if contest_round.shuffle:
            rng.shuffle(choice_ids)
        layout.append([qid, choice_ids])
    return layout


def round_get_cached(*, round_id: int) -> Round:
    key = f"contest:round:{round_id}"
    contest_round = cache.get(key)
    if contest_round is None:
        contest_round = Round.objects.filter(pk=round_id).select_related("contest").first()
        if contest_round is None:
            raise NotFound(_("No such round."))
        cache.set(key, contest_round, 30)
    return contest_round


# --- Attempts -------------------------------------------------------------------------------


def round_ensure_open(*, contest_round: Round, now: datetime.datetime) -> None:
    if now < contest_round.opens_at:
        raise RoundClosed(_("This round has not opened yet."))
    if now >= contest_round.closes_at:
        raise RoundClosed(_("This round is closed."))


def attempts_ensure_allowed(*, user, contest_round: Round, now: datetime.datetime) -> None:
    done = Attempt.objects.filter(user=user, round=contest_round).exclude(status=Attempt.Status.OPEN)
    if contest_round.attempt_policy == Round.AttemptPolicy.DAILY:
        if done.filter(day=timezone.localdate(now)).exists():
            raise Conflict(_("You have already taken part today. Come back tomorrow."))
        return
    if done.count() >= contest_round.attempts_allowed:
        raise Conflict(_("You have used all the attempts of this round."))


def attempt_start(*, user, contest_round: Round, now: datetime.datetime | None = None) -> tuple[Attempt, bool]:
    """Open the contestant's attempt in this round, or return the one already open.

    Starting twice (double click, two tabs, a retry after a dropped connection) must never
    create two attempts: the partial unique constraint on (user, round) where status=OPEN
    decides, not the check below, so concurrent calls are safe too.

    The lookups that need no lock (an attempt already open, eligibility, the draw) come before
    the write transaction, so that on SQLite — one writer at a time for the whole database — a
    surge of starts holds the write lock only for the attempt-count check and two INSERTs,
    instead of making every answer being saved wait behind the draw.
    """
    now = now or timezone.now()
    rate_limit_hit(key=f"contest:start:{user.pk}", limit=START_LIMIT)
    open_one = Attempt.objects.filter(user=user, round=contest_round, status=Attempt.Status.OPEN).first()
    if open_one is not None:
        if open_one.deadline > now:
            return open_one, False
        attempt_close_overdue(attempt=open_one, now=now)
    round_ensure_open(contest_round=contest_round, now=now)
    unit_id = contestant_ensure_eligible(user=user, contest_round=contest_round)
    layout = questions_draw(contest_round=contest_round)
    attempt, created = _attempt_create(user=user, contest_round=contest_round, unit_id=unit_id, layout=layout, now=now)
    if created:
        attempt_cache_keys(attempt=attempt)
    return attempt, created


@sqlite_serialized
@transaction.atomic
def _attempt_create(*, user, contest_round: Round, unit_id: int, layout: list, now: datetime.datetime) -> tuple[Attempt, bool]:
    # The policy check reads the attempts already closed inside the write transaction, so two
    # starts racing with a submit cannot both pass a "once" round.
    attempts_ensure_allowed(user=user, contest_round=contest_round, now=now)
    try:
        with transaction.atomic():
            attempt = Attempt.objects.create(
                user=user, round=contest_round, unit_id=unit_id, started_at=now, day=timezone.localdate(now),
                deadline=min(now + contest_round.time_limit, contest_round.closes_at),
                layout=layout, total=len(layout),
            )
    except IntegrityError:
        return Attempt.objects.get(user=user, round=contest_round, status=Attempt.Status.OPEN), False
    audit_log(actor=user, action="lantoa.contest.attempt_start", target=attempt,
              data={"round": contest_round.pk, "deadline": attempt.deadline.isoformat()})
    return attempt, True


def attempt_cache_keys(*, attempt: Attempt) -> dict:
    """What an answer needs to be checked without a query: owner and {question: choices}."""
    keys = {"user": attempt.user_id, "layout": {qid: set(cids) for qid, cids in attempt.layout}}
    cache.set(f"contest:attempt:{attempt.pk}", keys, CACHE_SECONDS)
    return keys


def attempt_keys_get(*, attempt_id: int) -> dict:
    keys = cache.get(f"contest:attempt:{attempt_id}")
    if keys is None:
        attempt = Attempt.objects.filter(pk=attempt_id).only("user_id", "layout").first()
        if attempt is None:
            raise NotFound(_("No such attempt."))
        keys = attempt_cache_keys(attempt=attempt)
    return keys


def _upsert_sql() -> str:
    # One statement: insert or replace the answer, but only while the attempt is open and
    # before its deadline. On PostgreSQL the attempt row is share-locked, so a concurrent submit
    # (which updates that row first) either sees this answer or makes it fail — never both.
    lock = " FOR SHARE" if connection.vendor == "postgresql" else ""
    return (
        "INSERT INTO contest_answer (attempt_id, question_id, choice_id, saved_at) "
        "SELECT %s, %s, %s, %s WHERE EXISTS (SELECT 1 FROM contest_attempt "
        f"WHERE id = %s AND status = 'open' AND deadline > %s{lock}) "
        "ON CONFLICT (attempt_id, question_id) DO UPDATE SET choice_id = excluded.choice_id, "
        "saved_at = excluded.saved_at"
    )


def answer_save(*, user, attempt_id: int, question_id: int, choice_id: int,
                now: datetime.datetime | None = None) -> None:
    """Save (or change) one answer the moment it is chosen.

    Refused: another person's attempt (404, so attempt ids reveal nothing), a question outside
    the attempt, a choice of another question, an attempt no longer open or past its deadline.
    """
    now = now or timezone.now()
    keys = attempt_keys_get(attempt_id=attempt_id)
    if keys["user"] != user.pk:
        raise NotFound(_("No such attempt."))
    choices = keys["layout"].get(question_id)
    if choices is None:
        raise ServiceError(_("This question is not part of your attempt."), code="question")
    if choice_id not in choices:
        raise ServiceError(_("This choice does not belong to the question."), code="choice")
    stamp = connection.ops.adapt_datetimefield_value(now)
    with sqlite_writer(), connection.cursor() as cursor:
        cursor.execute(_upsert_sql(), [attempt_id, question_id, choice_id, stamp, attempt_id, stamp])
        saved = cursor.rowcount
    if saved != 1:
        attempt = Attempt.objects.get(pk=attempt_id)
        if attempt.is_open and attempt.deadline <= now:
            attempt_close_overdue(attempt=attempt, now=now)
        raise AttemptClosed(_("This attempt is closed; the answer was not saved."))


def _score(attempt_id: int) -> int:
    return Answer.objects.filter(attempt_id=attempt_id, choice__is_correct=True).count()


def _close(*, attempt: Attempt, status: str, closed_at: datetime.datetime, prediction: int | None) -> bool:
    """Close an open attempt at `closed_at`; False when it was no longer open (a race lost)."""
    updated = Attempt.objects.filter(pk=attempt.pk, status=Attempt.Status.OPEN).update(
        status=status, submitted_at=closed_at, prediction=prediction,
        duration_ms=max(0, int((closed_at - attempt.started_at).total_seconds() * 1000)),
    )
    if not updated:
        return False
    # A fresh statement after the row update: on PostgreSQL it sees every answer whose
    # transaction held the attempt row before us, and no answer can slip in after.
    Attempt.objects.filter(pk=attempt.pk).update(score=_score(attempt.pk))
    return True


@transaction.atomic
def attempt_close_overdue(*, attempt: Attempt, now: datetime.datetime | None = None) -> Attempt:
    """Close an attempt whose deadline passed, at its deadline, with the answers saved by then."""
    now = now or timezone.now()
    if attempt.is_open and attempt.deadline <= now:
        if _close(attempt=attempt, status=Attempt.Status.EXPIRED, closed_at=attempt.deadline, prediction=None):
            audit_log(actor=None, action="lantoa.contest.attempt_expire", target=attempt)
    attempt.refresh_from_db()
    return attempt


def attempts_close_overdue(*, now: datetime.datetime | None = None, batch: int = 500) -> int:
    """The sweep (task and command): close every overdue attempt, in short batches so that a
    deadline never holds the database for long. Returns how many it closed."""
    now = now or timezone.now()
    closed = 0
    while True:
        ids = list(
            Attempt.objects.filter(status=Attempt.Status.OPEN, deadline__lte=now).values_list("pk", flat=True)[:batch]
        )
        if not ids:
            return closed
        for attempt in Attempt.objects.filter(pk__in=ids):
            attempt_close_overdue(attempt=attempt, now=now)
            closed += 1


def attempt_get_for(*, user, attempt_id: int, now: datetime.datetime | None = None) -> Attempt:
    """The user's attempt (404 for anyone else's), closed first if its deadline passed."""
    attempt = Attempt.objects.select_related("round").filter(pk=attempt_id, user_id=user.pk).first()
    if attempt is None:
        raise NotFound(_("No such attempt."))
    now = now or timezone.now()
    if attempt.is_open and attempt.deadline <= now:
        attempt = attempt_close_overdue(attempt=attempt, now=now)
    return attempt


def attempt_submit(*, user, attempt_id: int, prediction: int | None,
                   now: datetime.datetime | None = None) -> Attempt:
    """Submit: score, total and duration in milliseconds. Submitting again returns the same
    result (a retry after a dropped connection must not fail or change anything).

    Reading the attempt and the checks happen before the write transaction (see attempt_start);
    the close itself is guarded by the attempt's status, so a submit racing another submit or
    the deadline sweep changes nothing the second time."""
    now = now or timezone.now()
    attempt = attempt_get_for(user=user, attempt_id=attempt_id, now=now)
    if not attempt.is_open:
        return attempt
    rate_limit_hit(key=f"contest:submit:{user.pk}", limit=SUBMIT_LIMIT)
    if prediction is not None and not (0 <= prediction <= 10_000_000):
        raise ServiceError(_("The prediction must be a whole number from 0."), code="prediction")
    _attempt_close_submitted(user=user, attempt=attempt, prediction=prediction, now=now)
    attempt.refresh_from_db()
    return attempt


@sqlite_serialized
@transaction.atomic
def _attempt_close_submitted(*, user, attempt: Attempt, prediction: int | None, now: datetime.datetime) -> None:
    if _close(attempt=attempt, status=Attempt.Status.SUBMITTED, closed_at=now, prediction=prediction):
        audit_log(actor=user, action="lantoa.contest.attempt_submit", target=attempt)


# --- Results --------------------------------------------------------------------------------


def ranking_key(row: dict, actual: int) -> tuple:
    """score ↓, |prediction − actual| ↑, duration ↑, submission time ↑ (then id, for total order)."""
    distance = NO_PREDICTION_DISTANCE if row["prediction"] is None else abs(row["prediction"] - actual)
    return (-row["score"], distance, row["duration_ms"], row["submitted_at"], row["pk"])


def round_actual_value(*, contest_round: Round) -> int:
    closed = Attempt.objects.filter(round=contest_round).exclude(status=Attempt.Status.OPEN)
    if contest_round.prediction_target == Round.PredictionTarget.PARTICIPANTS:
        return closed.values("user_id").distinct().count()
    return closed.filter(score=F("total")).values("user_id").distinct().count()


def round_ranking(*, contest_round: Round, actual: int) -> list[dict]:
    """Each person's counting attempt (the best one), in ranking order."""
    rows = Attempt.objects.filter(round=contest_round).exclude(status=Attempt.Status.OPEN).values(
        "pk", "user_id", "unit_id", "score", "prediction", "duration_ms", "submitted_at"
    )
    best: dict[int, tuple] = {}
    for row in rows:
        key = ranking_key(row, actual)
        if row["user_id"] not in best or key < best[row["user_id"]][0]:
            best[row["user_id"]] = (key, row)
    return [row for _key, row in sorted(best.values(), key=lambda item: item[0])]


@transaction.atomic
def round_results_publish(*, contest_round: Round, actor, now: datetime.datetime | None = None) -> int:
    """Rank the closed round, award prizes (one per person per contest) and publish.
    Republishing recomputes. Returns the number of ranked people."""
    now = now or timezone.now()
    if actor is not None and not user_is_organiser(user=actor):
        raise Forbidden()
    if not contest_round.is_closed(now):
        raise Conflict(_("Results can be published only after the round closes."))
    for attempt in Attempt.objects.filter(round=contest_round, status=Attempt.Status.OPEN):
        attempt_close_overdue(attempt=attempt, now=max(now, attempt.deadline))
    actual = round_actual_value(contest_round=contest_round)
    ranking = round_ranking(contest_round=contest_round, actual=actual)
    Result.objects.filter(round=contest_round).delete()
    holders = set(
        Result.objects.filter(contest_id=contest_round.contest_id, prize_holder__isnull=False)
        .values_list("prize_holder_id", flat=True)
    )
    slots = (
        [Result.Prize.FIRST] * contest_round.prizes_first + [Result.Prize.SECOND] * contest_round.prizes_second
        + [Result.Prize.THIRD] * contest_round.prizes_third
        + [Result.Prize.CONSOLATION] * contest_round.prizes_consolation
    )
    results = []
    for rank, row in enumerate(ranking, start=1):
        prize = ""
        if slots and row["user_id"] not in holders:
            prize = slots.pop(0)
            holders.add(row["user_id"])
        results.append(Result(
            round=contest_round, contest_id=contest_round.contest_id, user_id=row["user_id"], unit_id=row["unit_id"],
            attempt_id=row["pk"], rank=rank, prize=prize, prize_holder_id=row["user_id"] if prize else None,
        ))
    Result.objects.bulk_create(results, batch_size=1000)
    Round.objects.filter(pk=contest_round.pk).update(actual_value=actual, results_published_at=now)
    contest_round.refresh_from_db()
    cache.delete(f"contest:round:{contest_round.pk}")
    audit_log(actor=actor, action="lantoa.contest.results_publish", target=contest_round,
              data={"ranked": len(results), "actual": actual})
    return len(results)


@transaction.atomic
def participation_snapshot(*, contest: Contest, day: datetime.date | None = None) -> int:
    """Publish the day's participation per unit: distinct people with a finished attempt in the
    contest so far ÷ the unit's head-count. Run daily by the task; idempotent for a day."""
    day = day or timezone.localdate()
    counts = dict(
        Attempt.objects.filter(round__contest=contest, day__lte=day).exclude(status=Attempt.Status.OPEN)
        .values("unit_id").annotate(n=Count("user_id", distinct=True)).values_list("unit_id", "n")
    )
    units = Unit.objects.internal().active_on(day).exclude(kind=Unit.Kind.DEPARTMENT)
    eligible = set(contest.eligible_units.values_list("pk", flat=True))
    if eligible:
        units = units.filter(pk__in=eligible)
    rows = [
        UnitParticipation(contest=contest, unit=unit, day=day, participants=counts.get(unit.pk, 0),
                          head_count=unit.head_count)
        for unit in units
    ]
    UnitParticipation.objects.filter(contest=contest, day=day).delete()
    UnitParticipation.objects.bulk_create(rows)
    return len(rows)


# --- Question banks -------------------------------------------------------------------------


def questions_import(*, bank: QuestionBank, parsed: list, actor=None, replace: bool = False) -> int:
    """Store parsed questions in `bank`, all or nothing. `parsed` comes from an importer
    (lantoa.contest.importers), which has already refused a bad file with row-level errors."""
    if actor is not None and not user_is_organiser(user=actor):
        raise Forbidden()
    errors = []
    for item in parsed:
        correct = sum(1 for _text, ok in item.choices if ok)
        if len(item.choices) < 2:
            errors.append(_("%(where)s: fewer than two choices.") % {"where": item.where})
        elif correct != 1:
            errors.append(_("%(where)s: exactly one choice must be correct.") % {"where": item.where})
    if errors:
        raise ImportRejected(errors=errors)
    if not parsed:
        raise ImportRejected(errors=[_("The file holds no question.")])
    with transaction.atomic():
        if replace:
            bank.questions.all().delete()
        start = (bank.questions.order_by("-number").values_list("number", flat=True).first() or 0)
        for offset, item in enumerate(parsed, start=1):
            question = Question.objects.create(
                bank=bank, number=start + offset, text=item.text, topic=item.topic or "",
                difficulty=item.difficulty or Question.Difficulty.MEDIUM, explanation=item.explanation or "",
            )
            Choice.objects.bulk_create([
                Choice(question=question, text=text, is_correct=ok, sort_order=i)
                for i, (text, ok) in enumerate(item.choices)
            ])
        Round.objects.filter(bank=bank).update(updated_at=timezone.now())
        audit_log(actor=actor, action="lantoa.contest.questions_import", target=bank, data={"count": len(parsed)})
    return len(parsed)

