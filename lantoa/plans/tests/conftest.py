import pytest
from django.utils import translation

from lantoa.org.roles import Role
from lantoa.org.tests.factories import UnitFactory, staff_user
from lantoa.plans import evidence


@pytest.fixture(autouse=True)
def english_messages():
    """Assert on the English msgids, so a reworded Vietnamese translation breaks no test."""
    with translation.override("en"):
        yield


@pytest.fixture
def isolated_evidence(monkeypatch):
    """An empty evidence registry, so plans tests do not depend on the apps above plans."""
    monkeypatch.setattr(evidence, "_counters", {})
    monkeypatch.setattr(evidence, "_yearly_counters", {})
    return evidence


@pytest.fixture
def synced_roles(db):
    """The role groups with the permissions every app declares (as after `migrate`)."""
    from lantoa.org.services import roles_sync

    roles_sync()


@pytest.fixture
def school(db):
    return UnitFactory(code="thpt-a", name="Trường THPT A")


@pytest.fixture
def other_school(db):
    return UnitFactory(code="thpt-b", name="Trường THPT B")


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
