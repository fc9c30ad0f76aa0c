import datetime
import threading
import time

import pytest
from django.db import IntegrityError, connection, transaction
from django.db.utils import OperationalError

from lantoa.contest import services
from lantoa.contest.models import Answer, Attempt, Result, Round, UnitParticipation
from lantoa.core.errors import Conflict, Forbidden, NotFound, ServiceError
from lantoa.org.roles import Role
from lantoa.org.tests.factories import UnitFactory, staff_user

from .factories import ContestFactory, RoundFactory, contestant_make, correct_choice_id, wrong_choice_id

T0 = datetime.datetime(2026, 3, 2, 8, 0, tzinfo=datetime.UTC)


def a_round(**kwargs):
    defaults = {"opens_at": T0 - datetime.timedelta(days=1), "closes_at": T0 + datetime.timedelta(days=3)}
    return RoundFactory(**{**defaults, **kwargs})


# --- start ------------------------------------------------------------------------------------


def test_attempt_start_twice_returns_the_open_attempt(contestant):
    contest_round = a_round()
    first, created_first = services.attempt_start(user=contestant, contest_round=contest_round, now=T0)

    second, created_second = services.attempt_start(user=contestant, contest_round=contest_round, now=T0)

    assert (created_first, second.pk, created_second) == (True, first.pk, False)
    assert Attempt.objects.filter(user=contestant).count() == 1


def test_attempt_start_draws_question_count_with_shuffled_choices(contestant):
    contest_round = a_round(question_count=7)

    attempt, _ = services.attempt_start(user=contestant, contest_round=contest_round, now=T0)

    assert len(attempt.layout) == 7
    assert len(set(attempt.question_ids)) == 7
    assert all(len(cids) == 4 for _qid, cids in attempt.layout)
    assert attempt.deadline == T0 + datetime.timedelta(minutes=15)


def test_attempt_start_deadline_never_after_round_close(contestant):
    contest_round = a_round(closes_at=T0 + datetime.timedelta(minutes=5))

    attempt, _ = services.attempt_start(user=contestant, contest_round=contest_round, now=T0)

    assert attempt.deadline == contest_round.closes_at


def test_attempt_start_by_quota_takes_topic_and_difficulty(contestant):
    contest_round = a_round(question_count=3)
    contest_round.quotas.create(topic="chính sách", difficulty=None, count=3)
    contest_round.save()

    attempt, _ = services.attempt_start(user=contestant, contest_round=contest_round, now=T0)

    topics = set(contest_round.bank.questions.filter(pk__in=attempt.question_ids).values_list("topic", flat=True))
    assert topics == {"Chính sách"}


def test_attempt_start_fixed_set_uses_exactly_those_questions(contestant):
    contest_round = a_round(draw_mode=Round.DrawMode.FIXED)
    fixed = list(contest_round.bank.questions.all()[:3])
    contest_round.fixed_questions.set(fixed)
    contest_round.save()

    attempt, _ = services.attempt_start(user=contestant, contest_round=contest_round, now=T0)

    assert sorted(attempt.question_ids) == sorted(q.pk for q in fixed)


def test_attempt_start_refused_before_opening_and_after_closing(contestant):
    contest_round = a_round()

    with pytest.raises(services.RoundClosed):
        services.attempt_start(user=contestant, contest_round=contest_round, now=contest_round.opens_at
                               - datetime.timedelta(seconds=1))
    with pytest.raises(services.RoundClosed):
        services.attempt_start(user=contestant, contest_round=contest_round, now=contest_round.closes_at)

    assert Attempt.objects.count() == 0


def test_attempt_start_refuses_organisers(db):
    organiser = staff_user(role=Role.PUBLISHER)
    from lantoa.org.services import roles_sync

    roles_sync()
    contest_round = a_round()
    listed = contestant_make()
    contest_round.contest.organisers.add(listed)

    with pytest.raises(Forbidden):
        services.attempt_start(user=organiser, contest_round=contest_round, now=T0)
    with pytest.raises(Forbidden):
        services.attempt_start(user=listed, contest_round=contest_round, now=T0)

    assert Attempt.objects.count() == 0


def test_attempt_start_refuses_staff_of_units_not_listed(contestant):
    contest_round = a_round()
    contest_round.contest.eligible_units.add(UnitFactory())

    with pytest.raises(Forbidden):
        services.attempt_start(user=contestant, contest_round=contest_round, now=T0)


def test_attempt_start_once_policy_refuses_second_attempt(contestant):
    contest_round = a_round()
    attempt, _ = services.attempt_start(user=contestant, contest_round=contest_round, now=T0)
    services.attempt_submit(user=contestant, attempt_id=attempt.pk, prediction=3, now=T0)

    with pytest.raises(Conflict):
        services.attempt_start(user=contestant, contest_round=contest_round, now=T0 + datetime.timedelta(hours=1))

    assert Attempt.objects.filter(user=contestant).count() == 1


def test_attempt_start_n_per_round_allows_n(contestant):
    contest_round = a_round(attempt_policy=Round.AttemptPolicy.PER_ROUND, max_attempts=2)
    for hour in (0, 1):
        attempt, _ = services.attempt_start(user=contestant, contest_round=contest_round,
                                            now=T0 + datetime.timedelta(hours=hour))
        services.attempt_submit(user=contestant, attempt_id=attempt.pk, prediction=1,
                                now=T0 + datetime.timedelta(hours=hour, minutes=1))

    with pytest.raises(Conflict):
        services.attempt_start(user=contestant, contest_round=contest_round, now=T0 + datetime.timedelta(hours=2))

    assert Attempt.objects.filter(user=contestant).count() == 2


def test_attempt_start_daily_policy_one_a_day(contestant):
    contest_round = a_round(attempt_policy=Round.AttemptPolicy.DAILY)
    attempt, _ = services.attempt_start(user=contestant, contest_round=contest_round, now=T0)
    services.attempt_submit(user=contestant, attempt_id=attempt.pk, prediction=1, now=T0)

    with pytest.raises(Conflict):
        services.attempt_start(user=contestant, contest_round=contest_round, now=T0 + datetime.timedelta(hours=2))
    next_day, created = services.attempt_start(user=contestant, contest_round=contest_round,
                                               now=T0 + datetime.timedelta(days=1))

    assert created is True
    assert next_day.day == (T0 + datetime.timedelta(days=1)).date()


def test_attempt_constraint_refuses_a_second_open_attempt(contestant):
    contest_round = a_round()
    first, _ = services.attempt_start(user=contestant, contest_round=contest_round, now=T0)

    with pytest.raises(IntegrityError), transaction.atomic():
        Attempt.objects.create(user=contestant, round=contest_round, unit=first.unit, day=first.day,
                               started_at=T0, deadline=first.deadline, layout=first.layout, total=first.total)


def test_attempt_start_losing_the_race_returns_the_winner(contestant, monkeypatch):
    contest_round = a_round()
    winner, _ = services.attempt_start(user=contestant, contest_round=contest_round, now=T0)
    real_filter = Attempt.objects.filter
    calls = {"n": 0}

    def blind_first_lookup(*args, **kwargs):
        # The first lookup of the open attempt misses, as it does when two requests race.
        calls["n"] += 1
        if calls["n"] == 1:
            return real_filter(pk=-1)
        return real_filter(*args, **kwargs)

    monkeypatch.setattr(Attempt.objects, "filter", blind_first_lookup)

    loser, created = services.attempt_start(user=contestant, contest_round=contest_round, now=T0)

    assert (loser.pk, created) == (winner.pk, False)


@pytest.mark.django_db(transaction=True)
def test_attempt_start_concurrent_clicks_make_one_attempt():
    contestant = contestant_make()
    contest_round = RoundFactory()
    barrier = threading.Barrier(6)
    results, errors = [], []

    def click():
        try:
            barrier.wait()
            for _try in range(200):  # SQLite's in-memory test database reports locks instead of waiting
                try:
                    attempt, created = services.attempt_start(user=contestant, contest_round=contest_round)
                    results.append((attempt.pk, created))
                    return
                except OperationalError:
                    time.sleep(0.01)
        except Exception as exc:  # noqa: BLE001 — reported below
            errors.append(exc)
        finally:
            connection.close()  # this thread's own connection

    threads = [threading.Thread(target=click) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert errors == []
    assert len(results) == 6
    assert len({pk for pk, _created in results}) == 1
    assert sorted(created for _pk, created in results) == [False] * 5 + [True]
    assert Attempt.objects.filter(user=contestant, round=contest_round).count() == 1


# --- answers ----------------------------------------------------------------------------------


@pytest.fixture
def started(contestant):
    contest_round = a_round()
    attempt, _ = services.attempt_start(user=contestant, contest_round=contest_round, now=T0)
    return attempt


def test_answer_save_twice_keeps_the_last_choice(started):
    qid, cids = started.layout[0]

    services.answer_save(user=started.user, attempt_id=started.pk, question_id=qid, choice_id=cids[0], now=T0)
    services.answer_save(user=started.user, attempt_id=started.pk, question_id=qid, choice_id=cids[1], now=T0)

    assert list(Answer.objects.filter(attempt=started).values_list("question_id", "choice_id")) == [(qid, cids[1])]


def test_answer_save_refuses_question_outside_the_attempt(started):
    outside = started.round.bank.questions.exclude(pk__in=started.question_ids).first()

    with pytest.raises(ServiceError):
        services.answer_save(user=started.user, attempt_id=started.pk, question_id=outside.pk,
                             choice_id=correct_choice_id(outside.pk), now=T0)

    assert Answer.objects.count() == 0


def test_answer_save_refuses_choice_of_another_question(started):
    (qid, _cids), (_other, other_cids) = started.layout[0], started.layout[1]

    with pytest.raises(ServiceError):
        services.answer_save(user=started.user, attempt_id=started.pk, question_id=qid, choice_id=other_cids[0],
                             now=T0)

    assert Answer.objects.count() == 0


def test_answer_save_refuses_another_persons_attempt(started):
    intruder = contestant_make()
    qid, cids = started.layout[0]

    with pytest.raises(NotFound):
        services.answer_save(user=intruder, attempt_id=started.pk, question_id=qid, choice_id=cids[0], now=T0)

    assert Answer.objects.count() == 0


def test_answer_save_after_deadline_refused_and_attempt_closed(started):
    qid, cids = started.layout[0]
    services.answer_save(user=started.user, attempt_id=started.pk, question_id=qid, choice_id=correct_choice_id(qid),
                         now=T0 + datetime.timedelta(minutes=1))
    late_qid, late_cids = started.layout[1]

    with pytest.raises(Conflict):
        services.answer_save(user=started.user, attempt_id=started.pk, question_id=late_qid,
                             choice_id=correct_choice_id(late_qid), now=started.deadline)

    started.refresh_from_db()
    assert (started.status, started.score, started.submitted_at) == (Attempt.Status.EXPIRED, 1, started.deadline)
    assert Answer.objects.filter(attempt=started).count() == 1


def test_answer_save_after_submit_refused(started):
    services.attempt_submit(user=started.user, attempt_id=started.pk, prediction=5, now=T0)
    qid, cids = started.layout[0]

    with pytest.raises(Conflict):
        services.answer_save(user=started.user, attempt_id=started.pk, question_id=qid, choice_id=cids[0], now=T0)

    assert Answer.objects.count() == 0


# --- submit and deadline ----------------------------------------------------------------------


def test_attempt_submit_scores_and_is_idempotent(started):
    for qid, _cids in started.layout[:3]:
        services.answer_save(user=started.user, attempt_id=started.pk, question_id=qid,
                             choice_id=correct_choice_id(qid), now=T0)
    qid, _cids = started.layout[3]
    services.answer_save(user=started.user, attempt_id=started.pk, question_id=qid, choice_id=wrong_choice_id(qid),
                         now=T0)
    at = T0 + datetime.timedelta(minutes=2, milliseconds=345)

    first = services.attempt_submit(user=started.user, attempt_id=started.pk, prediction=12, now=at)
    again = services.attempt_submit(user=started.user, attempt_id=started.pk, prediction=99,
                                    now=at + datetime.timedelta(minutes=1))

    assert (first.score, first.total, first.duration_ms, first.prediction) == (3, 5, 120345, 12)
    assert (again.score, again.total, again.duration_ms, again.prediction) == (3, 5, 120345, 12)


def test_attempt_submit_of_another_persons_attempt_is_not_found(started):
    with pytest.raises(NotFound):
        services.attempt_submit(user=contestant_make(), attempt_id=started.pk, prediction=1, now=T0)

    started.refresh_from_db()
    assert started.status == Attempt.Status.OPEN


def test_attempt_submit_after_deadline_closes_at_deadline(started):
    qid, _cids = started.layout[0]
    services.answer_save(user=started.user, attempt_id=started.pk, question_id=qid, choice_id=correct_choice_id(qid),
                         now=T0)

    result = services.attempt_submit(user=started.user, attempt_id=started.pk, prediction=7,
                                     now=started.deadline + datetime.timedelta(minutes=30))

    assert (result.status, result.score, result.duration_ms, result.prediction) == (
        Attempt.Status.EXPIRED, 1, 15 * 60 * 1000, None)


def test_attempts_close_overdue_sweeps_only_overdue(contestant):
    contest_round = a_round()
    overdue, _ = services.attempt_start(user=contestant, contest_round=contest_round, now=T0)
    other = contestant_make()
    fresh, _ = services.attempt_start(user=other, contest_round=contest_round, now=T0 + datetime.timedelta(minutes=10))

    closed = services.attempts_close_overdue(now=T0 + datetime.timedelta(minutes=16))

    overdue.refresh_from_db()
    fresh.refresh_from_db()
    assert (closed, overdue.status, fresh.status) == (1, Attempt.Status.EXPIRED, Attempt.Status.OPEN)
    assert overdue.submitted_at == overdue.deadline


def test_attempt_get_for_closes_overdue_lazily(started):
    attempt = services.attempt_get_for(user=started.user, attempt_id=started.pk,
                                       now=started.deadline + datetime.timedelta(seconds=1))

    assert (attempt.status, attempt.score) == (Attempt.Status.EXPIRED, 0)


# --- ranking and prizes -----------------------------------------------------------------------


def finished(contest_round, *, score, prediction, duration_ms, submitted_at, user=None):
    user = user or contestant_make()
    return Attempt.objects.create(
        round=contest_round, user=user, unit=user.profile.unit, status=Attempt.Status.SUBMITTED,
        day=submitted_at.date(), started_at=submitted_at - datetime.timedelta(milliseconds=duration_ms),
        deadline=submitted_at + datetime.timedelta(minutes=10), submitted_at=submitted_at, layout=[], total=10,
        score=score, prediction=prediction, duration_ms=duration_ms,
    )


def test_round_results_rank_by_score_prediction_duration_time(db):
    contest_round = a_round(closes_at=T0, opens_at=T0 - datetime.timedelta(days=2),
                            prediction_target=Round.PredictionTarget.PARTICIPANTS)
    t = T0 - datetime.timedelta(hours=1)
    ms = datetime.timedelta(milliseconds=1)
    # Six participants, so the actual value of the prediction is 6.
    late = finished(contest_round, score=9, prediction=6, duration_ms=5000, submitted_at=t + ms)
    early = finished(contest_round, score=9, prediction=6, duration_ms=5000, submitted_at=t)
    slower = finished(contest_round, score=9, prediction=6, duration_ms=5001, submitted_at=t - ms)
    far = finished(contest_round, score=9, prediction=8, duration_ms=1000, submitted_at=t - ms)
    none = finished(contest_round, score=9, prediction=None, duration_ms=1000, submitted_at=t - ms)
    best = finished(contest_round, score=10, prediction=100, duration_ms=9999, submitted_at=t)

    services.round_results_publish(contest_round=contest_round, actor=None, now=T0)

    ranked = list(Result.objects.filter(round=contest_round).order_by("rank").values_list("attempt_id", flat=True))
    assert ranked == [best.pk, early.pk, late.pk, slower.pk, far.pk, none.pk]
    contest_round.refresh_from_db()
    assert contest_round.actual_value == 6


def test_round_results_best_attempt_counts_for_daily_policy(db):
    contest_round = a_round(closes_at=T0, opens_at=T0 - datetime.timedelta(days=3),
                            attempt_policy=Round.AttemptPolicy.DAILY)
    person = contestant_make()
    finished(contest_round, user=person, score=4, prediction=1, duration_ms=100, submitted_at=T0 - datetime.timedelta(days=2))
    good = finished(contest_round, user=person, score=8, prediction=1, duration_ms=900,
                    submitted_at=T0 - datetime.timedelta(days=1))

    services.round_results_publish(contest_round=contest_round, actor=None, now=T0)

    assert list(Result.objects.filter(round=contest_round).values_list("attempt_id", flat=True)) == [good.pk]


def test_round_results_one_prize_per_person_per_contest(db):
    contest = ContestFactory()
    first_round = a_round(contest=contest, number=1, closes_at=T0, opens_at=T0 - datetime.timedelta(days=2),
                          prizes_first=1, prizes_second=0, prizes_third=0, prizes_consolation=0)
    second_round = a_round(contest=contest, number=2, closes_at=T0, opens_at=T0 - datetime.timedelta(days=1),
                           prizes_first=1, prizes_second=0, prizes_third=0, prizes_consolation=1)
    star, runner, third = contestant_make(), contestant_make(), contestant_make()
    t = T0 - datetime.timedelta(hours=1)
    finished(first_round, user=star, score=10, prediction=0, duration_ms=1, submitted_at=t)
    finished(second_round, user=star, score=10, prediction=0, duration_ms=1, submitted_at=t)
    finished(second_round, user=runner, score=9, prediction=0, duration_ms=1, submitted_at=t)
    finished(second_round, user=third, score=8, prediction=0, duration_ms=1, submitted_at=t)

    services.round_results_publish(contest_round=first_round, actor=None, now=T0)
    services.round_results_publish(contest_round=second_round, actor=None, now=T0)

    prizes = list(Result.objects.filter(round=second_round).order_by("rank").values_list("user_id", "prize"))
    assert prizes == [(star.pk, ""), (runner.pk, "first"), (third.pk, "consolation")]


def test_round_results_publish_refused_while_open(db):
    contest_round = a_round()

    with pytest.raises(Conflict):
        services.round_results_publish(contest_round=contest_round, actor=None, now=T0)

    assert Result.objects.count() == 0


def test_round_results_publish_refused_to_contestant(contestant):
    contest_round = a_round(closes_at=T0, opens_at=T0 - datetime.timedelta(days=1))

    with pytest.raises(Forbidden):
        services.round_results_publish(contest_round=contest_round, actor=contestant, now=T0)


def test_participation_snapshot_counts_people_over_head_count(db):
    unit = UnitFactory(head_count=4)
    contest_round = a_round()
    contest_round.contest.eligible_units.add(unit)
    people = [contestant_make(unit=unit) for _ in range(2)]
    for person in people:
        finished(contest_round, user=person, score=1, prediction=1, duration_ms=1, submitted_at=T0)
    finished(contest_round, user=people[0], score=2, prediction=1, duration_ms=1, submitted_at=T0)

    services.participation_snapshot(contest=contest_round.contest, day=T0.date())

    row = UnitParticipation.objects.get(unit=unit)
    assert (row.participants, row.head_count, row.rate) == (2, 4, 0.5)


# --- registration -----------------------------------------------------------------------------


@pytest.mark.parametrize("raw", ["0905 123 456", "+84 905.123.456", "84905123456", "0084-905-123-456"])
def test_phone_normalise_gives_plus84(raw):
    assert services.phone_normalise(raw) == "+84905123456"


@pytest.mark.parametrize("raw", ["12345", "0005123456", "abc", ""])
def test_phone_normalise_refuses_bad_numbers(raw):
    with pytest.raises(ServiceError):
        services.phone_normalise(raw)


def test_contestant_register_one_person_one_account(db):
    unit = UnitFactory()
    user = services.contestant_register(full_name="Nguyễn Thị  Hoa", unit=unit, position="Giáo viên",
                                        phone="0905 123 456", email="Hoa@Example.vn", password="mat-khau-dai-9",
                                        citizen_id="051234567890")

    with pytest.raises(Conflict):
        services.contestant_register(full_name="Người khác", unit=unit, position="", phone="+84905123456",
                                     email="khac@example.vn", password="mat-khau-dai-9")
    with pytest.raises(Conflict):
        services.contestant_register(full_name="Người khác", unit=unit, position="", phone="0911000000",
                                     email="hoa@example.vn", password="mat-khau-dai-9")
    with pytest.raises(Conflict):
        services.contestant_register(full_name="Người khác", unit=unit, position="", phone="0911000001",
                                     email="k2@example.vn", password="mat-khau-dai-9", citizen_id="051234567890")

    assert (user.username, user.email, user.last_name, user.first_name) == ("+84905123456", "hoa@example.vn",
                                                                          "Nguyễn Thị", "Hoa")
    assert user.groups.filter(name=str(Role.CONTESTANT)).exists()
    assert user.profile.phone == "+84905123456"
