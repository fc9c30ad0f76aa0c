"""Who may do what to a procedure. One place, used by services, views and the Wagtail admin
(ProcedurePermissionPolicy is registered for the model, so every admin view asks it)."""

from wagtail.permission_policies.base import ModelPermissionPolicy

from lantoa.org.roles import user_unit

from .models import Procedure

PUBLISH = "procedures.publish_procedure"


def user_can_publish(user) -> bool:
    """Văn phòng Sở (and administrators): the `publish_procedure` permission."""
    return bool(user and user.is_active and user.has_perm(PUBLISH))


def user_can_edit(user, procedure: Procedure) -> bool:
    """Publishers edit every guide; everyone else with `change_procedure` only the guides of the
    procedures their own division handles."""
    if not (user and user.is_active and user.has_perm("procedures.change_procedure")):
        return False
    if user_can_publish(user):
        return True
    unit = user_unit(user)
    return unit is not None and unit.pk == procedure.division_id


def procedures_editable_by(user):
    if not (user and user.is_active and user.has_perm("procedures.change_procedure")):
        return Procedure.objects.none()
    if user_can_publish(user):
        return Procedure.objects.all()
    unit = user_unit(user)
    return Procedure.objects.filter(division=unit) if unit else Procedure.objects.none()


class ProcedurePermissionPolicy(ModelPermissionPolicy):
    """Model permissions, narrowed per instance: change/delete/publish follow the rules above."""

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        for action in actions:
            if action == "view" and self.user_has_permission(user, "view"):
                return True
            if action == "change" and user_can_edit(user, instance):
                return True
            if action in ("delete", "publish", "unpublish") and user_can_publish(user):
                return True
            if action == "lock" and user_can_edit(user, instance):
                return True
        return False

    def instances_user_has_any_permission_for(self, user, actions):
        if "view" in actions and self.user_has_permission(user, "view"):
            return Procedure.objects.all()
        if set(actions) & {"delete", "publish", "unpublish"} and user_can_publish(user):
            return Procedure.objects.all()
        if set(actions) & {"change", "lock"}:
            return procedures_editable_by(user)
        return Procedure.objects.none()
