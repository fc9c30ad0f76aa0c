#!/usr/bin/env python
"""Cost of GET /api/v1/plans, the monitoring dashboard query and budget-vs-actual as data grows.

Runs in-process against the database of LANTOA_VAR_DIR / DATABASE_URL (seed_demo first). Extra
plans, activities, tasks and estimates are created inside a transaction that is rolled back at
the end, so the database is left as it was.

    LANTOA_VAR_DIR=/tmp/plans-var LANTOA_INSECURE_DEV_KEY=1 .venv/bin/python bench/plans_progress.py --plans 20 --tasks 5000

Prints, for each measurement, the number of SQL queries and the median wall time of 5 runs.
"""

import argparse
import datetime
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantoa.settings")
os.environ.setdefault("LOG_LEVEL", "WARNING")

import django  # noqa: E402

django.setup()

from django.db import connection, transaction  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from lantoa.budget.models import Estimate, EstimateLine  # noqa: E402
from lantoa.budget.queries import budget_vs_actual  # noqa: E402
from lantoa.org.models import Unit  # noqa: E402
from lantoa.plans.api import plan_out  # noqa: E402
from lantoa.plans.models import Activity, ActivityTarget, Plan, Task  # noqa: E402
from lantoa.plans.queries import dashboard, plans_with_activities  # noqa: E402


def plans_page():
    """What GET /api/v1/plans computes for its first page (called directly: an anonymous HTTP
    request may be answered from the portal's page cache, which would hide the cost)."""
    return [plan_out(plan) for plan in plans_with_activities()[:20]]


def measure(label, fn, runs=5):
    with CaptureQueriesContext(connection) as queries:
        fn()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    print(f"{label:<52} queries={len(queries.captured_queries):>4}  median={statistics.median(times):8.1f} ms")


def grow(*, plans: int, tasks: int):
    units = list(Unit.objects.internal())
    owner = Unit.objects.get(code="so-gddt")
    forms = list(Activity.Form)
    for n in range(plans):
        plan = Plan.objects.create(title=f"Bench plan {n}", owner=owner, start_year=2026, end_year=2030)
        for k, form in enumerate(forms[:5]):
            activity = Activity.objects.create(plan=plan, sort_order=k, title=f"Bench {n}.{k}", form=form,
                                               schedule=Activity.Schedule.YEARLY)
            activity.lead_units.set(units[:2])
            activity.coordinating_units.set(units[:20])
            activity.save()
            ActivityTarget.objects.bulk_create([ActivityTarget(activity=activity, year=y, target=10,
                                                               metric=ActivityTarget.Metric.OTHER)
                                                for y in range(2026, 2031)])
    activities = list(Activity.objects.filter(plan__start_year=2022))
    Task.objects.bulk_create([
        Task(activity=activities[i % len(activities)], unit=units[i % len(units)], year=2025, title=f"Bench task {i}",
             due_on=datetime.date(2025, 1, 1) + datetime.timedelta(days=i % 365), status=["todo", "done"][i % 2])
        for i in range(tasks)
    ], batch_size=1000)
    for i, unit in enumerate(units):
        estimate = Estimate.objects.create(unit=unit, activity=activities[i % len(activities)], year=2025,
                                           title=f"Bench {i}", status=Estimate.Status.APPROVED)
        EstimateLine.objects.bulk_create([EstimateLine(estimate=estimate, description="x", quantity=3, unit_price=7,
                                                       amount=21) for _ in range(10)])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plans", type=int, default=20)
    parser.add_argument("--tasks", type=int, default=5000)
    args = parser.parse_args()
    today = datetime.date(2025, 11, 20)
    print(f"database: {connection.vendor}")
    measure("GET /api/v1/plans (seed data)", plans_page)
    measure("dashboard(year=2025) (seed data)", lambda: dashboard(year=2025, today=today))
    with transaction.atomic():
        grow(plans=args.plans, tasks=args.tasks)
        print(f"after adding {args.plans} plans x 5 activities, {args.tasks} tasks, "
              f"{Unit.objects.internal().count()} estimates x 10 lines:")
        measure("GET /api/v1/plans (page of 20 plans)", plans_page)
        measure("dashboard(year=2025)", lambda: dashboard(year=2025, today=today))
        measure("budget_vs_actual(year=2025)", lambda: budget_vs_actual(year=2025))
        transaction.set_rollback(True)


if __name__ == "__main__":
    main()
