import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def english_messages():
    """Assert on the English msgids, so a reworded Vietnamese translation breaks no test."""
    with translation.override("en"):
        yield
