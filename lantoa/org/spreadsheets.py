"""Reading and writing the Excel files of org's imports (openpyxl).

Headers are matched ignoring case and diacritics ("Mã đơn vị" = "ma don vi"), so a template
retyped by hand still imports. Cells come back as Python values; dates may be real Excel dates
or text in dd/mm/yyyy.
"""

import datetime
import io
import re
import zipfile
from dataclasses import dataclass

from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils.exceptions import InvalidFileException

from lantoa.core.errors import ImportRejected
from lantoa.core.text import fold

DMY = re.compile(r"^\s*(\d{1,2})/(\d{1,2})/(\d{4})\s*$")


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # as written in the template (Vietnamese: the files are Vietnamese data)
    required: bool = False
    aliases: tuple[str, ...] = ()

    def matches(self, text: str) -> bool:
        folded = fold(text)
        return folded in {fold(self.header), fold(self.key), *(fold(a) for a in self.aliases)}


@dataclass
class Row:
    number: int  # the row number Excel shows
    values: dict


def template_bytes(columns: list[Column], *, sheet_title: str, example_rows: list[list]) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    sheet.append([c.header for c in columns])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
    for row in example_rows:
        sheet.append(row)
    for index, column in enumerate(columns, start=1):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = max(14, len(column.header) + 4)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def rows_read(file, columns: list[Column]) -> list[Row]:
    """The non-empty data rows of the first sheet, keyed by column key.

    Raises ImportRejected when the file is not an Excel workbook or lacks a required column.
    """
    try:
        workbook = load_workbook(file, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, OSError, KeyError, ValueError, TypeError) as exc:
        raise ImportRejected([_("The file is not an Excel workbook (.xlsx): %(error)s") % {"error": exc}])
    try:
        sheet = workbook.worksheets[0]
        rows = sheet.iter_rows(values_only=True)
        header = next(rows, None)
        if not header:
            raise ImportRejected([_("The first sheet is empty; the first row must name the columns.")])
        positions: dict[str, int] = {}
        for index, text in enumerate(header):
            if text is None:
                continue
            for column in columns:
                if column.key not in positions and column.matches(str(text)):
                    positions[column.key] = index
        missing = [c.header for c in columns if c.required and c.key not in positions]
        if missing:
            raise ImportRejected(
                [_("Missing column “%(column)s” in the first row.") % {"column": header_name} for header_name in missing]
            )
        result = []
        for number, values in enumerate(rows, start=2):
            if values is None or all(v is None or str(v).strip() == "" for v in values):
                continue
            result.append(
                Row(number=number, values={key: values[i] if i < len(values) else None for key, i in positions.items()})
            )
        return result
    finally:
        workbook.close()


def cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def cell_date(value) -> datetime.date | None:
    """An Excel date, or text dd/mm/yyyy; None when empty; ValueError otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    match = DMY.match(str(value))
    if not match:
        raise ValueError(value)
    day, month, year = (int(g) for g in match.groups())
    return datetime.date(year, month, day)
