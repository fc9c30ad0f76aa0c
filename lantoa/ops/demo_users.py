"""Demo accounts (SPEC §3). They exist only when seed_demo ran; the password comes from
LANTOA_DEMO_PASSWORD (default lantoa-demo)."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.contrib.auth.models import Group

from lantoa.org.models import StaffProfile, Unit
from lantoa.org.roles import Role

# username, full name, role (None: superuser), unit code, position
STAFF = [
    ("admin", "Quản trị hệ thống", Role.ADMINISTRATOR, "van-phong", "Chuyên viên quản trị hệ thống"),
    ("lanhdao", "Nguyễn Ngọc Thái", Role.LEADERSHIP, "so-gddt", "Giám đốc Sở"),
    ("vanphong", "Trần Thị Thu Hà", Role.PUBLISHER, "van-phong", "Chánh Văn phòng"),
    ("cttt", "Lê Văn Minh", Role.REVIEWER, "cttt-gdcntx", "Trưởng phòng CTTT-GDCNTX"),
    ("khtc", "Phạm Thị Lan", Role.FINANCE, "kh-tc", "Trưởng phòng Kế hoạch – Tài chính"),
    ("gdtrh", "Võ Quốc Bảo", Role.CONTRIBUTOR, "gdtrh", "Chuyên viên Phòng GDTrH"),
    ("donvi", "Huỳnh Thị Mỹ Linh", Role.CONTRIBUTOR, "thpt-tran-quoc-tuan", "Giáo viên, biên tập viên đơn vị"),
]

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Minh", "Thu", "Quốc", "Ngọc", "Hữu", "Thanh"]
GIVEN = ["An", "Bình", "Châu", "Dũng", "Giang", "Hạnh", "Khoa", "Linh", "Nam", "Oanh", "Phúc", "Quỳnh", "Sơn",
         "Trâm", "Uyên", "Vy"]
POSITIONS = ["Giáo viên", "Nhân viên", "Tổ trưởng chuyên môn", "Chuyên viên", "Phó Hiệu trưởng"]


def contestant_name(n: int) -> tuple[str, str]:
    return f"{FAMILY[n % len(FAMILY)]} {MIDDLE[n % len(MIDDLE)]}", GIVEN[(n * 7) % len(GIVEN)]


def demo_users_seed(*, contestants: int = 50, stdout=None) -> None:
    User = get_user_model()
    password_hash = make_password(settings.LANTOA_DEMO_PASSWORD)  # hashed once, for every account
    units = {u.code: u for u in Unit.objects.all()}
    groups = {str(role): Group.objects.get_or_create(name=str(role))[0] for role in Role}

    for username, full_name, role, unit_code, position in STAFF:
        last, _, first = full_name.rpartition(" ")
        user, _created = User.objects.update_or_create(
            username=username,
            defaults={
                "first_name": first, "last_name": last, "email": f"{username}@demo.lantoa.local",
                "password": password_hash, "is_active": True, "is_staff": True,
                "is_superuser": username == "admin",
            },
        )
        user.groups.set([groups[str(role)]])
        StaffProfile.objects.update_or_create(user=user, defaults={"unit": units[unit_code], "position": position})

    _contestants_bulk(count=contestants, password_hash=password_hash, group=groups[str(Role.CONTESTANT)])
    if stdout:
        stdout.write(f"users: {len(STAFF)} staff, {contestants} contestants (password from LANTOA_DEMO_PASSWORD)")


def _contestants_bulk(*, count: int, password_hash: str, group: Group) -> None:
    """thisinh1 … thisinhN with profiles and the contestant group: three bulk inserts, so that
    thousands take seconds. Existing accounts are left as they are."""
    User = get_user_model()
    units = list(
        Unit.objects.filter(kind__in=[Unit.Kind.SCHOOL, Unit.Kind.CENTRE, Unit.Kind.DIVISION]).order_by("code")
    )
    existing = set(User.objects.filter(username__startswith="thisinh").values_list("username", flat=True))
    new_users = []
    for n in range(1, count + 1):
        username = f"thisinh{n}"
        if username in existing:
            continue
        last, first = contestant_name(n)
        new_users.append(User(username=username, first_name=first, last_name=last, password=password_hash,
                              email=f"{username}@demo.lantoa.local", is_active=True))
    User.objects.bulk_create(new_users, batch_size=1000)
    created = dict(User.objects.filter(username__in=[u.username for u in new_users]).values_list("username", "id"))
    profiles, memberships = [], []
    for username, user_id in created.items():
        n = int(username.removeprefix("thisinh"))
        profiles.append(StaffProfile(user_id=user_id, unit=units[n % len(units)], position=POSITIONS[n % len(POSITIONS)],
                                     phone=f"+8490{n:07d}"))
        memberships.append(User.groups.through(user_id=user_id, group_id=group.id))
    StaffProfile.objects.bulk_create(profiles, batch_size=1000)
    User.groups.through.objects.bulk_create(memberships, batch_size=1000, ignore_conflicts=True)
