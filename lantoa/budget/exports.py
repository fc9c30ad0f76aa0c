"""Budget-vs-actual as an Excel workbook (openpyxl); amounts stay integers of đồng."""

import io

from openpyxl import Workbook
from openpyxl.styles import Font

from .queries import BudgetRow

HEADERS = ["STT", "Đơn vị", "Hoạt động", "Số dự toán", "Dự toán được duyệt (đ)", "Đã chi (đ)", "Còn lại (đ)",
           "Tỷ lệ chi (%)", "Đã quyết toán"]


def budget_vs_actual_xlsx(*, year: int, rows: list[BudgetRow]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = f"Dự toán - thực chi {year}"
    sheet.append([f"SO SÁNH DỰ TOÁN VÀ THỰC CHI KINH PHÍ TRUYỀN THÔNG CHUYỂN ĐỔI SỐ NĂM {year}"])
    sheet["A1"].font = Font(bold=True)
    sheet.append(HEADERS)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    for n, row in enumerate(rows, start=1):
        sheet.append([n, row.unit_name, row.activity_title, row.estimates, row.approved, row.spent, row.remaining,
                      row.percent, "x" if row.settled else ""])
    total_row = len(rows) + 3
    sheet.append(["", "Tổng cộng", "", sum(r.estimates for r in rows), sum(r.approved for r in rows),
                  sum(r.spent for r in rows), sum(r.remaining for r in rows), "", ""])
    for cell in sheet[total_row]:
        cell.font = Font(bold=True)
    for column in "EFG":
        for cell in sheet[column][2:]:
            cell.number_format = "#,##0"
    for column, width in zip("ABCDEFGHI", [6, 40, 50, 10, 22, 18, 18, 12, 12], strict=True):
        sheet.column_dimensions[column].width = width
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
