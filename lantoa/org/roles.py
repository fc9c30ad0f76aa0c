"""The roles of SPEC §1 as Django groups.

Each app may declare what its roles may do in its own `roles.py` as
`PERMISSIONS = {Role.REVIEWER: ["portal.change_articlepage", ...]}`; `roles_sync` (run after
every migrate and by seed_demo) gathers them, so the role list lives here and each module's
rights live with the module.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    # The values are the group names staff see in the back office.
    CONTRIBUTOR = "Biên tập viên đơn vị", _("Unit contributor")
    REVIEWER = "Phòng CTTT-GDCNTX", _("Reviewer (CTTT-GDCNTX division)")
    PUBLISHER = "Văn phòng Sở", _("Publisher (Department office)")
    FINANCE = "Phòng KH-TC", _("Finance (Planning and Finance division)")
    LEADERSHIP = "Lãnh đạo Sở", _("Department leadership")
    ADMINISTRATOR = "Quản trị", _("Administrator")
    CONTESTANT = "Thí sinh", _("Contestant")


STAFF_ROLES = [Role.CONTRIBUTOR, Role.REVIEWER, Role.PUBLISHER, Role.FINANCE, Role.LEADERSHIP, Role.ADMINISTRATOR]

# What every staff role needs to reach the back office at all, and org's own rights.
PERMISSIONS = {
    **{role: ["wagtailadmin.access_admin"] for role in STAFF_ROLES},
    Role.ADMINISTRATOR: [
        "wagtailadmin.access_admin",
        "org.add_unit",
        "org.change_unit",
        "org.delete_unit",
        "org.view_unit",
        "org.add_staffprofile",
        "org.change_staffprofile",
        "org.delete_staffprofile",
        "org.view_staffprofile",
        "auth.add_user",
        "auth.change_user",
        "auth.delete_user",
        "auth.view_user",
        "auth.add_group",
        "auth.change_group",
        "auth.view_group",
    ],
    Role.LEADERSHIP: ["wagtailadmin.access_admin", "org.view_unit", "org.view_staffprofile"],
}


def user_roles(user) -> set[str]:
    if not getattr(user, "is_authenticated", False):
        return set()
    cached = getattr(user, "_lantoa_roles", None)
    if cached is None:
        cached = set(user.groups.values_list("name", flat=True))
        user._lantoa_roles = cached
    return cached


def user_has_role(user, *roles: Role) -> bool:
    """True for a superuser, or a user in any of `roles`."""
    if getattr(user, "is_superuser", False):
        return True
    return bool(user_roles(user) & {str(role) for role in roles})


def user_unit(user):
    """The unit a user belongs to (their staff profile), or None."""
    profile = getattr(user, "profile", None) if getattr(user, "is_authenticated", False) else None
    return profile.unit if profile else None
