"""Question-bank importers. Every format parses to the same list of ParsedQuestion, or raises
ImportRejected naming each bad row, line or question; nothing is stored by a parser, so a bad
file imports nothing (services.questions_import stores a good one in one transaction)."""

import dataclasses
from pathlib import Path

from django.utils.translation import gettext as _

from lantoa.core.errors import ImportRejected
from lantoa.core.text import fold

LETTERS = "ABCDEF"


@dataclasses.dataclass
class ParsedQuestion:
    text: str
    choices: list[tuple[str, bool]]
    where: str
    topic: str = ""
    difficulty: int | None = None
    explanation: str = ""


DIFFICULTY_WORDS = {
    "1": 1, "de": 1, "nhan biet": 1, "easy": 1,
    "2": 2, "trung binh": 2, "thong hieu": 2, "medium": 2,
    "3": 3, "kho": 3, "van dung": 3, "van dung cao": 3, "hard": 3,
}


def difficulty_parse(raw) -> int | None:
    """"Dễ", "Trung bình", "Khó" (or 1–3, or the Bloom levels) → 1–3; None when blank;
    ValueError when not understood."""
    value = fold(str(raw or "")).removesuffix(".0")
    if not value:
        return None
    if value not in DIFFICULTY_WORDS:
        raise ValueError(value)
    return DIFFICULTY_WORDS[value]


def check(questions: list[ParsedQuestion], errors: list[str]) -> list[ParsedQuestion]:
    """Common checks; raise ImportRejected with every error found (parser's and these)."""
    for q in questions:
        if not q.text.strip():
            errors.append(_("%(where)s: the question text is empty.") % {"where": q.where})
        if len(q.choices) < 2:
            errors.append(_("%(where)s: a question needs at least two choices.") % {"where": q.where})
        if any(not text.strip() for text, _ok in q.choices):
            errors.append(_("%(where)s: a choice is empty.") % {"where": q.where})
        correct = sum(1 for _text, ok in q.choices if ok)
        if correct != 1 and len(q.choices) >= 2:
            errors.append(_("%(where)s: exactly one choice must be marked correct (found %(n)d).")
                          % {"where": q.where, "n": correct})
    if not questions and not errors:
        errors.append(_("The file holds no question."))
    if errors:
        raise ImportRejected(errors=errors)
    return questions


FORMATS = ("xlsx", "docx", "gift", "aiken")


def format_guess(name: str) -> str:
    suffix = Path(name).suffix.lower().lstrip(".")
    if suffix in ("xlsx", "xlsm"):
        return "xlsx"
    if suffix == "docx":
        return "docx"
    if suffix == "gift":
        return "gift"
    return "aiken" if suffix == "txt" else suffix


def parse(data: bytes, *, fmt: str) -> list[ParsedQuestion]:
    """Parse a file's bytes in format `fmt` (xlsx, docx, gift, aiken)."""
    from . import aiken, docx, gift, xlsx

    parsers = {"xlsx": xlsx.parse, "docx": docx.parse, "gift": gift.parse, "aiken": aiken.parse}
    if fmt not in parsers:
        raise ImportRejected(errors=[_("Unknown format “%(fmt)s”: use xlsx, docx, gift or aiken.") % {"fmt": fmt}])
    if fmt in ("gift", "aiken"):
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ImportRejected(errors=[_("The file is not UTF-8 text.")]) from None
        return parsers[fmt](text)
    return parsers[fmt](data)
