"""Reads of the catalogue (/dich-vu-cong/ and /api/v1/procedures)."""

import datetime
from itertools import groupby

from django.db.models import Q, QuerySet
from django.utils import timezone

from lantoa.core.text import fold_words

from .models import Procedure


def procedures_public(*, level: str = "", q: str = "", field: str = "",
                      day: datetime.date | None = None) -> QuerySet:
    """Published procedures valid on `day` (today), optionally of one level/field, matching `q`
    (folded, so "chuyen truong" finds "Chuyển trường")."""
    qs = Procedure.objects.public(day or timezone.localdate()).select_related("division")
    if level in Procedure.Level.values:
        qs = qs.filter(level=level)
    if field:
        qs = qs.filter(field=field)
    words = fold_words(q)
    if words:
        condition = Q()
        for word in words:
            condition &= Q(search_text__contains=word)
        qs = qs.filter(condition)
    return qs.order_by("field", "name", "pk")


def catalogue_by_field(procedures) -> list[tuple[str, list[Procedure]]]:
    return [(name, list(items)) for name, items in groupby(procedures, key=lambda p: p.field)]


def procedure_public_detail(pk: int, *, day: datetime.date | None = None) -> Procedure:
    """A published guide; a retired one still opens (history), flagged by `is_current`."""
    return (
        Procedure.objects.filter(live=True)
        .select_related("division", "guide_file")
        .prefetch_related("steps", "channels", "dossier__form", "guide_steps__image", "legal_bases__doc_type")
        .get(pk=pk)
    )


def level_counts(*, day: datetime.date | None = None) -> dict[str, int]:
    qs = Procedure.objects.public(day or timezone.localdate())
    return {level: qs.filter(level=level).count() for level in Procedure.Level.values}


def guides_published_count(*, year: int, unit_ids: list[int] | None = None, activity=None) -> int:
    """Evidence for plans (ActivityTarget.Metric.GUIDES): guides first published in `year`,
    optionally only those of the given divisions. Procedures do not record a plan activity."""
    qs = Procedure.objects.filter(first_published_at__year=year)
    if unit_ids is not None:
        qs = qs.filter(division_id__in=unit_ids)
    return qs.count()
