from django.utils import timezone

from lantoa.contest import seed
from lantoa.contest.models import Contest, Question, Result, Round
from lantoa.contest.queries import participants_count
from lantoa.plans.evidence import evidence_count
from lantoa.plans.models import ActivityTarget

from .factories import contestant_make


def test_seed_is_idempotent_with_open_and_published_rounds(db):
    people = [contestant_make(username=f"thisinh{n}") for n in range(1, 4)]

    seed.seed()
    seed.seed()

    now = timezone.now()
    rounds = list(Round.objects.order_by("number"))
    assert Contest.objects.count() == 1
    assert Question.objects.count() >= 60
    assert [r.is_open(now) for r in rounds] == [False, True]
    assert rounds[0].results_published_at is not None
    assert Result.objects.filter(round=rounds[0]).count() == len(people)


def test_participants_evidence_is_registered_for_plans(db):
    seed.seed()  # no thisinh accounts: no attempts
    person = contestant_make()
    from lantoa.contest.models import Attempt

    contest_round = Round.objects.get(number=2)
    Attempt.objects.create(round=contest_round, user=person, unit=person.profile.unit, status="submitted",
                           day=timezone.localdate(), started_at=timezone.now(), deadline=timezone.now(),
                           submitted_at=timezone.now(), layout=[], total=10, score=5, duration_ms=1)
    year = timezone.now().year

    assert evidence_count(ActivityTarget.Metric.PARTICIPANTS, year=year) == 1
    assert participants_count(year=year, unit_ids=[person.profile.unit_id]) == 1
    assert participants_count(year=year, unit_ids=[-1]) == 0


def test_contest_daily_command_sweeps_and_publishes_participation(db):
    import datetime

    from django.core.management import call_command

    from lantoa.contest import services
    from lantoa.contest.models import Attempt, UnitParticipation

    seed.seed()
    person = contestant_make()
    contest_round = Round.objects.get(number=2)
    attempt, _ = services.attempt_start(user=person, contest_round=contest_round,
                                        now=timezone.now() - datetime.timedelta(hours=1))

    call_command("contest_daily")

    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.EXPIRED
    assert UnitParticipation.objects.filter(unit=person.profile.unit, participants=1).exists()
