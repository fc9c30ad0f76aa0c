from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "lantoa.portal"
    label = "portal"
    verbose_name = _("Portal")

    def ready(self):
        from lantoa.plans.evidence import register
        from lantoa.plans.models import ActivityTarget

        from . import signals  # noqa: F401 - cache invalidation and search text on publish
        from .queries import articles_published_count

        register(ActivityTarget.Metric.ARTICLES, articles_published_count)
