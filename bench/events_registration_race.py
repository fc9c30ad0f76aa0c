"""Many staff registering for the last seats of an event at once: capacity and quotas must hold.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/lantoa_bench DEBUG=1 \
        .venv/bin/python bench/events_registration_race.py --people 200 --capacity 50 --threads 16

Runs against the configured database (migrate it first). Creates a throwaway event, units and
users (prefix "race-"), fires registrations from a thread pool, prints counts and timings, and
deletes what it made. Exit status 1 when more seats were taken than exist.
"""

import argparse
import os
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantoa.settings")

import django  # noqa: E402

django.setup()

import datetime  # noqa: E402

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import close_old_connections, connection  # noqa: E402
from django.utils import timezone  # noqa: E402

from lantoa.core.errors import ServiceError  # noqa: E402
from lantoa.events.models import Event, Quota, Registration  # noqa: E402
from lantoa.events.services import registration_create  # noqa: E402
from lantoa.org.models import StaffProfile, Unit  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--capacity", type=int, default=50)
    parser.add_argument("--quota", type=int, default=10, help="seats of the first unit (half the people are in it)")
    parser.add_argument("--threads", type=int, default=16)
    args = parser.parse_args()

    User = get_user_model()
    cleanup()
    unit_a = Unit.objects.create(code="race-a", name="Race A", kind=Unit.Kind.SCHOOL)
    unit_b = Unit.objects.create(code="race-b", name="Race B", kind=Unit.Kind.SCHOOL)
    now = timezone.now()
    event = Event.objects.create(
        title="Race", slug="race-event", status=Event.Status.PUBLISHED, organiser=unit_a, capacity=args.capacity,
        starts_at=now + datetime.timedelta(days=1), ends_at=now + datetime.timedelta(days=1, hours=2),
    )
    Quota.objects.create(event=event, unit=unit_a, seats=args.quota)
    users = User.objects.bulk_create([User(username=f"race-{n}") for n in range(args.people)])
    users = list(User.objects.filter(username__startswith="race-").order_by("pk"))
    StaffProfile.objects.bulk_create([
        StaffProfile(user=u, unit=unit_a if i % 2 == 0 else unit_b) for i, u in enumerate(users)
    ])

    def one(user):
        close_old_connections()
        started = time.perf_counter()
        try:
            registration_create(event=event, user=User.objects.select_related("profile__unit").get(pk=user.pk))
            outcome = "ok"
        except ServiceError as exc:
            outcome = exc.code
        finally:
            connection.close()
        return outcome, (time.perf_counter() - started) * 1000

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=args.threads) as pool:
        results = list(pool.map(one, users))
    elapsed = time.perf_counter() - started

    taken = Registration.objects.filter(event=event).count()
    taken_a = Registration.objects.filter(event=event, unit=unit_a).count()
    latencies = sorted(ms for _o, ms in results)
    outcomes: dict[str, int] = {}
    for outcome, _ms in results:
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    print(f"database: {connection.vendor}; people {args.people}, threads {args.threads}, "
          f"capacity {args.capacity}, unit A quota {args.quota}")
    print(f"seats taken: {taken} (unit A: {taken_a}); outcomes: {outcomes}")
    print(f"wall {elapsed:.2f} s; {args.people / elapsed:.0f} registrations/s; latency ms "
          f"median {statistics.median(latencies):.1f}, p95 {latencies[int(len(latencies) * 0.95) - 1]:.1f}, "
          f"max {latencies[-1]:.1f}")
    ok = taken <= args.capacity and taken_a <= args.quota
    cleanup()
    print("capacity and quota held" if ok else "OVERSOLD")
    sys.exit(0 if ok else 1)


def cleanup():
    from wagtail.models import ModelLogEntry

    ids = [str(pk) for pk in Registration.objects.filter(event__slug="race-event").values_list("pk", flat=True)]
    ModelLogEntry.objects.filter(action="lantoa.events.registration_create", object_id__in=ids).delete()
    Registration.objects.filter(event__slug="race-event").delete()
    Event.objects.filter(slug="race-event").delete()
    get_user_model().objects.filter(username__startswith="race-").delete()
    Unit.objects.filter(code__in=["race-a", "race-b"]).delete()


if __name__ == "__main__":
    main()
