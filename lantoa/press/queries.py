"""Reads of the press app: visibility, counts per year and unit, the evidence counter."""

import datetime

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import ExtractYear

from lantoa.org.roles import Role, user_has_role
from lantoa.plans.models import Activity
from lantoa.plans.queries import scope_to_unit

from .models import PressItem

# CTTT-GDCNTX supplies news to the outlets for the whole sector; the leadership oversees.
PRESS_ALL_ROLES = (Role.REVIEWER, Role.LEADERSHIP, Role.ADMINISTRATOR)


def user_sees_all_press(user) -> bool:
    return user_has_role(user, *PRESS_ALL_ROLES)


def items_visible_to(user) -> QuerySet:
    return scope_to_unit(PressItem.objects.select_related("unit", "outlet", "activity"), user, all_roles=PRESS_ALL_ROLES)


def published_items(*, years=None, unit_ids=None, activity: Activity | None = None) -> QuerySet:
    """Items published or aired, by the year of publication. With `activity`, the items that
    serve it; items that name no activity count for the plan's press activities."""
    items = PressItem.objects.filter(status=PressItem.Status.PUBLISHED)
    if years is not None:
        years = sorted(years)
        # A date range (index-friendly) over the span; callers keep only the years they asked for.
        items = items.filter(published_on__gte=datetime.date(years[0], 1, 1),
                             published_on__lte=datetime.date(years[-1], 12, 31))
    if unit_ids is not None:
        items = items.filter(unit_id__in=unit_ids)
    if activity is not None:
        untagged = Q(activity__isnull=True) if activity.form == Activity.Form.PRESS else Q(pk__in=[])
        items = items.filter(Q(activity=activity) | untagged)
    return items


def press_items_by_year(*, years, unit_ids=None, activity=None) -> dict[int, int]:
    """The PRESS_ITEMS evidence counter (lantoa.plans.evidence), one query for all years."""
    rows = (
        published_items(years=years, unit_ids=unit_ids, activity=activity)
        .annotate(y=ExtractYear("published_on")).values("y").annotate(n=Count("id")).order_by()
    )
    wanted = set(years)
    return {row["y"]: row["n"] for row in rows if row["y"] in wanted}


def counts_by_year_and_unit(*, queryset: QuerySet | None = None) -> list[dict]:
    """Rows {year, unit_id, unit__name, supplied, published, declined} by year supplied."""
    queryset = PressItem.objects.all() if queryset is None else queryset
    return list(
        queryset.annotate(y=ExtractYear("supplied_on"))
        .values("y", "unit_id", "unit__name")
        .annotate(
            supplied=Count("id"),
            published=Count("id", filter=Q(status=PressItem.Status.PUBLISHED)),
            declined=Count("id", filter=Q(status=PressItem.Status.DECLINED)),
        )
        .order_by("-y", "unit__name")
    )
