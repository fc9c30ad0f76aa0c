import pytest

from lantoa.org.roles import Role
from lantoa.org.tests.factories import UnitFactory, staff_user
from lantoa.org.tests.fixtures import english_only
from lantoa.plans.tests.factories import ActivityFactory

english_messages = pytest.fixture(autouse=True)(english_only)


@pytest.fixture
def activity(db):
    return ActivityFactory(title="Tuyên truyền trên Báo, Đài")


@pytest.fixture
def contributor(synced_roles, school):
    return staff_user(role=Role.CONTRIBUTOR, unit=school, username="donvi_test")


@pytest.fixture
def finance(synced_roles):
    return staff_user(role=Role.FINANCE, unit=UnitFactory(code="kh-tc", kind="division"), username="khtc_test")


@pytest.fixture
def reviewer(synced_roles):
    return staff_user(role=Role.REVIEWER, unit=UnitFactory(code="cttt-gdcntx", kind="division"), username="cttt_t")
