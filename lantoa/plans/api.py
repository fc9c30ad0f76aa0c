"""GET /api/v1/plans (SPEC §3): plans with their activities and yearly progress from evidence.

`lead_units` and `coordinating_units` are lists of objects `{id, code, name}` (not bare names):
the code is stable for clients, the name is what people read.

`progress` maps each year the activity runs ("2024") to `{target, done}`: `target` is the yearly
target (null where none was set), `done` is counted from what the system holds — articles,
press items, events, contest participants, guides, tasks done — (null when the app that holds
that evidence is not installed).
"""

from ninja import Router, Schema
from ninja.pagination import PageNumberPagination, paginate

from . import queries

router = Router(tags=["plans"])


class UnitOut(Schema):
    id: int
    code: str
    name: str


class YearProgress(Schema):
    target: int | None
    done: int | None


class ActivityOut(Schema):
    id: int
    title: str
    form: str
    lead_units: list[UnitOut]
    coordinating_units: list[UnitOut]
    schedule: str
    progress: dict[str, YearProgress]


class PlanOut(Schema):
    id: int
    number: str
    title: str
    period: str
    activities: list[ActivityOut]


def plan_out(plan) -> dict:
    return {
        "id": plan.pk,
        "number": plan.number,
        "title": plan.title,
        "period": plan.period,
        "activities": [
            {
                "id": activity.pk,
                "title": activity.title,
                "form": activity.form,
                "lead_units": list(activity.lead_units.all()),
                "coordinating_units": list(activity.coordinating_units.all()),
                "schedule": activity.schedule,
                "progress": {str(year): values for year, values in queries.activity_progress(activity).items()},
            }
            for activity in plan.activities.all()
        ],
    }


class PlansPagination(PageNumberPagination):
    def paginate_queryset(self, queryset, pagination, **params):
        # Shape each page's plans only (progress costs a count per activity and metric).
        result = super().paginate_queryset(queryset, pagination, **params)
        result["items"] = [plan_out(plan) for plan in result["items"]]
        return result


@router.get("/plans", response=list[PlanOut], auth=None, summary="Plans with activities and yearly progress")
@paginate(PlansPagination, page_size=20)
def plans_list(request):
    return queries.plans_with_activities()
