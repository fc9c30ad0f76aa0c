"""Fixtures shared by the tests of every app (registered in the root conftest.py)."""

import pytest
from django.utils import translation

from lantoa.org.tests.factories import UnitFactory


def english_only():
    """Assert on the English msgids, so a reworded Vietnamese translation breaks no test.

    An app's conftest turns it on for all its tests with
    `english_messages = pytest.fixture(autouse=True)(english_only)`.
    """
    with translation.override("en"):
        yield


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
