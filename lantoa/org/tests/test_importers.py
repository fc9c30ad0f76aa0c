import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import ModelLogEntry

from lantoa.core.errors import Forbidden, ImportRejected
from lantoa.org.models import StaffProfile, Unit
from lantoa.org.roles import Role
from lantoa.org.services import phone_normalise, staff_import, units_import
from lantoa.org.tests.factories import StaffProfileFactory, UnitFactory, staff_user

from .xlsx import xlsx

pytestmark = pytest.mark.django_db

UNIT_HEADER = ["Mã đơn vị", "Tên đơn vị", "Loại", "Mã đơn vị cấp trên", "Hiệu lực từ", "Hiệu lực đến", "Biên chế"]
STAFF_HEADER = ["Họ và tên", "Tên đăng nhập", "Mã đơn vị", "Chức vụ", "Điện thoại", "Vai trò"]


def test_units_import_creates_children_listed_before_their_parent():
    file = xlsx(
        UNIT_HEADER,
        ["thpt-moi", "Trường THPT Mới", "Trường", "so-moi", "01/09/2025", "", 40],
        ["so-moi", "Sở Mới", "department", "", "", "", 10],
    )

    counts = units_import(actor=None, file=file)

    school = Unit.objects.get(code="thpt-moi")
    assert counts == {"created": 2, "updated": 0}
    assert (school.parent.code, school.kind, school.valid_from, school.head_count) == (
        "so-moi", Unit.Kind.SCHOOL, datetime.date(2025, 9, 1), 40)


def test_units_import_updates_existing_code_and_logs_each_unit():
    UnitFactory(code="thpt-cu", name="Tên cũ")
    admin = staff_user(role=Role.ADMINISTRATOR)
    admin.is_superuser = True
    admin.save()

    units_import(actor=admin, file=xlsx(UNIT_HEADER, ["thpt-cu", "Tên mới", "school", "", "", "31/12/2025", 5]))

    unit = Unit.objects.get(code="thpt-cu")
    assert (unit.name, unit.valid_to) == ("Tên mới", datetime.date(2025, 12, 31))
    assert ModelLogEntry.objects.filter(action="lantoa.org.unit_import", object_id=str(unit.pk), user=admin).count() == 1


def test_units_import_headers_match_without_diacritics_or_case():
    file = xlsx(["MA DON VI", "ten don vi", "LOAI"], ["tt-moi", "Trung tâm Mới", "centre"])

    units_import(actor=None, file=file)

    assert Unit.objects.get(code="tt-moi").kind == Unit.Kind.CENTRE


def test_units_import_bad_file_lists_every_row_error_and_imports_nothing():
    UnitFactory(code="da-co")
    file = xlsx(
        UNIT_HEADER,
        ["hop-le", "Đơn vị hợp lệ", "school", "da-co", "", "", 1],
        ["con", "Đơn vị con", "school", "khong-ton-tai", "", "", 1],
        ["trung", "Trùng 1", "school", "", "", "", 1],
        ["trung", "Trùng 2", "school", "", "", "", 1],
        ["ngay-sai", "Ngày sai", "school", "", "2025-13-45", "", 1],
        ["loai-sai", "Loại sai", "hành tinh", "", "", "", 1],
        ["nguoc", "Ngày ngược", "school", "", "01/07/2025", "30/06/2025", 1],
    )

    with pytest.raises(ImportRejected) as caught:
        units_import(actor=None, file=file)

    assert [str(e) for e in caught.value.errors] == [
        "Row 5, column “Mã đơn vị”: duplicate code “trung” (also on row 4).",
        "Row 6, column “Hiệu lực từ”: “2025-13-45” is not a date in the form dd/mm/yyyy.",
        "Row 7, column “Loại”: unknown kind “hành tinh”.",
        "Row 8, column “Hiệu lực đến”: the end date is before the start date.",
        "Row 3, column “Mã đơn vị cấp trên”: unknown parent code “khong-ton-tai”.",
    ]
    assert not Unit.objects.filter(code__in=["hop-le", "con", "trung", "ngay-sai"]).exists()


def test_units_import_missing_required_column_is_rejected():
    with pytest.raises(ImportRejected) as caught:
        units_import(actor=None, file=xlsx(["Mã đơn vị", "Tên đơn vị"], ["x", "X"]))

    assert [str(e) for e in caught.value.errors] == ["Missing column “Loại” in the first row."]


def test_units_import_not_an_excel_file_is_rejected():
    import io

    with pytest.raises(ImportRejected):
        units_import(actor=None, file=io.BytesIO(b"not a workbook"))


def test_units_import_by_non_administrator_is_forbidden():
    contributor = staff_user(role=Role.CONTRIBUTOR)

    with pytest.raises(Forbidden):
        units_import(actor=contributor, file=xlsx(UNIT_HEADER, ["x-moi", "X", "school", "", "", "", 1]))

    assert not Unit.objects.filter(code="x-moi").exists()


def test_staff_import_creates_users_with_profile_role_and_normalised_phone():
    unit = UnitFactory(code="thpt-a")

    counts = staff_import(actor=None, file=xlsx(
        STAFF_HEADER,
        ["Nguyễn Văn An", "nguyenvanan", "thpt-a", "Giáo viên", "0905 123 456", "Thí sinh"],
        ["Trần Thị Bình", "", "thpt-a", "Chuyên viên", "0905123457", "Biên tập viên đơn vị"],
    ))

    an = StaffProfile.objects.get(user__username="nguyenvanan")
    binh = StaffProfile.objects.get(user__username="0905123457")
    assert counts == {"created": 2, "updated": 0}
    assert (an.unit, an.phone, an.user.first_name, an.user.last_name, an.user.is_staff) == (
        unit, "+84905123456", "An", "Nguyễn Văn", False)
    assert list(an.user.groups.values_list("name", flat=True)) == [str(Role.CONTESTANT)]
    assert (binh.user.is_staff, binh.user.has_usable_password()) == (True, False)


def test_staff_import_bad_rows_name_row_and_column_and_import_nothing():
    UnitFactory(code="thpt-a")
    StaffProfileFactory(phone="+84905000001")
    file = xlsx(
        STAFF_HEADER,
        ["Người Một", "mot", "thpt-a", "", "0905 111 222", ""],
        ["Người Hai", "hai", "thpt-a", "", "+84905111222", ""],
        ["Người Ba", "ba", "khong-co", "", "", ""],
        ["Người Bốn", "bon", "thpt-a", "", "12345", ""],
        ["Người Năm", "nam", "thpt-a", "", "0905000001", ""],
        ["Người Sáu", "sau", "thpt-a", "", "", "Vua"],
    )

    with pytest.raises(ImportRejected) as caught:
        staff_import(actor=None, file=file)

    assert [str(e) for e in caught.value.errors] == [
        "Row 3, column “Điện thoại”: duplicate value “+84905111222” (also on row 2).",
        "Row 4, column “Mã đơn vị”: unknown unit code “khong-co”.",
        "Row 5, column “Điện thoại”: “12345” is not a Vietnamese phone number.",
        "Row 7, column “Vai trò”: unknown role “Vua”.",
        "Row 6, column “Điện thoại”: “+84905000001” already belongs to another person.",
    ]
    assert not get_user_model().objects.filter(username__in=["mot", "hai", "ba"]).exists()


def test_staff_import_unit_that_has_closed_is_rejected():
    UnitFactory(code="pgd-cu", kind=Unit.Kind.DISTRICT_OFFICE, valid_to=datetime.date(2025, 6, 30))

    with pytest.raises(ImportRejected) as caught:
        staff_import(actor=None, file=xlsx(STAFF_HEADER, ["Người Một", "mot", "pgd-cu", "", "", ""]))

    assert [str(e) for e in caught.value.errors] == [
        "Row 2, column “Mã đơn vị”: the unit “pgd-cu” is no longer active."
    ]


def test_staff_import_by_contributor_is_forbidden():
    UnitFactory(code="thpt-a")
    contributor = staff_user(role=Role.CONTRIBUTOR)

    with pytest.raises(Forbidden):
        staff_import(actor=contributor, file=xlsx(STAFF_HEADER, ["Người Một", "mot", "thpt-a", "", "", ""]))

    assert not get_user_model().objects.filter(username="mot").exists()


def test_import_units_command_imports_a_good_file(tmp_path, capsys):
    path = tmp_path / "units.xlsx"
    path.write_bytes(xlsx(UNIT_HEADER, ["tt-lenh", "Trung tâm Lệnh", "centre", "", "", "", 3]).getvalue())

    call_command("import_units", str(path))

    assert Unit.objects.filter(code="tt-lenh").exists()
    assert "1 created" in capsys.readouterr().out


def test_import_staff_command_bad_file_fails_with_row_errors(tmp_path, capsys):
    path = tmp_path / "staff.xlsx"
    path.write_bytes(xlsx(STAFF_HEADER, ["Người Một", "mot", "khong-co", "", "", ""]).getvalue())

    with pytest.raises(CommandError):
        call_command("import_staff", str(path))

    assert "Row 2, column “Mã đơn vị”: unknown unit code “khong-co”." in capsys.readouterr().err
    assert not get_user_model().objects.filter(username="mot").exists()


@pytest.mark.parametrize("raw, expected", [
    ("0905 123 456", "+84905123456"), ("84905123456", "+84905123456"), ("+84 905-123-456", "+84905123456"),
    ("", None), ("02553822793", "+842553822793"),
])
def test_phone_normalise_forms(raw, expected):
    assert phone_normalise(raw) == expected
