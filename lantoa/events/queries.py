"""Reads of events: listings, seats left, attendance, the evidence counter for plans."""

import datetime
import io

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook
from openpyxl.styles import Font

from lantoa.core.text import fold
from lantoa.org.people import person_name

from .models import Event, Registration


def events_public(*, q: str = "", kind: str = "", when: str = ""):
    """Published events, newest first; `when` is "upcoming" or "past"."""
    queryset = Event.objects.published().select_related("organiser")
    if q:
        for word in fold(q).split():
            queryset = queryset.filter(search_text__contains=word)
    if kind:
        queryset = queryset.filter(kind=kind)
    now = timezone.now()
    if when == "upcoming":
        queryset = queryset.filter(ends_at__gte=now).order_by("starts_at")
    elif when == "past":
        queryset = queryset.filter(ends_at__lt=now).order_by("-starts_at")
    return queryset


def seats_taken(*, event: Event) -> int:
    return event.registrations.filter(status=Registration.Status.REGISTERED).count()


def seats_left(*, event: Event) -> int | None:
    """Seats still free, or None when the event has no capacity limit."""
    if not event.capacity:
        return None
    return max(0, event.capacity - seats_taken(event=event))


def quota_usage(*, event: Event) -> list[dict]:
    taken = dict(
        event.registrations.filter(status=Registration.Status.REGISTERED)
        .values("unit").annotate(n=Count("pk")).values_list("unit", "n")
    )
    return [
        {"unit": quota.unit, "seats": quota.seats, "taken": taken.get(quota.unit_id, 0)}
        for quota in event.quotas.select_related("unit").order_by("unit__sort_order", "unit__name")
    ]


def attendance_counts(*, event: Event) -> dict[str, int]:
    return event.registrations.aggregate(
        registered=Count("pk", filter=Q(status=Registration.Status.REGISTERED)),
        attended=Count("pk", filter=Q(status=Registration.Status.REGISTERED, attended_at__isnull=False)),
        cancelled=Count("pk", filter=Q(status=Registration.Status.CANCELLED)),
    )


def attendance_rows(*, event: Event):
    return (
        event.registrations.select_related("user", "user__profile", "unit")
        .order_by("unit__sort_order", "unit__name", "user__last_name", "user__first_name")
    )


def attendance_xlsx(*, event: Event) -> bytes:
    """The attendance list as an Excel file: one row per registration."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Diem danh"
    sheet.append([event.title])
    sheet["A1"].font = Font(bold=True, size=13)
    start = timezone.localtime(event.starts_at)
    sheet.append([f"{start:%H:%M %d/%m/%Y} — {event.venue or event.online_url}"])
    sheet.append([])
    headers = [_("No."), _("Full name"), _("Unit"), _("Position"), _("Phone"), _("Check-in code"),
               _("Registered at"), _("Status"), _("Checked in at")]
    sheet.append(headers)
    for cell in sheet[4]:
        cell.font = Font(bold=True)
    for number, registration in enumerate(attendance_rows(event=event), start=1):
        profile = getattr(registration.user, "profile", None)
        attended = registration.attended_at and timezone.localtime(registration.attended_at)
        sheet.append([
            number,
            person_name(registration.user),
            registration.unit.name,
            profile.position if profile else "",
            profile.phone if profile and profile.phone else "",
            registration.code,
            timezone.localtime(registration.registered_at).strftime("%d/%m/%Y %H:%M"),
            str(registration.get_status_display()),
            attended.strftime("%d/%m/%Y %H:%M") if attended else "",
        ])
    for letter, width in zip("ABCDEFGHI", [6, 28, 36, 20, 16, 14, 18, 14, 18], strict=True):
        sheet.column_dimensions[letter].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _ics_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line: str) -> str:
    """RFC 5545 lines are at most 75 octets; longer ones continue on lines starting with a space."""
    data = line.encode()
    if len(data) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        encoded = char.encode()
        if len(current) + len(encoded) > (75 if not parts else 74):
            parts.append(current.decode())
            current = b""
        current += encoded
    parts.append(current.decode())
    return "\r\n ".join(parts)


def event_ics(*, event: Event, url: str, now: datetime.datetime | None = None) -> str:
    """The event as an iCalendar file (one VEVENT, times in UTC)."""
    def utc(value):
        return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")

    location = event.venue or event.online_url
    description = "\n".join(filter(None, [event.summary, event.online_url and f"Online: {event.online_url}", url]))
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Lan Toa//Su kien//VI", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        f"UID:event-{event.pk}@lantoa",
        f"DTSTAMP:{utc(now or timezone.now())}",
        f"DTSTART:{utc(event.starts_at)}",
        f"DTEND:{utc(event.ends_at)}",
        f"SUMMARY:{_ics_text(event.title)}",
        f"LOCATION:{_ics_text(location)}",
        f"DESCRIPTION:{_ics_text(description)}",
        f"URL:{url}",
        f"ORGANIZER;CN={_ics_text(event.organiser.name)}:mailto:{event.organiser.email or 'no-reply@lantoa.local'}",
        "STATUS:CANCELLED" if event.status == Event.Status.CANCELLED else "STATUS:CONFIRMED",
        "END:VEVENT", "END:VCALENDAR",
    ]
    return "\r\n".join(_ics_fold(line) for line in lines) + "\r\n"


def events_held_count(*, year: int, unit_ids: list[int] | None = None, activity=None) -> int:
    """Evidence for plans (metric EVENTS): events held (published, ended) in `year`, optionally
    only those organised or co-organised by the given units, or serving `activity`."""
    queryset = Event.objects.held().filter(ends_at__year=year)
    if unit_ids is not None:
        queryset = queryset.filter(Q(organiser_id__in=unit_ids) | Q(co_organisers__in=unit_ids))
    if activity is not None:
        queryset = queryset.filter(activity=activity)
    return queryset.distinct().count()


def events_held_counts_by_year(*, years, unit_ids: list[int] | None = None, activity=None) -> dict[int, int]:
    """events_held_count for several years in one query: {year: count}."""
    from django.db.models.functions import ExtractYear

    years = list(years)
    queryset = Event.objects.held().filter(ends_at__year__in=years)
    if unit_ids is not None:
        queryset = queryset.filter(Q(organiser_id__in=unit_ids) | Q(co_organisers__in=unit_ids))
    if activity is not None:
        queryset = queryset.filter(activity=activity)
    rows = (queryset.annotate(year=ExtractYear("ends_at")).values("year")
            .annotate(n=Count("pk", distinct=True)).values_list("year", "n"))
    counts = dict(rows)
    return {year: counts.get(year, 0) for year in years}
