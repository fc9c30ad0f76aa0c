"""Reads of the portal: latest articles, related articles, the Vietnamese search, view counts."""

import html
import re
import unicodedata
from dataclasses import dataclass

from django.db import connection
from django.db.models import Case, IntegerField, QuerySet, Value, When
from django.db.models.expressions import RawSQL
from wagtail.models import Page

from lantoa.core.text import fold, fold_words

from .models import ArticlePage, ArticleViewCount, ArticleWord, SectionPage, TopicPage
from .search_index import WORD_MAX_LENGTH

MAX_QUERY_WORDS = 8


def articles_live() -> QuerySet:
    return ArticlePage.objects.live().public()


def articles_latest(*, section: Page | None = None, limit: int = 10) -> list[ArticlePage]:
    qs = articles_live()
    if section is not None:
        qs = qs.descendant_of(section)
    return list(
        qs.select_related("cover_image", "unit")
        .order_by("-first_published_at", "-pk")[:limit]
    )


def section_first() -> SectionPage | None:
    return SectionPage.objects.live().order_by("path").first()


def topics_of(section: Page) -> list[TopicPage]:
    return list(TopicPage.objects.live().child_of(section).order_by("path"))


def article_related(article: ArticlePage, *, limit: int = 4) -> list[ArticlePage]:
    """Articles of the same topic, newest first (the topic is what a reader came for).

    Siblings share the article's ancestors, whose view restrictions the reader has already
    passed; so only the siblings' own restrictions matter (joined here instead of .public()'s
    extra query).
    """
    return list(
        ArticlePage.objects.live()
        .sibling_of(article, inclusive=False)
        .filter(view_restrictions__isnull=True)
        .only("id", "title", "url_path", "first_published_at", "path", "depth")
        .order_by("-first_published_at", "-pk")[:limit]
    )


def article_view_count(article: ArticlePage) -> int:
    try:
        return article.view_counter.count  # joined in when the page was routed
    except ArticleViewCount.DoesNotExist:
        return 0



# --- Search ---------------------------------------------------------------------------------


@dataclass
class SearchQuery:
    text: str = ""
    topic: int | None = None
    unit: int | None = None
    year: int | None = None

    @property
    def words(self) -> list[str]:
        return fold_words(self.text)[:MAX_QUERY_WORDS]


def articles_search(query: SearchQuery) -> QuerySet:
    """Published articles matching every folded word of the query, title matches first.

    Each query word must be a whole word of the article's folded text, the last one may also be
    the beginning of a word (so "chuyen doi" finds "chuyển đổi số", "đ" and "d" are one letter,
    and "ba" does not find "bảo" unless it is the word being typed); articles whose title holds
    every word rank 2, those whose title holds some rank 1, the rest 0; newest first within a
    rank.

    The words are looked up in the word index (ArticleWord, see search_index.py): one indexed
    lookup per query word — equality, or the range `word >= 'chuy' AND word < 'chuz'` for the
    last one — combined with UNION ALL and grouped by article, keeping the articles that matched
    every query word (`HAVING COUNT(DISTINCT term) = n`). The SQL is written out here and is the
    same on SQLite and PostgreSQL; both compare `word` in code-point order (SQLite's BINARY
    collation, the "C" collation the migration gives the column on PostgreSQL).
    """
    qs = articles_live().defer("body", "search_text", "title_folded")  # never shown in result lists
    words = query.words
    if query.topic:
        qs = qs.filter(path__startswith=_topic_path(query.topic))
    if query.unit:
        qs = qs.filter(unit_id=query.unit)
    if query.year:
        qs = qs.filter(first_published_at__year=query.year)
    if not words:
        return qs.order_by("-first_published_at", "-pk")
    terms = search_terms(words)
    qs = qs.filter(pk__in=_pages_with_every_term(terms, title_only=False)).annotate(
        rank=Case(
            When(pk__in=_pages_with_every_term(terms, title_only=True), then=Value(2)),
            When(pk__in=_pages_with_some_term_in_title(terms), then=Value(1)),
            default=Value(0), output_field=IntegerField(),
        )
    )
    return qs.order_by("-rank", "-first_published_at", "-pk")


def search_terms(words: list[str]) -> list[tuple[str, bool]]:
    """(word, is_prefix) per distinct query term: whole words, the last word (the one being
    typed) as a prefix."""
    words = [word[:WORD_MAX_LENGTH] for word in words]
    return list(dict.fromkeys([(word, False) for word in words[:-1]] + [(words[-1], True)]))


def _term_lookups(terms: list[tuple[str, bool]], *, title_only: bool, numbered: bool = True) -> tuple[list[str], list]:
    """One indexed SELECT of page_id (and the term's number) per term."""
    table = connection.ops.quote_name(ArticleWord._meta.db_table)
    selects, params = [], []
    for number, (word, prefix) in enumerate(terms):
        condition = "word >= %s AND word < %s" if prefix else "word = %s"
        params += [word, word[:-1] + chr(ord(word[-1]) + 1)] if prefix else [word]
        if title_only:
            condition += " AND in_title = %s"
            params.append(True)
        columns = f"+page_id AS page_id, {number} AS term" if numbered else "page_id"
        selects.append(f"SELECT {columns} FROM {table} WHERE {condition}")
    return selects, params


def _pages_with_every_term(terms, *, title_only: bool) -> RawSQL:
    selects, params = _term_lookups(terms, title_only=title_only)
    sql = (
        f"SELECT page_id FROM ({' UNION ALL '.join(selects)}) matches "
        f"GROUP BY page_id HAVING COUNT(DISTINCT term) = {len(terms)}"
    )
    return RawSQL(sql, params)


def _pages_with_some_term_in_title(terms) -> RawSQL:
    selects, params = _term_lookups(terms, title_only=True, numbered=False)
    return RawSQL(" UNION ALL ".join(selects), params)


def _topic_path(topic_id: int) -> str:
    path = TopicPage.objects.filter(pk=topic_id).values_list("path", flat=True).first()
    return path or "-"  # "-" matches no path: an unknown topic finds nothing


def _fold_aligned(text: str) -> str:
    """`text` folded character by character, so the result has the same length as `text`
    (NFC text: each letter folds to exactly one letter; đ→d; spaces stay)."""
    return "".join((fold(ch) or ch)[:1] for ch in text)


def highlight(text: str, words: list[str]) -> str:
    """`text` HTML-escaped, with every span whose folded form matches a query word in <mark>."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    if not words:
        return html.escape(text)
    folded = _fold_aligned(text)
    pattern = re.compile("|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)))
    parts, position = [], 0
    for match in pattern.finditer(folded):
        start, end = match.span()
        parts.append(html.escape(text[position:start]))
        parts.append(f"<mark>{html.escape(text[start:end])}</mark>")
        position = end
    parts.append(html.escape(text[position:]))
    return "".join(parts)


def snippet(text: str, words: list[str], *, width: int = 220) -> str:
    """A window of `text` around the first match, for result lists."""
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text)
    folded = _fold_aligned(text)
    start = 0
    for word in words:
        index = folded.find(word)
        if index >= 0:
            start = max(0, index - width // 3)
            break
    piece = text[start : start + width]
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


def articles_published_count(*, year: int, unit_ids: list[int] | None = None, activity=None) -> int:
    """Evidence for plans (ActivityTarget.Metric.ARTICLES): articles live on the portal, first
    published in `year`, optionally only those of `unit_ids` and of the plan `activity`."""
    qs = ArticlePage.objects.live().filter(first_published_at__year=year)
    if unit_ids is not None:
        qs = qs.filter(unit_id__in=unit_ids)
    if activity is not None:
        qs = qs.filter(activity=activity)
    return qs.count()
