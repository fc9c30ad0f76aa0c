import datetime
import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook

from lantoa.events import seed
from lantoa.events.models import Event, Registration
from lantoa.events.queries import attendance_xlsx, event_ics, events_held_count, events_public
from lantoa.events.services import registration_create
from lantoa.org import seed as org_seed
from lantoa.org.tests.factories import UnitFactory, staff_user
from lantoa.plans.evidence import evidence_count
from lantoa.plans.models import ActivityTarget

from .factories import EventFactory

pytestmark = pytest.mark.django_db
TZ = datetime.timezone(datetime.timedelta(hours=7))


def _held(year, **kwargs):
    start = datetime.datetime(year, 5, 10, 8, tzinfo=TZ)
    return EventFactory(starts_at=start, ends_at=start + datetime.timedelta(hours=3), **kwargs)


def test_events_held_count_counts_published_past_events_of_the_year():
    unit = UnitFactory()
    _held(2024, organiser=unit)
    _held(2024, status=Event.Status.CANCELLED)
    _held(2024, status=Event.Status.DRAFT)
    _held(2023)
    EventFactory()  # upcoming

    assert events_held_count(year=2024) == 1
    assert events_held_count(year=2024, unit_ids=[unit.pk]) == 1
    assert events_held_count(year=2024, unit_ids=[UnitFactory().pk]) == 0


def test_events_held_count_includes_co_organised_events_once():
    unit = UnitFactory()
    event = _held(2024, organiser=unit)
    event.co_organisers.add(unit)

    assert events_held_count(year=2024, unit_ids=[unit.pk]) == 1


def test_events_counter_is_registered_with_plans():
    _held(2024)

    assert evidence_count(ActivityTarget.Metric.EVENTS, year=2024) == 1


def test_events_public_search_ignores_diacritics():
    EventFactory(title="Hội thảo Chuyển đổi số")
    EventFactory(title="Tập huấn kế toán")

    titles = [e.title for e in events_public(q="chuyen doi so")]

    assert titles == ["Hội thảo Chuyển đổi số"]


def test_attendance_xlsx_lists_every_registration():
    event = EventFactory()
    user = staff_user(first_name="Bình", last_name="Trần Thị")
    registration, _ = registration_create(event=event, user=user)

    sheet = load_workbook(io.BytesIO(attendance_xlsx(event=event))).active

    rows = list(sheet.iter_rows(min_row=5, values_only=True))
    assert [(r[1], r[2], r[5]) for r in rows] == [("Trần Thị Bình", user.profile.unit.name, registration.code)]


def test_event_ics_has_utc_times_and_escaped_text():
    start = datetime.datetime(2027, 3, 18, 8, 0, tzinfo=TZ)
    event = EventFactory(title="Hội thảo; AI, dạy học", starts_at=start, ends_at=start + datetime.timedelta(hours=2))

    text = event_ics(event=event, url="http://x/su-kien/a/", now=start)

    assert "DTSTART:20270318T010000Z\r\n" in text and "DTEND:20270318T030000Z\r\n" in text
    assert "SUMMARY:Hội thảo\\; AI\\, dạy học\r\n" in text
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))


def test_seed_makes_a_held_conference_and_an_upcoming_workshop_idempotently():
    org_seed.seed()
    for n in range(1, 4):
        staff_user(username=f"thisinh{n}")
    seed.seed()
    count = Registration.objects.count()

    seed.seed()

    conference = Event.objects.get(slug=seed.CONFERENCE["slug"])
    workshop = Event.objects.get(slug=seed.WORKSHOP["slug"])
    assert (conference.ends_at < timezone.now(), workshop.starts_at.year, Event.objects.count()) == (True, 2027, 2)
    assert Registration.objects.count() == count > 0
    assert events_held_count(year=2024) == 1
