from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PlansConfig(AppConfig):
    name = "lantoa.plans"
    label = "plans"
    verbose_name = _("Plans")

    def ready(self):
        from .evidence import register_by_year
        from .models import ActivityTarget
        from .queries import tasks_done_count

        # Results only units can report (the plan's "other" activities) count as tasks done.
        register_by_year(ActivityTarget.Metric.OTHER, tasks_done_count)
