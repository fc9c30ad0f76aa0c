"""Back-office rules of the editorial chain (see services.py for the rules in words)."""

from django.core.exceptions import PermissionDenied
from wagtail import hooks

from .models import ArticlePage
from .services import (
    article_publish_direct_allowed,
    articles_hidden_from,
    page_create_allowed,
    page_edit_allowed,
    user_is_contributor_only,
)


@hooks.register("construct_explorer_page_queryset")
def explorer_own_unit_only(parent_page, pages, request):
    """Contributors list only their own unit's articles (and the section and topics above them)."""
    hidden = articles_hidden_from(request.user)
    return pages if hidden is None else pages.exclude(pk__in=hidden.values("pk"))


@hooks.register("construct_page_chooser_queryset")
def chooser_own_unit_only(pages, request):
    return explorer_own_unit_only(None, pages, request)


@hooks.register("before_edit_page")
def edit_own_unit_only(request, page):
    if not page_edit_allowed(request.user, page):
        raise PermissionDenied


@hooks.register("before_delete_page")
def delete_own_unit_only(request, page):
    if not page_edit_allowed(request.user, page):
        raise PermissionDenied


@hooks.register("before_create_page")
def create_articles_under_topics_only(request, parent_page, page_class):
    if not page_create_allowed(request.user, parent_page, page_class):
        raise PermissionDenied


@hooks.register("before_copy_page")
def contributors_do_not_copy(request, page):
    if user_is_contributor_only(request.user):
        raise PermissionDenied


@hooks.register("before_move_page")
def contributors_do_not_move(request, page, destination):
    if user_is_contributor_only(request.user):
        raise PermissionDenied


@hooks.register("before_publish_page")
def articles_publish_through_workflow(request, page):
    """The "Publish" button of the editor: articles go through review and the office's approval."""
    if isinstance(page.specific_deferred, ArticlePage) and not article_publish_direct_allowed(request.user):
        raise PermissionDenied


@hooks.register("before_bulk_action")
def articles_bulk_publish_through_workflow(request, action_type, objects, action_class_instance):
    if action_type == "publish" and not article_publish_direct_allowed(request.user):
        if any(isinstance(getattr(obj, "specific_deferred", obj), ArticlePage) for obj in objects):
            raise PermissionDenied


@hooks.register("construct_page_action_menu")
def hide_direct_publish_of_articles(menu_items, request, context):
    page = context.get("page")
    if page is not None and page.specific_class is ArticlePage and not article_publish_direct_allowed(request.user):
        menu_items[:] = [item for item in menu_items if item.name != "action-publish"]
