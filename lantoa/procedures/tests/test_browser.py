"""A reader, in Chromium, finds a guide within three clicks.

The portal's home page is not part of this app's test data (it is the portal's seed), so both
journeys start on another public page and go through the site-wide navigation of base.html,
which the home page carries too.
"""

import pytest

from lantoa.legal.seed import seed as legal_seed
from lantoa.org.seed import seed as org_seed
from lantoa.procedures.seed import seed as procedures_seed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site_data(db):
    org_seed()
    legal_seed()
    procedures_seed()


def test_reader_finds_a_full_online_guide_within_three_clicks(live_server, site_data, phone_page):
    page = phone_page
    page.goto(live_server.url + "/van-ban/")

    page.click('nav.site-nav a[href="/dich-vu-cong/"]')                 # 1
    page.click('.level-filter a[href="?level=toan-trinh"]')             # 2
    page.click("text=Cấp bản sao văn bằng, chứng chỉ từ sổ gốc")        # 3

    assert page.locator(".level-badge.level-toan-trinh").first.is_visible()
    assert page.locator("ol.procedure-steps li").count() == 3
    assert "Trong ngày làm việc" in page.inner_text("#channels + .table-wrap")
    legal_link = page.locator('a[href^="/van-ban/"]', has_text="21/2019/TT-BGDĐT")
    assert legal_link.count() == 1
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
