import pytest

from lantoa.org.tests.fixtures import english_only

english_messages = pytest.fixture(autouse=True)(english_only)


