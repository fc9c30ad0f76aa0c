"""Reads of the unit tree: which units exist on a day, the tree in display order, head-counts."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Count, Q, Sum
from django.utils import timezone

from .models import Unit


def units_active_on(day: datetime.date | None = None, *, kinds: list[str] | None = None):
    """Units that exist on `day` (today by default), optionally only of the given kinds."""
    queryset = Unit.objects.active_on(day or timezone.localdate())
    if kinds:
        queryset = queryset.filter(kind__in=kinds)
    return queryset


@dataclass
class TreeNode:
    unit: Unit
    depth: int
    children: list["TreeNode"] = field(default_factory=list)


def unit_tree(day: datetime.date | None = None) -> list[TreeNode]:
    """The units active on `day` as a forest (roots: units without a parent, or whose parent is
    not active that day), children in display order. One query."""
    units = list(units_active_on(day).order_by("sort_order", "name"))
    by_id = {u.pk: TreeNode(unit=u, depth=0) for u in units}
    roots = []
    for node in by_id.values():
        parent = by_id.get(node.unit.parent_id)
        (parent.children if parent else roots).append(node)

    def set_depth(nodes, depth):
        for node in nodes:
            node.depth = depth
            set_depth(node.children, depth + 1)

    set_depth(roots, 0)
    return roots


def unit_tree_flat(day: datetime.date | None = None) -> list[TreeNode]:
    """unit_tree in reading order (each unit followed by its descendants)."""
    result: list[TreeNode] = []

    def walk(nodes):
        for node in nodes:
            result.append(node)
            walk(node.children)

    walk(unit_tree(day))
    return result


def unit_descendant_ids(unit: Unit, day: datetime.date | None = None) -> list[int]:
    """The unit and every unit below it (active on `day`)."""
    children: dict[int | None, list[int]] = {}
    for pk, parent_id in units_active_on(day).values_list("pk", "parent_id"):
        children.setdefault(parent_id, []).append(pk)
    result, stack = [], [unit.pk]
    while stack:
        pk = stack.pop()
        result.append(pk)
        stack.extend(children.get(pk, []))
    return result


def head_count_totals(day: datetime.date | None = None) -> dict:
    """Staff head-count of the sector on `day`: per kind, and in total (external bodies
    excluded, they are not the sector's staff). Used for participation rates."""
    rows = (
        units_active_on(day).internal().values("kind")
        .annotate(units=Count("pk"), head_count=Sum("head_count")).order_by("kind")
    )
    by_kind = {row["kind"]: {"units": row["units"], "head_count": row["head_count"] or 0} for row in rows}
    return {
        "by_kind": by_kind,
        "units": sum(r["units"] for r in by_kind.values()),
        "head_count": sum(r["head_count"] for r in by_kind.values()),
    }


def unit_head_count_total(unit: Unit, day: datetime.date | None = None) -> int:
    """Head-count of a unit and every unit below it."""
    ids = unit_descendant_ids(unit, day)
    return Unit.objects.filter(pk__in=ids).aggregate(total=Sum("head_count"))["total"] or 0


def staff_counts_by_unit(day: datetime.date | None = None) -> dict[int, int]:
    """Registered staff profiles per active unit (accounts, as opposed to the head-count)."""
    return dict(
        units_active_on(day).annotate(n=Count("staff", filter=Q(staff__user__is_active=True)))
        .values_list("pk", "n")
    )
