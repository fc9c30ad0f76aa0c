import io

import docx
import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import translation
from openpyxl import Workbook

from lantoa.contest import services
from lantoa.contest.importers import aiken, gift, parse, xlsx
from lantoa.contest.models import Question, QuestionBank
from lantoa.core.errors import ImportRejected

from .factories import QuestionBankFactory


@pytest.fixture(autouse=True)
def _english():
    # The error texts are asserted in English (the msgids); the product shows them in Vietnamese.
    with translation.override("en"):
        yield


def workbook_bytes(rows) -> bytes:
    book = Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def docx_bytes(lines) -> bytes:
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


# --- Excel ------------------------------------------------------------------------------------


def test_xlsx_headers_match_without_case_or_diacritics():
    data = workbook_bytes([
        ["stt", "CAU HOI", "a", "b", "c", "d", "dap an", "Chu de", "MUC DO", "giai thich"],
        [1, "Chuyển đổi số là gì?", "Một", "Hai", "Ba", "Bốn", "b", "Khái niệm", "Dễ", "Vì vậy"],
        [2, "Câu hai?", "X", "Y", None, None, "A", "", "Khó", ""],
    ])

    parsed = parse(data, fmt="xlsx")

    assert [(q.text, q.choices, q.topic, q.difficulty) for q in parsed] == [
        ("Chuyển đổi số là gì?", [("Một", False), ("Hai", True), ("Ba", False), ("Bốn", False)], "Khái niệm", 1),
        ("Câu hai?", [("X", True), ("Y", False)], "", 3),
    ]


def test_xlsx_bad_rows_are_each_named_and_nothing_imported(db):
    bank = QuestionBankFactory()
    data = workbook_bytes([
        ["Câu hỏi", "A", "B", "C", "D", "Đáp án", "Mức độ"],
        ["Tốt?", "x", "y", "", "", "A", ""],
        ["Đáp án sai?", "x", "y", "", "", "G", ""],
        ["Thiếu phương án?", "x", "y", "", "", "D", ""],
        ["Mức độ lạ?", "x", "y", "", "", "A", "rất khó"],
        ["", "x", "y", "", "", "A", ""],
    ])

    with pytest.raises(ImportRejected) as refused:
        services.questions_import(bank=bank, parsed=parse(data, fmt="xlsx"))

    assert [e.split(":")[0] for e in refused.value.errors] == ["Row 3", "Row 4", "Row 5", "Row 6"]
    assert Question.objects.count() == 0


def test_xlsx_missing_column_refused():
    data = workbook_bytes([["Câu hỏi", "A", "B"], ["x", "1", "2"]])

    with pytest.raises(ImportRejected) as refused:
        parse(data, fmt="xlsx")

    assert "Đáp án" in refused.value.errors[0]


def test_xlsx_not_a_workbook_refused():
    with pytest.raises(ImportRejected):
        parse(b"not a zip", fmt="xlsx")


def test_xlsx_export_round_trips(db):
    bank = QuestionBankFactory()
    services.questions_import(bank=bank, parsed=parse(workbook_bytes([
        ["Câu hỏi", "A", "B", "C", "Đáp án", "Chủ đề", "Mức độ"],
        ["Một?", "x", "y", "z", "C", "An toàn thông tin", "Trung bình"],
    ]), fmt="xlsx"))

    again = parse(xlsx.export(bank.questions.prefetch_related("choices")), fmt="xlsx")

    assert [(q.text, q.choices, q.topic, q.difficulty) for q in again] == [
        ("Một?", [("x", False), ("y", False), ("z", True)], "An toàn thông tin", 2)]


# --- Word -------------------------------------------------------------------------------------


def test_docx_star_and_answer_line_styles():
    data = docx_bytes([
        "ĐỀ THI TÌM HIỂU CHUYỂN ĐỔI SỐ",
        "Câu 1: Chương trình Chuyển đổi số quốc gia được phê duyệt bởi",
        "A. Quyết định 942/QĐ-TTg",
        "*B. Quyết định 749/QĐ-TTg",
        "C. Chỉ thị 02/CT-TTg",
        "Câu 2. Một câu nhiều dòng",
        "tiếp tục ở dòng sau?",
        "A) Có",
        "B) Không",
        "Đáp án: A",
        "Câu 3: Dấu sao ở cuối?",
        "A. Sai",
        "B. Đúng *",
    ])

    parsed = parse(data, fmt="docx")

    assert [(q.text, [ok for _t, ok in q.choices]) for q in parsed] == [
        ("Chương trình Chuyển đổi số quốc gia được phê duyệt bởi", [False, True, False]),
        ("Một câu nhiều dòng tiếp tục ở dòng sau?", [True, False]),
        ("Dấu sao ở cuối?", [False, True]),
    ]
    assert parsed[2].choices[1][0] == "Đúng"


def test_docx_bad_questions_are_each_named():
    data = docx_bytes([
        "Câu 1: Không có đáp án?", "A. x", "B. y",
        "Câu 2: Đáp án không có?", "A. x", "B. y", "Đáp án: D",
        "Câu 3: Hai dấu sao?", "*A. x", "*B. y",
        "Câu 4: Tốt", "A. x", "*B. y",
    ])

    with pytest.raises(ImportRejected) as refused:
        parse(data, fmt="docx")

    assert [e.split(":")[0] for e in refused.value.errors] == ["Question 1", "Question 2", "Question 3"]


def test_docx_not_a_document_refused():
    with pytest.raises(ImportRejected):
        parse(b"PK\x03\x04garbage", fmt="docx")


# --- GIFT -------------------------------------------------------------------------------------

GOOD_GIFT = """// đề mẫu
$CATEGORY: $course$/An toàn thông tin

::Q1:: Chỉ thị 14/CT-TTg năm 2019 về việc gì? {
  =Tăng cường bảo đảm an toàn, an ninh mạng
  ~Phát triển kinh tế số#sai
  ~Chính phủ số
}

Tỷ lệ 1\\:1 nghĩa là gì? { ~Hai =Một \\= một ~Ba }
"""


def test_gift_multiple_choice_with_category_and_escapes():
    parsed = parse(GOOD_GIFT.encode(), fmt="gift")

    assert [(q.text, q.choices, q.topic) for q in parsed] == [
        ("Chỉ thị 14/CT-TTg năm 2019 về việc gì?",
         [("Tăng cường bảo đảm an toàn, an ninh mạng", True), ("Phát triển kinh tế số", False),
          ("Chính phủ số", False)], "An toàn thông tin"),
        ("Tỷ lệ 1:1 nghĩa là gì?", [("Hai", False), ("Một = một", True), ("Ba", False)], "An toàn thông tin"),
    ]


def test_gift_bad_questions_are_each_named():
    text = "::A:: Không có khối đáp án\n\n::B:: Tự luận {}\n\n::C:: Hai đúng { =x =y }\n\n::D:: Tốt { =x ~y }\n"

    with pytest.raises(ImportRejected) as refused:
        parse(text.encode(), fmt="gift")

    assert [e.split(" (")[0] for e in refused.value.errors] == ["Question “A”", "Question “B”", "Question “C”"]


def test_gift_export_round_trips(db):
    bank = QuestionBankFactory()
    services.questions_import(bank=bank, parsed=parse(GOOD_GIFT.encode(), fmt="gift"))

    again = parse(gift.export(bank.questions.prefetch_related("choices")).encode(), fmt="gift")

    assert [(q.text, q.choices) for q in again] == [(q.text, q.choices) for q in parse(GOOD_GIFT.encode(), fmt="gift")]


# --- Aiken ------------------------------------------------------------------------------------


def test_aiken_questions():
    text = "Luật Chuyển đổi số có số hiệu nào?\nA. 148/2025/QH15\nB) 749/QĐ-TTg\nANSWER: A\n\nHai?\nA. x\nB. y\nANSWER: B\n"

    parsed = parse(text.encode(), fmt="aiken")

    assert [(q.text, [ok for _t, ok in q.choices]) for q in parsed] == [
        ("Luật Chuyển đổi số có số hiệu nào?", [True, False]), ("Hai?", [False, True])]


def test_aiken_bad_questions_are_each_named():
    text = "Thiếu đáp án?\nA. x\nB. y\n\nĐáp án lạ?\nA. x\nB. y\nANSWER: C\n\nDòng lạ?\nA. x\nkhông phải\nANSWER: A\n"

    with pytest.raises(ImportRejected) as refused:
        parse(text.encode(), fmt="aiken")

    assert [e.split(":")[0] for e in refused.value.errors] == [
        "Question at line 1", "Question at line 5", "Line 12"]


def test_aiken_export_round_trips(db):
    bank = QuestionBankFactory()
    text = "Một?\nA. x\nB. y\nANSWER: B\n"
    services.questions_import(bank=bank, parsed=parse(text.encode(), fmt="aiken"))

    assert aiken.export(bank.questions.prefetch_related("choices")).strip() == text.strip()


# --- the command ------------------------------------------------------------------------------


def test_import_questions_command_imports_a_good_file(db, tmp_path):
    path = tmp_path / "de.gift"
    path.write_text(GOOD_GIFT, encoding="utf-8")

    call_command("import_questions", str(path), "--bank", "Ngân hàng CĐS")

    assert QuestionBank.objects.get(name="Ngân hàng CĐS").questions.count() == 2


def test_import_questions_command_fails_on_bad_file_and_imports_nothing(db, tmp_path, capsys):
    path = tmp_path / "de.txt"
    path.write_text("Tốt?\nA. x\nB. y\nANSWER: A\n\nXấu?\nA. x\nB. y\n", encoding="utf-8")

    with pytest.raises(CommandError):
        call_command("import_questions", str(path), "--bank", "Ngân hàng", "--format", "aiken")

    assert "Question at line 6" in capsys.readouterr().err
    assert Question.objects.count() == 0
