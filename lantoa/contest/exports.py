"""Excel exports of results and prizes (organisers' back office)."""

import io

from openpyxl import Workbook
from openpyxl.styles import Font

from . import queries
from .views import duration_text


def _book(title: str, headers: list[str], rows: list[list]) -> bytes:
    book = Workbook()
    sheet = book.active
    sheet.title = title[:31]
    sheet.append(headers)
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def results_xlsx(contest_round) -> bytes:
    rows = []
    for r in queries.leaderboard(contest_round).select_related("user__profile"):
        profile = getattr(r.user, "profile", None)
        rows.append([
            r.rank, r.user.get_full_name(), r.unit.name, profile.position if profile else "",
            profile.phone if profile else "", r.user.email, r.attempt.score, r.attempt.total, r.attempt.prediction,
            r.attempt.duration_ms, duration_text(r.attempt.duration_ms),
            r.attempt.submitted_at.astimezone().strftime("%d/%m/%Y %H:%M:%S.%f")[:-3], r.get_prize_display(),
        ])
    return _book("Kết quả", ["Hạng", "Họ và tên", "Đơn vị", "Chức vụ", "Điện thoại", "E-mail", "Điểm", "Số câu",
                             "Dự đoán", "Thời gian (ms)", "Thời gian", "Nộp lúc", "Giải"], rows)


def prizes_xlsx(contest) -> bytes:
    rows = [[r.round.title, r.get_prize_display(), r.rank, r.user.get_full_name(), r.unit.name, r.attempt.score,
             r.attempt.total, duration_text(r.attempt.duration_ms)] for r in queries.prize_list(contest)]
    collective = queries.collective_prizes(contest)
    rows.append([])
    rows += [["Giải tập thể — tỉ lệ tham gia", "", i, "", u["unit"], u["participants"], u["head_count"],
              f"{u['rate'] * 100:.1f}%"] for i, u in enumerate(collective["by_rate"], start=1)]
    rows += [["Giải tập thể — số cá nhân đạt giải", "", i, "", u["unit"], u["winners"], "", ""]
             for i, u in enumerate(collective["by_winners"], start=1)]
    return _book("Giải thưởng", ["Đợt", "Giải", "Hạng", "Họ và tên", "Đơn vị", "Điểm", "Số câu", "Thời gian"], rows)
