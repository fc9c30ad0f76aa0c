import datetime

import pytest

from lantoa.core.errors import Conflict, Forbidden, ServiceError
from lantoa.press import services
from lantoa.press.models import Outlet, PressItem
from lantoa.press.tests.factories import PressItemFactory


def test_press_item_save_supplies_an_item_for_the_own_unit(contributor, school, outlet):
    item = PressItem(title="Học bạ số", unit=school, supplied_on=datetime.date(2025, 3, 2), outlet=outlet,
                     medium=PressItem.Medium.ONLINE)

    saved = services.press_item_save(actor=contributor, item=item)

    assert (saved.pk is not None, saved.status, saved.search_text) == (True, "supplied", "hoc ba so")


def test_press_item_save_for_another_unit_is_forbidden(contributor, other_school, outlet):
    item = PressItem(title="Tin", unit=other_school, supplied_on=datetime.date(2025, 3, 2), outlet=outlet,
                     medium=PressItem.Medium.PRINT)

    with pytest.raises(Forbidden):
        services.press_item_save(actor=contributor, item=item)

    assert PressItem.objects.count() == 0


def test_press_item_publish_records_date_and_link(contributor, school):
    item = PressItemFactory(unit=school)

    services.press_item_publish(actor=contributor, item=item, published_on=datetime.date(2024, 3, 5),
                                link="https://baoquangngai.vn/tin/1")

    item.refresh_from_db()
    assert (item.status, item.published_on, item.link) == (
        "published", datetime.date(2024, 3, 5), "https://baoquangngai.vn/tin/1")


def test_press_item_published_before_it_was_supplied_is_refused(contributor, school):
    item = PressItemFactory(unit=school)

    with pytest.raises(ServiceError):
        services.press_item_publish(actor=contributor, item=item, published_on=datetime.date(2024, 2, 1))

    assert PressItem.objects.get(pk=item.pk).status == "supplied"


def test_press_item_decline_needs_a_reason_and_not_a_published_item(reviewer, school):
    published = PressItemFactory(unit=school, status="published", published_on=datetime.date(2024, 3, 3))
    supplied = PressItemFactory(unit=school)

    with pytest.raises(Conflict):
        services.press_item_decline(actor=reviewer, item=published, reason="Trùng")
    with pytest.raises(ServiceError):
        services.press_item_decline(actor=reviewer, item=supplied, reason="  ")

    assert list(PressItem.objects.order_by("pk").values_list("status", flat=True)) == ["published", "supplied"]


def test_press_item_of_another_unit_cannot_be_published_by_a_unit(contributor, other_school):
    item = PressItemFactory(unit=other_school)

    with pytest.raises(Forbidden):
        services.press_item_publish(actor=contributor, item=item, published_on=datetime.date(2024, 3, 5))

    assert PressItem.objects.get(pk=item.pk).status == "supplied"


def test_press_item_save_does_not_flip_a_declined_item_to_published(reviewer, school):
    item = PressItemFactory(unit=school, status="declined", decline_reason="Trùng")
    item.status, item.published_on = "published", datetime.date(2024, 3, 9)

    with pytest.raises(Conflict):
        services.press_item_save(actor=reviewer, item=item)

    assert PressItem.objects.get(pk=item.pk).status == "declined"


def test_outlet_save_by_a_unit_is_forbidden(contributor):
    with pytest.raises(Forbidden):
        services.outlet_save(actor=contributor, outlet=Outlet(name="Báo Giáo dục và Thời đại"))

    assert not Outlet.objects.filter(name="Báo Giáo dục và Thời đại").exists()


def test_outlet_save_by_the_reviewer_adds_an_outlet(reviewer):
    outlet = services.outlet_save(actor=reviewer, outlet=Outlet(name="Báo Giáo dục và Thời đại"))

    assert Outlet.objects.get(pk=outlet.pk).name == "Báo Giáo dục và Thời đại"
