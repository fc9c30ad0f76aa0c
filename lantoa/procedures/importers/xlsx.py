"""The procedure catalogue as an Excel workbook (first sheet, one header row, one procedure a row).

Headers are matched ignoring case and diacritics. Multi-valued cells hold one item a line:
steps as text; channels as "Kênh | Thời hạn | Phí, lệ phí"; dossier as "Tên giấy tờ | Số lượng";
legal bases as document numbers (which must be in the registry). Export writes the same layout,
so an exported file imports back unchanged.
"""

import datetime
import io
from dataclasses import dataclass, field

from django.utils.translation import gettext as _
from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Font

from lantoa.core.text import fold

COLUMNS = [
    ("code", "Mã thủ tục", True),
    ("name", "Tên thủ tục", True),
    ("field", "Lĩnh vực", True),
    ("level", "Mức độ", True),
    ("division", "Đơn vị phụ trách", True),
    ("summary", "Đối tượng thực hiện", False),
    ("steps", "Trình tự thực hiện", True),
    ("channels", "Cách thức thực hiện", True),
    ("dossier", "Thành phần hồ sơ", True),
    ("result", "Kết quả", False),
    ("requirements", "Yêu cầu, điều kiện", False),
    ("legal_bases", "Căn cứ pháp lý", True),
    ("valid_from", "Hiệu lực từ", False),
    ("valid_to", "Hiệu lực đến", False),
    ("portal_url", "Liên kết Cổng DVC", False),
]
LEVELS = {"toan trinh": "toan-trinh", "toan-trinh": "toan-trinh", "mot phan": "mot-phan", "mot-phan": "mot-phan"}
LEVEL_LABELS = {"toan-trinh": "Toàn trình", "mot-phan": "Một phần"}
CHANNELS = {"truc tuyen": "online", "online": "online", "truc tiep": "direct", "direct": "direct",
            "buu chinh": "post", "post": "post", "qua buu chinh": "post", "dich vu buu chinh": "post"}
CHANNEL_LABELS = {"online": "Trực tuyến", "direct": "Trực tiếp", "post": "Bưu chính"}
MAX_ROWS = 2000


@dataclass
class ProcedureRow:
    row: int
    code: str
    name: str
    field: str
    level: str
    division: str  # unit code
    summary: str = ""
    steps: list[str] = field(default_factory=list)
    channels: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, time limit, fee)
    dossier: list[tuple[str, str]] = field(default_factory=list)  # (name, copies)
    result: str = ""
    requirements: str = ""
    legal_bases: list[str] = field(default_factory=list)
    valid_from: datetime.date | None = None
    valid_to: datetime.date | None = None
    portal_url: str = ""


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _lines(value) -> list[str]:
    return [line.strip(" -•\t") for line in _text(value).replace("\r", "").split("\n") if line.strip(" -•\t")]


def _date(value, errors, where) -> datetime.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = _text(value)
    for fmt in ("%d/%m/%Y", "%Y-%m-%d", "%d-%m-%Y"):
        try:
            return datetime.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    errors.append(_("%(where)s: “%(value)s” is not a date (dd/mm/yyyy).") % {"where": where, "value": text})
    return None


def parse(file) -> tuple[list[ProcedureRow], list[str]]:
    """Rows and the errors found in the file itself (references are checked by the service)."""
    try:
        workbook = load_workbook(file, read_only=True, data_only=True)
    except Exception:  # openpyxl raises many kinds for a file that is not a workbook
        return [], [_("The file is not an Excel workbook (.xlsx).")]
    sheet = workbook.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = next(rows, None)
    if not header:
        return [], [_("The first sheet is empty.")]
    wanted = {fold(label): key for key, label, _required in COLUMNS}
    index = {}
    for position, cell in enumerate(header):
        key = wanted.get(fold(_text(cell)))
        if key:
            index[key] = position
    missing = [label for key, label, required in COLUMNS if required and key not in index]
    if missing:
        return [], [_("Row 1: missing columns: %(columns)s.") % {"columns": ", ".join(missing)}]
    parsed, errors, seen = [], [], {}
    for number, values in enumerate(rows, start=2):
        if number > MAX_ROWS + 1:
            errors.append(_("The file has more than %(max)s rows.") % {"max": MAX_ROWS})
            break
        cell = {key: (values[pos] if pos < len(values) else None) for key, pos in index.items()}
        if all(_text(v) == "" for v in cell.values()):
            continue
        where = _("Row %(row)s") % {"row": number}
        row_errors = []
        for key, label, required in COLUMNS:
            if required and key in ("code", "name", "field", "level", "division") and not _text(cell.get(key)):
                row_errors.append(_("%(where)s: “%(column)s” is empty.") % {"where": where, "column": label})
        level = LEVELS.get(fold(_text(cell.get("level"))))
        if _text(cell.get("level")) and not level:
            row_errors.append(_("%(where)s: level must be “Toàn trình” or “Một phần”, not “%(value)s”.")
                              % {"where": where, "value": _text(cell.get("level"))})
        channels, bad_channel = [], False
        for line in _lines(cell.get("channels")):
            parts = [p.strip() for p in line.split("|")]
            kind = CHANNELS.get(fold(parts[0]))
            if not kind or len(parts) < 2 or not parts[1]:
                row_errors.append(_("%(where)s: channel “%(line)s” must read “Trực tuyến | time limit | fee”.")
                                  % {"where": where, "line": line})
                bad_channel = True
                continue
            channels.append((kind, parts[1][:200], (parts[2] if len(parts) > 2 and parts[2] else "Không")[:200]))
        dossier = []
        for line in _lines(cell.get("dossier")):
            parts = [p.strip() for p in line.split("|")]
            dossier.append((parts[0][:400], (parts[1] if len(parts) > 1 and parts[1] else "Bản chính: 1")[:80]))
        steps = _lines(cell.get("steps"))
        for key, items in (("steps", steps), ("channels", channels), ("dossier", dossier)):
            if not items and not (key == "channels" and bad_channel):
                label = next(lbl for k, lbl, _r in COLUMNS if k == key)
                row_errors.append(_("%(where)s: “%(column)s” is empty.") % {"where": where, "column": label})
        bases = [b.strip() for line in _lines(cell.get("legal_bases")) for b in line.split(";") if b.strip()]
        if not bases:
            row_errors.append(_("%(where)s: “%(column)s” is empty.") % {"where": where, "column": "Căn cứ pháp lý"})
        valid_from = _date(cell.get("valid_from"), row_errors, where)
        valid_to = _date(cell.get("valid_to"), row_errors, where)
        if valid_from and valid_to and valid_to < valid_from:
            row_errors.append(_("%(where)s: “Hiệu lực đến” is before “Hiệu lực từ”.") % {"where": where})
        code = _text(cell.get("code"))[:40]
        if code and code in seen:
            row_errors.append(_("%(where)s: code %(code)s is already on row %(other)s.")
                              % {"where": where, "code": code, "other": seen[code]})
        seen.setdefault(code, number)
        errors.extend(row_errors)
        if not row_errors:
            parsed.append(ProcedureRow(
                row=number, code=code, name=_text(cell.get("name"))[:400], field=_text(cell.get("field"))[:120],
                level=level, division=_text(cell.get("division")), summary=_text(cell.get("summary")),
                steps=steps, channels=channels, dossier=dossier, result=_text(cell.get("result")),
                requirements=_text(cell.get("requirements")), legal_bases=bases, valid_from=valid_from,
                valid_to=valid_to, portal_url=_text(cell.get("portal_url"))[:200],
            ))
    if not parsed and not errors:
        errors.append(_("The file has no procedures."))
    return parsed, errors


def export(procedures) -> bytes:
    """The workbook for `procedures` (with steps, channels, dossier and legal bases prefetched)."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Thủ tục"
    sheet.append([label for _key, label, _required in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for procedure in procedures:
        sheet.append([
            procedure.code, procedure.name, procedure.field, LEVEL_LABELS.get(procedure.level, procedure.level),
            procedure.division.code, procedure.summary,
            "\n".join(step.text for step in procedure.steps.all()),
            "\n".join(f"{CHANNEL_LABELS[c.kind]} | {c.time_limit} | {c.fee}" for c in procedure.channels.all()),
            "\n".join(f"{d.name} | {d.copies}" for d in procedure.dossier.all()),
            procedure.result, procedure.requirements,
            "\n".join(d.number for d in procedure.legal_bases.all() if d.number),
            procedure.valid_from.strftime("%d/%m/%Y") if procedure.valid_from else "",
            procedure.valid_to.strftime("%d/%m/%Y") if procedure.valid_to else "",
            procedure.portal_url,
        ])
    for column, width in zip("ABCDEFGHIJKLMNO", (14, 50, 22, 12, 16, 30, 60, 40, 50, 30, 30, 24, 12, 12, 30), strict=True):
        sheet.column_dimensions[column].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
