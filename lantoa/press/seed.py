"""Demo data of the press app for `manage.py seed_demo`; idempotent.

The two provincial outlets are the org tree's external bodies; the items are realistic examples
of news the sector supplies (titles written for the demo, not real articles)."""

import datetime

from lantoa.org.models import Unit
from lantoa.plans.models import Activity

from .models import Outlet, PressItem

OUTLETS = [
    ("Báo Quảng Ngãi", "bao-quang-ngai", "https://baoquangngai.vn"),
    ("Đài Phát thanh – Truyền hình Quảng Ngãi", "dai-pttt-quang-ngai", "https://quangngaitv.vn"),
]

TOPICS = [
    "Ngành GDĐT Quảng Ngãi đẩy mạnh chuyển đổi số trong quản lý trường học",
    "Triển khai học bạ số cho học sinh THPT",
    "Sổ điểm điện tử giúp cha mẹ học sinh theo dõi việc học của con",
    "Thanh toán không dùng tiền mặt các khoản thu trong trường học",
    "Dịch vụ công trực tuyến toàn trình của Sở GDĐT: nộp hồ sơ không cần đến trụ sở",
    "Giáo viên vùng cao ứng dụng bài giảng điện tử",
    "Hội nghị chuyên đề chuyển đổi số ngành giáo dục",
    "Cuộc thi tìm hiểu về chuyển đổi số thu hút hàng nghìn cán bộ, giáo viên",
    "Bảo đảm an toàn thông tin khi dạy và học trực tuyến",
    "Mô hình lớp học thông minh tại trường THPT",
    "Số hóa hồ sơ, văn bằng, chứng chỉ của ngành giáo dục",
    "Tuyển sinh đầu cấp trực tuyến: thuận tiện cho phụ huynh",
]
UNITS = ["cttt-gdcntx", "cttt-gdcntx", "van-phong", "thpt-tran-quoc-tuan", "thpt-chuyen-le-khiet", "gdtrh",
         "thpt-binh-son", "cttt-gdcntx"]
MEDIA = [PressItem.Medium.PRINT, PressItem.Medium.ONLINE, PressItem.Medium.TV, PressItem.Medium.RADIO]
# Items per year; every 7th is declined and the latest few of 2026 still await the outlet.
PER_YEAR = {2022: 8, 2023: 11, 2024: 14, 2025: 12, 2026: 9}


def seed(*, stdout=None) -> None:
    outlets = []
    for name, code, website in OUTLETS:
        outlet, _ = Outlet.objects.update_or_create(
            name=name, defaults={"unit": Unit.objects.filter(code=code).first(), "website": website}
        )
        outlets.append(outlet)
    units = {u.code: u for u in Unit.objects.filter(code__in=set(UNITS))}
    press_activity = Activity.objects.filter(form=Activity.Form.PRESS).order_by("plan__start_year").first()
    n = 0
    for year, count in PER_YEAR.items():
        for i in range(count):
            n += 1
            code = UNITS[n % len(UNITS)]
            if code not in units:
                continue
            outlet = outlets[n % len(outlets)]
            medium = MEDIA[n % 2] if outlet is outlets[0] else MEDIA[2 + n % 2]
            supplied = datetime.date(year, 1 + (i * 11 // count), 5 + (n * 3) % 20)
            status, published, reason = PressItem.Status.PUBLISHED, supplied + datetime.timedelta(days=4 + n % 9), ""
            if n % 7 == 0:
                status, published, reason = PressItem.Status.DECLINED, None, "Trùng nội dung đã đăng."
            elif year == 2026 and i >= count - 3:
                status, published = PressItem.Status.SUPPLIED, None
            title = f"{TOPICS[n % len(TOPICS)]} ({supplied.strftime('%m/%Y')})"
            PressItem.objects.update_or_create(
                title=title, unit=units[code],
                defaults={
                    "text": f"{TOPICS[n % len(TOPICS)]}. Tin do {units[code].name} cung cấp.",
                    "supplied_on": supplied, "outlet": outlet, "medium": medium, "activity": press_activity,
                    "status": status, "published_on": published, "decline_reason": reason,
                    "link": f"{outlet.website}/tin/{year}/{n}" if published and medium in ("online", "print") else "",
                },
            )
    if stdout:
        stdout.write(f"press: {len(outlets)} outlets, {PressItem.objects.count()} items")
