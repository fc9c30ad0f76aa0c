"""Public page of commended units and people (biểu dương), SPEC §2.10."""

from itertools import groupby

from django.shortcuts import render

from . import queries


def commendations(request):
    year = request.GET.get("nam", "")
    selected = int(year) if year.isdigit() else None
    items = list(queries.commended(selected))
    years = sorted({c.year for c in queries.commended()}, reverse=True)
    by_year = [(y, list(group)) for y, group in groupby(items, key=lambda c: c.year)]
    return render(request, "reports/commendations.html", {"by_year": by_year, "years": years, "selected": selected})
