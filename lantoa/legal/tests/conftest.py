import pytest

from lantoa.legal.linking import link_table_invalidate


@pytest.fixture(autouse=True)
def fresh_link_table():
    """The link table is per process; a rolled-back test leaves no signal behind, so start clean."""
    link_table_invalidate()
