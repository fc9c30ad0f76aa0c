"""Public pages: the catalogue (/dich-vu-cong/) grouped by field, and each guide."""

from django.http import Http404
from django.shortcuts import render
from django.utils import timezone

from .models import Procedure
from .queries import catalogue_by_field, level_counts, procedure_public_detail, procedures_public


def catalogue(request):
    level = request.GET.get("level", "")
    level = level if level in Procedure.Level.values else ""
    q = request.GET.get("q", "").strip()[:200]
    procedures = procedures_public(level=level, q=q)
    return render(request, "procedures/catalogue.html", {
        "groups": catalogue_by_field(procedures), "count": len(procedures), "level": level, "q": q,
        "levels": Procedure.Level.choices, "level_counts": level_counts(),
    })


def detail(request, pk: int):
    try:
        procedure = procedure_public_detail(pk)
    except Procedure.DoesNotExist as exc:
        raise Http404 from exc
    return render(request, "procedures/detail.html", {
        "procedure": procedure, "is_current": procedure.is_current(timezone.localdate()),
    })
