"""The back office's org screens, and who may reach them."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import ModelLogEntry

from lantoa.org.models import StaffProfile, Unit
from lantoa.org.roles import Role
from lantoa.org.services import roles_sync
from lantoa.org.tests.factories import UnitFactory, staff_user

from .xlsx import xlsx

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    roles_sync()
    client.force_login(staff_user(role=Role.ADMINISTRATOR, username="quantri"))
    return client


@pytest.fixture
def contributor_client(client):
    roles_sync()
    client.force_login(staff_user(role=Role.CONTRIBUTOR, username="bientap"))
    return client


def test_unit_list_shows_tree_order_and_activity_on_the_chosen_day(admin_client):
    root = UnitFactory(code="so", name="Sở Gốc", kind=Unit.Kind.DEPARTMENT, sort_order=0)
    UnitFactory(code="phong-b", name="Phòng Con", kind=Unit.Kind.DIVISION, parent=root, sort_order=5)
    UnitFactory(code="pgd-x", name="Phòng GDĐT X", kind=Unit.Kind.DISTRICT_OFFICE, sort_order=2,
                valid_to=datetime.date(2025, 6, 30))

    response = admin_client.get(reverse("unit:index_results"), {"active_on": "01/07/2025", "validity": "inactive"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Phòng GDĐT X" in html and "Phòng Con" not in html


def test_unit_list_orders_children_under_their_parent(admin_client):
    root = UnitFactory(code="so", name="Sở Gốc", kind=Unit.Kind.DEPARTMENT, sort_order=0)
    UnitFactory(code="pgd-x", name="Phòng GDĐT X", kind=Unit.Kind.DISTRICT_OFFICE, sort_order=2)
    UnitFactory(code="phong-b", name="Phòng Con", kind=Unit.Kind.DIVISION, parent=root, sort_order=5)

    html = admin_client.get(reverse("unit:index_results")).content.decode()

    assert html.index("Sở Gốc") < html.index("Phòng Con") < html.index("Phòng GDĐT X")


def test_contributor_cannot_reach_unit_admin(contributor_client):
    unit = UnitFactory()

    responses = [contributor_client.get(reverse("unit:index")), contributor_client.get(reverse("unit:edit", args=[unit.pk]))]

    assert [r.status_code for r in responses] == [302, 302]
    assert all(r.url == reverse("wagtailadmin_home") for r in responses)


@pytest.mark.parametrize("name", ["org_import_units", "org_import_staff", "org_import_units_template",
                                  "org_staff_user_create"])
def test_non_administrator_cannot_import_or_create_staff(contributor_client, name):
    response = contributor_client.get(reverse(name))

    assert response.status_code in (302, 403)
    assert response.get("Content-Type", "").startswith("application/vnd") is False


def test_non_administrator_post_to_import_changes_nothing(contributor_client):
    file = xlsx(["Mã đơn vị", "Tên đơn vị", "Loại"], ["lau", "Lậu", "school"])

    contributor_client.post(reverse("org_import_units"), {"file": file})

    assert not Unit.objects.filter(code="lau").exists()


def test_admin_downloads_import_template(admin_client):
    response = admin_client.get(reverse("org_import_units_template"))

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/vnd.openxmlformats")


def test_admin_import_view_shows_row_errors(admin_client):
    file = xlsx(["Mã đơn vị", "Tên đơn vị", "Loại", "Mã đơn vị cấp trên"], ["con", "Con", "school", "khong-co"])

    response = admin_client.post(reverse("org_import_units"), {"file": file})

    assert response.status_code == 200
    # The back office speaks Vietnamese (the admin's default language).
    assert "không có đơn vị cấp trên mã “khong-co”" in response.content.decode()
    assert not Unit.objects.filter(code="con").exists()


def test_admin_import_view_imports_good_file(admin_client):
    file = xlsx(["Mã đơn vị", "Tên đơn vị", "Loại"], ["tot", "Tốt", "school"])

    response = admin_client.post(reverse("org_import_units"), {"file": file})

    assert response.status_code == 302
    assert Unit.objects.filter(code="tot").exists()


def test_admin_creates_staff_user_with_role_and_unit_in_one_form(admin_client):
    unit = UnitFactory(code="thpt-z")

    response = admin_client.post(reverse("org_staff_user_create"), {
        "username": "giaovien1", "last_name": "Lê Thị", "first_name": "Hoa", "email": "hoa@example.vn",
        "password": "mot-mat-khau-dai-2025", "role": str(Role.CONTRIBUTOR), "unit": unit.pk,
        "position": "Giáo viên", "phone": "0905 777 888",
    })

    user = get_user_model().objects.get(username="giaovien1")
    assert response.status_code == 302
    assert (user.profile.unit, user.profile.phone, user.is_staff, user.check_password("mot-mat-khau-dai-2025")) == (
        unit, "+84905777888", True, True)
    assert list(user.groups.values_list("name", flat=True)) == [str(Role.CONTRIBUTOR)]
    assert ModelLogEntry.objects.filter(action="lantoa.org.staff_user_create", object_id=str(user.profile.pk)).exists()


def test_staff_user_form_rejects_a_phone_someone_has(admin_client):
    unit = UnitFactory(code="thpt-z")
    holder = staff_user(unit=unit)
    StaffProfile.objects.filter(user=holder).update(phone="+84905777888")

    response = admin_client.post(reverse("org_staff_user_create"), {
        "username": "giaovien2", "last_name": "Lê", "first_name": "Hoa", "role": "", "unit": unit.pk,
        "phone": "0905777888",
    })

    assert response.status_code == 200
    assert "đã thuộc về người khác" in response.content.decode()
    assert not get_user_model().objects.filter(username="giaovien2").exists()


def test_admin_edit_of_unit_is_audit_logged(admin_client):
    unit = UnitFactory(code="sua", name="Cũ", kind=Unit.Kind.SCHOOL)

    admin_client.post(reverse("unit:edit", args=[unit.pk]), {
        "code": "sua", "kind": "school", "name": "Mới", "short_name": "", "name_en": "", "parent": "",
        "valid_from": "", "valid_to": "", "head_count": 3, "sort_order": 0, "phone": "", "email": "",
        "address": "", "website": "", "head_name": "", "head_title": "", "functions": "", "functions_en": "",
    })

    assert Unit.objects.get(pk=unit.pk).name == "Mới"
    assert ModelLogEntry.objects.filter(action="wagtail.edit", object_id=str(unit.pk)).exists()


def test_staff_list_reachable_by_admin(admin_client):
    staff_user(username="nguoi-trong-danh-sach")

    response = admin_client.get(reverse("staffprofile:index"))

    assert response.status_code == 200
    assert StaffProfile.objects.count() == 2


def test_staff_profile_add_goes_to_the_new_staff_member_form(admin_client):
    response = admin_client.get(reverse("staffprofile:add"))

    assert (response.status_code, response.url) == (302, reverse("org_staff_user_create"))


def test_unit_list_shows_effective_dates_as_dmy(admin_client):
    UnitFactory(code="pgd-y", name="Phòng GDĐT Y", kind=Unit.Kind.DISTRICT_OFFICE, valid_to=datetime.date(2025, 6, 30))

    html = admin_client.get(reverse("unit:index_results")).content.decode()

    assert "30/06/2025" in html
