"""The Quảng Ngãi education sector as units: the Department, its divisions, the former district
education offices (until 30/6/2025), affiliated schools and centres, and the external bodies the
plan works with. Codes are stable keys; seeding twice changes nothing."""

import datetime

from .models import Unit

D = datetime.date
DISTRICT_OFFICES_END = D(2025, 6, 30)

DEPARTMENT = {
    "code": "so-gddt",
    "name": "Sở Giáo dục và Đào tạo Quảng Ngãi",
    "short_name": "Sở GDĐT",
    "name_en": "Quang Ngai Department of Education and Training",
    "kind": Unit.Kind.DEPARTMENT,
    "head_count": 0,
    "address": "164 Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi",
    "phone": "0255 3822 793",
    "email": "sgddt@quangngai.gov.vn",
    "head_title": "Giám đốc",
    "functions": (
        "Tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về giáo dục và đào tạo trên địa bàn tỉnh; "
        "thực hiện các nhiệm vụ, quyền hạn theo phân cấp, ủy quyền."
    ),
    "functions_en": (
        "Advises and assists the Provincial People's Committee in the state management of education and "
        "training in the province, and carries out the duties delegated to it."
    ),
}

# (code, name, short name, English name, head-count, functions)
DIVISIONS = [
    ("van-phong", "Văn phòng Sở", "Văn phòng", "Department Office", 16,
     "Tổng hợp, hành chính, văn thư, lưu trữ; quản trị Cổng thông tin điện tử ngành; xuất bản tin bài.",
     "General affairs, records and archives; runs the sector portal and publishes its content."),
    ("thanh-tra", "Thanh tra Sở", "Thanh tra", "Inspectorate", 7,
     "Thanh tra hành chính, thanh tra chuyên ngành; giải quyết khiếu nại, tố cáo.",
     "Administrative and specialised inspection; handles complaints and denunciations."),
    ("tccb", "Phòng Tổ chức cán bộ", "Phòng TCCB", "Personnel Division", 8,
     "Tổ chức bộ máy, biên chế, cán bộ, công chức, viên chức; thi đua, khen thưởng.",
     "Organisation, staffing, civil servants and public employees; emulation and commendation."),
    ("kh-tc", "Phòng Kế hoạch – Tài chính", "Phòng KH-TC", "Planning and Finance Division", 9,
     "Kế hoạch, tài chính, đầu tư, cơ sở vật chất; hướng dẫn lập dự toán, quyết toán kinh phí.",
     "Planning, finance, investment and facilities; guides budget estimates and settlements."),
    ("gdmn-th", "Phòng Giáo dục Mầm non – Tiểu học", "Phòng GDMN-TH", "Preschool and Primary Education Division", 7,
     "Quản lý chuyên môn giáo dục mầm non và giáo dục tiểu học.",
     "Professional management of preschool and primary education."),
    ("gdtrh", "Phòng Giáo dục Trung học", "Phòng GDTrH", "Secondary Education Division", 9,
     "Quản lý chuyên môn giáo dục trung học cơ sở và trung học phổ thông; ứng dụng công nghệ thông tin trong dạy học.",
     "Professional management of lower and upper secondary education; IT in teaching."),
    ("cttt-gdcntx", "Phòng Chính trị tư tưởng và Giáo dục chuyên nghiệp – Thường xuyên", "Phòng CTTT-GDCNTX",
     "Political Education, Vocational and Continuing Education Division", 8,
     "Công tác chính trị tư tưởng, học sinh sinh viên; giáo dục chuyên nghiệp, thường xuyên; truyền thông ngành.",
     "Political education and student affairs; vocational and continuing education; sector communication."),
    ("qlcl", "Phòng Quản lý chất lượng", "Phòng QLCL", "Quality Management Division", 8,
     "Khảo thí, kiểm định chất lượng giáo dục; quản lý văn bằng, chứng chỉ.",
     "Examinations and accreditation; diplomas and certificates."),
]

# The thirteen district-level education offices, closed when district administrations ended.
DISTRICT_OFFICES = [
    ("pgd-tp-quang-ngai", "Phòng GDĐT thành phố Quảng Ngãi", 1450),
    ("pgd-duc-pho", "Phòng GDĐT thị xã Đức Phổ", 1120),
    ("pgd-binh-son", "Phòng GDĐT huyện Bình Sơn", 1380),
    ("pgd-son-tinh", "Phòng GDĐT huyện Sơn Tịnh", 760),
    ("pgd-tu-nghia", "Phòng GDĐT huyện Tư Nghĩa", 1010),
    ("pgd-nghia-hanh", "Phòng GDĐT huyện Nghĩa Hành", 690),
    ("pgd-mo-duc", "Phòng GDĐT huyện Mộ Đức", 930),
    ("pgd-ba-to", "Phòng GDĐT huyện Ba Tơ", 640),
    ("pgd-minh-long", "Phòng GDĐT huyện Minh Long", 260),
    ("pgd-son-ha", "Phòng GDĐT huyện Sơn Hà", 820),
    ("pgd-son-tay", "Phòng GDĐT huyện Sơn Tây", 380),
    ("pgd-tra-bong", "Phòng GDĐT huyện Trà Bồng", 720),
    ("pgd-ly-son", "Phòng GDĐT huyện Lý Sơn", 240),
]

# Affiliated upper-secondary schools and centres (code, name, kind, head-count).
AFFILIATED = [
    ("thpt-chuyen-le-khiet", "Trường THPT chuyên Lê Khiết", Unit.Kind.SCHOOL, 118),
    ("thpt-tran-quoc-tuan", "Trường THPT Trần Quốc Tuấn", Unit.Kind.SCHOOL, 104),
    ("thpt-le-trung-dinh", "Trường THPT Lê Trung Đình", Unit.Kind.SCHOOL, 86),
    ("thpt-son-my", "Trường THPT Sơn Mỹ", Unit.Kind.SCHOOL, 62),
    ("thpt-binh-son", "Trường THPT Bình Sơn", Unit.Kind.SCHOOL, 97),
    ("thpt-van-tuong", "Trường THPT Vạn Tường", Unit.Kind.SCHOOL, 74),
    ("thpt-tran-ky-phong", "Trường THPT Trần Kỳ Phong", Unit.Kind.SCHOOL, 70),
    ("thpt-ba-gia", "Trường THPT Ba Gia", Unit.Kind.SCHOOL, 68),
    ("thpt-so-1-tu-nghia", "Trường THPT số 1 Tư Nghĩa", Unit.Kind.SCHOOL, 92),
    ("thpt-so-1-nghia-hanh", "Trường THPT số 1 Nghĩa Hành", Unit.Kind.SCHOOL, 80),
    ("thpt-nguyen-cong-tru", "Trường THPT Nguyễn Công Trứ", Unit.Kind.SCHOOL, 78),
    ("thpt-pham-van-dong", "Trường THPT Phạm Văn Đồng", Unit.Kind.SCHOOL, 88),
    ("thpt-so-1-duc-pho", "Trường THPT số 1 Đức Phổ", Unit.Kind.SCHOOL, 90),
    ("thpt-ba-to", "Trường THPT Ba Tơ", Unit.Kind.SCHOOL, 58),
    ("thpt-minh-long", "Trường THPT Minh Long", Unit.Kind.SCHOOL, 45),
    ("thpt-son-ha", "Trường THPT Sơn Hà", Unit.Kind.SCHOOL, 66),
    ("thpt-tra-bong", "Trường THPT Trà Bồng", Unit.Kind.SCHOOL, 60),
    ("thpt-ly-son", "Trường THPT Lý Sơn", Unit.Kind.SCHOOL, 52),
    ("ptdtnt-tinh", "Trường Phổ thông Dân tộc nội trú tỉnh", Unit.Kind.SCHOOL, 64),
    ("ttgdtx-tinh", "Trung tâm Giáo dục thường xuyên tỉnh", Unit.Kind.CENTRE, 38),
    ("ttktth-hn", "Trung tâm Kỹ thuật tổng hợp – Hướng nghiệp tỉnh", Unit.Kind.CENTRE, 24),
]

# External bodies (code, name, short name, valid_from, valid_to).
EXTERNAL = [
    ("bao-quang-ngai", "Báo Quảng Ngãi", "Báo Quảng Ngãi", None, None),
    ("dai-pttt-quang-ngai", "Đài Phát thanh – Truyền hình Quảng Ngãi", "Đài PT-TH Quảng Ngãi", None, None),
    ("so-tttt", "Sở Thông tin và Truyền thông Quảng Ngãi", "Sở TT&TT", None, D(2025, 2, 28)),
    ("so-khcn", "Sở Khoa học và Công nghệ Quảng Ngãi", "Sở KH&CN", D(2025, 3, 1), None),
    ("ubnd-tinh", "Ủy ban nhân dân tỉnh Quảng Ngãi", "UBND tỉnh", None, None),
]


def _upsert(code: str, **fields) -> Unit:
    unit = Unit.objects.filter(code=code).first() or Unit(code=code)
    for name, value in fields.items():
        setattr(unit, name, value)
    unit.save()
    return unit


def seed(*, stdout=None) -> None:
    department = _upsert(sort_order=0, **{k: v for k, v in DEPARTMENT.items() if k != "code"}, code=DEPARTMENT["code"])
    for order, (code, name, short, name_en, heads, functions, functions_en) in enumerate(DIVISIONS, start=1):
        _upsert(
            code, name=name, short_name=short, name_en=name_en, kind=Unit.Kind.DIVISION, parent=department,
            head_count=heads, functions=functions, functions_en=functions_en, sort_order=10 + order,
            phone="0255 3822 793", email=f"{code.replace('-', '')}.sgddt@quangngai.gov.vn",
        )
    for order, (code, name, kind, heads) in enumerate(AFFILIATED, start=1):
        _upsert(code, name=name, short_name=name.replace("Trường ", ""), kind=kind, parent=department,
                head_count=heads, sort_order=100 + order)
    for order, (code, name, heads) in enumerate(DISTRICT_OFFICES, start=1):
        _upsert(code, name=name, short_name=name.replace("Phòng GDĐT ", "PGDĐT "), kind=Unit.Kind.DISTRICT_OFFICE,
                parent=None, head_count=heads, valid_to=DISTRICT_OFFICES_END, sort_order=200 + order)
    for order, (code, name, short, valid_from, valid_to) in enumerate(EXTERNAL, start=1):
        _upsert(code, name=name, short_name=short, kind=Unit.Kind.EXTERNAL, parent=None,
                valid_from=valid_from, valid_to=valid_to, sort_order=300 + order)
    department.head_count = sum(heads for *_rest, heads, _f, _fe in DIVISIONS) + 4  # + the Director and deputies
    department.save()
    if stdout:
        stdout.write(f"org: {Unit.objects.count()} units")
