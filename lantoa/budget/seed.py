"""Demo data of the budget app for `manage.py seed_demo`; idempotent.

Realistic estimates of 2025 (settled) and 2026 (in progress) for a few units: printing leaflets,
royalties for articles, conference costs, contest prizes — whole đồng, quantity × unit price.
"""

import datetime

from django.utils import timezone

from lantoa.org.models import Unit
from lantoa.plans.models import Activity

from .models import Estimate, EstimateLine, Expense, Settlement

# unit code, activity order, year, title, status, lines [(item, unit of measure, qty, price)],
# expenses [(voucher, dd/mm/yyyy, line index, amount)]
ESTIMATES = [
    ("cttt-gdcntx", 1, 2025, "Dự toán nhuận bút tin, bài tuyên truyền CĐS trên Báo, Đài năm 2025", "approved",
     [("Nhuận bút tin, bài cung cấp cho Báo Quảng Ngãi", "bài", 12, 1_200_000),
      ("Phối hợp sản xuất phóng sự truyền hình", "phóng sự", 2, 8_500_000)],
     [("PC-2025-031", "15/04/2025", 0, 6_000_000), ("PC-2025-077", "20/06/2025", 1, 8_500_000),
      ("PC-2025-102", "25/09/2025", 0, 7_200_000)]),
    ("van-phong", 3, 2025, "Dự toán Hội nghị chuyên đề Chuyển đổi số ngành GDĐT năm 2025", "approved",
     [("Thuê hội trường, âm thanh, màn hình LED", "ngày", 1, 12_000_000),
      ("Tài liệu hội nghị", "bộ", 180, 35_000),
      ("Nước uống đại biểu", "người", 180, 20_000)],
     [("PC-2025-118", "10/10/2025", 0, 12_000_000), ("PC-2025-119", "10/10/2025", 1, 6_300_000),
      ("PC-2025-120", "10/10/2025", 2, 3_600_000)]),
    ("cttt-gdcntx", 1, 2026, "Dự toán nhuận bút tin, bài tuyên truyền CĐS trên Báo, Đài năm 2026", "approved",
     [("Nhuận bút tin, bài cung cấp cho Báo Quảng Ngãi", "bài", 14, 1_250_000),
      ("In tờ rơi hướng dẫn DVC trực tuyến", "tờ", 5_000, 1_850)],
     [("PC-2026-022", "18/03/2026", 0, 5_000_000), ("PC-2026-064", "12/06/2026", 1, 9_250_000)]),
    ("thpt-tran-quoc-tuan", 2, 2026, "Dự toán kinh phí tuyên truyền CĐS của trường năm 2026", "submitted",
     [("Nhuận bút bài viết gửi Cổng thông tin ngành", "bài", 8, 500_000),
      ("Pano tuyên truyền CĐS tại trường", "cái", 2, 2_750_000)], []),
]


def _dmy(text: str) -> datetime.date:
    return datetime.datetime.strptime(text, "%d/%m/%Y").date()


def seed(*, stdout=None) -> None:
    units = {u.code: u for u in Unit.objects.filter(code__in={e[0] for e in ESTIMATES} | {"kh-tc"})}
    activities = {a.sort_order: a for a in Activity.objects.filter(plan__start_year=2022)}
    if not activities:
        return
    for code, order, year, title, status, lines, expenses in ESTIMATES:
        if code not in units:
            continue
        estimate, created = Estimate.objects.get_or_create(
            unit=units[code], year=year, title=title,
            defaults={"activity": activities[order], "status": status,
                      "submitted_at": timezone.make_aware(datetime.datetime(year, 2, 15, 9, 0)),
                      "decided_at": timezone.make_aware(datetime.datetime(year, 3, 1, 9, 0))
                      if status == "approved" else None},
        )
        if not created:
            continue
        line_objects = [
            EstimateLine.objects.create(estimate=estimate, sort_order=i, description=d, unit_of_measure=u,
                                        quantity=q, unit_price=p)
            for i, (d, u, q, p) in enumerate(lines)
        ]
        estimate.total = sum(line.amount for line in line_objects)
        estimate.save(update_fields=["total"])
        for voucher, day, index, amount in expenses:
            Expense.objects.create(line=line_objects[index], unit=units[code], voucher_number=voucher,
                                   spent_on=_dmy(day), amount=amount, description=line_objects[index].description)
    for code in ("cttt-gdcntx", "van-phong"):
        unit = units.get(code)
        if unit and not Settlement.objects.filter(unit=unit, year=2025).exists():
            from .queries import unit_year_totals

            approved, spent = unit_year_totals(unit_id=unit.pk, year=2025)
            Settlement.objects.create(unit=unit, year=2025, approved_total=approved, spent_total=spent,
                                      settled_at=timezone.make_aware(datetime.datetime(2026, 1, 20, 9, 0)),
                                      note="Quyết toán kinh phí truyền thông CĐS năm 2025.")
    if stdout:
        stdout.write(f"budget: {Estimate.objects.count()} estimates, {Expense.objects.count()} expenses")
