"""`/api/v1/events`: the public list, registration (logged-in staff) and check-in (event staff)."""

from datetime import datetime

from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import Router, Schema, Status
from ninja.pagination import PageNumberPagination, paginate

from lantoa.core.api import ErrorOut, bearer_auth
from lantoa.org.people import person_name

from . import queries, services
from .models import Event

router = Router(tags=["events"])


class EventOut(Schema):
    id: int
    title: str
    kind: str
    starts_at: datetime
    ends_at: datetime
    venue: str
    url: str

    @staticmethod
    def resolve_venue(obj):
        return obj.venue or obj.online_url

    @staticmethod
    def resolve_url(obj):
        return obj.get_absolute_url()


class RegistrationOut(Schema):
    code: str
    qr_url: str


class CheckinIn(Schema):
    code: str


class CheckinOut(Schema):
    code: str
    attended: bool
    attended_at: datetime
    already_checked_in: bool
    name: str
    unit: str


@router.get("/events", response=list[EventOut])
@paginate(PageNumberPagination, page_size=50)
def events_list(request, q: str = "", kind: str = "", when: str = ""):
    """Published events, newest first; `when=upcoming|past`, `kind`, `q` (Vietnamese folded search)."""
    return queries.events_public(q=q, kind=kind, when=when)


def _public_event(event_id: int) -> Event:
    return get_object_or_404(Event.objects.exclude(status=Event.Status.DRAFT), pk=event_id)


@router.post("/events/{event_id}/registrations", auth=bearer_auth,
             response={200: RegistrationOut, 201: RegistrationOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut})
def registration_create(request, event_id: int):
    """Register the caller; registering again returns the same code (200)."""
    registration, created = services.registration_create(event=_public_event(event_id), user=request.auth)
    qr_url = request.build_absolute_uri(reverse("events:qr", kwargs={"code": registration.code}))
    return Status(201 if created else 200, {"code": registration.code, "qr_url": qr_url})


@router.post("/events/{event_id}/checkins", auth=bearer_auth,
             response={200: CheckinOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut})
def checkin_create(request, event_id: int, payload: CheckinIn):
    """Check in the holder of `code` (needs the events.checkin_registration permission);
    idempotent: a second check-in returns the first one's time."""
    registration, newly = services.registration_checkin(
        event=get_object_or_404(Event, pk=event_id), code=payload.code, actor=request.auth
    )
    return {
        "code": registration.code, "attended": True, "attended_at": registration.attended_at,
        "already_checked_in": not newly,
        "name": person_name(registration.user), "unit": registration.unit.name,
    }
