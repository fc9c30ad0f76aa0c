"""One focused browser test: a phone-sized Chromium takes an attempt, reloads mid-attempt (the
autosaved answers come back), finishes and sees the score."""

import pytest

from lantoa.contest.models import Answer, Attempt

from .factories import RoundFactory, contestant_make


@pytest.mark.django_db(transaction=True)
def test_phone_takes_attempt_reloads_and_finishes(live_server, phone_page):
    user = contestant_make(username="thisinh-browser")
    user.set_password("mat-khau-thu-9")
    user.save()
    contest_round = RoundFactory(question_count=3)
    page = phone_page

    page.goto(f"{live_server.url}/cuoc-thi/dang-nhap/")
    page.fill("#id_login", "thisinh-browser")
    page.fill("#id_password", "mat-khau-thu-9")
    page.click("form.stacked button[type=submit]")
    page.click(f"form[action='/cuoc-thi/dot/{contest_round.pk}/bat-dau/'] button")
    page.wait_for_selector("#attempt-form")
    first = page.locator("fieldset[data-question]").nth(0)
    first.locator("input[type=radio]").nth(1).check()
    first.locator(".save-state.ok").wait_for()

    page.reload()
    page.wait_for_selector("#attempt-form")
    resumed = page.locator("fieldset[data-question]").nth(0).locator("input[type=radio]").nth(1).is_checked()
    countdown = page.locator("#countdown").inner_text()
    for n in (1, 2):
        box = page.locator("fieldset[data-question]").nth(n)
        box.locator("input[type=radio]").nth(0).check()
        box.locator(".save-state.ok").wait_for()
    page.fill("#prediction", "12")
    page.click("#submit-button")
    page.wait_for_selector(".result .score")

    attempt = Attempt.objects.get(user=user)
    assert resumed is True
    assert countdown[:2] in ("14", "15")
    assert (attempt.status, attempt.prediction, Answer.objects.filter(attempt=attempt).count()) == (
        Attempt.Status.SUBMITTED, 12, 3)
    assert f"{attempt.score}/3" in page.locator(".result .score").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
