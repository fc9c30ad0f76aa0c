"""Every change to units, staff and roles: permission check → change → audit log, atomically.

`actor=None` means the command line (`manage.py import_units`), which is trusted: whoever can
run manage.py already owns the database.
"""

import re

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.core.validators import validate_email, validate_slug
from django.db import transaction
from django.utils import timezone, translation
from django.utils.module_loading import import_string
from django.utils.translation import gettext as _
from wagtail.models import Collection, GroupCollectionPermission

from lantoa.core.audit import audit_log
from lantoa.core.errors import Conflict, Forbidden, ImportRejected, ServiceError
from lantoa.core.text import fold

from .models import StaffProfile, Unit
from .roles import STAFF_ROLES, Role
from .spreadsheets import Column, cell_date, cell_text, rows_read, template_bytes


def _declared_permissions() -> dict[str, set[str]]:
    wanted: dict[str, set[str]] = {str(role): set() for role in Role}
    for app_config in apps.get_app_configs():
        if not app_config.name.startswith("lantoa."):
            continue
        try:
            declared = import_string(f"{app_config.name}.roles.PERMISSIONS")
        except ImportError:
            continue
        for role, codenames in declared.items():
            wanted[str(role)].update(codenames)
    return wanted


@transaction.atomic
def roles_sync() -> dict[str, int]:
    """Create the role groups and give each exactly the permissions the apps declare.

    Idempotent; a permission declared but not existing (an app not migrated yet) is skipped.
    Returns the number of permissions per group.
    """
    result = {}
    existing = {
        f"{app_label}.{codename}": pk
        for pk, app_label, codename in Permission.objects.values_list("pk", "content_type__app_label", "codename")
    }
    root = Collection.get_first_root_node()
    for group_name, codenames in _declared_permissions().items():
        group, _created = Group.objects.get_or_create(name=group_name)
        perm_ids = sorted(existing[dotted] for dotted in codenames if dotted in existing)
        group.permissions.set(perm_ids)
        if root is not None:
            _collection_permissions_sync(group=group, root=root, perm_ids={
                existing[dotted] for dotted in codenames
                if dotted in existing and dotted.split(".", 1)[0] in COLLECTION_APPS
            })
        result[group_name] = len(perm_ids)
    return result


# Wagtail checks document and image rights per collection (GroupCollectionPermission), not by
# the group's model permissions; a role's declared wagtaildocs/wagtailimages rights are granted
# on the root collection, which covers every collection. Grants on sub-collections made by hand in
# the back office are left alone.
COLLECTION_APPS = {"wagtaildocs", "wagtailimages"}


def _collection_permissions_sync(*, group, root, perm_ids: set[int]) -> None:
    current = set(
        GroupCollectionPermission.objects.filter(group=group, collection=root).values_list("permission_id", flat=True)
    )
    GroupCollectionPermission.objects.filter(group=group, collection=root, permission_id__in=current - perm_ids).delete()
    GroupCollectionPermission.objects.bulk_create(
        [GroupCollectionPermission(group=group, collection=root, permission_id=pk) for pk in perm_ids - current]
    )


# --- helpers ------------------------------------------------------------------------------------

PHONE_DIGITS = re.compile(r"[\s.\-()]")


def phone_normalise(phone: str | None) -> str | None:
    """"0905 123 456", "84905123456", "+84 905-123-456" → "+84905123456"; "" → None.

    Raises ValueError when it is not a Vietnamese phone number (9–10 digits after +84).
    """
    if phone is None:
        return None
    text = PHONE_DIGITS.sub("", str(phone).strip())
    if not text:
        return None
    if text.startswith("+84"):
        national = text[3:]
    elif text.startswith("84") and len(text) >= 11:
        national = text[2:]
    elif text.startswith("0"):
        national = text[1:]
    else:
        national = text
    if not national.isdigit() or not 9 <= len(national) <= 10:
        raise ValueError(phone)
    return "+84" + national


def _require(actor, *perms: str) -> None:
    if actor is None:  # the command line
        return
    if not actor.is_active or not actor.has_perms(perms):
        raise Forbidden()


def _row_error(row: int, column: str, message: str) -> str:
    return _("Row %(row)s, column “%(column)s”: %(message)s") % {"row": row, "column": column, "message": message}


def _choices_by_folded_label(choices_class, aliases: dict[str, str]) -> dict[str, str]:
    """Map the folded value and labels (Vietnamese and English) of each choice to its value."""
    result = {fold(a): v for a, v in aliases.items()}
    for value, label in choices_class.choices:
        result[fold(value)] = value
        for language in ("vi", "en"):
            with translation.override(language):
                result[fold(str(label))] = value
    return result


# --- units --------------------------------------------------------------------------------------

UNIT_COLUMNS = [
    Column("code", "Mã đơn vị", required=True, aliases=("ma", "code")),
    Column("name", "Tên đơn vị", required=True, aliases=("ten", "name")),
    Column("short_name", "Tên viết tắt", aliases=("short name",)),
    Column("name_en", "Tên tiếng Anh", aliases=("english name",)),
    Column("kind", "Loại", required=True, aliases=("loai don vi", "kind")),
    Column("parent", "Mã đơn vị cấp trên", aliases=("don vi cap tren", "parent", "parent code")),
    Column("valid_from", "Hiệu lực từ", aliases=("tu ngay", "valid from")),
    Column("valid_to", "Hiệu lực đến", aliases=("den ngay", "valid to")),
    Column("head_count", "Biên chế", aliases=("so bien che", "so nguoi", "head count")),
    Column("address", "Địa chỉ", aliases=("address",)),
    Column("phone", "Điện thoại", aliases=("phone", "so dien thoai")),
    Column("email", "Email", aliases=("e-mail", "thu dien tu")),
]
UNIT_KIND_ALIASES = {
    "so": Unit.Kind.DEPARTMENT, "so gddt": Unit.Kind.DEPARTMENT,
    "phong": Unit.Kind.DIVISION, "phong thuoc so": Unit.Kind.DIVISION,
    "truong": Unit.Kind.SCHOOL, "trung tam": Unit.Kind.CENTRE,
    "phong gddt": Unit.Kind.DISTRICT_OFFICE, "phong gddt huyen": Unit.Kind.DISTRICT_OFFICE,
    "ben ngoai": Unit.Kind.EXTERNAL, "co quan ben ngoai": Unit.Kind.EXTERNAL,
}
_HEADER = {c.key: c.header for c in UNIT_COLUMNS}


def units_import_template() -> bytes:
    return template_bytes(
        UNIT_COLUMNS,
        sheet_title="Don vi",
        example_rows=[
            ["thpt-vi-du", "Trường THPT Ví Dụ", "THPT Ví Dụ", "Example High School", "school", "so-gddt",
             "01/09/2025", "", 60, "Quảng Ngãi", "0255 3800 000", "thptvidu@quangngai.edu.vn"],
        ],
    )


def _units_parse(rows) -> list[dict]:
    kinds = _choices_by_folded_label(Unit.Kind, UNIT_KIND_ALIASES)
    errors: list[str] = []
    parsed: list[dict] = []
    first_row_of_code: dict[str, int] = {}
    for row in rows:
        v = row.values
        item = {"row": row.number}
        bad = False

        def err(key, message, number=row.number):
            nonlocal bad
            bad = True
            errors.append(_row_error(number, _HEADER[key], message))

        code = cell_text(v.get("code"))
        if not code:
            err("code", _("a code is required."))
        else:
            try:
                validate_slug(code)
            except ValidationError:
                err("code", _("“%(value)s” is not a valid code (letters, digits, - and _ only).") % {"value": code})
            if code in first_row_of_code:
                err("code", _("duplicate code “%(value)s” (also on row %(other)s).")
                    % {"value": code, "other": first_row_of_code[code]})
            else:
                first_row_of_code[code] = row.number
        item["code"] = code
        item["name"] = cell_text(v.get("name"))
        if not item["name"]:
            err("name", _("a name is required."))
        kind_text = cell_text(v.get("kind"))
        item["kind"] = kinds.get(fold(kind_text))
        if item["kind"] is None:
            err("kind", _("unknown kind “%(value)s”.") % {"value": kind_text})
        item["parent"] = cell_text(v.get("parent"))
        if item["parent"] and item["parent"] == code:
            err("parent", _("a unit cannot be its own parent."))
        for key in ("valid_from", "valid_to"):
            try:
                item[key] = cell_date(v.get(key))
            except ValueError:
                item[key] = None
                err(key, _("“%(value)s” is not a date in the form dd/mm/yyyy.") % {"value": cell_text(v.get(key))})
        if item["valid_from"] and item["valid_to"] and item["valid_to"] < item["valid_from"]:
            err("valid_to", _("the end date is before the start date."))
        head_count = cell_text(v.get("head_count"))
        if head_count:
            if head_count.isdigit():
                item["head_count"] = int(head_count)
            else:
                err("head_count", _("“%(value)s” is not a whole number.") % {"value": head_count})
        email = cell_text(v.get("email"))
        if email:
            try:
                validate_email(email)
            except ValidationError:
                err("email", _("“%(value)s” is not a valid e-mail address.") % {"value": email})
        item["email"] = email
        for key in ("short_name", "name_en", "address", "phone"):
            if key in v:
                item[key] = cell_text(v.get(key))
        if not bad:
            parsed.append(item)

    in_file = set(first_row_of_code)
    parent_codes = {i["parent"] for i in parsed if i["parent"]}
    existing = set(Unit.objects.filter(code__in=parent_codes).values_list("code", flat=True))
    for item in parsed:
        if item["parent"] and item["parent"] not in in_file and item["parent"] not in existing:
            errors.append(_row_error(item["row"], _HEADER["parent"],
                                     _("unknown parent code “%(value)s”.") % {"value": item["parent"]}))
    if errors:
        raise ImportRejected(errors)
    return parsed


def _parents_first(items: list[dict]) -> list[dict]:
    """Order rows so each parent in the file is saved before its children; reject cycles."""
    by_code = {i["code"]: i for i in items}
    ordered, placed, visiting = [], set(), set()

    def visit(item):
        if item["code"] in placed:
            return
        if item["code"] in visiting:
            raise ImportRejected([_row_error(item["row"], _HEADER["parent"],
                                             _("the parent codes form a cycle."))])
        visiting.add(item["code"])
        parent = by_code.get(item["parent"])
        if parent:
            visit(parent)
        visiting.discard(item["code"])
        placed.add(item["code"])
        ordered.append(item)

    for item in items:
        visit(item)
    return ordered


@transaction.atomic
def units_import(*, actor, file) -> dict[str, int]:
    """Create or update units from an Excel file; all rows or none.

    A code already in the database updates that unit; a parent may be a unit in the database or
    another row of the file (in any order). Returns {"created": n, "updated": m}.
    """
    _require(actor, "org.add_unit", "org.change_unit")
    items = _parents_first(_units_parse(rows_read(file, UNIT_COLUMNS)))
    units = {u.code: u for u in Unit.objects.filter(code__in=[i["code"] for i in items] + [i["parent"] for i in items])}
    counts = {"created": 0, "updated": 0}
    for item in items:
        unit = units.get(item["code"])
        created = unit is None
        unit = unit or Unit(code=item["code"])
        for key in ("name", "kind", "valid_from", "valid_to", "short_name", "name_en", "address", "phone", "email",
                    "head_count"):
            if key in item:
                setattr(unit, key, item[key])
        unit.parent = units.get(item["parent"]) if item["parent"] else None
        unit.save()
        units[unit.code] = unit
        counts["created" if created else "updated"] += 1
        audit_log(actor=actor, action="lantoa.org.unit_import", target=unit,
                  data={"row": item["row"], "created": created})
    return counts


# --- staff --------------------------------------------------------------------------------------

STAFF_COLUMNS = [
    Column("full_name", "Họ và tên", required=True, aliases=("ho ten", "full name")),
    Column("username", "Tên đăng nhập", aliases=("username", "tai khoan")),
    Column("unit", "Mã đơn vị", required=True, aliases=("don vi", "unit", "unit code")),
    Column("position", "Chức vụ", aliases=("position", "chuc danh")),
    Column("phone", "Điện thoại", aliases=("phone", "so dien thoai")),
    Column("email", "Email", aliases=("e-mail", "thu dien tu")),
    Column("citizen_id", "Số CCCD", aliases=("cccd", "can cuoc", "citizen id")),
    Column("role", "Vai trò", aliases=("role", "nhom")),
]
_STAFF_HEADER = {c.key: c.header for c in STAFF_COLUMNS}


def staff_import_template() -> bytes:
    return template_bytes(
        STAFF_COLUMNS,
        sheet_title="Can bo",
        example_rows=[
            ["Nguyễn Văn An", "nguyenvanan", "thpt-tran-quoc-tuan", "Giáo viên", "0905 123 456",
             "an.nv@quangngai.edu.vn", "", "Thí sinh"],
        ],
    )


def _staff_parse(rows) -> list[dict]:
    User = get_user_model()
    roles = _choices_by_folded_label(Role, {})
    errors: list[str] = []
    parsed: list[dict] = []
    first_row: dict[tuple[str, str], int] = {}
    today = timezone.localdate()
    unit_codes = {cell_text(r.values.get("unit")) for r in rows}
    units = {u.code: u for u in Unit.objects.filter(code__in=unit_codes)}

    for row in rows:
        v = row.values
        item = {"row": row.number}
        bad = False

        def err(key, message, number=row.number):
            nonlocal bad
            bad = True
            errors.append(_row_error(number, _STAFF_HEADER[key], message))

        def once(key, value, number=row.number):
            other = first_row.get((key, value))
            if other:
                err(key, _("duplicate value “%(value)s” (also on row %(other)s).") % {"value": value, "other": other})
            else:
                first_row[(key, value)] = number

        item["full_name"] = cell_text(v.get("full_name"))
        if not item["full_name"]:
            err("full_name", _("a name is required."))
        code = cell_text(v.get("unit"))
        item["unit"] = units.get(code)
        if item["unit"] is None:
            err("unit", _("unknown unit code “%(value)s”.") % {"value": code})
        elif not item["unit"].is_active_on(today):
            err("unit", _("the unit “%(value)s” is no longer active.") % {"value": code})
        raw_phone = cell_text(v.get("phone"))
        try:
            item["phone"] = phone_normalise(raw_phone)
        except ValueError:
            item["phone"] = None
            err("phone", _("“%(value)s” is not a Vietnamese phone number.") % {"value": raw_phone})
        if item["phone"]:
            once("phone", item["phone"])
        item["username"] = cell_text(v.get("username")) or (item["phone"] or "").replace("+84", "0")
        if not item["username"]:
            err("username", _("a username (or a phone number to derive it from) is required."))
        elif not re.fullmatch(r"[\w.@+-]{1,150}", item["username"]):
            err("username", _("“%(value)s” is not a valid username.") % {"value": item["username"]})
        else:
            once("username", item["username"])
        item["email"] = cell_text(v.get("email"))
        if item["email"]:
            try:
                validate_email(item["email"])
            except ValidationError:
                err("email", _("“%(value)s” is not a valid e-mail address.") % {"value": item["email"]})
        item["citizen_id"] = cell_text(v.get("citizen_id")) or None
        if item["citizen_id"]:
            if not re.fullmatch(r"\d{9}|\d{12}", item["citizen_id"]):
                err("citizen_id", _("“%(value)s” is not a citizen ID (9 or 12 digits).") % {"value": item["citizen_id"]})
            else:
                once("citizen_id", item["citizen_id"])
        role_text = cell_text(v.get("role"))
        item["role"] = roles.get(fold(role_text)) if role_text else None
        if role_text and item["role"] is None:
            err("role", _("unknown role “%(value)s”.") % {"value": role_text})
        item["position"] = cell_text(v.get("position"))
        if not bad:
            parsed.append(item)

    # Phones and citizen IDs already held by someone else.
    usernames = {i["username"] for i in parsed}
    owners = dict(User.objects.filter(username__in=usernames).values_list("username", "id"))
    for key in ("phone", "citizen_id"):
        values = {i[key] for i in parsed if i[key]}
        taken = dict(StaffProfile.objects.filter(**{f"{key}__in": values}).values_list(key, "user_id"))
        for item in parsed:
            holder = taken.get(item[key])
            if holder is not None and holder != owners.get(item["username"]):
                errors.append(_row_error(item["row"], _STAFF_HEADER[key],
                                         _("“%(value)s” already belongs to another person.") % {"value": item[key]}))
    if errors:
        raise ImportRejected(errors)
    return parsed


@transaction.atomic
def staff_import(*, actor, file) -> dict[str, int]:
    """Create or update staff users and their profiles from an Excel file; all rows or none.

    A username already in the database updates that person (name, e-mail, unit, position,
    phone; a role given is added). New accounts have no usable password until an administrator
    sets one or the person resets it. Returns {"created": n, "updated": m}.
    """
    _require(actor, "auth.add_user", "auth.change_user", "org.add_staffprofile", "org.change_staffprofile")
    items = _staff_parse(rows_read(file, STAFF_COLUMNS))
    User = get_user_model()
    users = {u.username: u for u in User.objects.filter(username__in=[i["username"] for i in items])}
    groups = {str(role): Group.objects.get_or_create(name=str(role))[0] for role in {i["role"] for i in items} - {None}}
    counts = {"created": 0, "updated": 0}
    for item in items:
        last, _sep, first = item["full_name"].rpartition(" ")
        user = users.get(item["username"])
        created = user is None
        if created:
            user = User(username=item["username"])
            user.set_unusable_password()
        user.first_name, user.last_name = first, last
        if item["email"]:
            user.email = item["email"]
        if item["role"] in STAFF_ROLES:
            user.is_staff = True
        user.save()
        if item["role"]:
            user.groups.add(groups[str(item["role"])])
        profile = getattr(user, "profile", None) if not created else None
        profile = profile or StaffProfile(user=user)
        profile.unit = item["unit"]
        profile.position = item["position"] or profile.position
        profile.phone = item["phone"] or profile.phone
        profile.citizen_id = item["citizen_id"] or profile.citizen_id
        profile.save()
        counts["created" if created else "updated"] += 1
        audit_log(actor=actor, action="lantoa.org.staff_import", target=profile,
                  data={"row": item["row"], "created": created, "username": user.username})
    return counts


@transaction.atomic
def staff_user_create(
    *, actor, username: str, first_name: str, last_name: str, email: str = "", password: str | None = None,
    role: Role | str | None, unit: Unit, position: str = "", phone: str | None = None, citizen_id: str | None = None,
):
    """Create a staff user, their profile and their role group in one step (the back office's
    "New staff member" form). Staff roles get back-office access (is_staff)."""
    _require(actor, "auth.add_user", "org.add_staffprofile")
    User = get_user_model()
    if User.objects.filter(username=username).exists():
        raise Conflict(_("The username “%(value)s” is already taken.") % {"value": username})
    try:
        phone = phone_normalise(phone)
    except ValueError:
        raise ServiceError(_("“%(value)s” is not a Vietnamese phone number.") % {"value": phone})
    if phone and StaffProfile.objects.filter(phone=phone).exists():
        raise Conflict(_("The phone number %(value)s already belongs to another person.") % {"value": phone})
    if citizen_id and StaffProfile.objects.filter(citizen_id=citizen_id).exists():
        raise Conflict(_("The citizen ID %(value)s already belongs to another person.") % {"value": citizen_id})
    if role is not None and str(role) not in {str(r) for r in Role}:
        raise ServiceError(_("Unknown role."))
    user = User(username=username, first_name=first_name, last_name=last_name, email=email,
                is_staff=role is not None and str(role) in {str(r) for r in STAFF_ROLES})
    if password:
        user.set_password(password)
    else:
        user.set_unusable_password()
    user.save()
    if role is not None:
        user.groups.add(Group.objects.get_or_create(name=str(role))[0])
    profile = StaffProfile.objects.create(user=user, unit=unit, position=position, phone=phone,
                                          citizen_id=citizen_id or None)
    audit_log(actor=actor, action="lantoa.org.staff_user_create", target=profile,
              data={"username": username, "role": str(role) if role else "", "unit": unit.code})
    return user
