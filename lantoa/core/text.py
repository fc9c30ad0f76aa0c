"""Vietnamese text folding shared by every search in Lan Tỏa.

Search must behave the same on SQLite and PostgreSQL, and neither folds Vietnamese diacritics
the same way (SQLite's LIKE folds ASCII only; PostgreSQL needs the unaccent extension). So each
searchable model stores a folded copy of its text, and queries are folded with the same
function: one code path, identical results on both databases.
"""

import re
import unicodedata

_COMBINING = re.compile(r"[\u0300-\u036f]")
_SPACES = re.compile(r"\s+")
_NON_WORD = re.compile(r"[^\w]+")


def fold(text: str | None) -> str:
    """Lower-case, strip diacritics, map đ→d, collapse spaces: "Chuyển ĐỔI số" → "chuyen doi so".

    NFD first, so NFC and NFD input fold to the same string.
    """
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text)
    stripped = _COMBINING.sub("", decomposed)
    stripped = stripped.replace("đ", "d").replace("Đ", "D")
    return _SPACES.sub(" ", stripped.lower()).strip()


def fold_words(text: str | None) -> list[str]:
    """The folded words of `text`, punctuation removed; for token-wise matching."""
    return [word for word in _NON_WORD.split(fold(text)) if word]


def slug_vi(text: str) -> str:
    """A URL slug from Vietnamese text: "Chính sách, pháp luật" → "chinh-sach-phap-luat"."""
    return "-".join(fold_words(text)).replace("_", "-")
