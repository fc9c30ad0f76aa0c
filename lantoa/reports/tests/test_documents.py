import datetime
import io
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from lantoa.core.errors import ServiceError
from lantoa.plans.models import ActivityTarget
from lantoa.reports import documents
from lantoa.reports.documents import annual_report_document, date_line, plan_draft_document
from lantoa.reports.models import AnnualReport
from lantoa.reports.services import annual_report_issue

Metric = ActivityTarget.Metric


def _reopen(official) -> Document:
    buffer = io.BytesIO()
    official.doc.save(buffer)
    buffer.seek(0)
    return Document(buffer)


def _texts(cell) -> list[str]:
    return [p.text for p in cell.paragraphs if p.text]


def _run(cell, text):
    return next(r for p in cell.paragraphs for r in p.runs if r.text == text)


@pytest.fixture
def issued_report(plan, fake_evidence):
    fake_evidence(Metric.PRESS_ITEMS, {"cttt-gdcntx": 30, "thpt-ba-to": 6})
    fake_evidence(Metric.PARTICIPANTS, {"thpt-ba-to": 58, "van-phong": 12})
    report = AnnualReport.objects.create(
        year=2025, issued_on=datetime.date(2026, 1, 5), signer_name="Đặng Văn Hiếu",
        introduction="Thực hiện Kế hoạch số 316/KH-SGDĐT, Sở GDĐT báo cáo như sau:",
        difficulties="Một số đơn vị chưa cung cấp tin bài thường xuyên.",
        proposals="Đề nghị tiếp tục hỗ trợ kinh phí.",
        extra_recipients="Lãnh đạo Sở;\nCác phòng thuộc Sở;",
    )
    return annual_report_issue(report=report)


@pytest.mark.django_db
def test_annual_report_page_is_a4_with_decree_30_margins(issued_report):
    section = _reopen(annual_report_document(issued_report)).sections[0]

    def mm(length):  # DOCX stores twips: compare to a tenth of a millimetre
        return round(length.mm, 1)

    assert (mm(section.page_width), mm(section.page_height)) == (210, 297)
    assert [mm(m) for m in (section.top_margin, section.bottom_margin, section.left_margin, section.right_margin)] == [
        20, 20, 30, 15]


@pytest.mark.django_db
def test_annual_report_body_is_times_new_roman_14(issued_report):
    doc = _reopen(annual_report_document(issued_report))
    normal = doc.styles["Normal"]
    fonts = normal.element.rPr.find(qn("w:rFonts"))

    assert (normal.font.name, normal.font.size) == ("Times New Roman", Pt(14))
    assert fonts.get(qn("w:eastAsia")) == "Times New Roman"
    body_runs = [r for p in doc.paragraphs for r in p.runs if r.text.strip()]
    assert {r.font.name for r in body_runs} == {"Times New Roman"}
    assert {r.font.size for r in body_runs} == {Pt(14)}


@pytest.mark.django_db
def test_annual_report_header_has_issuer_national_title_number_and_date(issued_report):
    table = _reopen(annual_report_document(issued_report)).tables[0]
    left, right = table.rows[0].cells

    assert _texts(left) == ["UBND TỈNH QUẢNG NGÃI", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 01/BC-SGDĐT"]
    assert _texts(right) == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                             "Quảng Ngãi, ngày 05 tháng 01 năm 2026"]
    assert (bool(_run(left, "UBND TỈNH QUẢNG NGÃI").bold), _run(left, "SỞ GIÁO DỤC VÀ ĐÀO TẠO").bold) == (False, True)
    assert _run(left, "SỞ GIÁO DỤC VÀ ĐÀO TẠO").font.size == Pt(13)
    assert (_run(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").bold, _run(right, "Độc lập - Tự do - Hạnh phúc").bold) == (
        True, True)
    date_run = _run(right, "Quảng Ngãi, ngày 05 tháng 01 năm 2026")
    assert (date_run.italic, date_run.font.size) == (True, Pt(14))


@pytest.mark.django_db
def test_annual_report_header_draws_short_rules_under_issuer_and_motto(issued_report):
    left, right = _reopen(annual_report_document(issued_report)).tables[0].rows[0].cells

    def ruled(cell):
        return [p for p in cell.paragraphs if p._p.pPr is not None and p._p.pPr.find(qn("w:pBdr")) is not None]

    assert (len(ruled(left)), len(ruled(right))) == (1, 1)
    assert ruled(left)[0].paragraph_format.left_indent > Mm(15)


@pytest.mark.django_db
def test_annual_report_has_no_page_number_on_first_page(issued_report):
    section = _reopen(annual_report_document(issued_report)).sections[0]

    assert section.different_first_page_header_footer is True
    assert "PAGE" not in section.first_page_header._element.xml
    assert "PAGE" not in section.first_page_footer._element.xml
    assert " PAGE " in section.header._element.xml


@pytest.mark.django_db
def test_annual_report_title_parts_and_figures_come_from_data(issued_report):
    doc = _reopen(annual_report_document(issued_report))
    texts = [p.text for p in doc.paragraphs]
    title = next(p for p in doc.paragraphs if p.text == "BÁO CÁO")

    assert title.runs[0].bold is True
    assert texts[texts.index("BÁO CÁO") + 1] == (
        "Kết quả thực hiện công tác truyền thông về chuyển đổi số ngành Giáo dục và Đào tạo năm 2025")
    assert "Kính gửi: Sở Khoa học và Công nghệ Quảng Ngãi." in texts
    assert ["I. KẾT QUẢ THỰC HIỆN", "II. KHÓ KHĂN, HẠN CHẾ", "III. ĐỀ XUẤT, KIẾN NGHỊ"] == [
        t for t in texts if t.split(".")[0] in ("I", "II", "III", "IV")]
    assert "- Số tin, bài đã đăng, phát trên Báo, Đài: 36; chỉ tiêu: 40." in texts
    assert "- Số lượt tham gia Cuộc thi: 70; chỉ tiêu: 2.000." in texts
    assert "Một số đơn vị chưa cung cấp tin bài thường xuyên." in texts


@pytest.mark.django_db
def test_annual_report_signature_and_recipients_block(issued_report):
    left, right = _reopen(annual_report_document(issued_report)).tables[-1].rows[0].cells

    assert _texts(left) == ["Nơi nhận:", "- Như trên;", "- Lãnh đạo Sở;", "- Các phòng thuộc Sở;",
                            "- Lưu: VT, CTTT-GDCNTX."]
    heading = _run(left, "Nơi nhận:")
    assert (heading.bold, heading.italic, heading.font.size) == (True, True, Pt(12))
    assert {r.font.size for p in left.paragraphs[1:] for r in p.runs} == {Pt(11)}
    assert _texts(right) == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Đặng Văn Hiếu"]
    assert all(r.bold for p in right.paragraphs for r in p.runs if r.text.strip())


@pytest.mark.parametrize(("day", "expected"), [
    (datetime.date(2026, 1, 5), "Quảng Ngãi, ngày 05 tháng 01 năm 2026"),
    (datetime.date(2025, 2, 28), "Quảng Ngãi, ngày 28 tháng 02 năm 2025"),
    (datetime.date(2025, 10, 9), "Quảng Ngãi, ngày 09 tháng 10 năm 2025"),
    (datetime.date(2025, 3, 21), "Quảng Ngãi, ngày 21 tháng 3 năm 2025"),
])
def test_date_line_pads_days_below_10_and_months_below_3(day, expected):
    assert date_line(day) == expected


@pytest.mark.django_db
def test_report_numbers_count_per_calendar_year_with_leading_zero(units):
    first = annual_report_issue(report=AnnualReport.objects.create(year=2024, issued_on=datetime.date(2024, 10, 20)))
    second = annual_report_issue(report=AnnualReport.objects.create(year=2025, issued_on=datetime.date(2024, 12, 30)))
    next_year = annual_report_issue(report=AnnualReport.objects.create(year=2023, issued_on=datetime.date(2025, 1, 2)))

    again = annual_report_issue(report=second)

    assert [r.number_display for r in (first, second, next_year, again)] == [
        "01/BC-SGDĐT", "02/BC-SGDĐT", "01/BC-SGDĐT", "02/BC-SGDĐT"]


@pytest.mark.django_db
def test_report_number_reaches_two_digits_without_padding(units):
    reports = [annual_report_issue(report=AnnualReport.objects.create(year=2000 + n, issued_on=datetime.date(2025, 5, 1)))
               for n in range(10)]

    assert (reports[8].number_display, reports[9].number_display) == ("09/BC-SGDĐT", "10/BC-SGDĐT")


@pytest.mark.django_db
def test_recipient_is_so_tttt_before_march_2025_and_so_khcn_after(plan, fake_evidence):
    old = AnnualReport.objects.create(year=2024, issued_on=datetime.date(2024, 10, 25))
    new = AnnualReport.objects.create(year=2025, issued_on=datetime.date(2025, 10, 25))

    old_texts = [p.text for p in _reopen(annual_report_document(old)).paragraphs]
    new_texts = [p.text for p in _reopen(annual_report_document(new)).paragraphs]

    assert "Kính gửi: Sở Thông tin và Truyền thông Quảng Ngãi." in old_texts
    assert "Kính gửi: Sở Khoa học và Công nghệ Quảng Ngãi." in new_texts


@pytest.mark.django_db
def test_annual_report_command_writes_numbered_docx(plan, fake_evidence, tmp_path):
    out = tmp_path / "bao-cao-2025.docx"

    call_command("annual_report", "2025", "--out", str(out))

    doc = Document(out)
    assert _texts(doc.tables[0].rows[0].cells[0])[-1] == "Số: 01/BC-SGDĐT"
    assert AnnualReport.objects.get(year=2025).status == AnnualReport.Status.ISSUED


@pytest.mark.django_db
def test_annual_report_command_draft_keeps_the_number_blank(plan, fake_evidence, tmp_path):
    out = tmp_path / "du-thao.docx"

    call_command("annual_report", "2025", "--out", str(out), "--draft")

    assert _texts(Document(out).tables[0].rows[0].cells[0])[-1] == "Số:       /BC-SGDĐT"
    assert AnnualReport.objects.get(year=2025).number is None


@pytest.mark.django_db
def test_pdf_without_libreoffice_is_a_clear_error(issued_report, monkeypatch, tmp_path):
    monkeypatch.setattr(documents.shutil, "which", lambda name: None)

    with pytest.raises(ServiceError, match="libreoffice-writer-nogui"):
        documents.write(annual_report_document(issued_report), tmp_path / "bao-cao.pdf")

    assert not (tmp_path / "bao-cao.pdf").exists()


@pytest.mark.django_db
def test_pdf_is_converted_by_soffice_headless(issued_report, monkeypatch, tmp_path):
    calls = []

    def fake_run(args, **kwargs):
        calls.append(args)
        outdir = Path(args[args.index("--outdir") + 1])
        (outdir / (Path(args[-1]).stem + ".pdf")).write_bytes(b"%PDF-1.7")
        return subprocess.CompletedProcess(args, 0, b"", b"")

    monkeypatch.setattr(documents.shutil, "which", lambda name: "/usr/bin/soffice")
    monkeypatch.setattr(documents.subprocess, "run", fake_run)

    written = documents.write(annual_report_document(issued_report), tmp_path / "bao-cao.pdf")

    assert written.read_bytes() == b"%PDF-1.7"
    assert ["--headless", "--convert-to", "pdf"] == [a for a in calls[0] if a in ("--headless", "--convert-to", "pdf")]


@pytest.mark.django_db
def test_plan_draft_for_next_year_has_the_same_frame_and_plan_parts(plan, fake_evidence):
    fake_evidence(Metric.PRESS_ITEMS, {"cttt-gdcntx": 30})
    doc = _reopen(plan_draft_document(2026, today=datetime.date(2025, 11, 20)))
    texts = [p.text for p in doc.paragraphs]
    left, right = doc.tables[0].rows[0].cells

    assert _texts(left)[-1] == "Số:       /KH-SGDĐT"
    assert _texts(right)[-1] == "Quảng Ngãi, ngày 20 tháng 11 năm 2025"
    assert texts[texts.index("KẾ HOẠCH") + 1] == (
        "Truyền thông về chuyển đổi số ngành Giáo dục và Đào tạo tỉnh Quảng Ngãi năm 2026")
    assert [t for t in texts if t.startswith(("I.", "II.", "III.", "IV."))] == [
        "I. MỤC ĐÍCH, YÊU CẦU", "II. NỘI DUNG TUYÊN TRUYỀN", "III. HÌNH THỨC TUYÊN TRUYỀN", "IV. TỔ CHỨC THỰC HIỆN"]
    assert "- Kết quả năm 2025: 30 (làm căn cứ giao chỉ tiêu)." in texts
    assert _texts(doc.tables[-1].rows[0].cells[0])[1] == "- Sở Khoa học và Công nghệ Quảng Ngãi;"
