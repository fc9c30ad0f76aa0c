"""`GET /api/v1/stats/{year}`: the year's figures that the annual report uses, and
`GET /api/v1/commendations`: the approved commendations (public)."""

import datetime

from django.core.cache import cache
from ninja import Router, Schema

from lantoa.core.api import ErrorOut

from . import queries

router = Router(tags=["reports"])
STATS_CACHE_SECONDS = 300


class PlanRef(Schema):
    id: int
    number: str
    title: str
    period: str


class MetricLine(Schema):
    metric: str
    metric_label: str
    target: int | None = None
    done: int | None = None


class ActivityStats(Schema):
    id: int
    order: int
    title: str
    form: str
    form_label: str
    in_schedule: bool
    schedule: str
    lead_units: list[str]
    metrics: list[MetricLine]
    target: int | None = None
    done: int | None = None
    rate: float | None = None


class Totals(Schema):
    """Counts of the year's evidence; null where no module provides that evidence yet."""

    articles: int | None = None
    press_items: int | None = None
    events: int | None = None
    participants: int | None = None
    guides: int | None = None


class UnitStats(Schema):
    id: int
    code: str
    name: str
    short_name: str
    kind: str
    head_count: int
    articles: int | None = None
    press_items: int | None = None
    events: int | None = None
    participants: int | None = None
    guides: int | None = None
    participation_rate: float | None = None
    score: float


class Participation(Schema):
    participants: int | None = None
    head_count: int | None = None
    units_taking_part: int | None = None


class Recipient(Schema):
    code: str
    name: str


class YearStats(Schema):
    year: int
    plan: PlanRef | None = None
    activities: list[ActivityStats]
    totals: Totals
    units: list[UnitStats]
    participation: Participation
    recipient: Recipient | None = None
    deadline: datetime.date
    generated_at: datetime.datetime


@router.get(
    "/stats/{year}",
    response={200: YearStats, 400: ErrorOut},
    summary="The year's figures for the annual report",
    description=(
        "Per activity of the plan covering the year: target and done (from evidence the system holds); "
        "totals of articles, press items, events, contest participants and guides; per unit figures, "
        "contest participation rate (participants ÷ head-count, %) and commendation score "
        "(10×articles + 8×press items + 15×events + 5×guides + 100×min(1, participation)). "
        "A figure is null when no module provides that evidence yet. Years from 2000 to next year; "
        "others get 400."
    ),
)
def stats(request, year: int):
    queries.year_check(year)
    # Counting every unit's evidence costs a few hundred queries; figures five minutes old are
    # fine for a yearly report (generated_at says how old).
    return cache.get_or_set(f"lantoa:reports:stats:{year}", lambda: queries.year_stats(year), STATS_CACHE_SECONDS)


class CommendationOut(Schema):
    id: int
    year: int
    unit: str
    person_name: str
    person_position: str
    citation: str
    score: float


@router.get("/commendations", response=list[CommendationOut], summary="Approved commendations (biểu dương)")
def commendations(request, year: int | None = None):
    return [
        {"id": c.pk, "year": c.year, "unit": c.unit.name, "person_name": c.person_name,
         "person_position": c.person_position, "citation": c.citation, "score": float(c.score)}
        for c in queries.commended(year)
    ]
