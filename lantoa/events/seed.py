"""Demo events for `manage.py seed_demo`: the 2024 conference on digital transformation (held,
with attendance and a report) and an upcoming 2027 workshop with unit quotas. Idempotent."""

import datetime
import secrets
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model

from lantoa.org.models import Unit
from lantoa.plans.models import Activity

from .models import AgendaItem, Event, Quota, Registration, Speaker
from .services import CODE_ALPHABET

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def _at(year, month, day, hour, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=TZ)


CONFERENCE = {
    "slug": "hoi-nghi-chuyen-doi-so-nganh-gddt-2024",
    "title": "Hội nghị triển khai công tác chuyển đổi số ngành Giáo dục và Đào tạo năm 2024",
    "kind": Event.Kind.CONFERENCE,
    "summary": (
        "Đánh giá kết quả chuyển đổi số năm học 2023 – 2024, chia sẻ mô hình điển hình và triển khai nhiệm vụ "
        "chuyển đổi số, chính quyền số trong toàn ngành."
    ),
    "description": (
        "Hội nghị thực hiện hoạt động thứ 3 của Kế hoạch truyền thông về Chuyển đổi số ngành GDĐT giai đoạn "
        "2022 – 2025: tổ chức hội thảo, hội nghị chuyên đề chuyển đổi số, chính quyền số trong ngành GDĐT.\n\n"
        "Thành phần: lãnh đạo Sở, các phòng thuộc Sở, hiệu trưởng các trường THPT, giám đốc các trung tâm và "
        "đại diện Phòng GDĐT các huyện, thị xã, thành phố."
    ),
    "starts_at": _at(2024, 10, 15, 7, 30),
    "ends_at": _at(2024, 10, 15, 11, 30),
    "venue": "Hội trường Sở Giáo dục và Đào tạo, 164 Hùng Vương, TP Quảng Ngãi",
    "online_url": "",
    "capacity": 150,
    "status": Event.Status.PUBLISHED,
    "registration_open": False,
    "report": (
        "Sáng 15/10/2024, Sở GDĐT Quảng Ngãi tổ chức Hội nghị triển khai công tác chuyển đổi số năm 2024 với "
        "sự tham dự của lãnh đạo các phòng thuộc Sở, hiệu trưởng các trường THPT và đại diện các Phòng GDĐT.\n\n"
        "Hội nghị đã đánh giá kết quả triển khai hồ sơ điện tử, học bạ số, thanh toán không dùng tiền mặt và "
        "dịch vụ công trực tuyến toàn trình; 100% trường THPT đã sử dụng sổ điểm điện tử.\n\n"
        "Các đơn vị Trường THPT chuyên Lê Khiết và Trường THPT Trần Quốc Tuấn chia sẻ mô hình lớp học số và "
        "thư viện số. Lãnh đạo Sở giao Phòng CTTT-GDCNTX tổng hợp kiến nghị, xây dựng kế hoạch năm 2025."
    ),
}

CONFERENCE_AGENDA = [
    ("07:30", "08:00", "Đón tiếp đại biểu", ""),
    ("08:00", "08:15", "Khai mạc hội nghị", "Lãnh đạo Sở GDĐT"),
    ("08:15", "09:00", "Báo cáo kết quả chuyển đổi số năm học 2023 – 2024 và nhiệm vụ năm 2024 – 2025",
     "Văn phòng Sở"),
    ("09:00", "09:45", "Tham luận: Xây dựng lớp học số và thư viện số", "Trường THPT chuyên Lê Khiết"),
    ("10:00", "11:00", "Thảo luận: học bạ số, dịch vụ công trực tuyến toàn trình", "Phòng GDTrH; Phòng QLCL"),
    ("11:00", "11:30", "Kết luận hội nghị", "Giám đốc Sở"),
]
CONFERENCE_SPEAKERS = [
    ("Nguyễn Ngọc Thái", "Giám đốc Sở GDĐT Quảng Ngãi", "Phát biểu khai mạc và kết luận"),
    ("Trần Thị Thu Hà", "Chánh Văn phòng Sở", "Kết quả chuyển đổi số năm học 2023 – 2024"),
    ("Võ Quốc Bảo", "Chuyên viên Phòng GDTrH", "Học bạ số và sổ điểm điện tử"),
]

WORKSHOP = {
    "slug": "hoi-thao-tri-tue-nhan-tao-trong-day-hoc-2027",
    "title": "Hội thảo ứng dụng trí tuệ nhân tạo trong dạy học và quản lý giáo dục",
    "kind": Event.Kind.WORKSHOP,
    "summary": (
        "Chia sẻ kinh nghiệm sử dụng trí tuệ nhân tạo an toàn, có trách nhiệm trong soạn bài, kiểm tra đánh giá và "
        "quản trị nhà trường; giới thiệu các quy định về bảo đảm an toàn thông tin."
    ),
    "description": (
        "Hội thảo dành cho cán bộ quản lý, giáo viên các trường THPT và trung tâm trực thuộc Sở. Mỗi đơn vị đăng "
        "ký theo số lượng được phân bổ; đại biểu mang theo máy tính xách tay để thực hành."
    ),
    "starts_at": _at(2027, 3, 18, 8, 0),
    "ends_at": _at(2027, 3, 18, 16, 30),
    "venue": "Trường THPT chuyên Lê Khiết, TP Quảng Ngãi",
    "online_url": "https://meet.quangngai.edu.vn/hoi-thao-ai-2027",
    "capacity": 120,
    "status": Event.Status.PUBLISHED,
    "registration_open": True,
    "report": "",
}
WORKSHOP_AGENDA = [
    ("08:00", "08:30", "Khai mạc; giới thiệu mục tiêu hội thảo", "Lãnh đạo Sở GDĐT"),
    ("08:30", "10:00", "Trí tuệ nhân tạo trong soạn bài và kiểm tra đánh giá", "Phòng GDTrH"),
    ("10:15", "11:30", "An toàn thông tin và dữ liệu cá nhân khi dùng công cụ AI", "Phòng CTTT-GDCNTX"),
    ("13:30", "15:30", "Thực hành theo nhóm", "Các báo cáo viên"),
    ("15:30", "16:30", "Thảo luận và tổng kết", "Văn phòng Sở"),
]
WORKSHOP_SPEAKERS = [
    ("Lê Văn Minh", "Trưởng phòng CTTT-GDCNTX", "An toàn thông tin khi dùng AI"),
    ("Võ Quốc Bảo", "Chuyên viên Phòng GDTrH", "AI trong soạn bài"),
]
WORKSHOP_QUOTAS = [
    ("thpt-chuyen-le-khiet", 6), ("thpt-tran-quoc-tuan", 4), ("thpt-le-trung-dinh", 4), ("thpt-binh-son", 4),
    ("ttgdtx-tinh", 2),
]


def _time(text):
    hour, minute = text.split(":")
    return datetime.time(int(hour), int(minute))


def _event(data, *, organiser, co_organisers, activity, agenda, speakers):
    event = Event.objects.filter(slug=data["slug"]).first() or Event(slug=data["slug"])
    for key, value in data.items():
        setattr(event, key, value)
    event.organiser, event.activity = organiser, activity
    event.save()
    event.co_organisers.set(co_organisers)
    AgendaItem.objects.filter(event=event).delete()
    Speaker.objects.filter(event=event).delete()
    AgendaItem.objects.bulk_create([
        AgendaItem(event=event, sort_order=i, starts_at=_time(a), ends_at=_time(b), title=title, speaker=who)
        for i, (a, b, title, who) in enumerate(agenda)
    ])
    Speaker.objects.bulk_create([
        Speaker(event=event, sort_order=i, name=name, affiliation=aff, topic=topic)
        for i, (name, aff, topic) in enumerate(speakers)
    ])
    return event


def _register(event, users, *, attended_before=None):
    """Registrations straight into the table: seeding is not a request, and the conference's
    registration closed long ago. Existing registrations keep their codes."""
    existing = set(Registration.objects.filter(event=event).values_list("user_id", flat=True))
    for user in users:
        profile = getattr(user, "profile", None)
        if user.pk in existing or profile is None:
            continue
        Registration.objects.create(
            event=event, user=user, unit=profile.unit,
            code="".join(secrets.choice(CODE_ALPHABET) for _i in range(8)),
            registered_at=event.starts_at - datetime.timedelta(days=7),
            attended_at=attended_before if attended_before else None,
        )


def seed(*, stdout=None) -> None:
    units = {u.code: u for u in Unit.objects.filter(code__in=[
        "van-phong", "gdtrh", "cttt-gdcntx", "qlcl", *[code for code, _n in WORKSHOP_QUOTAS]])}
    activity = Activity.objects.filter(form=Activity.Form.CONFERENCE).order_by("-plan__start_year").first()
    conference = _event(
        CONFERENCE, organiser=units["van-phong"], co_organisers=[units["gdtrh"], units["cttt-gdcntx"]],
        activity=activity, agenda=CONFERENCE_AGENDA, speakers=CONFERENCE_SPEAKERS,
    )
    workshop = _event(
        WORKSHOP, organiser=units["gdtrh"], co_organisers=[units["cttt-gdcntx"], units["van-phong"]],
        activity=None, agenda=WORKSHOP_AGENDA, speakers=WORKSHOP_SPEAKERS,
    )
    for code, seats in WORKSHOP_QUOTAS:
        Quota.objects.update_or_create(event=workshop, unit=units[code], defaults={"seats": seats})

    User = get_user_model()
    staff = list(User.objects.filter(username__in=["lanhdao", "vanphong", "cttt", "khtc", "gdtrh", "donvi"])
                 .select_related("profile"))
    contestants = list(User.objects.filter(username__in=[f"thisinh{n}" for n in range(1, 21)])
                       .select_related("profile"))
    _register(conference, staff + contestants, attended_before=conference.starts_at + datetime.timedelta(minutes=10))
    # Upcoming: donvi (whose school has a quota) and a few contestants; capacity and quotas are
    # respected because seeding adds only people whose unit still has seats.
    taken: dict[int, int] = {}
    quotas = {q.unit_id: q.seats for q in workshop.quotas.all()}
    for registration in workshop.registrations.all():
        taken[registration.unit_id] = taken.get(registration.unit_id, 0) + 1
    eligible = []
    for user in [u for u in staff if u.username == "donvi"] + contestants[:10]:
        profile = getattr(user, "profile", None)
        if profile and profile.unit_id in quotas and taken.get(profile.unit_id, 0) < quotas[profile.unit_id]:
            taken[profile.unit_id] = taken.get(profile.unit_id, 0) + 1
            eligible.append(user)
        elif profile and profile.unit_id not in quotas:
            eligible.append(user)
    _register(workshop, eligible)
    if stdout:
        stdout.write(f"events: {Event.objects.count()} events, {Registration.objects.count()} registrations")
