from lantoa.org.models import Unit
from lantoa.press.models import Outlet, PressItem
from lantoa.press.seed import seed


def test_seed_links_the_provincial_outlets_and_is_idempotent(db):
    Unit.objects.create(code="bao-quang-ngai", name="Báo Quảng Ngãi", kind=Unit.Kind.EXTERNAL)
    Unit.objects.create(code="dai-pttt-quang-ngai", name="Đài PT-TH Quảng Ngãi", kind=Unit.Kind.EXTERNAL)
    Unit.objects.create(code="cttt-gdcntx", name="Phòng CTTT-GDCNTX", kind=Unit.Kind.DIVISION)

    seed()
    first = PressItem.objects.count()
    seed()

    assert sorted(Outlet.objects.values_list("unit__code", flat=True)) == ["bao-quang-ngai", "dai-pttt-quang-ngai"]
    assert first > 0
    assert PressItem.objects.count() == first
    assert {d.year for d in PressItem.objects.dates("supplied_on", "year")} == {2022, 2023, 2024, 2025, 2026}
