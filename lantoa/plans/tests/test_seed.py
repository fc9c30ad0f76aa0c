import datetime

from lantoa.legal import seed as legal_seed
from lantoa.org import seed as org_seed
from lantoa.plans import queries
from lantoa.plans import seed as plans_seed
from lantoa.plans.models import ActivityTarget, Plan, Task


def test_seed_plan_carries_working_targets_and_demo_tasks_idempotently(db):
    org_seed.seed()
    legal_seed.seed()

    plans_seed.seed()
    plans_seed.seed()

    plan = Plan.objects.get()
    assert plan.activities.count() == 5
    assert ActivityTarget.objects.filter(activity__plan=plan).count() == 19
    assert Task.objects.filter(activity__plan=plan).count() == len(plans_seed.TASKS)
    overdue = queries.tasks_overdue(today=datetime.date(2026, 1, 1))
    assert sorted(t.unit.code for t in overdue) == ["gdtrh", "thpt-tran-quoc-tuan", "thpt-tran-quoc-tuan"]
