"""Public event pages: list, detail, registration with QR confirmation, .ics. Thin: the rules
live in services and queries; errors come back as messages on the event page."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from lantoa.core.errors import ServiceError

from . import queries, services
from .models import Event, Registration
from .qr import qr_svg_bytes, qr_svg_inline


def _published(slug: str) -> Event:
    return get_object_or_404(Event.objects.exclude(status=Event.Status.DRAFT).select_related("organiser"), slug=slug)


def event_list(request):
    when = request.GET.get("khi", "")
    q = request.GET.get("q", "").strip()
    kind = request.GET.get("loai", "")
    if kind not in Event.Kind.values:
        kind = ""
    events = queries.events_public(q=q, kind=kind, when=when if when in ("upcoming", "past") else "")
    now = timezone.now()
    upcoming = [e for e in events if e.ends_at >= now] if not when else None
    page = Paginator(events if when else [e for e in events if e.ends_at < now], 12).get_page(request.GET.get("page"))
    if not when:
        upcoming.sort(key=lambda e: e.starts_at)
    return render(request, "events/event_list.html", {
        "upcoming": upcoming, "page": page, "when": when, "q": q, "kind": kind, "kinds": Event.Kind.choices,
    })


def event_detail(request, slug):
    event = _published(slug)
    registration = None
    if request.user.is_authenticated:
        registration = Registration.objects.filter(event=event, user=request.user).first()
    now = timezone.now()
    return render(request, "events/event_detail.html", {
        "event": event,
        "agenda": event.agenda.all(),
        "speakers": event.speakers.all(),
        "materials": event.materials.select_related("document"),
        "co_organisers": event.co_organisers.all(),
        "seats_left": queries.seats_left(event=event),
        "counts": queries.attendance_counts(event=event),
        "quotas": queries.quota_usage(event=event),
        "registration": registration,
        "registration_open": (event.status == Event.Status.PUBLISHED and event.registration_open
                              and now < event.registration_deadline()),
        "is_past": event.ends_at < now,
    })


@require_POST
def registration_create_view(request, slug):
    event = _published(slug)
    if not request.user.is_authenticated:
        return redirect_to_login(event.get_absolute_url())
    try:
        registration, created = services.registration_create(event=event, user=request.user)
    except ServiceError as exc:
        messages.error(request, exc.message)
        return redirect(event)
    return redirect("events:registration", slug=event.slug, code=registration.code)


def registration_detail(request, slug, code):
    event = _published(slug)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    registration = get_object_or_404(Registration.objects.select_related("unit", "user"), event=event,
                                     code=services.code_normalise(code))
    if registration.user_id != request.user.pk and not request.user.has_perm("events.checkin_registration"):
        raise Http404
    return render(request, "events/registration_detail.html", {
        "event": event, "registration": registration,
        "qr_svg": qr_svg_inline(registration.code, title=registration.code),
    })


@require_POST
def registration_cancel_view(request, slug):
    event = _published(slug)
    if not request.user.is_authenticated:
        return redirect_to_login(event.get_absolute_url())
    registration = get_object_or_404(Registration, event=event, user=request.user)
    try:
        services.registration_cancel(registration=registration, actor=request.user)
    except ServiceError as exc:
        messages.error(request, exc.message)
    else:
        messages.success(request, _cancelled_message())
    return redirect(event)


def _cancelled_message():
    from django.utils.translation import gettext

    return gettext("Your registration has been cancelled.")


def registration_qr(request, code):
    """The QR image of a check-in code. It shows nothing but the code in its URL."""
    code = services.code_normalise(code)
    if not Registration.objects.filter(code=code).exists():
        raise Http404
    response = HttpResponse(qr_svg_bytes(code), content_type="image/svg+xml")
    response["Cache-Control"] = "private, max-age=86400"
    return response


def event_ics_download(request, slug):
    event = _published(slug)
    body = queries.event_ics(event=event, url=request.build_absolute_uri(event.get_absolute_url()))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
    return response
