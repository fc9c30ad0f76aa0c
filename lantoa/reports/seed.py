"""Demo data of this app for `manage.py seed_demo`; idempotent.

A draft annual report on last year (narrative filled in, figures generated on download) and,
once evidence exists, commendation proposals for last year with the best one approved by the
demo leader, so /bieu-duong/ has something to show.
"""

from django.contrib.auth import get_user_model
from django.utils import timezone

from .models import AnnualReport, Commendation
from .services import commendation_decide, commendations_propose

DIFFICULTIES = (
    "Một số đơn vị chưa cung cấp tin, bài thường xuyên cho Cổng thông tin điện tử ngành.\n"
    "Tỷ lệ cán bộ, giáo viên tham gia Cuộc thi ở một số trường vùng núi còn thấp do hạ tầng mạng hạn chế."
)
PROPOSALS = (
    "Đề nghị Sở Khoa học và Công nghệ tiếp tục phối hợp tổ chức Cuộc thi tìm hiểu về chuyển đổi số và "
    "cung cấp tài liệu tuyên truyền dùng chung cho các sở, ngành."
)


def seed(*, stdout=None, today=None) -> None:
    year = (today or timezone.localdate()).year - 1
    report, created = AnnualReport.objects.get_or_create(
        year=year,
        defaults={
            "introduction": f"Thực hiện Kế hoạch truyền thông về Chuyển đổi số ngành GDĐT tỉnh Quảng Ngãi, Sở Giáo dục "
                            f"và Đào tạo báo cáo kết quả thực hiện năm {year} như sau:",
            "results_comment": "Các đơn vị thuộc và trực thuộc Sở đã tích cực triển khai các hình thức tuyên truyền "
                               "theo Kế hoạch; nội dung tuyên truyền bám sát các chủ trương về chuyển đổi số.",
            "difficulties": DIFFICULTIES, "proposals": PROPOSALS, "signer_name": "Đặng Văn Hiếu",
            "extra_recipients": "Lãnh đạo Sở;\nCác phòng thuộc Sở;",
        },
    )
    proposed = 0
    if not Commendation.objects.filter(year=year).exists():
        proposals = commendations_propose(year=year, actor=None)
        proposed = len(proposals)
        leader = get_user_model().objects.filter(username="lanhdao").first()
        if proposals and leader is not None:
            commendation_decide(commendation=proposals[0], actor=leader, approve=True)
    if stdout:
        stdout.write(f"reports: annual report {year} ({'new' if created else 'kept'}), {proposed} commendations proposed")
