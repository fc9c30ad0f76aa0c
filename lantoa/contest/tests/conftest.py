import pytest
from django.core.cache import cache

from .factories import RoundFactory, contestant_make


@pytest.fixture(autouse=True)
def _clear_cache():
    # Caches (rate limits, attempt keys, pools) must not leak between tests.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def contestant(db):
    return contestant_make()


@pytest.fixture
def open_round(db):
    return RoundFactory()
