import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from lantoa.events.models import AgendaItem, Event, Material, Registration, Speaker
from lantoa.events.services import registration_create
from lantoa.org.roles import Role
from lantoa.org.services import roles_sync
from lantoa.org.tests.factories import staff_user

from .factories import EventFactory

pytestmark = pytest.mark.django_db


def test_event_list_shows_upcoming_and_past_but_not_drafts(client):
    EventFactory(title="Sắp tới")
    past = timezone.now() - datetime.timedelta(days=10)
    EventFactory(title="Đã qua", starts_at=past, ends_at=past + datetime.timedelta(hours=2))
    EventFactory(title="Bản nháp", status=Event.Status.DRAFT)

    html = client.get("/su-kien/").content.decode()

    assert "Sắp tới" in html and "Đã qua" in html and "Bản nháp" not in html


def test_event_detail_shows_agenda_speakers_materials_and_organisers(client):
    event = EventFactory(online_url="https://meet.example.vn/x")
    AgendaItem.objects.create(event=event, title="Khai mạc", starts_at=datetime.time(8, 0))
    Speaker.objects.create(event=event, name="Lê Văn Minh", affiliation="Trưởng phòng")
    Material.objects.create(event=event, title="Bài trình bày", link="https://example.vn/slides.pdf")

    html = client.get(event.get_absolute_url()).content.decode()

    for text in ("Khai mạc", "Lê Văn Minh", "Bài trình bày", "https://meet.example.vn/x", event.organiser.name):
        assert text in html


def test_draft_event_page_is_404(client):
    assert client.get(EventFactory(status=Event.Status.DRAFT).get_absolute_url()).status_code == 404


def test_register_anonymous_is_sent_to_login(client):
    event = EventFactory()

    response = client.post(reverse("events:register", args=[event.slug]))

    assert response.status_code == 302 and "/admin/login/" in response.url
    assert Registration.objects.count() == 0


def test_register_then_confirmation_shows_qr_and_code(client):
    event = EventFactory()
    user = staff_user()
    client.force_login(user)

    response = client.post(reverse("events:register", args=[event.slug]), follow=True)

    registration = Registration.objects.get(event=event, user=user)
    html = response.content.decode()
    assert registration.code in html and "<svg" in html


def test_register_when_full_shows_message_and_adds_nothing(client):
    event = EventFactory(capacity=1)
    registration_create(event=event, user=staff_user())
    user = staff_user()
    client.force_login(user)

    response = client.post(reverse("events:register", args=[event.slug]), follow=True)

    assert "Sự kiện đã đủ số chỗ." in response.content.decode()  # pages are Vietnamese by default
    assert not Registration.objects.filter(user=user).exists()


def test_confirmation_of_someone_else_is_404(client):
    event = EventFactory()
    registration, _ = registration_create(event=event, user=staff_user())
    client.force_login(staff_user())

    response = client.get(reverse("events:registration", args=[event.slug, registration.code]))

    assert response.status_code == 404


def test_cancel_from_event_page(client):
    event = EventFactory()
    user = staff_user()
    registration, _ = registration_create(event=event, user=user)
    client.force_login(user)

    client.post(reverse("events:cancel", args=[event.slug]))

    registration.refresh_from_db()
    assert registration.status == Registration.Status.CANCELLED


def test_ics_download(client):
    event = EventFactory()

    response = client.get(reverse("events:ics", args=[event.slug]))

    assert response["Content-Type"].startswith("text/calendar")
    assert b"BEGIN:VEVENT" in response.content


def test_qr_of_unknown_code_is_404(client):
    assert client.get(reverse("events:qr", args=["ZZZZZZZZ"])).status_code == 404


@pytest.fixture
def publisher_client(client):
    roles_sync()
    client.force_login(staff_user(role=Role.PUBLISHER))
    return client


def test_admin_checkin_page_checks_in_by_code(publisher_client):
    event = EventFactory()
    registration, _ = registration_create(event=event, user=staff_user())

    response = publisher_client.post(reverse("events_admin_checkin", args=[event.pk]), {"code": registration.code})

    registration.refresh_from_db()
    assert response.status_code == 302 and registration.attended_at is not None


def test_admin_checkin_unknown_code_is_a_form_error(publisher_client):
    event = EventFactory()

    response = publisher_client.post(reverse("events_admin_checkin", args=[event.pk]), {"code": "ZZZZ"})

    assert response.status_code == 200
    assert "Không có đăng ký nào với mã này" in response.content.decode()


def test_admin_attendance_export_is_excel(publisher_client):
    event = EventFactory()

    response = publisher_client.get(reverse("events_admin_attendance", args=[event.pk]))

    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


def test_admin_report_page_saves_and_shows_news_draft(publisher_client):
    event = EventFactory()

    publisher_client.post(reverse("events_admin_report", args=[event.pk]), {"report": "Tóm tắt.\n\nChi tiết."})
    html = publisher_client.get(reverse("events_admin_report", args=[event.pk])).content.decode()

    event.refresh_from_db()
    assert event.report == "Tóm tắt.\n\nChi tiết."
    assert "Chi tiết." in html and "Tóm tắt." in html


@pytest.mark.parametrize("name", ["events_admin_checkin", "events_admin_attendance", "events_admin_report"])
def test_contributor_cannot_reach_event_admin_screens(client, name):
    roles_sync()
    event = EventFactory()
    client.force_login(staff_user(role=Role.CONTRIBUTOR))

    response = client.get(reverse(name, args=[event.pk]))

    assert response.status_code in (302, 403)
    assert not response.get("Content-Type", "").startswith("application/vnd")


def test_contributor_cannot_post_a_report(client):
    roles_sync()
    event = EventFactory()
    client.force_login(staff_user(role=Role.CONTRIBUTOR))

    client.post(reverse("events_admin_report", args=[event.pk]), {"report": "Không được phép"})

    event.refresh_from_db()
    assert event.report == ""


def test_event_viewset_listing_reachable_by_publisher(publisher_client):
    EventFactory(title="Hội thảo trong danh sách")

    response = publisher_client.get(reverse("event:index"))

    assert response.status_code == 200 and "Hội thảo trong danh sách" in response.content.decode()
