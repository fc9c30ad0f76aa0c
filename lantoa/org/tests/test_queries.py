import datetime

import pytest

from lantoa.org import seed
from lantoa.org.models import Unit
from lantoa.org.queries import head_count_totals, unit_head_count_total, unit_tree, unit_tree_flat, units_active_on

pytestmark = pytest.mark.django_db
D = datetime.date


@pytest.fixture
def seeded():
    seed.seed()


def test_district_offices_are_inactive_on_1_july_2025(seeded):
    active = units_active_on(D(2025, 7, 1), kinds=[Unit.Kind.DISTRICT_OFFICE])

    assert active.count() == 0
    assert units_active_on(D(2025, 6, 30), kinds=[Unit.Kind.DISTRICT_OFFICE]).count() == 13


def test_information_department_hands_over_to_science_department_on_1_march_2025(seeded):
    codes = set(units_active_on(D(2025, 3, 1)).values_list("code", flat=True))

    assert ("so-tttt" in codes, "so-khcn" in codes) == (False, True)
    before = set(units_active_on(D(2025, 2, 28)).values_list("code", flat=True))
    assert ("so-tttt" in before, "so-khcn" in before) == (True, False)


def test_unit_tree_puts_divisions_under_the_department(seeded):
    roots = {node.unit.code: node for node in unit_tree(D(2026, 1, 1))}

    children = {child.unit.code for child in roots["so-gddt"].children}
    assert {"van-phong", "kh-tc", "cttt-gdcntx", "gdtrh", "thpt-tran-quoc-tuan"} <= children
    assert "pgd-ba-to" not in roots


def test_unit_tree_flat_lists_each_parent_before_its_children(seeded):
    flat = unit_tree_flat(D(2024, 1, 1))

    positions = {node.unit.code: i for i, node in enumerate(flat)}
    assert positions["so-gddt"] < positions["van-phong"]
    assert [node.depth for node in flat if node.unit.code in ("so-gddt", "van-phong")] == [0, 1]


def test_head_count_totals_drop_district_offices_after_they_close(seeded):
    before = head_count_totals(D(2025, 6, 30))

    after = head_count_totals(D(2025, 7, 1))

    district = sum(h for _c, _n, h in seed.DISTRICT_OFFICES)
    assert before["head_count"] - after["head_count"] == district
    assert Unit.Kind.EXTERNAL not in after["by_kind"]


def test_unit_head_count_total_includes_units_below(seeded):
    department = Unit.objects.get(code="so-gddt")

    total = unit_head_count_total(department, D(2026, 1, 1))

    expected = sum(Unit.objects.filter(parent=department).values_list("head_count", flat=True)) + department.head_count
    assert total == expected


def test_seed_is_idempotent(seeded):
    count = Unit.objects.count()

    seed.seed()

    assert Unit.objects.count() == count
