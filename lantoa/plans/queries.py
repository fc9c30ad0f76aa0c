"""Reads of the plans app: plans with their activities, progress from evidence, monitoring."""

import datetime
from collections import defaultdict
from dataclasses import dataclass, field

from django.conf import settings
from django.db.models import Count, Prefetch, Q, QuerySet

from lantoa.org.models import Unit
from lantoa.org.roles import Role, user_has_role, user_unit

from .evidence import evidence_counts
from .models import FORM_METRIC, Activity, ActivityTarget, Plan, ProgressReport, Task, UnitPlan

# Roles that see every unit's plans, tasks and reports (SPEC §1: CTTT-GDCNTX monitors, the
# leadership oversees, the administrator administers).
MONITOR_ROLES = (Role.REVIEWER, Role.LEADERSHIP, Role.ADMINISTRATOR)
DUE_SOON_DAYS = 14


def user_sees_all_units(user) -> bool:
    return user_has_role(user, *MONITOR_ROLES)


def scope_to_unit(queryset: QuerySet, user, *, unit_field: str = "unit", all_roles=MONITOR_ROLES) -> QuerySet:
    """`queryset` as `user` may see it: everything for the monitoring roles, else only the rows of
    the user's own unit (nothing for a user without a unit)."""
    if user_has_role(user, *all_roles):
        return queryset
    unit = user_unit(user)
    if unit is None:
        return queryset.none()
    return queryset.filter(**{unit_field: unit})


def tasks_visible_to(user) -> QuerySet:
    return scope_to_unit(Task.objects.select_related("activity__plan", "unit"), user)


def unit_plans_visible_to(user) -> QuerySet:
    return scope_to_unit(UnitPlan.objects.select_related("plan", "unit"), user)


def progress_reports_visible_to(user) -> QuerySet:
    return scope_to_unit(ProgressReport.objects.select_related("unit", "filed_by"), user)


def plans_with_activities() -> QuerySet:
    """Plans with everything the API and the dashboard show, in a fixed number of queries."""
    units = Unit.objects.only("id", "code", "name", "short_name").order_by("sort_order", "name")
    return Plan.objects.prefetch_related(
        Prefetch(
            "activities",
            queryset=Activity.objects.order_by("sort_order").prefetch_related(
                Prefetch("lead_units", queryset=units),
                Prefetch("coordinating_units", queryset=units),
                Prefetch("targets", queryset=ActivityTarget.objects.order_by("year", "metric")),
            ),
        )
    ).order_by("-start_year", "title")


def activity_metric(activity: Activity) -> str:
    """The metric an activity's progress is counted in: its targets' metric, else its form's."""
    targets = list(activity.targets.all())
    if targets:
        return targets[0].metric
    return FORM_METRIC.get(activity.form, ActivityTarget.Metric.OTHER)


def activity_progress(activity: Activity, *, unit_ids: list[int] | None = None, years=None) -> dict[int, dict]:
    """{year: {"target": int | None, "done": int | None}} for each year the activity runs.

    `done` is counted from evidence (None when no installed app provides the metric); `target`
    is the yearly target (None where none was set). With `unit_ids`, only those units' evidence.
    """
    metric = activity_metric(activity)
    years = list(years) if years is not None else list(activity.years)
    targets = {t.year: t.target for t in activity.targets.all() if t.metric == metric}
    done = evidence_counts(metric, years=years, unit_ids=unit_ids, activity=activity)
    return {year: {"target": targets.get(year), "done": None if done is None else done[year]} for year in years}


def tasks_done_count(*, years, unit_ids=None, activity=None) -> dict[int, int]:
    """The OTHER metric: tasks completed, for activities whose results only units can report."""
    tasks = Task.objects.filter(year__in=list(years), status=Task.Status.DONE)
    if unit_ids is not None:
        tasks = tasks.filter(unit_id__in=unit_ids)
    if activity is not None:
        tasks = tasks.filter(activity=activity)
    return dict(tasks.values_list("year").annotate(n=Count("id")).values_list("year", "n"))


def tasks_overdue(*, today: datetime.date, queryset: QuerySet | None = None) -> QuerySet:
    queryset = Task.objects.select_related("activity", "unit") if queryset is None else queryset
    return queryset.filter(status__in=Task.OPEN_STATUSES, due_on__lt=today).order_by("due_on", "pk")


def tasks_due_soon(*, today: datetime.date, days: int = DUE_SOON_DAYS, queryset: QuerySet | None = None) -> QuerySet:
    queryset = Task.objects.select_related("activity", "unit") if queryset is None else queryset
    return queryset.filter(
        status__in=Task.OPEN_STATUSES, due_on__gte=today, due_on__lte=today + datetime.timedelta(days=days)
    ).order_by("due_on", "pk")


def annual_report_deadline(year: int) -> datetime.date:
    """The day before which the year's report is due (settings.LANTOA_ANNUAL_REPORT_DEADLINE, dd/mm)."""
    raw = getattr(settings, "LANTOA_ANNUAL_REPORT_DEADLINE", "01/11") or "01/11"
    day, month = (int(part) for part in raw.split("/")[:2])
    return datetime.date(year, month, day)


@dataclass
class UnitRow:
    unit: Unit
    total: int = 0
    done: int = 0
    overdue: int = 0
    reports: int = 0

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0


@dataclass
class ActivityRow:
    activity: Activity
    metric: str
    progress: dict = field(default_factory=dict)

    @property
    def metric_label(self) -> str:
        return ActivityTarget.Metric(self.metric).label

    def for_year(self, year: int) -> dict:
        return self.progress.get(year) or {"target": None, "done": None}


def dashboard(*, year: int, today: datetime.date, unit: Unit | None = None, plan: Plan | None = None) -> dict:
    """What the monitoring dashboard shows for `year` (optionally one unit's view)."""
    plans = list(plans_with_activities())
    if plan is None:
        plan = next((p for p in plans if p.start_year <= year <= p.end_year), plans[0] if plans else None)
    else:
        plan = next(p for p in plans if p.pk == plan.pk)
    unit_ids = [unit.pk] if unit else None
    activity_rows = []
    if plan is not None:
        for activity in plan.activities.all():
            years = list(plan.years)
            activity_rows.append(
                ActivityRow(activity, activity_metric(activity), activity_progress(activity, unit_ids=unit_ids, years=years))
            )
    tasks = Task.objects.filter(year=year)
    if plan is not None:
        tasks = tasks.filter(activity__plan=plan)
    if unit:
        tasks = tasks.filter(unit=unit)
    per_unit = (
        tasks.values("unit")
        .annotate(
            total=Count("id"),
            done=Count("id", filter=Q(status=Task.Status.DONE)),
            overdue=Count("id", filter=Q(status__in=Task.OPEN_STATUSES, due_on__lt=today)),
        )
        .order_by()
    )
    reports = dict(
        ProgressReport.objects.filter(year=year, status=ProgressReport.Status.FILED)
        .values_list("unit").annotate(n=Count("id")).values_list("unit", "n")
    )
    units = Unit.objects.in_bulk([row["unit"] for row in per_unit])
    unit_rows = sorted(
        (UnitRow(units[row["unit"]], row["total"], row["done"], row["overdue"], reports.get(row["unit"], 0))
         for row in per_unit),
        key=lambda r: (-r.overdue, r.unit.sort_order, r.unit.name),
    )
    overdue = tasks_overdue(today=today, queryset=tasks.select_related("activity", "unit"))
    due_soon = tasks_due_soon(today=today, queryset=tasks.select_related("activity", "unit"))
    return {
        "plan": plan,
        "plans": plans,
        "year": year,
        "unit": unit,
        "activities": activity_rows,
        "units": unit_rows,
        "overdue": list(overdue[:50]),
        "due_soon": list(due_soon[:50]),
        "deadline": annual_report_deadline(year),
    }


def years_series(rows: list[ActivityRow]) -> dict[int, dict]:
    """Totals of target and done per year over the given activity rows, for the yearly chart."""
    series: dict[int, dict] = defaultdict(lambda: {"target": 0, "done": 0})
    for row in rows:
        for year, values in row.progress.items():
            series[year]["target"] += values["target"] or 0
            series[year]["done"] += values["done"] or 0
    return dict(sorted(series.items()))
