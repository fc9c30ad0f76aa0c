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

from .services import articles_hidden_from


class UnitScopedPageSearchView(SearchView):
    def annotate_queryset(self, pages):
        # As a list of page ids: the search backend can filter on `id` but not on a subquery.
        hidden = articles_hidden_from(self.request.user)
        if hidden is not None:
            pages = pages.exclude(id__in=list(hidden.values_list("pk", flat=True)))
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
