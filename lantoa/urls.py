from django.conf import settings
from django.urls import include, path
from django.views.i18n import set_language
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from lantoa.api import api
from lantoa.core import views as core_views
from lantoa.portal import admin_views as portal_admin_views

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    path("i18n/setlang/", set_language, name="set_language"),
    # Wagtail's page search, scoped to a contributor's own unit (lantoa/portal/admin_views.py).
    path("admin/pages/search/", portal_admin_views.page_search),
    path("admin/pages/search/results/", portal_admin_views.page_search_results),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v1/", api.urls),
    path("", include("lantoa.core.urls")),
    # Each app's public pages; Wagtail's page tree (portal) takes whatever is left.
    path("", include("lantoa.org.urls")),
    path("", include("lantoa.legal.urls")),
    path("", include("lantoa.plans.urls")),
    path("", include("lantoa.portal.urls")),
    path("", include("lantoa.press.urls")),
    path("", include("lantoa.events.urls")),
    path("", include("lantoa.contest.urls")),
    path("", include("lantoa.procedures.urls")),
    path("", include("lantoa.budget.urls")),
    path("", include("lantoa.reports.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)
else:
    from django.views.static import serve

    # Small deployments have no nginx in front; docs/deployment.md has nginx serve /media/.
    urlpatterns += [path("media/<path:path>", serve, {"document_root": settings.MEDIA_ROOT})]

urlpatterns += [path("", include(wagtail_urls))]

handler404 = "lantoa.core.views.page_not_found"
handler500 = "lantoa.core.views.server_error"
