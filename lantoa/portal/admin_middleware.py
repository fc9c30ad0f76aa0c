"""Keep contributors out of other units' articles in every per-page back-office view.

Wagtail's hooks guard editing, publishing, moving, copying and deleting (wagtail_hooks.py), but
the per-page views without a hook — view draft, history, usage, revisions, the move chooser, the
page's own listing — would show another unit's draft to any contributor with edit rights on
the section. Every `/admin/pages/<id>/…` request passes here; only a contributor-only user
asking for another unit's article is stopped (services.articles_hidden_from), and gets Wagtail's own "permission
denied".
"""

import re

from wagtail.admin.auth import permission_denied

from .services import page_view_allowed

ADMIN_PAGE_PATH = re.compile(r"^/admin/pages/(\d+)/")


class ContributorPageScopeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        match = ADMIN_PAGE_PATH.match(request.path_info)
        if match and not page_view_allowed(request.user, int(match[1])):
            return permission_denied(request)
        return self.get_response(request)
