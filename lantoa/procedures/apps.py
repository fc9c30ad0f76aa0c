from django.apps import AppConfig
from django.utils.translation import pgettext_lazy


class ProceduresConfig(AppConfig):
    name = "lantoa.procedures"
    label = "procedures"
    verbose_name = pgettext_lazy("procedures", "Public services")

    def ready(self):
        from wagtail.permissions import register_permission_policy

        from lantoa.plans.evidence import register
        from lantoa.plans.models import ActivityTarget

        from .models import Procedure
        from .permissions import ProcedurePermissionPolicy
        from .queries import guides_published_count

        register_permission_policy(Procedure, ProcedurePermissionPolicy(Procedure), exact_class=True)
        register(ActivityTarget.Metric.GUIDES, guides_published_count)
