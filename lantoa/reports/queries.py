"""The year's figures that the annual report, the stats API and commendation use.

Everything is gathered through `lantoa.plans.evidence.evidence_count` (each app that holds
evidence registers a counter) plus reads of org and plans, so this module never imports portal,
press, events, contest or procedures: a metric whose app does not count yet is `None` ("no
data"), never a made-up 0.

Commendation score of a unit for a year (documented in docs and the back office):

    score = 10 × articles + 8 × press items + 15 × events + 5 × guides
            + 100 × min(1, contest participants ÷ head-count)

Weights are `SCORE_WEIGHTS`; a metric with no data counts 0; a unit with head-count 0 has no
participation rate.
"""

import datetime
from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.db.models import Q
from django.utils import timezone

from lantoa.core.errors import ServiceError
from lantoa.org.models import Unit
from lantoa.plans.evidence import evidence_count, registered_metrics
from lantoa.plans.models import Activity, ActivityTarget, Plan

Metric = ActivityTarget.Metric

# The metrics the system can count (OTHER is reported by units, not counted).
COUNTED_METRICS = [Metric.ARTICLES, Metric.PRESS_ITEMS, Metric.EVENTS, Metric.PARTICIPANTS, Metric.GUIDES]

# Which evidence shows an activity's progress when it has no target for the year.
FORM_METRIC = {
    Activity.Form.PRESS: Metric.PRESS_ITEMS,
    Activity.Form.PORTAL: Metric.ARTICLES,
    Activity.Form.CONFERENCE: Metric.EVENTS,
    Activity.Form.CONTEST: Metric.PARTICIPANTS,
    Activity.Form.DOCUMENTATION: Metric.GUIDES,
    Activity.Form.OTHER: Metric.OTHER,
}

SCORE_WEIGHTS = {
    Metric.ARTICLES: Decimal(10),
    Metric.PRESS_ITEMS: Decimal(8),
    Metric.EVENTS: Decimal(15),
    Metric.GUIDES: Decimal(5),
    "participation_rate": Decimal(100),
}

# The external bodies that have received the annual report, in order; the one valid on the
# report's date is the recipient (Sở TT&TT until 28/02/2025, Sở KH&CN since 01/03/2025).
DEFAULT_RECIPIENT_CODES = ("so-khcn", "so-tttt")

MIN_YEAR = 2000


def year_check(year: int, *, today: datetime.date | None = None) -> None:
    """A year the system can report on: from 2000 to next year (a draft plan looks one ahead)."""
    today = today or timezone.localdate()
    if year < MIN_YEAR or year > today.year + 1:
        raise ServiceError(
            f"Năm {year} không hợp lệ: chỉ có số liệu từ {MIN_YEAR} đến {today.year + 1}.", code="InvalidYear"
        )


def plan_for_year(year: int) -> Plan | None:
    """The plan that covers `year`: an approved one first, else the newest covering it."""
    plans = Plan.objects.filter(start_year__lte=year, end_year__gte=year).select_related("owner")
    return plans.filter(status=Plan.Status.APPROVED).order_by("-start_year").first() or plans.order_by(
        "-start_year"
    ).first()


def recipient_for(day: datetime.date) -> Unit | None:
    """The provincial department that receives the annual report on `day` (from org data)."""
    codes = getattr(settings, "LANTOA_ANNUAL_REPORT_RECIPIENTS", DEFAULT_RECIPIENT_CODES)
    units = {u.code: u for u in Unit.objects.filter(code__in=codes).active_on(day)}
    return next((units[code] for code in codes if code in units), None)


def deadline_for(year: int) -> datetime.date:
    """The report on `year` is due on this day of that year (setting "dd/mm", default 01/11);
    the same rule as plans' reminders use."""
    try:
        from lantoa.plans.queries import annual_report_deadline
    except ImportError:  # plans without reminders yet
        pass
    else:
        return annual_report_deadline(year)
    raw = getattr(settings, "LANTOA_ANNUAL_REPORT_DEADLINE", "01/11") or "01/11"
    day, month = (int(part) for part in raw.split("/")[:2])
    return datetime.date(year, month, day)


def units_of_year(year: int):
    """Internal units that existed at some time in `year` (district offices still count in
    2025, which they ended on 30/06)."""
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    return (
        Unit.objects.internal()
        .exclude(kind=Unit.Kind.DEPARTMENT)
        .filter(Q(valid_from__isnull=True) | Q(valid_from__lte=last))
        .filter(Q(valid_to__isnull=True) | Q(valid_to__gte=first))
        .order_by("sort_order", "name")
    )


def _activity_rows(plan: Plan | None, year: int) -> list[dict]:
    if plan is None:
        return []
    rows = []
    activities = plan.activities.prefetch_related("lead_units", "targets").order_by("sort_order")
    for activity in activities:
        in_year = year in activity.years
        targets = [t for t in activity.targets.all() if t.year == year]
        metrics = [t.metric for t in targets] or ([FORM_METRIC[activity.form]] if activity.form in FORM_METRIC else [])
        lines = []
        for metric in metrics:
            target = next((t.target for t in targets if t.metric == metric), None)
            done = evidence_count(metric, year=year, activity=activity)
            lines.append({"metric": str(metric), "metric_label": str(Metric(metric).label), "target": target,
                          "done": done})
        total_target = sum(x["target"] for x in lines if x["target"] is not None) if any(
            x["target"] is not None for x in lines) else None
        total_done = sum(x["done"] for x in lines if x["done"] is not None) if any(
            x["done"] is not None for x in lines) else None
        rows.append({
            "id": activity.pk,
            "order": activity.sort_order,
            "title": activity.title,
            "form": activity.form,
            "form_label": str(activity.get_form_display()),
            "in_schedule": in_year,
            "schedule": activity.schedule_note or str(activity.get_schedule_display()),
            "lead_units": [u.display_short for u in activity.lead_units.all()],
            "lead_note": activity.lead_note,
            "metrics": lines,
            "target": total_target,
            "done": total_done,
            "rate": _rate(total_done, total_target),
        })
    return rows


def _rate(done, target) -> float | None:
    if done is None or not target:
        return None
    return round(done * 100 / target, 1)


def unit_score(figures: dict) -> Decimal:
    """The commendation score of one unit's figures (formula in the module docstring)."""
    score = Decimal(0)
    for metric in (Metric.ARTICLES, Metric.PRESS_ITEMS, Metric.EVENTS, Metric.GUIDES):
        score += SCORE_WEIGHTS[metric] * Decimal(figures.get(str(metric)) or 0)
    rate = figures.get("participation_rate")
    if rate is not None:
        score += SCORE_WEIGHTS["participation_rate"] * min(Decimal(1), Decimal(str(rate)) / 100)
    return score.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def unit_rows(year: int) -> list[dict]:
    """Each unit's evidence for the year, its contest participation rate and score."""
    registered = set(registered_metrics())
    provided = [m for m in COUNTED_METRICS if str(m) in registered]
    rows = []
    for unit in units_of_year(year):
        row = {"id": unit.pk, "code": unit.code, "name": unit.name, "short_name": unit.display_short,
               "kind": unit.kind, "head_count": unit.head_count}
        for metric in COUNTED_METRICS:
            row[str(metric)] = evidence_count(metric, year=year, unit_ids=[unit.pk]) if metric in provided else None
        participants = row[str(Metric.PARTICIPANTS)]
        row["participation_rate"] = (
            round(participants * 100 / unit.head_count, 1) if participants is not None and unit.head_count else None
        )
        row["score"] = float(unit_score(row))
        rows.append(row)
    return rows


def year_stats(year: int, *, today: datetime.date | None = None, with_units: bool = True) -> dict:
    """The figures of `year` for the annual report and `GET /api/v1/stats/{year}`.

    Raises ServiceError for a year outside 2000 … next year. Totals are `None` where no app
    provides that evidence yet.
    """
    year_check(year, today=today)
    plan = plan_for_year(year)
    totals = {str(m): evidence_count(m, year=year) for m in COUNTED_METRICS}
    report_day = min(deadline_for(year), today or timezone.localdate())
    recipient = recipient_for(report_day)
    units = unit_rows(year) if with_units else []
    return {
        "year": year,
        "plan": None if plan is None else {
            "id": plan.pk, "number": plan.number, "title": plan.title, "period": plan.period,
        },
        "activities": _activity_rows(plan, year),
        "totals": totals,
        "units": units,
        "participation": {
            "participants": totals[str(Metric.PARTICIPANTS)],
            "head_count": sum(u["head_count"] for u in units) if units else None,
            "units_taking_part": (
                sum(1 for u in units if u[str(Metric.PARTICIPANTS)]) if totals[str(Metric.PARTICIPANTS)] is not None
                else None
            ),
        },
        "recipient": None if recipient is None else {"code": recipient.code, "name": recipient.name},
        "deadline": deadline_for(year),
        "generated_at": timezone.now(),
    }


def commended(year: int | None = None):
    """Approved commendations, newest year first (the public page)."""
    from .models import Commendation

    qs = Commendation.objects.filter(status=Commendation.Status.APPROVED).select_related("unit")
    if year is not None:
        qs = qs.filter(year=year)
    return qs.order_by("-year", "person_name", "-score", "unit__sort_order")
