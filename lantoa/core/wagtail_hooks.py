from django.utils.translation import gettext_lazy as _
from wagtail import hooks


@hooks.register("register_log_actions")
def register_core_log_actions(actions):
    # Every action passed to core.audit.audit_log must be registered, by its app, like this.
    actions.register_action("lantoa.core.api_token_create", _("Create API token"), _("API token created"))
