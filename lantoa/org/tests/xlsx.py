"""Build small Excel files in memory for importer tests."""

import io

from openpyxl import Workbook


def xlsx(header: list, *rows: list) -> io.BytesIO:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    buffer.seek(0)
    buffer.name = "test.xlsx"
    return buffer
