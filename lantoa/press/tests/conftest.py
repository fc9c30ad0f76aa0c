import pytest

from lantoa.org.models import Unit
from lantoa.org.roles import Role
from lantoa.org.tests.factories import UnitFactory, staff_user
from lantoa.org.tests.fixtures import english_only
from lantoa.press.models import Outlet

english_messages = pytest.fixture(autouse=True)(english_only)


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
