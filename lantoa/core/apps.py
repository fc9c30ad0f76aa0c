from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "lantoa.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import APIToken

        from .signals import api_token_forget

        # Revoking a token anywhere (the admin's API tokens screen included) ends its cached login.
        post_save.connect(api_token_forget, sender=APIToken, dispatch_uid="lantoa.core.api_token_forget")
        post_delete.connect(api_token_forget, sender=APIToken, dispatch_uid="lantoa.core.api_token_forget_del")
