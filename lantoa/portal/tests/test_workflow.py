"""The editorial chain: contributor drafts → CTTT-GDCNTX reviews → Văn phòng Sở publishes.
Every forbidden path is tried, through the services and through the back office."""

import datetime
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import WorkflowState
from wagtail.test.utils.form_data import querydict_from_html

from lantoa.core.errors import Conflict, Forbidden, ServiceError
from lantoa.portal import services
from lantoa.portal.models import ArticlePage, TopicPage


@pytest.fixture
def draft(tree, people):
    return services.article_draft_create(
        user=people.contributor, topic=tree.topic, title="Bài viết về mật khẩu an toàn", sapo="Tóm tắt.",
    )


def test_article_draft_create_by_contributor_is_their_units_draft(tree, people, units):
    article = services.article_draft_create(
        user=people.contributor, topic=tree.topic, title="Bài nháp", sapo="Tóm tắt.", unit=units.other_school,
    )

    assert (article.live, article.unit_id, article.owner_id) == (False, units.school.pk, people.contributor.pk)


def test_article_draft_create_under_section_is_forbidden_for_contributor(tree, people):
    with pytest.raises(Forbidden):
        services.article_draft_create(user=people.contributor, topic=tree.section, title="Sai chỗ", sapo="x")


def test_contributor_cannot_publish(draft, people):
    assert draft.permissions_for_user(people.contributor).can_publish() is False


def test_contributor_cannot_edit_another_units_draft(draft, people):
    with pytest.raises(Forbidden):
        services.article_draft_update(user=people.other_contributor, article=draft, title="Sửa trộm")

    assert ArticlePage.objects.get(pk=draft.pk).get_latest_revision_as_object().title == "Bài viết về mật khẩu an toàn"


def test_contributor_cannot_submit_another_units_draft(draft, people):
    with pytest.raises(Forbidden):
        services.article_submit(user=people.other_contributor, article=draft)

    assert draft.current_workflow_state is None


def test_contributor_cannot_move_article_to_another_unit(draft, people, units):
    with pytest.raises(Forbidden):
        services.article_draft_update(user=people.contributor, article=draft, unit=units.other_school)


def test_contributor_cannot_approve_own_submission(draft, people):
    services.article_submit(user=people.contributor, article=draft)

    with pytest.raises(Forbidden):
        services.article_review(user=people.contributor, article=draft, approve=True)

    assert ArticlePage.objects.get(pk=draft.pk).live is False


def test_publisher_cannot_skip_the_review_task(draft, people):
    services.article_submit(user=people.contributor, article=draft)

    with pytest.raises(Forbidden):
        services.article_review(user=people.publisher, article=draft, approve=True)

    assert ArticlePage.objects.get(pk=draft.pk).live is False


def test_reviewer_cannot_approve_the_publication_task(draft, people):
    services.article_submit(user=people.contributor, article=draft)
    services.article_review(user=people.reviewer, article=draft, approve=True)

    with pytest.raises(Forbidden):
        services.article_review(user=people.reviewer, article=draft, approve=True)

    assert ArticlePage.objects.get(pk=draft.pk).live is False


def test_full_chain_publishes_the_article(draft, people):
    services.article_submit(user=people.contributor, article=draft)
    services.article_review(user=people.reviewer, article=draft, approve=True)

    services.article_review(user=people.publisher, article=draft, approve=True)

    article = ArticlePage.objects.get(pk=draft.pk)
    assert (article.live, article.current_workflow_state) == (True, None)


def test_reject_without_comment_is_refused(draft, people):
    services.article_submit(user=people.contributor, article=draft)

    with pytest.raises(ServiceError):
        services.article_review(user=people.reviewer, article=draft, approve=False, comment="  ")


def test_reject_sends_the_comment_back_and_the_author_resubmits(draft, people):
    services.article_submit(user=people.contributor, article=draft)

    state = services.article_review(user=people.reviewer, article=draft, approve=False, comment="Bổ sung nguồn số liệu.")

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Bổ sung nguồn số liệu."
    services.article_draft_update(user=people.contributor, article=draft, sapo="Tóm tắt có nguồn.")
    services.article_submit(user=people.contributor, article=draft)
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS


def test_submitting_twice_is_a_conflict(draft, people):
    services.article_submit(user=people.contributor, article=draft)

    with pytest.raises(Conflict):
        services.article_submit(user=people.contributor, article=draft)


def test_scheduled_article_is_not_published_before_approval(tree, people):
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    article = services.article_draft_create(
        user=people.contributor, topic=tree.topic, title="Bài hẹn giờ", sapo="x", go_live_at=tomorrow,
    )
    services.article_submit(user=people.contributor, article=article)
    later = tomorrow + datetime.timedelta(hours=1)

    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")

    assert ArticlePage.objects.get(pk=article.pk).live is False


def test_scheduled_article_goes_live_only_after_approval_and_its_time(tree, people):
    tomorrow = timezone.now() + datetime.timedelta(days=1)
    article = services.article_draft_create(
        user=people.contributor, topic=tree.topic, title="Bài hẹn giờ", sapo="x", go_live_at=tomorrow,
    )
    services.article_submit(user=people.contributor, article=article)
    services.article_review(user=people.reviewer, article=article, approve=True)
    services.article_review(user=people.publisher, article=article, approve=True)
    assert ArticlePage.objects.get(pk=article.pk).live is False

    with mock.patch("django.utils.timezone.now", return_value=tomorrow + datetime.timedelta(hours=1)):
        call_command("publish_scheduled")

    assert ArticlePage.objects.get(pk=article.pk).live is True


# --- The back office -------------------------------------------------------------------------


def _edit_form(client, page):
    """The editor's form as the browser would post it (the StreamField is built by JavaScript)."""
    form = querydict_from_html(client.get(f"/admin/pages/{page.pk}/edit/").content.decode(), form_id="page-edit-form")
    form["body-count"] = "0"
    return form


def test_admin_explorer_hides_other_units_articles_from_contributor(client, draft, people, tree):
    other = services.article_draft_create(user=people.other_contributor, topic=tree.topic, title="Bài đơn vị B", sapo="x")
    client.force_login(people.contributor)

    response = client.get(f"/admin/pages/{tree.topic.pk}/")

    html = response.content.decode()
    assert (draft.title in html, other.title in html) == (True, False)


def test_admin_edit_of_other_units_article_is_forbidden(client, draft, people):
    client.force_login(people.other_contributor)

    response = client.get(f"/admin/pages/{draft.pk}/edit/")

    assert (response.status_code, response["Location"]) == (302, "/admin/")  # Wagtail's "permission denied"


def test_admin_contributor_cannot_add_a_topic(client, tree, people):
    client.force_login(people.contributor)

    response = client.get(f"/admin/pages/add/portal/topicpage/{tree.section.pk}/")

    assert response.status_code in (302, 403)
    assert TopicPage.objects.count() == 6


def test_admin_contributor_publish_post_does_not_publish(client, draft, people):
    client.force_login(people.contributor)
    form = _edit_form(client, draft)
    form["action-publish"] = "action-publish"

    client.post(f"/admin/pages/{draft.pk}/edit/", form)

    assert ArticlePage.objects.get(pk=draft.pk).live is False


def test_admin_publisher_cannot_publish_article_outside_the_workflow(client, draft, people):
    client.force_login(people.publisher)
    form = _edit_form(client, draft)
    form["action-publish"] = "action-publish"

    response = client.post(f"/admin/pages/{draft.pk}/edit/", form)

    assert (response.status_code, response["Location"]) == (302, "/admin/")  # Wagtail's "permission denied"
    assert ArticlePage.objects.get(pk=draft.pk).live is False


def test_admin_contributor_submits_for_moderation(client, draft, people):
    client.force_login(people.contributor)
    form = _edit_form(client, draft)
    form["action-submit"] = "action-submit"

    client.post(f"/admin/pages/{draft.pk}/edit/", form)

    state = ArticlePage.objects.get(pk=draft.pk).current_workflow_state
    assert state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS


def test_admin_page_search_shows_contributor_only_their_units_articles(client, draft, people, tree):
    other = services.article_draft_create(user=people.other_contributor, topic=tree.topic, title="Bài đơn vị B", sapo="x")
    client.force_login(people.contributor)

    html = client.get("/admin/pages/search/", {"q": "Bài"}).content.decode()
    results = client.get("/admin/pages/search/results/", {"q": "Bài"}).content.decode()

    assert (draft.title in html, other.title in html) == (True, False)
    assert (draft.title in results, other.title in results) == (True, False)


def test_admin_page_search_shows_publisher_every_unit(client, draft, people, tree):
    other = services.article_draft_create(user=people.other_contributor, topic=tree.topic, title="Bài đơn vị B", sapo="x")
    client.force_login(people.publisher)

    html = client.get("/admin/pages/search/", {"q": "Bài"}).content.decode()

    assert (draft.title in html, other.title in html) == (True, True)


def test_admin_page_search_needs_admin_login(client):
    response = client.get("/admin/pages/search/", {"q": "Bài"})

    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")


@pytest.mark.parametrize("view", ["", "view_draft/", "history/", "usage/", "move/", "revisions/", "edit/preview/"])
def test_admin_per_page_views_of_another_units_article_are_forbidden(client, draft, people, view):
    client.force_login(people.other_contributor)

    response = client.get(f"/admin/pages/{draft.pk}/{view}")

    assert (response.status_code, response["Location"]) == (302, "/admin/")
    assert draft.title not in response.content.decode()


@pytest.mark.parametrize("view", ["", "view_draft/", "history/"])
def test_admin_per_page_views_of_own_units_article_are_open(client, draft, people, view):
    client.force_login(people.contributor)

    response = client.get(f"/admin/pages/{draft.pk}/{view}")

    assert response.status_code == 200 and draft.title in response.content.decode()


def test_admin_topic_listing_stays_open_to_contributors(client, draft, people, tree):
    client.force_login(people.other_contributor)

    assert client.get(f"/admin/pages/{tree.topic.pk}/").status_code == 200
