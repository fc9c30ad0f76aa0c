import pytest
from wagtail.models import APIToken

from lantoa.events.models import Event, Registration
from lantoa.events.services import registration_create
from lantoa.org.roles import Role
from lantoa.org.services import roles_sync
from lantoa.org.tests.factories import staff_user

from .factories import EventFactory

pytestmark = pytest.mark.django_db


def _bearer(user):
    _token, plaintext = APIToken.create_token(user=user, name="test")
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


def test_events_list_shape(client):
    event = EventFactory(title="Hội thảo A")
    EventFactory(status=Event.Status.DRAFT)

    body = client.get("/api/v1/events").json()

    assert body["count"] == 1
    assert body["items"] == [{
        "id": event.pk, "title": "Hội thảo A", "kind": "workshop",
        "starts_at": body["items"][0]["starts_at"], "ends_at": body["items"][0]["ends_at"],
        "venue": "Hội trường Sở GDĐT", "url": f"/su-kien/{event.slug}/",
    }]


def test_registration_via_api_returns_code_and_qr_url_then_same_code(client):
    event = EventFactory()
    auth = _bearer(staff_user())

    first = client.post(f"/api/v1/events/{event.pk}/registrations", **auth)
    second = client.post(f"/api/v1/events/{event.pk}/registrations", **auth)

    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["code"] == second.json()["code"]
    qr = client.get(first.json()["qr_url"])
    assert (qr.status_code, qr["Content-Type"]) == (200, "image/svg+xml")


def test_registration_via_api_needs_a_token(client):
    event = EventFactory()

    response = client.post(f"/api/v1/events/{event.pk}/registrations")

    assert response.status_code == 401
    assert Registration.objects.count() == 0


def test_registration_via_api_when_full_is_409(client):
    event = EventFactory(capacity=1)
    registration_create(event=event, user=staff_user())

    response = client.post(f"/api/v1/events/{event.pk}/registrations", **_bearer(staff_user()))

    assert response.status_code == 409
    assert Registration.objects.filter(event=event).count() == 1


def test_checkin_via_api_is_idempotent(client):
    roles_sync()
    event = EventFactory()
    registration, _ = registration_create(event=event, user=staff_user())
    auth = _bearer(staff_user(role=Role.PUBLISHER))

    first = client.post(f"/api/v1/events/{event.pk}/checkins", {"code": registration.code},
                        content_type="application/json", **auth)
    second = client.post(f"/api/v1/events/{event.pk}/checkins", {"code": registration.code},
                         content_type="application/json", **auth)

    assert (first.status_code, second.status_code) == (200, 200)
    assert (first.json()["attended"], first.json()["already_checked_in"], second.json()["already_checked_in"]) == (
        True, False, True)
    assert first.json()["attended_at"] == second.json()["attended_at"]


def test_checkin_via_api_by_registrant_is_forbidden(client):
    roles_sync()
    event = EventFactory()
    user = staff_user()
    registration, _ = registration_create(event=event, user=user)

    response = client.post(f"/api/v1/events/{event.pk}/checkins", {"code": registration.code},
                           content_type="application/json", **_bearer(user))

    registration.refresh_from_db()
    assert (response.status_code, registration.attended_at) == (403, None)


def test_checkin_via_api_unknown_code_is_404(client):
    roles_sync()
    event = EventFactory()

    response = client.post(f"/api/v1/events/{event.pk}/checkins", {"code": "ZZZZZZZZ"},
                           content_type="application/json", **_bearer(staff_user(role=Role.PUBLISHER)))

    assert response.status_code == 404
