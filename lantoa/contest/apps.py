from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContestConfig(AppConfig):
    name = "lantoa.contest"
    label = "contest"
    verbose_name = _("Contest")

    def ready(self):
        from lantoa.plans.evidence import register
        from lantoa.plans.models import ActivityTarget

        from .queries import participants_count

        register(ActivityTarget.Metric.PARTICIPANTS, participants_count)
