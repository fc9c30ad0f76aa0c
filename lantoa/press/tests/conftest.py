import pytest
from django.utils import translation

from lantoa.org.models import Unit
from lantoa.org.roles import Role
from lantoa.org.tests.factories import UnitFactory, staff_user
from lantoa.press.models import Outlet


@pytest.fixture(autouse=True)
def english_messages():
    with translation.override("en"):
        yield


@pytest.fixture
def synced_roles(db):
    from lantoa.org.services import roles_sync

    roles_sync()


@pytest.fixture
def school(db):
    return UnitFactory(code="thpt-a", name="Trường THPT A")


@pytest.fixture
def other_school(db):
    return UnitFactory(code="thpt-b", name="Trường THPT B")


@pytest.fixture
def outlet(db):
    unit = UnitFactory(code="bao-quang-ngai", name="Báo Quảng Ngãi", kind=Unit.Kind.EXTERNAL)
    return Outlet.objects.create(name="Báo Quảng Ngãi", unit=unit)


@pytest.fixture
def contributor(synced_roles, school):
    return staff_user(role=Role.CONTRIBUTOR, unit=school, username="donvi_test")


@pytest.fixture
def reviewer(synced_roles):
    return staff_user(role=Role.REVIEWER, unit=UnitFactory(code="cttt-gdcntx", kind="division"), username="cttt_t")
