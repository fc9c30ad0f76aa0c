from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.utils.module_loading import import_string

from .roles import Role


def _declared_permissions() -> dict[str, set[str]]:
    wanted: dict[str, set[str]] = {str(role): set() for role in Role}
    for app_config in apps.get_app_configs():
        if not app_config.name.startswith("lantoa."):
            continue
        try:
            declared = import_string(f"{app_config.name}.roles.PERMISSIONS")
        except ImportError:
            continue
        for role, codenames in declared.items():
            wanted[str(role)].update(codenames)
    return wanted


@transaction.atomic
def roles_sync() -> dict[str, int]:
    """Create the role groups and give each exactly the permissions the apps declare.

    Idempotent; a permission declared but not existing (an app not migrated yet) is skipped.
    Returns the number of permissions per group.
    """
    result = {}
    for group_name, codenames in _declared_permissions().items():
        group, _created = Group.objects.get_or_create(name=group_name)
        perms = []
        for dotted in sorted(codenames):
            app_label, codename = dotted.split(".", 1)
            perm = Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()
            if perm:
                perms.append(perm)
        group.permissions.set(perms)
        result[group_name] = len(perms)
    return result
