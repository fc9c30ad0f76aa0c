from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "lantoa.events"
    label = "events"
    verbose_name = _("Events")

    def ready(self):
        from lantoa.plans import evidence
        from lantoa.plans.models import ActivityTarget

        from .queries import events_held_count, events_held_counts_by_year

        evidence.register(ActivityTarget.Metric.EVENTS, events_held_count)
        if hasattr(evidence, "register_by_year"):  # the batched form, where plans offers it
            evidence.register_by_year(ActivityTarget.Metric.EVENTS, events_held_counts_by_year)
