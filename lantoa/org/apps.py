from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


def _sync_roles(sender, **kwargs):
    from django.apps import apps

    # post_migrate fires once per app; permissions of all apps exist only by the last one.
    if sender.label != list(apps.get_app_configs())[-1].label:
        return
    from .services import roles_sync

    roles_sync()


class OrgConfig(AppConfig):
    name = "lantoa.org"
    label = "org"
    verbose_name = _("Organisation")

    def ready(self):
        post_migrate.connect(_sync_roles, dispatch_uid="lantoa.org.roles_sync")
