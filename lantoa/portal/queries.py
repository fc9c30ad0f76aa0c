"""Reads of the portal: latest articles, related articles, the Vietnamese search, view counts."""

import html
import re
import unicodedata
from dataclasses import dataclass

from django.db.models import Case, IntegerField, Q, QuerySet, Value, When
from wagtail.models import Page

from lantoa.core.text import fold, fold_words

from .models import ArticlePage, ArticleViewCount, SectionPage, TopicPage

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

    Each query word must occur as a whole word of the folded text, the last one also as the
    beginning of a word (so "chuyen doi" finds "chuyển đổi số", "đ" and "d" are one letter, and
    "ba" does not find "bảo" unless it is the word being typed); articles whose title holds every word rank 2, those whose title
    holds some rank 1, the rest 0; newest first within a rank. Plain LIKE on stored folded
    columns: the same SQL meaning on SQLite and PostgreSQL.
    """
    qs = articles_live()
    words = query.words
    patterns = word_patterns(words)
    for pattern in patterns:
        qs = qs.filter(search_text__contains=pattern)
    if query.topic:
        qs = qs.filter(path__startswith=_topic_path(query.topic))
    if query.unit:
        qs = qs.filter(unit_id=query.unit)
    if query.year:
        qs = qs.filter(first_published_at__year=query.year)
    if words:
        all_in_title = Q()
        any_in_title = Q()
        for pattern in patterns:
            all_in_title &= Q(title_folded__contains=pattern)
            any_in_title |= Q(title_folded__contains=pattern)
        qs = qs.annotate(
            rank=Case(When(all_in_title, then=Value(2)), When(any_in_title, then=Value(1)), default=Value(0),
                      output_field=IntegerField())
        ).order_by("-rank", "-first_published_at", "-pk")
    else:
        qs = qs.order_by("-first_published_at", "-pk")
    return qs


def word_patterns(words: list[str]) -> list[str]:
    """LIKE patterns over search_words(): whole words, the last word also as a prefix."""
    if not words:
        return []
    return [f" {word} " for word in words[:-1]] + [f" {words[-1]}"]


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
