"""Public pages of the portal outside the Wagtail tree: search, view beacon, robots.txt, the
English organisation pages, the language switch."""

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import cache_control
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_GET

from lantoa.org.models import Unit

from . import services
from .queries import SearchQuery, articles_search, highlight, search_topics, search_units, snippet

PAGE_SIZE = 10


def _int_or_none(value) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def search_query_from(params) -> SearchQuery:
    return SearchQuery(
        text=(params.get("q") or "")[:200], topic=_int_or_none(params.get("topic")),
        unit=_int_or_none(params.get("unit")), year=_int_or_none(params.get("year")),
    )


@require_GET
def search(request):
    query = search_query_from(request.GET)
    words = query.words
    results = None
    if words or query.topic or query.unit or query.year:
        results = Paginator(articles_search(query), PAGE_SIZE).get_page(request.GET.get("page"))
        for article in results:
            article.title_marked = highlight(article.title, words)
            article.snippet_marked = highlight(snippet(article.sapo, words), words)
    params = request.GET.copy()
    params.pop("page", None)
    context = {
        "query": query,
        "results": results,
        "topics": search_topics(),
        "units": search_units(),
        "years": range(2022, _this_year() + 1),
        "querystring": params.urlencode(),
    }
    return render(request, "portal/search.html", context)


def _this_year() -> int:
    from django.utils import timezone

    return timezone.localdate().year


@csrf_exempt
def view_count(request, page_id: int):
    """The view beacon (navigator.sendBeacon, POST): no cookie set or read, nothing about the
    reader kept — one integer per article."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    services.article_view_count(page_id=page_id)
    return HttpResponse(status=204)


@require_GET
@cache_control(max_age=3600, public=True)
def robots_txt(request):
    sitemap = request.build_absolute_uri("/sitemap.xml")
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /api/", "Disallow: /tim-kiem/", f"Sitemap: {sitemap}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


@require_GET
def organisation_en(request):
    """The Department's organisation chart, functions and contacts in English (state portals
    must publish these in English), generated from the org unit records."""
    from django.utils import timezone, translation

    today = timezone.localdate()
    units = list(Unit.objects.active_on(today).internal().order_by("sort_order", "name"))
    department = next((u for u in units if u.kind == Unit.Kind.DEPARTMENT), None)
    divisions = [u for u in units if u.kind == Unit.Kind.DIVISION]
    affiliated = [u for u in units if u.kind in (Unit.Kind.SCHOOL, Unit.Kind.CENTRE)]
    with translation.override("en"):
        response = render(
            request, "portal/organisation_en.html",
            {"department": department, "divisions": divisions, "affiliated": affiliated, "today": today},
        )
    return response


@csrf_exempt
def language_set(request):
    """Remember the reader's language in the language cookie. No CSRF token: choosing a language
    changes nothing on the server, and pages without tokens can be cached for everyone."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    language = request.POST.get("language")
    next_url = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
        next_url = "/"
    response = redirect(next_url)
    if language in {code for code, _name in settings.LANGUAGES}:
        response.set_cookie(
            settings.LANGUAGE_COOKIE_NAME, language, max_age=settings.LANGUAGE_COOKIE_AGE or 365 * 86400,
            samesite="Lax", secure=request.is_secure(),
        )
    return response


