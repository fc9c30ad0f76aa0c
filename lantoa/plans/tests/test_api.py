from django.db import connection
from django.test.utils import CaptureQueriesContext

from lantoa.org.tests.factories import UnitFactory
from lantoa.plans.models import Activity, ActivityTarget
from lantoa.plans.tests.factories import ActivityFactory, ActivityTargetFactory, PlanFactory


def _plans(client):
    return client.get("/api/v1/plans")


def test_plans_list_has_the_contract_shape(client, db, isolated_evidence):
    lead = UnitFactory(code="cttt-gdcntx", name="Phòng CTTT-GDCNTX", kind="division")
    coordinating = UnitFactory(code="thpt-a", name="Trường THPT A")
    activity = ActivityFactory(title="Tuyên truyền trên Báo, Đài", form=Activity.Form.PRESS,
                               schedule=Activity.Schedule.RECURRING, plan=PlanFactory(number="12/KH-SGDĐT"))
    activity.lead_units.set([lead])
    activity.coordinating_units.set([coordinating])
    activity.save()

    body = _plans(client).json()

    assert body["count"] == 1
    plan = body["items"][0]
    assert (plan["number"], plan["period"]) == ("12/KH-SGDĐT", "2022–2025")
    assert plan["activities"] == [{
        "id": activity.pk, "title": "Tuyên truyền trên Báo, Đài", "form": "press",
        "lead_units": [{"id": lead.pk, "code": "cttt-gdcntx", "name": "Phòng CTTT-GDCNTX"}],
        "coordinating_units": [{"id": coordinating.pk, "code": "thpt-a", "name": "Trường THPT A"}],
        "schedule": "recurring",
        "progress": {str(y): {"target": None, "done": None} for y in (2022, 2023, 2024, 2025)},
    }]


def test_plans_progress_counts_evidence_against_targets(client, db, isolated_evidence):
    activity = ActivityFactory(form=Activity.Form.PRESS, start_year=2024, end_year=2025)
    ActivityTargetFactory(activity=activity, year=2024, metric=ActivityTarget.Metric.PRESS_ITEMS, target=12)
    isolated_evidence.register_by_year(
        ActivityTarget.Metric.PRESS_ITEMS,
        lambda *, years, unit_ids, activity: {2024: 7, 2025: 3} if activity is not None else {},
    )

    progress = _plans(client).json()["items"][0]["activities"][0]["progress"]

    assert progress == {"2024": {"target": 12, "done": 7}, "2025": {"target": None, "done": 3}}


def test_plans_list_query_count_does_not_grow_with_plans(client, db, isolated_evidence):
    ActivityFactory()
    with CaptureQueriesContext(connection) as one_plan:
        _plans(client)
    for _ in range(3):
        plan = PlanFactory()
        for _ in range(3):
            activity = ActivityFactory(plan=plan)
            activity.lead_units.set([UnitFactory()])
            activity.save()

    with CaptureQueriesContext(connection) as four_plans:
        body = _plans(client).json()

    assert body["count"] == 4
    assert len(four_plans.captured_queries) == len(one_plan.captured_queries)


def test_plans_list_is_public(client, db, isolated_evidence):
    PlanFactory()

    response = _plans(client)

    assert response.status_code == 200
