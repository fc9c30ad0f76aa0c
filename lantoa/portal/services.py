"""Editorial actions on articles, with the same rules the back office enforces (wagtail_hooks.py).

The rules:
- a unit contributor (Biên tập viên đơn vị, without a reviewing or publishing role) creates
  articles only under a topic, always for their own unit, and sees and edits only their own
  unit's articles; they can submit a draft but never publish;
- Phòng CTTT-GDCNTX approves the review task or requests changes with a comment;
- Văn phòng Sở approves the publication task, which publishes (or schedules) the article;
- nobody but a superuser publishes an article without the workflow.
"""

from django.db import transaction
from django.db.models import F
from wagtail.models import Page

from lantoa.core.audit import audit_log
from lantoa.core.errors import Conflict, Forbidden, ServiceError
from lantoa.core.text import slug_vi
from lantoa.org.roles import Role, user_has_role, user_unit

from .models import ArticlePage, ArticleViewCount, TopicPage


def user_is_contributor_only(user) -> bool:
    """A contributor who holds no editorial role above it (those see every unit's articles)."""
    if not getattr(user, "is_authenticated", False) or user.is_superuser:
        return False
    return user_has_role(user, Role.CONTRIBUTOR) and not user_has_role(
        user, Role.REVIEWER, Role.PUBLISHER, Role.ADMINISTRATOR
    )


def page_edit_allowed(user, page: Page) -> bool:
    """Whether `user` may open `page` in the editor, on top of Wagtail's page permissions."""
    if not user_is_contributor_only(user):
        return True
    specific_class = page.specific_class
    if specific_class is not ArticlePage:
        return False  # home, section and topics belong to Văn phòng Sở
    unit = user_unit(user)
    unit_id = page.unit_id if isinstance(page, ArticlePage) else page.specific_deferred.unit_id
    return unit is not None and unit_id == unit.pk


def articles_hidden_from(user):
    """The articles `user` may not see in the back office (explorer, search, per-page views):
    other units' articles for a contributor-only user; None (nothing hidden) for everyone else.
    The one place the rule lives; wagtail_hooks, admin_views and admin_middleware apply it."""
    if not user_is_contributor_only(user):
        return None
    unit = user_unit(user)
    return ArticlePage.objects.exclude(unit=unit) if unit else ArticlePage.objects.all()


def page_view_allowed(user, page_id: int) -> bool:
    """Whether `user` may see the page in the back office (its draft, history, usage, revisions);
    the section and topics are open to contributors."""
    hidden = articles_hidden_from(user)
    return hidden is None or not hidden.filter(pk=page_id).exists()


def page_create_allowed(user, parent: Page, page_class) -> bool:
    if not user_is_contributor_only(user):
        return True
    return page_class is ArticlePage and parent.specific_class is TopicPage and user_unit(user) is not None


def article_publish_direct_allowed(user) -> bool:
    """Publishing an article outside the workflow: superusers only (for emergencies)."""
    return bool(getattr(user, "is_superuser", False))


def _ensure_can_edit(user, article: ArticlePage) -> None:
    if not article.permissions_for_user(user).can_edit() or not page_edit_allowed(user, article):
        raise Forbidden()


@transaction.atomic
def article_draft_create(*, user, topic: TopicPage, title: str, sapo: str, body=None, author: str = "",
                         unit=None, activity=None, go_live_at=None) -> ArticlePage:
    """A new article draft under `topic`. A contributor's article is always their unit's."""
    if not topic.permissions_for_user(user).can_add_subpage() or not page_create_allowed(user, topic, ArticlePage):
        raise Forbidden()
    if user_is_contributor_only(user):
        unit = user_unit(user)
    article = ArticlePage(
        title=title, slug=slug_vi(title)[:80].strip("-") or "bai-viet", sapo=sapo, body=body or [], author=author, unit=unit, activity=activity,
        go_live_at=go_live_at, live=False, owner=user,
    )
    topic.add_child(instance=article)
    article.save_revision(user=user, log_action=False)
    audit_log(actor=user, action="wagtail.create", target=article)
    return article


@transaction.atomic
def article_draft_update(*, user, article: ArticlePage, **fields) -> ArticlePage:
    """Save a new draft revision of `article` with `fields` changed."""
    _ensure_can_edit(user, article)
    lock = article.get_lock()
    if lock is not None and lock.for_user(user):
        raise Conflict("Bài viết đang được thẩm định hoặc bị khóa; chưa thể sửa.")
    draft = article.get_latest_revision_as_object()
    for name, value in fields.items():
        if name == "unit" and user_is_contributor_only(user):
            raise Forbidden()
        setattr(draft, name, value)
    draft.save_revision(user=user, log_action=True)
    return draft


@transaction.atomic
def article_submit(*, user, article: ArticlePage):
    """Send the latest draft into the editorial workflow (or back into it after changes were
    requested)."""
    _ensure_can_edit(user, article)
    workflow_state = article.current_workflow_state
    if workflow_state is not None:
        if workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES:
            workflow_state.resume(user=user)
            return workflow_state
        raise Conflict()
    workflow = article.get_workflow()
    if workflow is None:
        raise ServiceError("Chưa cấu hình quy trình biên tập cho chuyên mục này.")
    return workflow.start(article, user)


@transaction.atomic
def article_review(*, user, article: ArticlePage, approve: bool, comment: str = ""):
    """Approve the article's current task, or request changes with a comment for the author.

    Only members of the task's group act on it: the reviewer on the review task, the office on
    the publication task. Approving the last task publishes the article (or schedules it).
    """
    workflow_state = article.current_workflow_state
    if workflow_state is None or workflow_state.status != workflow_state.STATUS_IN_PROGRESS:
        raise Conflict()
    task_state = workflow_state.current_task_state
    task = task_state.task.specific
    actions = {name for name, _label, _needs_form in task.get_actions(article, user)}
    action = "approve" if approve else "reject"
    if action not in actions:
        raise Forbidden()
    if not approve and not comment.strip():
        raise ServiceError("Cần ghi rõ nội dung yêu cầu chỉnh sửa để gửi lại tác giả.")
    task.on_action(task_state, user, action, comment=comment)
    return workflow_state


@transaction.atomic
def article_view_count(*, page_id: int) -> bool:
    """Count one view of a live article; False when there is no such live article.

    Anonymous and not audited: the count is one integer per article, nothing about the reader.
    """
    if not ArticlePage.objects.live().filter(pk=page_id).exists():
        return False
    if not ArticleViewCount.objects.filter(page_id=page_id).update(count=F("count") + 1):
        ArticleViewCount.objects.get_or_create(page_id=page_id)
        ArticleViewCount.objects.filter(page_id=page_id).update(count=F("count") + 1)
    return True
