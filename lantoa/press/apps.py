from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PressConfig(AppConfig):
    name = "lantoa.press"
    label = "press"
    verbose_name = _("Press")

    def ready(self):
        from lantoa.plans.evidence import register_by_year
        from lantoa.plans.models import ActivityTarget

        from .queries import press_items_by_year

        register_by_year(ActivityTarget.Metric.PRESS_ITEMS, press_items_by_year)
