"""A staff member logs in from the event page, registers, and sees the QR confirmation."""

import pytest

from lantoa.events.models import Registration
from lantoa.org.roles import Role
from lantoa.org.services import roles_sync
from lantoa.org.tests.factories import staff_user

from .factories import EventFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_staff_member_registers_and_sees_qr_confirmation(live_server, phone_page):
    roles_sync()
    event = EventFactory(title="Hội thảo trí tuệ nhân tạo trong dạy học", capacity=50)
    user = staff_user(role=Role.CONTRIBUTOR, username="giaovien", first_name="Hoa", last_name="Lê Thị",
                      password="mat-khau-thu-2025")
    page = phone_page

    page.goto(f"{live_server.url}{event.get_absolute_url()}")
    page.locator(".event-register a.button").click()
    page.fill("input[name=username]", "giaovien")
    page.fill("input[name=password]", "mat-khau-thu-2025")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(f"**{event.get_absolute_url()}")
    page.locator(f"form[action$='{event.slug}/dang-ky/'] button").click()

    page.wait_for_selector(".ticket-qr svg")
    registration = Registration.objects.get(event=event, user=user)
    assert page.locator("[data-testid=checkin-code]").inner_text() == registration.code
    assert page.locator(".ticket-qr svg").is_visible()
    assert "Lê Thị Hoa" in page.locator(".ticket").inner_text()
