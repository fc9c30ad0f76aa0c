import datetime

from lantoa.press.models import PressItem
from lantoa.press.tests.factories import PressItemFactory


def test_unit_lists_only_its_own_items(client, contributor, school, other_school):
    PressItemFactory(unit=school, title="Tin của trường A")
    PressItemFactory(unit=other_school, title="Tin của trường B")
    client.force_login(contributor)

    html = client.get("/admin/press_items/").content.decode()

    assert ("Tin của trường A" in html, "Tin của trường B" in html) == (True, False)


def test_unit_cannot_open_or_change_another_units_item(client, contributor, other_school):
    item = PressItemFactory(unit=other_school, title="Tin của trường B")
    client.force_login(contributor)

    statuses = [client.get(f"/admin/press_items/{v}/{item.pk}/").status_code for v in ("edit", "inspect", "delete")]
    client.post(f"/admin/press_items/edit/{item.pk}/", {"title": "Đổi"})

    assert (statuses, PressItem.objects.get(pk=item.pk).title) == ([404, 404, 404], "Tin của trường B")


def test_unit_supplies_an_item_in_the_back_office(client, contributor, school, outlet):
    client.force_login(contributor)

    response = client.post("/admin/press_items/new/", {
        "title": "Trường THPT A triển khai học bạ số", "text": "Nội dung", "unit": school.pk,
        "supplied_on": "2025-03-02", "outlet": outlet.pk, "medium": "online", "status": "published",
        "published_on": "2025-03-05", "link": "https://baoquangngai.vn/tin/2", "decline_reason": "",
    })

    assert response.status_code == 302
    item = PressItem.objects.get()
    assert (item.unit, item.status, item.published_on) == (school, "published", datetime.date(2025, 3, 5))


def test_unit_cannot_supply_in_the_name_of_another_unit(client, contributor, other_school, outlet):
    client.force_login(contributor)

    response = client.post("/admin/press_items/new/", {
        "title": "Tin giả danh", "unit": other_school.pk, "supplied_on": "2025-03-02", "outlet": outlet.pk,
        "medium": "print", "status": "supplied",
    })

    assert (response.status_code, PressItem.objects.count()) == (200, 0)


def test_stats_page_counts_only_the_units_items(client, contributor, school, other_school):
    PressItemFactory(unit=school)
    PressItemFactory(unit=other_school)
    client.force_login(contributor)

    html = client.get("/admin/press_stats/").content.decode()

    assert ("Trường THPT A" in html, "Trường THPT B" in html) == (True, False)
