import io

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from openpyxl import Workbook, load_workbook

from lantoa.core.errors import Forbidden, ImportRejected
from lantoa.legal.tests.factories import DocumentFactory, DocumentTypeFactory
from lantoa.procedures.importers.xlsx import COLUMNS
from lantoa.procedures.models import Procedure
from lantoa.procedures.services import procedures_export, procedures_import

HEADER = [label for _key, label, _required in COLUMNS]


def workbook(*rows, header=HEADER) -> io.BytesIO:
    book = Workbook()
    sheet = book.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    buffer.seek(0)
    return buffer


def row(code="TT-01", level="Toàn trình", division="qlcl", bases="21/2019/TT-BGDĐT", channels=None):
    return [code, "Cấp bản sao văn bằng", "Văn bằng, chứng chỉ", level, division, "Người học",
            "Nộp hồ sơ\nNhận kết quả", channels or "Trực tuyến | Trong ngày làm việc | Không",
            "Đơn đề nghị | Bản chính: 1\nCăn cước | Bản sao: 1", "Bản sao văn bằng", "", bases, "01/01/2025", "", ""]


@pytest.fixture
def registry(db):
    DocumentFactory(number="21/2019/TT-BGDĐT", doc_type=DocumentTypeFactory(code="TT", name="Thông tư"))


def test_import_creates_drafts_with_children(publisher, qlcl, registry):
    result = procedures_import(actor=publisher, file=workbook(row("TT-01"), row("TT-02", level="một phần")))

    procedure = Procedure.objects.get(code="TT-01")
    assert result == {"created": 2, "updated": 0}
    assert (procedure.live, procedure.level, procedure.division.code) == (False, "toan-trinh", "qlcl")
    assert [s.text for s in procedure.steps.all()] == ["Nộp hồ sơ", "Nhận kết quả"]
    assert [(d.name, d.copies) for d in procedure.dossier.all()] == [("Đơn đề nghị", "Bản chính: 1"),
                                                                     ("Căn cước", "Bản sao: 1")]
    assert [(c.kind, c.time_limit) for c in procedure.channels.all()] == [("online", "Trong ngày làm việc")]
    assert [d.number for d in procedure.legal_bases.all()] == ["21/2019/TT-BGDĐT"]
    assert Procedure.objects.get(code="TT-02").level == "mot-phan"


def test_import_bad_file_is_refused_whole_with_row_numbers(publisher, qlcl, registry):
    rows = [row("TT-01"), row("TT-02", level="nửa vời"), row("TT-03", division="khong-co"),
            row("TT-04", bases="999/QĐ-TTg"), row("TT-01"), row("TT-05", channels="Bồ câu | 1 ngày")]

    with translation.override("en"), pytest.raises(ImportRejected) as excinfo:
        procedures_import(actor=publisher, file=workbook(*rows))

    errors = [str(e) for e in excinfo.value.errors]
    assert [e.split(":")[0] for e in errors] == ["Row 3", "Row 4", "Row 5", "Row 6", "Row 7"]
    assert "999/QĐ-TTg" in errors[2]
    assert Procedure.objects.count() == 0


def test_import_missing_columns_names_them(publisher, registry):
    with translation.override("en"), pytest.raises(ImportRejected) as excinfo:
        procedures_import(actor=publisher, file=workbook(["TT-01"], header=["Mã thủ tục"]))

    assert "Tên thủ tục" in str(excinfo.value.errors[0])


def test_import_not_a_workbook(publisher):
    with pytest.raises(ImportRejected):
        procedures_import(actor=publisher, file=io.BytesIO(b"not a zip"))


def test_import_headers_match_without_diacritics(publisher, qlcl, registry):
    header = [label.upper().replace("Ã", "A").replace("Ủ", "U") for label in HEADER]

    procedures_import(actor=publisher, file=workbook(row(), header=header))

    assert Procedure.objects.filter(code="TT-01").exists()


def test_import_refuses_contributor(gdtrh_editor, qlcl, registry):
    with pytest.raises(Forbidden):
        procedures_import(actor=gdtrh_editor, file=workbook(row()))

    assert Procedure.objects.count() == 0


def test_export_then_import_round_trips(publisher, qlcl, registry):
    procedures_import(actor=publisher, file=workbook(row("TT-01")))
    exported = procedures_export()
    Procedure.objects.filter(code="TT-01").update(name="Đã đổi")

    result = procedures_import(actor=publisher, file=io.BytesIO(exported))

    sheet = load_workbook(io.BytesIO(exported)).active
    assert [c.value for c in sheet[1]] == HEADER
    assert result == {"created": 0, "updated": 1}
    assert Procedure.objects.get(code="TT-01").name == "Cấp bản sao văn bằng"


def test_import_command_exits_non_zero_on_bad_file(tmp_path, qlcl, registry):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(workbook(row(level="???")).getvalue())

    with pytest.raises(CommandError):
        call_command("import_procedures", str(path))

    assert Procedure.objects.count() == 0


def test_import_and_export_commands(tmp_path, qlcl, registry):
    source, target = tmp_path / "in.xlsx", tmp_path / "out.xlsx"
    source.write_bytes(workbook(row()).getvalue())

    call_command("import_procedures", str(source))
    call_command("export_procedures", str(target))

    assert load_workbook(target).active.cell(row=2, column=1).value == "TT-01"
