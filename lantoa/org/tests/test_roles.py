import pytest
from django.contrib.auth.models import Group

from lantoa.org.roles import PERMISSIONS, STAFF_ROLES, Role, user_has_role, user_unit
from lantoa.org.services import roles_sync
from lantoa.org.tests.factories import UnitFactory, UserFactory, staff_user

pytestmark = pytest.mark.django_db


def _perms(role):
    return set(Group.objects.get(name=str(role)).permissions.values_list("content_type__app_label", "codename"))


def test_roles_sync_creates_every_role_group():
    roles_sync()

    assert set(Group.objects.values_list("name", flat=True)) >= {str(role) for role in Role}


def test_roles_sync_gives_administrator_org_rights_and_is_idempotent():
    first = roles_sync()

    second = roles_sync()

    assert first == second
    assert {("org", "add_unit"), ("org", "change_staffprofile"), ("auth", "add_user")} <= _perms(Role.ADMINISTRATOR)


def test_roles_sync_removes_permissions_no_app_declares():
    roles_sync()
    group = Group.objects.get(name=str(Role.CONTRIBUTOR))
    from django.contrib.auth.models import Permission

    group.permissions.add(Permission.objects.get(codename="delete_unit"))

    roles_sync()

    assert ("org", "delete_unit") not in _perms(Role.CONTRIBUTOR)


@pytest.mark.parametrize("role", STAFF_ROLES)
def test_every_staff_role_reaches_the_back_office(role):
    roles_sync()
    user = staff_user(role=role)

    assert user.has_perm("wagtailadmin.access_admin")


@pytest.mark.parametrize("role", [Role.CONTRIBUTOR, Role.REVIEWER, Role.PUBLISHER, Role.FINANCE])
def test_non_administrator_roles_cannot_change_units_or_users(role):
    roles_sync()
    user = staff_user(role=role)

    assert [user.has_perm(p) for p in ("org.change_unit", "org.add_unit", "auth.add_user")] == [False, False, False]


def test_leadership_may_view_but_not_change_units():
    roles_sync()
    user = staff_user(role=Role.LEADERSHIP)

    assert (user.has_perm("org.view_unit"), user.has_perm("org.change_unit")) == (True, False)


def test_contestant_has_no_back_office_access():
    roles_sync()
    user = UserFactory(roles=[Role.CONTESTANT])

    assert user.has_perm("wagtailadmin.access_admin") is False
    assert Role.CONTESTANT not in PERMISSIONS


def test_user_has_role_and_user_unit():
    unit = UnitFactory()
    user = staff_user(role=Role.REVIEWER, unit=unit)

    assert (user_has_role(user, Role.REVIEWER), user_has_role(user, Role.FINANCE), user_unit(user)) == (True, False, unit)


def test_roles_sync_grants_declared_document_rights_on_the_root_collection():
    from wagtail.documents import get_document_model
    from wagtail.permissions import policy_registry

    permission_policy = policy_registry.get_by_type(get_document_model())
    roles_sync()
    publisher = staff_user(role=Role.PUBLISHER)
    contributor_without_docs = staff_user(role=Role.LEADERSHIP)

    assert permission_policy.user_has_permission(publisher, "add") is True
    assert permission_policy.user_has_permission(contributor_without_docs, "add") is False
