"""Word files as organisers write them: "Câu 1: …", options "A. …" to "F. …", the correct one
marked by "*" (before or after the letter, or at the end) or by a line "Đáp án: B"."""

import io
import re
import zipfile

from django.utils.translation import gettext as _

from lantoa.core.errors import ImportRejected

from . import LETTERS, ParsedQuestion, check

QUESTION = re.compile(r"^\s*C[âa]u\s*(\d+)\s*[:.)]\s*(.*)$", re.IGNORECASE)
OPTION = re.compile(r"^\s*(\*?)\s*([A-Fa-f])\s*[.)]\s*(\*?)\s*(.*?)\s*(\*?)\s*$")
ANSWER = re.compile(r"^\s*(?:Đáp án|Dap an|ĐA)\s*(?:đúng)?\s*[:.]\s*([A-Fa-f])\b", re.IGNORECASE)


def paragraphs(data: bytes) -> list[str]:
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError, Exception) as exc:  # python-docx raises many kinds
        if isinstance(exc, ImportRejected):
            raise
        raise ImportRejected(errors=[_("The file is not a Word document (.docx).")]) from None
    lines = []
    for paragraph in document.paragraphs:
        lines.extend(line for line in paragraph.text.splitlines())
    return lines


def parse_lines(lines: list[str]) -> list[ParsedQuestion]:
    questions: list[ParsedQuestion] = []
    errors: list[str] = []
    current = None  # dict(number, text, options, answer)

    def finish():
        if current is None:
            return
        where = _("Question %(n)s") % {"n": current["number"]}
        options = current["options"]
        letters = [letter for letter, _text, _star in options]
        if len(set(letters)) != len(letters):
            errors.append(_("%(where)s: an option letter appears twice.") % {"where": where})
            return
        starred = [letter for letter, _text, star in options if star]
        answer = current["answer"]
        if answer and answer not in letters:
            errors.append(_("%(where)s: the answer is %(answer)s but there is no option %(answer)s.")
                          % {"where": where, "answer": answer})
            return
        if answer and starred and starred != [answer]:
            errors.append(_("%(where)s: the “*” mark and the “Đáp án” line disagree.") % {"where": where})
            return
        correct = answer or (starred[0] if len(starred) == 1 else None)
        if correct is None:
            errors.append(_("%(where)s: no correct answer (mark it with “*” or add a line “Đáp án: X”).")
                          % {"where": where} if not starred else
                          _("%(where)s: more than one option is marked “*”.") % {"where": where})
            return
        questions.append(ParsedQuestion(
            text=" ".join(current["text"]).strip(), where=where,
            choices=[(text, letter == correct) for letter, text, _star in options],
        ))

    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        match = QUESTION.match(line)
        if match:
            finish()
            current = {"number": match.group(1), "text": [match.group(2)], "options": [], "answer": None}
            continue
        if current is None:
            continue  # a title or introduction before "Câu 1"
        answer = ANSWER.match(line)
        if answer:
            current["answer"] = answer.group(1).upper()
            continue
        option = OPTION.match(line)
        if option and (current["options"] or option.group(2).upper() == "A"):
            letter = option.group(2).upper()
            star = bool(option.group(1) or option.group(3) or option.group(5))
            current["options"].append((letter, option.group(4), star))
            continue
        if current["options"]:
            errors.append(_("Line %(line)d (question %(n)s): not an option “A.”–“F.” nor a line “Đáp án: X”: %(text)s")
                          % {"line": number, "n": current["number"], "text": line.strip()[:60]})
        else:
            current["text"].append(line.strip())
    finish()
    assert all(letter in LETTERS for q in questions for letter in LETTERS[: len(q.choices)])
    return check(questions, errors)


def parse(data: bytes) -> list[ParsedQuestion]:
    return parse_lines(paragraphs(data))
