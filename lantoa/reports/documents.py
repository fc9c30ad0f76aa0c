"""The annual report and the next year's draft plan as DOCX (python-docx), laid out as Decree
30/2020/NĐ-CP (Appendix I) lays out administrative documents, and as PDF through LibreOffice.

Layout (SPEC §5): A4; margins top 20, bottom 20, left 30, right 15 mm; Times New Roman 14 pt
(LibreOffice substitutes the metric-compatible Liberation Serif where Times is not installed);
a borderless two-column header table — issuing body left, national title and motto right, each
with a short rule, the number under the issuing body and the italic place/date line under the
motto; title in capitals, bold, with the summary under it; numbered parts; the signature block
beside "Nơi nhận:" (12 pt bold italic, list 11 pt ending "- Lưu: VT, <unit>."); page numbers at
the top centre from page 2 on (the first page has its own, empty, header and footer).
"""

import datetime
import shutil
import subprocess
import tempfile
from pathlib import Path

from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from lantoa.core.errors import ServiceError
from lantoa.plans.models import ActivityTarget, Plan

from . import queries
from .models import AnnualReport, format_number

FONT = "Times New Roman"
BODY_PT = 14
PLACE = "Quảng Ngãi"
ISSUER_PARENT = "UBND TỈNH QUẢNG NGÃI"
ISSUER = "SỞ GIÁO DỤC VÀ ĐÀO TẠO"
NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}
TEXT_WIDTH_MM = 210 - MARGINS_MM["left"] - MARGINS_MM["right"]
HEADER_COLUMNS_MM = (70, TEXT_WIDTH_MM - 70)


# The document is Vietnamese whatever the UI language: its wording of each metric.
METRIC_TEXT = {
    "articles": "Số bài viết đăng trên Cổng thông tin điện tử ngành",
    "press_items": "Số tin, bài đã đăng, phát trên Báo, Đài",
    "events": "Số hội thảo, hội nghị đã tổ chức",
    "participants": "Số lượt tham gia Cuộc thi",
    "guides": "Số tài liệu hướng dẫn DVC trực tuyến đã phát hành",
    "other": "Số nhiệm vụ đã hoàn thành",
}


class PdfUnavailable(ServiceError):
    status_code = 503
    default_message = _(
        "PDF needs LibreOffice, which is not installed on this server "
        "(Debian/Ubuntu: apt-get install libreoffice-writer-nogui). The DOCX file can be downloaded."
    )


def date_line(day: datetime.date, place: str = PLACE) -> str:
    """"Quảng Ngãi, ngày 05 tháng 01 năm 2026": a day below 10 and a month below 3 get a
    leading zero (Decree 30/2020, Appendix I, part II.5)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place}, ngày {day.day:02d} tháng {month} năm {day.year}"


# --- low-level helpers ------------------------------------------------------------------------

def _set_run_font(run, *, size: float | None = None, bold=None, italic=None) -> None:
    run.font.name = FONT
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    if size is not None:
        run.font.size = Pt(size)
    if bold is not None:
        run.font.bold = bold
    if italic is not None:
        run.font.italic = italic


def _para(container, text: str = "", *, size: float = BODY_PT, bold=False, italic=False, align="justify",
          first_line_mm: float | None = None, before: float = 0, after: float = 6, keep_next=False):
    paragraph = container.add_paragraph()
    paragraph.alignment = {
        "left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
        "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY,
    }[align]
    fmt = paragraph.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if first_line_mm is not None:
        fmt.first_line_indent = Mm(first_line_mm)
    fmt.keep_with_next = keep_next
    if text:
        _set_run_font(paragraph.add_run(text), size=size, bold=bold, italic=italic)
    return paragraph


def _rule(container, *, width_mm: float, column_mm: float) -> None:
    """A short horizontal line, centred in a column `column_mm` wide (the top border of an
    empty 1-pt paragraph indented from both sides)."""
    paragraph = container.add_paragraph()
    side = max(0.0, (column_mm - width_mm) / 2)
    fmt = paragraph.paragraph_format
    fmt.left_indent, fmt.right_indent = Mm(side), Mm(side)
    fmt.space_before, fmt.space_after = Pt(2), Pt(0)
    fmt.line_spacing = Pt(1)
    borders = OxmlElement("w:pBdr")
    top = OxmlElement("w:top")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        top.set(qn(key), value)
    borders.append(top)
    paragraph._p.get_or_add_pPr().append(borders)
    _set_run_font(paragraph.add_run(""), size=1)


def _page_number_field(paragraph) -> None:
    """PAGE as a complex field (begin / instrText / separate / result / end)."""
    def char(kind):
        run = paragraph.add_run()
        _set_run_font(run, size=BODY_PT)
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run._r.append(element)

    char("begin")
    run = paragraph.add_run()
    _set_run_font(run, size=BODY_PT)
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = " PAGE "
    run._r.append(instr)
    char("separate")
    _set_run_font(paragraph.add_run("2"), size=BODY_PT)
    char("end")


def _widths(table, widths_mm) -> None:
    """Column widths in the grid (what LibreOffice reads) and on every cell (what Word reads)."""
    for column, width in zip(table.columns, widths_mm, strict=True):
        column.width = Mm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_mm, strict=True):
            cell.width = Mm(width)


def _no_borders(table) -> None:
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        borders.append(element)
    tbl_pr.append(borders)


def _cell_text(cell, text, *, size=13, bold=False, italic=False, align="center"):
    paragraph = cell.paragraphs[0] if not cell.paragraphs[0].text and len(cell.paragraphs) == 1 and not \
        cell.paragraphs[0].runs else cell.add_paragraph()
    paragraph.alignment = {"center": WD_ALIGN_PARAGRAPH.CENTER, "left": WD_ALIGN_PARAGRAPH.LEFT,
                           "right": WD_ALIGN_PARAGRAPH.RIGHT}[align]
    paragraph.paragraph_format.space_before = Pt(0)
    paragraph.paragraph_format.space_after = Pt(0)
    _set_run_font(paragraph.add_run(text), size=size, bold=bold, italic=italic)
    return paragraph


# --- the document frame -----------------------------------------------------------------------

class OfficialDocument:
    """A Decree 30/2020 administrative document of the Department, built part by part."""

    def __init__(self, *, number: str, day: datetime.date, kind: str, summary: str):
        self.doc = Document()
        self._page_setup()
        self._styles()
        self._header(number=number, day=day)
        self._title(kind=kind, summary=summary)

    def _page_setup(self) -> None:
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
        section.left_margin, section.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
        section.header_distance, section.footer_distance = Mm(10), Mm(10)
        # Page numbers from page 2: the first page gets its own (empty) header and footer.
        section.different_first_page_header_footer = True
        section.first_page_header.is_linked_to_previous = False
        section.first_page_footer.is_linked_to_previous = False
        header_paragraph = section.header.paragraphs[0]
        header_paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        _page_number_field(header_paragraph)

    def _styles(self) -> None:
        normal = self.doc.styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(BODY_PT)
        rpr = normal.element.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attr), FONT)
        normal.paragraph_format.space_after = Pt(6)
        normal.paragraph_format.line_spacing = 1.15
        self.doc.core_properties.language = "vi-VN"
        self.doc.core_properties.author = ISSUER.title()

    def _header(self, *, number: str, day: datetime.date) -> None:
        table = self.doc.add_table(rows=1, cols=2)
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        _no_borders(table)
        _widths(table, HEADER_COLUMNS_MM)
        left, right = table.rows[0].cells
        _cell_text(left, ISSUER_PARENT, size=13)
        _cell_text(left, ISSUER, size=13, bold=True)
        _rule(left, width_mm=24, column_mm=HEADER_COLUMNS_MM[0])
        _cell_text(left, f"Số: {number}", size=13).paragraph_format.space_before = Pt(6)
        _cell_text(right, NATIONAL_TITLE, size=12, bold=True)
        _cell_text(right, MOTTO, size=13, bold=True)
        _rule(right, width_mm=58, column_mm=HEADER_COLUMNS_MM[1])
        _cell_text(right, date_line(day), size=14, italic=True).paragraph_format.space_before = Pt(6)
        self.header_table = table

    def _title(self, *, kind: str, summary: str) -> None:
        _para(self.doc, kind.upper(), bold=True, align="center", before=18, after=0, keep_next=True)
        _para(self.doc, summary, bold=True, align="center", after=0, keep_next=True)
        _rule(self.doc, width_mm=40, column_mm=TEXT_WIDTH_MM)

    # parts
    def addressee(self, name: str) -> None:
        _para(self.doc, f"Kính gửi: {name}.", align="center", before=12, after=12)

    def text(self, text: str, *, bold=False, italic=False) -> None:
        for line in [x.strip() for x in (text or "").splitlines() if x.strip()]:
            _para(self.doc, line, bold=bold, italic=italic, first_line_mm=10)

    def heading(self, text: str) -> None:
        _para(self.doc, text, bold=True, first_line_mm=10, before=6, keep_next=True)

    def bullet(self, text: str) -> None:
        _para(self.doc, f"- {text}", first_line_mm=10)

    def grid(self, header: list[str], rows: list[list], widths_mm: list[float]) -> None:
        table = self.doc.add_table(rows=1, cols=len(header))
        table.style = self.doc.styles["Table Grid"]
        table.alignment = WD_TABLE_ALIGNMENT.CENTER
        table.autofit = False
        for cell, text in zip(table.rows[0].cells, header, strict=True):
            _cell_text(cell, text, size=12, bold=True)
        row_properties = table.rows[0]._tr.get_or_add_trPr()
        for tag in ("w:tblHeader", "w:cantSplit"):  # repeat the header row on a new page, never split it
            row_properties.append(OxmlElement(tag))
        for row in rows:
            cells = table.add_row().cells
            for index, (cell, value) in enumerate(zip(cells, row, strict=True)):
                _cell_text(cell, "" if value is None else str(value), size=12, align="left" if index == 1 else "center")
        _widths(table, widths_mm)
        _para(self.doc, "", after=0)

    def closing(self, *, recipients: list[str], archive_unit: str, authority: str, title: str, name: str) -> None:
        _para(self.doc, "", after=0)
        table = self.doc.add_table(rows=1, cols=2)
        table.autofit = False
        _no_borders(table)
        _widths(table, (80, TEXT_WIDTH_MM - 80))
        left, right = table.rows[0].cells
        _cell_text(left, "Nơi nhận:", size=12, bold=True, italic=True, align="left")
        lines = [r.strip().rstrip(";.").lstrip("- ").strip() for r in recipients if r.strip()]
        lines = [x for x in lines if x and not x.lower().startswith("lưu")]
        for line in lines:
            _cell_text(left, f"- {line};", size=11, align="left")
        _cell_text(left, f"- Lưu: VT, {archive_unit}.", size=11, align="left")
        if authority:
            _cell_text(right, authority, size=14, bold=True)
        _cell_text(right, title, size=14, bold=True)
        for _blank in range(4):
            _cell_text(right, "", size=14)
        _cell_text(right, name or " ", size=14, bold=True)
        self.signature_table = table

    def save(self, path: Path) -> Path:
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.doc.save(path)
        return path


# --- the annual report ----------------------------------------------------------------------

def _figure(value) -> str:
    return "chưa có số liệu" if value is None else f"{value:,}".replace(",", ".")


def annual_report_document(report: AnnualReport, *, stats: dict | None = None,
                           today: datetime.date | None = None) -> OfficialDocument:
    """Build the report on `report.year`: figures from `year_stats`, narrative from the record."""
    stats = stats or queries.year_stats(report.year, today=today)
    day = report.issued_on or today or timezone.localdate()
    year = report.year
    summary = report.summary or (
        f"Kết quả thực hiện công tác truyền thông về chuyển đổi số ngành Giáo dục và Đào tạo năm {year}"
    )
    doc = OfficialDocument(number=report.number_display, day=day, kind="Báo cáo", summary=summary)
    recipient = queries.recipient_for(day)
    recipient_name = recipient.name if recipient else (stats["recipient"] or {}).get("name", "")
    if recipient_name:
        doc.addressee(recipient_name)
    doc.text(report.introduction)

    doc.heading("I. KẾT QUẢ THỰC HIỆN")
    activities = stats["activities"]
    if not activities:
        doc.text(f"Năm {year} chưa có kế hoạch truyền thông về chuyển đổi số trên hệ thống.")
    for index, activity in enumerate(activities, start=1):
        doc.heading(f"{index}. {activity['title']}")
        if activity["lead_note"] or activity["lead_units"]:
            doc.bullet(f"Đơn vị chủ trì: {activity['lead_note'] or ', '.join(activity['lead_units'])}")
        for line in activity["metrics"]:
            target = f"; chỉ tiêu: {_figure(line['target'])}" if line["target"] is not None else ""
            label = METRIC_TEXT.get(line["metric"], line["metric_label"])
            doc.bullet(f"{label}: {_figure(line['done'])}{target}.")
        if activity["rate"] is not None:
            doc.bullet(f"Tỷ lệ hoàn thành: {activity['rate']:.1f}%.".replace(".", ",", 1))
        if not activity["in_schedule"]:
            doc.bullet("Hoạt động không nằm trong khung thời gian của năm theo kế hoạch.")

    doc.heading(f"{len(activities) + 1}. Tổng hợp kết quả")
    rows = [[i, a["title"], _figure(a["target"]) if a["target"] is not None else "-", _figure(a["done"]),
             f"{a['rate']:.1f}%".replace(".", ",") if a["rate"] is not None else "-"]
            for i, a in enumerate(activities, start=1)]
    doc.grid(["TT", "Hình thức tuyên truyền", "Chỉ tiêu", "Kết quả", "Tỷ lệ"], rows, [12, 85, 22, 22, 24])
    totals = stats["totals"]
    doc.bullet(f"Bài viết đăng trên Cổng thông tin điện tử ngành: {_figure(totals['articles'])}.")
    doc.bullet(f"Tin, bài cung cấp đã đăng, phát trên Báo, Đài: {_figure(totals['press_items'])}.")
    doc.bullet(f"Hội thảo, hội nghị đã tổ chức: {_figure(totals['events'])}.")
    doc.bullet(f"Lượt cán bộ, công chức, viên chức tham gia Cuộc thi trực tuyến: {_figure(totals['participants'])}.")
    doc.bullet(f"Tài liệu hướng dẫn dịch vụ công trực tuyến đã phát hành: {_figure(totals['guides'])}.")

    active_units = [u for u in stats["units"] if u["score"] > 0]
    if active_units:
        doc.heading(f"{len(activities) + 2}. Kết quả tham gia của các đơn vị")
        best = sorted(active_units, key=lambda u: -u["score"])[:15]
        unit_rows = [[i, u["name"], u["articles"] or 0, u["press_items"] or 0, u["participants"] or 0,
                      f"{u['participation_rate']:.1f}%".replace(".", ",") if u["participation_rate"] is not None
                      else "-"] for i, u in enumerate(best, start=1)]
        doc.grid(["TT", "Đơn vị", "Bài viết", "Tin Báo, Đài", "Thí sinh", "Tỷ lệ tham gia"], unit_rows,
                 [12, 71, 20, 22, 20, 20])
    doc.text(report.results_comment)

    doc.heading("II. KHÓ KHĂN, HẠN CHẾ")
    doc.text(report.difficulties or "Không.")
    part = 3
    if report.next_year_tasks:
        doc.heading(f"III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM {year + 1}")
        doc.text(report.next_year_tasks)
        part = 4
    doc.heading(f"{'III' if part == 3 else 'IV'}. ĐỀ XUẤT, KIẾN NGHỊ")
    doc.text(report.proposals or "Không.")
    doc.text(
        f"Trên đây là báo cáo kết quả thực hiện công tác truyền thông về chuyển đổi số ngành Giáo dục và Đào tạo "
        f"năm {year} của Sở Giáo dục và Đào tạo Quảng Ngãi./."
    )
    recipients = (["Như trên"] if recipient_name else []) + report.extra_recipients.splitlines()
    doc.closing(recipients=recipients, archive_unit=report.archive_unit, authority=report.signer_authority,
                title=report.signer_title, name=report.signer_name)
    return doc


# --- the draft plan for next year -----------------------------------------------------------

def plan_draft_document(year: int, *, today: datetime.date | None = None) -> OfficialDocument:
    """A draft of the communication plan for `year`, from the plan in force (or the latest):
    same parts as the seed plan, activities with that year's targets, or last year's results
    as the basis for setting them."""
    queries.year_check(year, today=today)
    day = today or timezone.localdate()
    plan = queries.plan_for_year(year) or Plan.objects.order_by("-end_year").first()
    doc = OfficialDocument(
        number=format_number(None, "KH-SGDĐT"), day=day, kind="Kế hoạch",
        summary=f"Truyền thông về chuyển đổi số ngành Giáo dục và Đào tạo tỉnh Quảng Ngãi năm {year}",
    )
    if plan is None:
        doc.text("Chưa có kế hoạch giai đoạn trên hệ thống để làm căn cứ.")
        return doc
    bases = [d.label for d in plan.legal_bases.select_related("doc_type").order_by("issued_on")]
    if bases:
        doc.text("Căn cứ " + "; ".join(bases) + ";")
    doc.text(
        f"Sở Giáo dục và Đào tạo ban hành Kế hoạch truyền thông về chuyển đổi số ngành GDĐT tỉnh Quảng Ngãi "
        f"năm {year}, như sau:"
    )
    doc.heading("I. MỤC ĐÍCH, YÊU CẦU")
    doc.heading("1. Mục đích")
    for line in filter(str.strip, plan.purpose.splitlines()):
        doc.bullet(line)
    doc.heading("2. Yêu cầu")
    doc.text(plan.requirements)
    doc.heading("II. NỘI DUNG TUYÊN TRUYỀN")
    for line in filter(str.strip, plan.contents.splitlines()):
        doc.bullet(line)
    doc.heading("III. HÌNH THỨC TUYÊN TRUYỀN")
    last_year = {a["id"]: a for a in queries.year_stats(year - 1, today=today, with_units=False)["activities"]} \
        if year - 1 >= queries.MIN_YEAR else {}
    for index, activity in enumerate(plan.activities.prefetch_related("lead_units").order_by("sort_order"), 1):
        doc.heading(f"{index}. {activity.title}")
        if activity.content:
            doc.bullet(f"Nội dung: {activity.content}")
        doc.bullet(f"Đơn vị chủ trì: {activity.lead_note or ', '.join(u.display_short for u in activity.lead_units.all())}")
        if activity.coordinating_note:
            doc.bullet(f"Đơn vị phối hợp: {activity.coordinating_note}")
        doc.bullet(f"Thời gian thực hiện: năm {year}.")
        targets = ActivityTarget.objects.filter(activity=activity, year=year)
        if targets:
            for target in targets:
                label = METRIC_TEXT.get(target.metric, str(target.get_metric_display()))
                doc.bullet(f"Chỉ tiêu: {label}: {_figure(target.target)}.")
        elif activity.pk in last_year and last_year[activity.pk]["done"] is not None:
            doc.bullet(f"Kết quả năm {year - 1}: {_figure(last_year[activity.pk]['done'])} (làm căn cứ giao chỉ tiêu).")
    doc.heading("IV. TỔ CHỨC THỰC HIỆN")
    for index, duty in enumerate(plan.duties.order_by("sort_order"), 1):
        doc.text(f"{index}. {duty.units_note}: {duty.text}" if duty.units_note else f"{index}. {duty.text}")
    recipients = plan.recipients.splitlines()
    recipient = queries.recipient_for(day)
    if recipient is not None:
        recipients = [f"{recipient.name}"] + [
            r for r in recipients if "Thông tin và Truyền thông" not in r and "Khoa học và Công nghệ" not in r
        ]
    doc.closing(recipients=recipients, archive_unit="VP, CTTT-GDCNTX", authority="",
                title=(plan.signer_title or "Giám đốc").upper(), name=plan.signer)
    return doc


# --- output ---------------------------------------------------------------------------------

def docx_to_pdf(docx_path: Path, pdf_path: Path, *, timeout: int = 180) -> Path:
    """Convert with LibreOffice headless in a throwaway profile (so concurrent conversions do
    not fight over one profile). Raises PdfUnavailable when soffice is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise PdfUnavailable()
    with tempfile.TemporaryDirectory(prefix="lantoa-pdf-") as tmp:
        tmp_path = Path(tmp)
        result = subprocess.run(  # noqa: S603 - fixed program, paths we made
            [soffice, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless", "--norestore",
             "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx_path)],
            capture_output=True, timeout=timeout, check=False,
        )
        produced = tmp_path / (Path(docx_path).stem + ".pdf")
        if result.returncode != 0 or not produced.exists():
            raise ServiceError(
                f"LibreOffice could not convert the document: {result.stderr.decode(errors='replace')[-500:]}",
                code="PdfFailed",
            )
        pdf_path = Path(pdf_path)
        pdf_path.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(produced), pdf_path)
    return pdf_path


def write(document: OfficialDocument, out: Path) -> Path:
    """Write `document` to `out`: .docx as it is, .pdf through LibreOffice."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix == ".docx":
        return document.save(out)
    if suffix == ".pdf":
        with tempfile.TemporaryDirectory(prefix="lantoa-docx-") as tmp:
            docx_path = document.save(Path(tmp) / (out.stem + ".docx"))
            return docx_to_pdf(docx_path, out)
    raise ServiceError(f"Unknown output format “{out.suffix}”: use .docx or .pdf.", code="BadFormat")
