"""Auto-linking of document numbers in HTML: "Quyết định số 749/QĐ-TTg" → a link to the entry.

    from lantoa.legal.linking import link_document_numbers
    html = link_document_numbers(html)          # or in templates: {{ body|link_documents }}

Only numbers in the registry become links (unknown ones stay plain); text inside <a>, headings
(h1–h6) and <script>/<style>/<code>/<pre>/<textarea>/<button> is left alone, and the HTML outside
the linked numbers is returned byte for byte.

One lookup table (number key → entries) per process, built with one query. The shared cache
holds only its version, bumped whenever a document or relation is saved or deleted (signals in
apps.py), so every process (every app server worker too) rebuilds it once after a change, and a render
costs one small cache read instead of unpickling the table.
"""

import re
import threading
import time

from django.core.cache import cache
from django.urls import reverse
from django.utils.html import escape

from .models import Document, number_key

CACHE_KEY = "lantoa:legal:link-table-version"
_local = {"version": None, "table": None}
_lock = threading.Lock()

# A number/symbol: digits, then pieces joined by "/" or "-", at least one piece with a letter
# (so dates like 03/6/2020 never match): 749/QĐ-TTg, 19-CT/TU, 148/2025/QH15, 29/2024/TT-BGDĐT.
_PIECE = r"[0-9A-Za-zÀ-ỹĐđ]+"
NUMBER_RE = re.compile(rf"(?<![\w/.-])\d{{1,5}}(?:[/-]{_PIECE})+(?![\w/])")
_HAS_LETTER = re.compile(r"[A-Za-zÀ-ỹĐđ]")
_DATE_AFTER = re.compile(r"^\s*(?:ngày\s*)?(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", re.IGNORECASE)
_TAG = re.compile(r"(<!--.*?-->|<[^>]*>)", re.DOTALL)
_TAG_NAME = re.compile(r"^<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")
SKIP_TAGS = {"a", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "code", "pre", "textarea", "button", "title"}


def _build() -> dict[str, list[tuple[str, str, str]]]:
    prefix = reverse("legal:document_detail", args=[0])[: -len("0/")]
    table: dict[str, list[tuple[str, str, str]]] = {}
    rows = (Document.objects.public().exclude(number_key="").order_by("-issued_on", "pk")
            .values_list("pk", "number_key", "number", "issued_on", "title", "doc_type__name"))
    for pk, key, number, issued_on, title, type_name in rows:
        date = f" ngày {issued_on.day:02d}/{issued_on.month:02d}/{issued_on.year}" if issued_on else ""
        table.setdefault(key, []).append(
            (issued_on.isoformat() if issued_on else "", f"{prefix}{pk}/", f"{type_name} số {number}{date}: {title}")
        )
    return table


def link_table() -> dict[str, list[tuple[str, str, str]]]:
    """number key → [(issue date ISO or "", url, label)], newest first."""
    version = cache.get(CACHE_KEY)
    if version is None:
        version = f"{time.time_ns()}"
        cache.add(CACHE_KEY, version, None)
        version = cache.get(CACHE_KEY, version)
    if _local["version"] != version or _local["table"] is None:
        with _lock:
            if _local["version"] != version or _local["table"] is None:
                _local["table"] = _build()
                _local["version"] = version
    return _local["table"]


def link_table_invalidate(**kwargs) -> None:
    """Every process rebuilds its table on its next use."""
    cache.set(CACHE_KEY, f"{time.time_ns()}", None)
    _local["table"] = None


def _resolve(entries, following: str):
    """One entry → it. Several (21/KH-UBND is issued every year) → the one whose date follows the
    number ("… 21/KH-UBND ngày 07/02/2023"); none matching → not linked (no guessing)."""
    if len(entries) == 1:
        return entries[0]
    match = _DATE_AFTER.match(following)
    if match:
        day, month, year = (int(g) for g in match.groups())
        wanted = f"{year:04d}-{month:02d}-{day:02d}"
        for entry in entries:
            if entry[0] == wanted:
                return entry
    return None


def _link_text(text: str, table) -> str:
    def replace(match):
        raw = match.group(0)
        if not _HAS_LETTER.search(raw):
            return raw
        entries = table.get(number_key(raw))
        if not entries:
            return raw
        entry = _resolve(entries, text[match.end():match.end() + 30])
        if entry is None:
            return raw
        _date, url, label = entry
        return f'<a class="doc-ref" href="{escape(url)}" title="{escape(label)}">{raw}</a>'

    return NUMBER_RE.sub(replace, text)


def link_document_numbers(html: str) -> str:
    """`html` with each registry number linked; see the module docstring. Input is trusted HTML
    (e.g. rich text already rendered); the result is HTML too."""
    if not html or not NUMBER_RE.search(html):
        return html
    table = link_table()
    if not table:
        return html
    out, skip_depth = [], 0
    for part in _TAG.split(html):
        if not part:
            continue
        if part.startswith("<"):
            name_match = _TAG_NAME.match(part)
            if name_match and name_match.group(2).lower() in SKIP_TAGS and not part.rstrip(">").endswith("/"):
                skip_depth = max(0, skip_depth + (-1 if name_match.group(1) else 1))
            out.append(part)
        elif skip_depth:
            out.append(part)
        else:
            out.append(_link_text(part, table))
    return "".join(out)
