from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpsConfig(AppConfig):
    """The composition root: commands that span every module (seed_demo, backup, restore).

    It sits above every domain app, so it may import any of them; no app imports it.
    """

    name = "lantoa.ops"
    label = "ops"
    verbose_name = _("Operations")
