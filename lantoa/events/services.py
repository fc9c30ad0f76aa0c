"""Every change to events and registrations: permission check → change → audit log, atomically."""

import secrets

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from lantoa.core.audit import audit_log
from lantoa.core.errors import Conflict, Forbidden, NotFound, ServiceError
from lantoa.org.roles import user_unit

from .models import Event, Quota, Registration

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: read aloud and typed at the door
CODE_LENGTH = 8


def code_normalise(code: str) -> str:
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def _code_new() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _i in range(CODE_LENGTH))


def registration_ensure_open(*, event: Event, now) -> None:
    if event.status == Event.Status.CANCELLED:
        raise Conflict(_("This event has been cancelled."))
    if event.status != Event.Status.PUBLISHED:
        raise NotFound()
    if not event.registration_open or now >= event.registration_deadline():
        raise Conflict(_("Registration for this event is closed."))


@transaction.atomic
def registration_create(*, event: Event, user, now=None) -> tuple[Registration, bool]:
    """Register `user` (a staff member: someone with a unit) for `event`, or return the
    registration they already have.

    The event row is locked first (SELECT … FOR UPDATE on PostgreSQL; SQLite's IMMEDIATE
    transactions hold the write lock from BEGIN), so the seat count and the unit's quota are
    read and taken by one registration at a time: capacity cannot be oversold by a race.
    """
    now = now or timezone.now()
    if not getattr(user, "is_authenticated", False):
        raise Forbidden(_("Log in to register."))
    unit = user_unit(user)
    if unit is None:
        raise Forbidden(_("Only staff of the sector (with a unit in their profile) can register."))
    event = Event.objects.select_for_update().get(pk=event.pk)
    registration_ensure_open(event=event, now=now)

    existing = Registration.objects.filter(event=event, user=user).first()
    if existing and existing.is_active:
        return existing, False

    active = Registration.objects.filter(event=event, status=Registration.Status.REGISTERED)
    if event.capacity and active.count() >= event.capacity:
        raise Conflict(_("The event is full."))
    quota = Quota.objects.filter(event=event, unit=unit).first()
    if quota is not None:
        if active.filter(unit=unit).count() >= quota.seats:
            raise Conflict(_("Your unit's quota of %(seats)s seats is taken.") % {"seats": quota.seats})
    elif event.quota_only:
        raise Forbidden(_("Only units with a quota can register for this event."))

    if existing:  # registered before and cancelled: the same code comes back to life
        existing.status, existing.unit, existing.registered_at = Registration.Status.REGISTERED, unit, now
        existing.save(update_fields=["status", "unit", "registered_at"])
        registration = existing
    else:
        for _attempt in range(5):
            try:
                with transaction.atomic():
                    registration = Registration.objects.create(
                        event=event, user=user, unit=unit, code=_code_new(), registered_at=now
                    )
                break
            except IntegrityError:
                if Registration.objects.filter(event=event, user=user).exists():
                    raise Conflict(_("You are already registered."))
        else:  # pragma: no cover — 32^8 codes
            raise ServiceError(_("Could not issue a check-in code; please try again."))
    audit_log(actor=user, action="lantoa.events.registration_create", target=registration,
              data={"event": event.pk, "code": registration.code})
    return registration, True


@transaction.atomic
def registration_cancel(*, registration: Registration, actor, now=None) -> Registration:
    """The registrant (or an event manager) gives the seat back; nothing happens after check-in."""
    now = now or timezone.now()
    if actor != registration.user and not actor.has_perm("events.change_registration"):
        raise Forbidden()
    if registration.attended_at:
        raise Conflict(_("This registration has already been checked in."))
    if now >= registration.event.ends_at:
        raise Conflict(_("The event is over."))
    if registration.is_active:
        registration.status = Registration.Status.CANCELLED
        registration.save(update_fields=["status"])
        audit_log(actor=actor, action="lantoa.events.registration_cancel", target=registration)
    return registration


@transaction.atomic
def registration_checkin(*, event: Event, code: str, actor, now=None) -> tuple[Registration, bool]:
    """Mark the holder of `code` as attended. Checking in twice (two scanners, a retry) returns
    the first check-in unchanged: returns (registration, newly_checked_in)."""
    now = now or timezone.now()
    if not (getattr(actor, "is_active", False) and actor.has_perm("events.checkin_registration")):
        raise Forbidden()
    registration = (
        Registration.objects.select_for_update().select_related("user", "unit")
        .filter(event=event, code=code_normalise(code)).first()
    )
    if registration is None:
        raise NotFound(_("No registration with this code for this event."))
    if not registration.is_active:
        raise Conflict(_("This registration was cancelled."))
    if registration.attended_at:
        return registration, False
    registration.attended_at, registration.checked_in_by = now, actor
    registration.save(update_fields=["attended_at", "checked_in_by"])
    audit_log(actor=actor, action="lantoa.events.checkin", target=registration, data={"event": event.pk})
    return registration, True


@transaction.atomic
def event_report_save(*, event: Event, actor, text: str, now=None) -> Event:
    """Store the report written after the event (what happened, who came, what follows)."""
    if not actor.has_perm("events.change_event"):
        raise Forbidden()
    event.report = text.strip()
    event.report_updated_at = now or timezone.now()
    event.save(update_fields=["report", "report_updated_at"])
    audit_log(actor=actor, action="lantoa.events.report_save", target=event)
    return event


def event_report_to_news_draft(*, event: Event) -> dict[str, str]:
    """The report as an article draft {title, sapo, body} that the portal can turn into a page.

    events sits beside portal and does not import it; the portal (or a person copying) calls
    this and creates the draft on its side. The sapo is the report's first paragraph; the body
    is plain text paragraphs separated by blank lines.
    """
    if not event.report.strip():
        raise Conflict(_("The event has no report yet."))
    from .queries import attendance_counts

    counts = attendance_counts(event=event)
    paragraphs = [p.strip() for p in event.report.replace("\r\n", "\n").split("\n\n") if p.strip()]
    day = timezone.localtime(event.starts_at).strftime("%d/%m/%Y")
    place = event.venue or _("online")
    sapo = paragraphs[0] if paragraphs else ""
    intro = _("On %(day)s, at %(place)s, %(organiser)s held “%(title)s”, attended by %(attended)s delegates.") % {
        "day": day, "place": place, "organiser": event.organiser.name, "title": event.title,
        "attended": counts["attended"],
    }
    body = "\n\n".join([intro, *paragraphs[1:]]) if len(paragraphs) > 1 else intro
    return {"title": event.title, "sapo": sapo, "body": body}
