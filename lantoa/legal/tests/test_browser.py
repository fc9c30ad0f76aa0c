"""A reader, in Chromium, finds a document by its number within three clicks.

The portal's home page is not part of this app's test data (it is the portal's seed), so the
journey starts on another public page and goes through the site-wide navigation of base.html,
which the home page carries too.
"""

import pytest

from lantoa.legal.seed import seed as legal_seed
from lantoa.org.seed import seed as org_seed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def site_data(db):
    org_seed()
    legal_seed()


def test_reader_finds_a_document_by_number_within_three_clicks(live_server, site_data, page):
    page.goto(live_server.url + "/dich-vu-cong/")

    page.click('nav.site-nav a[href="/van-ban/"]')                      # 1
    page.fill("#registry-q", "qd-ttg 942")
    page.click(".registry-search button[type=submit]")                  # 2
    page.click(".doc-item-title a")                                     # 3

    assert "942/QĐ-TTg" in page.inner_text(".doc-fields")
    assert "Chiến lược phát triển Chính phủ điện tử" in page.inner_text("h1")
