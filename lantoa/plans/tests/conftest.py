import pytest

from lantoa.org.roles import Role
from lantoa.org.tests.factories import UnitFactory, staff_user
from lantoa.org.tests.fixtures import english_only
from lantoa.plans import evidence

english_messages = pytest.fixture(autouse=True)(english_only)


@pytest.fixture
def isolated_evidence(monkeypatch):
    """An empty evidence registry, so plans tests do not depend on the apps above plans."""
    monkeypatch.setattr(evidence, "_counters", {})
    monkeypatch.setattr(evidence, "_yearly_counters", {})
    return evidence


@pytest.fixture
def reviewer(synced_roles):
    return staff_user(role=Role.REVIEWER, unit=UnitFactory(code="cttt-gdcntx", name="Phòng CTTT-GDCNTX",
                                                           kind="division"), username="cttt_test")


@pytest.fixture
def contributor(synced_roles, school):
    return staff_user(role=Role.CONTRIBUTOR, unit=school, username="donvi_test")


@pytest.fixture
def other_contributor(synced_roles, other_school):
    return staff_user(role=Role.CONTRIBUTOR, unit=other_school, username="donvi_b_test")
