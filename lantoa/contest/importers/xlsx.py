"""The Excel template (SPEC §4): first sheet, one header row naming `Câu hỏi`, `A`–`D` (`E`, `F`
allowed), `Đáp án` (the letter), optional `Chủ đề`, `Mức độ`, `Giải thích`, `STT`; headers
matched ignoring case and diacritics."""

import io
import zipfile

from django.utils.translation import gettext as _

from lantoa.core.errors import ImportRejected
from lantoa.core.text import fold

from . import LETTERS, ParsedQuestion, check, difficulty_parse

HEADERS = {
    "cau hoi": "text", "noi dung cau hoi": "text", "question": "text",
    "dap an": "answer", "dap an dung": "answer", "answer": "answer",
    "chu de": "topic", "topic": "topic",
    "muc do": "difficulty", "do kho": "difficulty", "difficulty": "difficulty",
    "giai thich": "explanation", "explanation": "explanation",
    "stt": "number",
    **{letter.lower(): letter for letter in LETTERS},
}
TEMPLATE_HEADERS = ["STT", "Câu hỏi", "A", "B", "C", "D", "Đáp án", "Chủ đề", "Mức độ", "Giải thích"]


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def parse(data: bytes) -> list[ParsedQuestion]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        raise ImportRejected(errors=[_("The file is not an Excel workbook (.xlsx).")]) from None
    sheet = workbook.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    columns, header_row = None, 0
    for number, row in enumerate(rows, start=1):
        cells = [_cell(c) for c in row]
        if any(cells):
            columns = {i: HEADERS.get(fold(c)) for i, c in enumerate(cells)}
            header_row = number
            break
    errors: list[str] = []
    if not columns:
        raise ImportRejected(errors=[_("The first sheet is empty.")])
    found = set(columns.values())
    missing = [name for name, key in (("Câu hỏi", "text"), ("A", "A"), ("B", "B"), ("Đáp án", "answer"))
               if key not in found]
    if missing:
        raise ImportRejected(errors=[_("Row %(row)d: missing column(s) %(cols)s.")
                                     % {"row": header_row, "cols": ", ".join(missing)}])
    questions = []
    for number, row in enumerate(rows, start=header_row + 1):
        values = {}
        for i, raw in enumerate(row):
            key = columns.get(i)
            if key:
                values[key] = _cell(raw)
        if not any(values.values()):
            continue
        where = _("Row %(row)d") % {"row": number}
        letters = [letter for letter in LETTERS if values.get(letter)]
        answer = fold(values.get("answer", "")).upper().strip(". )")
        if answer not in LETTERS:
            errors.append(_("%(where)s: the answer “%(answer)s” is not a letter A–F.")
                          % {"where": where, "answer": values.get("answer", "")})
            continue
        if answer not in letters:
            errors.append(_("%(where)s: the answer is %(answer)s but option %(answer)s is empty.")
                          % {"where": where, "answer": answer})
            continue
        try:
            difficulty = difficulty_parse(values.get("difficulty"))
        except ValueError:
            errors.append(_("%(where)s: unknown difficulty “%(value)s” (use Dễ, Trung bình or Khó).")
                          % {"where": where, "value": values.get("difficulty")})
            continue
        questions.append(ParsedQuestion(
            text=values.get("text", ""), choices=[(values[letter], letter == answer) for letter in letters],
            where=where, topic=values.get("topic", ""), difficulty=difficulty,
            explanation=values.get("explanation", ""),
        ))
    return check(questions, errors)


def export(questions) -> bytes:
    """Questions (with prefetched choices) as the import template; a round trip keeps them."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    from lantoa.contest.models import Question

    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Câu hỏi"
    sheet.append(TEMPLATE_HEADERS + ["E", "F"])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    labels = dict(Question.Difficulty.choices)
    for n, question in enumerate(questions, start=1):
        choices = list(question.choices.all())
        texts = [c.text for c in choices] + [""] * (6 - len(choices))
        answer = next((LETTERS[i] for i, c in enumerate(choices) if c.is_correct), "")
        level = {1: "Dễ", 2: "Trung bình", 3: "Khó"}.get(question.difficulty, str(labels.get(question.difficulty)))
        sheet.append([n, question.text, *texts[:4], answer, question.topic, level, question.explanation, *texts[4:6]])
    sheet.column_dimensions["B"].width = 70
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
