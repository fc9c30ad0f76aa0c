"""Back-office views that Wagtail does not let a hook scope.

Wagtail's page search (`/admin/pages/search/`, also behind the admin's top search bar) does not
run the `construct_explorer_page_queryset` hook that keeps contributors to their own unit's
articles in the explorer; without this a contributor could list other units' drafts by title.
lantoa/urls.py routes the two search URLs here, ahead of Wagtail's own.
"""

from wagtail.admin.auth import require_admin_access
from wagtail.admin.views.pages.search import SearchView
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.models import Page

from lantoa.org.roles import user_unit

from .models import ArticlePage
from .services import user_is_contributor_only


class UnitScopedPageSearchView(SearchView):
    def annotate_queryset(self, pages):
        # The same rule as the explorer's hook, as a filter on page ids: the search backend can
        # filter on `id` but not on an article's unit.
        user = self.request.user
        if user_is_contributor_only(user):
            unit = user_unit(user)
            others = ArticlePage.objects.exclude(unit=unit) if unit else ArticlePage.objects.all()
            pages = pages.exclude(id__in=list(others.values_list("pk", flat=True)))
        return super().annotate_queryset(pages)


def _search_view(*, results_only: bool):
    views = {}

    @require_admin_access  # what Wagtail wraps every admin URL in
    def view(request, *args, **kwargs):
        if "view" not in views:  # built on first use: the page viewsets are registered by then
            viewset = page_viewset_registry.get_by_type(Page)
            views["view"] = viewset.construct_view(UnitScopedPageSearchView, results_only=results_only)
        return views["view"](request, *args, **kwargs)

    return view


page_search = _search_view(results_only=False)
page_search_results = _search_view(results_only=True)
