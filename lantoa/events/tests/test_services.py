import datetime

import pytest
from django.utils import timezone
from wagtail.models import ModelLogEntry

from lantoa.core.errors import Conflict, Forbidden, NotFound
from lantoa.events.models import Event, Quota, Registration
from lantoa.events.services import (
    event_report_save,
    event_report_to_news_draft,
    registration_cancel,
    registration_checkin,
    registration_create,
)
from lantoa.org.roles import Role
from lantoa.org.services import roles_sync
from lantoa.org.tests.factories import UnitFactory, UserFactory, staff_user

from .factories import EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def event():
    return EventFactory()


@pytest.fixture
def door_keeper():
    roles_sync()
    return staff_user(role=Role.PUBLISHER)


def test_registration_create_issues_a_code_and_audits(event):
    user = staff_user()

    registration, created = registration_create(event=event, user=user)

    assert (created, len(registration.code), registration.unit, registration.status) == (
        True, 8, user.profile.unit, Registration.Status.REGISTERED)
    assert ModelLogEntry.objects.filter(action="lantoa.events.registration_create",
                                        object_id=str(registration.pk)).count() == 1


def test_registration_create_twice_returns_the_same_registration(event):
    user = staff_user()
    first, _ = registration_create(event=event, user=user)

    second, created = registration_create(event=event, user=user)

    assert (second.pk, second.code, created) == (first.pk, first.code, False)
    assert Registration.objects.filter(event=event).count() == 1


def test_registration_create_refuses_when_capacity_is_taken():
    event = EventFactory(capacity=2)
    registration_create(event=event, user=staff_user())
    registration_create(event=event, user=staff_user())
    late = staff_user()

    with pytest.raises(Conflict):
        registration_create(event=event, user=late)

    assert not Registration.objects.filter(event=event, user=late).exists()


def test_registration_create_enforces_the_unit_quota(event):
    unit = UnitFactory()
    Quota.objects.create(event=event, unit=unit, seats=1)
    registration_create(event=event, user=staff_user(unit=unit))

    with pytest.raises(Conflict):
        registration_create(event=event, user=staff_user(unit=unit))

    other_unit_user = staff_user()
    assert registration_create(event=event, user=other_unit_user)[1] is True


def test_registration_create_quota_only_event_refuses_units_without_quota():
    event = EventFactory(quota_only=True)
    Quota.objects.create(event=event, unit=UnitFactory(), seats=5)

    with pytest.raises(Forbidden):
        registration_create(event=event, user=staff_user())


def test_cancelled_seat_is_given_back_and_reregistering_keeps_the_code():
    event = EventFactory(capacity=1)
    user = staff_user()
    registration, _ = registration_create(event=event, user=user)
    registration_cancel(registration=registration, actor=user)
    other, _ = registration_create(event=event, user=staff_user())
    registration_cancel(registration=other, actor=other.user)

    again, created = registration_create(event=event, user=user)

    assert (again.pk, again.code, again.status, created) == (
        registration.pk, registration.code, Registration.Status.REGISTERED, True)


def test_registration_create_needs_a_unit(event):
    user = UserFactory()

    with pytest.raises(Forbidden):
        registration_create(event=event, user=user)


@pytest.mark.parametrize("changes", [
    {"status": Event.Status.CANCELLED}, {"registration_open": False},
    {"starts_at": timezone.now() - datetime.timedelta(hours=1)},
])
def test_registration_create_refuses_closed_events(changes):
    event = EventFactory(**changes, ends_at=timezone.now() + datetime.timedelta(days=60))

    with pytest.raises(Conflict):
        registration_create(event=event, user=staff_user())


def test_registration_create_draft_event_is_not_found():
    with pytest.raises(NotFound):
        registration_create(event=EventFactory(status=Event.Status.DRAFT), user=staff_user())


def test_someone_else_cannot_cancel_a_registration(event):
    registration, _ = registration_create(event=event, user=staff_user())

    with pytest.raises(Forbidden):
        registration_cancel(registration=registration, actor=staff_user())

    registration.refresh_from_db()
    assert registration.status == Registration.Status.REGISTERED


def test_checkin_marks_attended_and_is_idempotent(event, door_keeper):
    registration, _ = registration_create(event=event, user=staff_user())
    first_time = timezone.now()
    registration_checkin(event=event, code=registration.code.lower(), actor=door_keeper, now=first_time)

    again, newly = registration_checkin(event=event, code=registration.code, actor=door_keeper,
                                        now=first_time + datetime.timedelta(minutes=5))

    assert (newly, again.attended_at, again.checked_in_by) == (False, first_time, door_keeper)
    assert ModelLogEntry.objects.filter(action="lantoa.events.checkin").count() == 1


def test_checkin_by_contributor_is_forbidden(event):
    roles_sync()
    registration, _ = registration_create(event=event, user=staff_user())
    contributor = staff_user(role=Role.CONTRIBUTOR)

    with pytest.raises(Forbidden):
        registration_checkin(event=event, code=registration.code, actor=contributor)

    registration.refresh_from_db()
    assert registration.attended_at is None


def test_checkin_code_of_another_event_is_not_found(event, door_keeper):
    registration, _ = registration_create(event=EventFactory(), user=staff_user())

    with pytest.raises(NotFound):
        registration_checkin(event=event, code=registration.code, actor=door_keeper)


def test_checkin_of_cancelled_registration_is_refused(event, door_keeper):
    registration, _ = registration_create(event=event, user=staff_user())
    registration_cancel(registration=registration, actor=registration.user)

    with pytest.raises(Conflict):
        registration_checkin(event=event, code=registration.code, actor=door_keeper)


def test_report_becomes_a_news_draft(door_keeper):
    event = EventFactory(starts_at=timezone.now() - datetime.timedelta(days=2), title="Hội nghị CĐS")
    event.ends_at = event.starts_at + datetime.timedelta(hours=3)
    event.save()
    event_report_save(event=event, actor=door_keeper, text="Mở đầu.\n\nNội dung chính.\n\nKết luận.")

    draft = event_report_to_news_draft(event=event)

    assert (draft["title"], draft["sapo"]) == ("Hội nghị CĐS", "Mở đầu.")
    assert draft["body"].endswith("Nội dung chính.\n\nKết luận.")
    assert "0 delegates" in draft["body"]


def test_report_without_text_gives_no_draft(event):
    with pytest.raises(Conflict):
        event_report_to_news_draft(event=event)


def test_report_save_by_contributor_is_forbidden(event):
    roles_sync()

    with pytest.raises(Forbidden):
        event_report_save(event=event, actor=staff_user(role=Role.CONTRIBUTOR), text="x")
