"""Reads of the portal: latest articles, related articles, the Vietnamese search, view counts."""

import datetime
import functools
import html
import re
import unicodedata
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import islice
from operator import itemgetter

from django.db import connection
from django.db.models import QuerySet
from django.utils import timezone
from wagtail.models import Page

from lantoa.core.text import fold, fold_words
from lantoa.org.models import Unit

from .cache import generation_current
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


def articles_search(query: SearchQuery) -> "SearchResults":
    """Published articles matching every folded word of the query, title matches first.

    Each query word must be a whole word of the article's folded text, the last one may also be
    the beginning of a word (so "chuyen doi" finds "chuyển đổi số", "đ" and "d" are one letter,
    and "ba" does not find "bảo" unless it is the word being typed); articles whose title holds
    every word rank 2, those whose title holds some rank 1, the rest 0; newest first within a
    rank, then the higher id. Without words: every article the filters let through, newest first.

    The database only reads the postings of each query word from the word index (ArticleWord,
    see search_index.py) — equality, or the range `word >= 'chuy' AND word < 'chuz'` for the
    last one — with plain indexed SELECTs, the same SQL on SQLite and PostgreSQL (both compare
    `word` in code-point order: SQLite's BINARY collation, the "C" collation the migration gives
    the column on PostgreSQL). Intersecting, ranking, filtering and ordering happen here, on the
    catalogue of live public articles (_catalogue()): grouping the tens of thousands of index
    rows of common words in SQL, twice (count and page), was what kept the search slow
    (docs/performance.md). The result knows its length at once and orders and loads only the
    slices taken from it.
    """
    catalogue = _catalogue()
    allowed = catalogue.allowed(
        topic_path=_topic_path(query.topic) if query.topic else None, unit=query.unit, year=query.year
    )
    words = query.words
    if not words:
        return SearchResults(catalogue, [allowed])
    every, title_every, title_some = _postings(search_terms(words))
    matches = every & allowed
    if not title_some:
        return SearchResults(catalogue, [matches])
    first = matches & title_every
    return SearchResults(catalogue, [first, (matches & title_some) - first, matches - title_some])


def search_terms(words: list[str]) -> list[tuple[str, bool]]:
    """(word, is_prefix) per distinct query term: whole words, the last word (the one being
    typed) as a prefix."""
    words = [word[:WORD_MAX_LENGTH] for word in words]
    return list(dict.fromkeys([(word, False) for word in words[:-1]] + [(words[-1], True)]))


def _postings(terms: list[tuple[str, bool]]) -> tuple[set[int], set[int], set[int]]:
    """(pages holding every term, pages whose title holds every term, pages whose title holds
    some term). Two indexed SELECTs of page ids per term, its body-only rows and its title rows,
    so that every index row is read once and the sets are built without a Python loop; stops at
    the first term that leaves nothing."""
    table = connection.ops.quote_name(ArticleWord._meta.db_table)
    every = title_every = None
    title_some: set[int] = set()
    page_id = itemgetter(0)
    with connection.cursor() as cursor:
        for word, prefix in terms:
            if prefix:
                condition, params = "word >= %s AND word < %s", [word, word[:-1] + chr(ord(word[-1]) + 1)]
            else:
                condition, params = "word = %s", [word]
            sql = f"SELECT page_id FROM {table} WHERE {condition} AND in_title = %s"
            cursor.execute(sql, [*params, True])
            titled = set(map(page_id, cursor.fetchall()))
            cursor.execute(sql, [*params, False])
            pages = titled.union(map(page_id, cursor.fetchall()))
            every = pages if every is None else every & pages
            if not every:
                return set(), set(), set()
            title_every = titled if title_every is None else title_every & titled
            title_some |= titled
    return every, title_every, title_some


# The catalogue: what the search needs to know of every live public article, kept per process and
# replaced whenever the portal cache generation changes (cache.py). The generation is bumped on
# publish, unpublish, move and delete, on every change of an article's word index and of a page
# view restriction (signals.py, models.article_words_sync), so no search runs on a catalogue older
# than what readers can see. Code that changes live articles with a queryset update() must call
# cache.generation_bump() itself.
_catalogue_loaded: tuple[tuple, "_Catalogue"] | None = None


class _Catalogue:
    """Every live public article: the ids newest first (first_published_at descending, then the
    higher id; undated articles last), and the ids per unit, per year of first publication in
    the current time zone (the year Django's `__year` lookup compares) and, once asked for, per
    topic."""

    def __init__(self, rows):
        local = timezone.get_current_timezone()
        undated = datetime.datetime.min.replace(tzinfo=datetime.UTC)
        rows = sorted(rows, key=lambda row: (row[1] is not None, row[1] or undated, row[0]), reverse=True)
        self.newest_first: list[int] = [row[0] for row in rows]
        self.live: set[int] = set(self.newest_first)
        self.paths: dict[int, str] = {row[0]: row[3] for row in rows}
        self.units: dict[int, set[int]] = defaultdict(set)
        self.years: dict[int, set[int]] = defaultdict(set)
        self.topics: dict[str, set[int]] = {}
        year, year_start = None, None  # the local year being walked through and its first instant
        for pk, published, unit_id, _path in rows:
            if unit_id is not None:
                self.units[unit_id].add(pk)
            if published is None:
                continue
            if year_start is None or published < year_start:  # newest first: one conversion per year
                year = published.astimezone(local).year
                year_start = datetime.datetime(year, 1, 1, tzinfo=local).astimezone(datetime.UTC)
            self.years[year].add(pk)

    def allowed(self, *, topic_path: str | None, unit: int | None, year: int | None) -> set[int]:
        """The ids of the articles the filters let through."""
        allowed = self.live
        if topic_path is not None:
            allowed = allowed & self._topic(topic_path)
        if unit:
            allowed = allowed & self.units.get(unit, set())
        if year:
            allowed = allowed & self.years.get(year, set())
        return allowed

    def _topic(self, topic_path: str) -> set[int]:
        pages = self.topics.get(topic_path)
        if pages is None:
            pages = self.topics[topic_path] = {pk for pk, path in self.paths.items() if path.startswith(topic_path)}
        return pages


def _catalogue() -> _Catalogue:
    global _catalogue_loaded
    key = (connection.settings_dict["NAME"], generation_current(), timezone.get_current_timezone_name())
    loaded = _catalogue_loaded
    if loaded is None or loaded[0] != key:
        rows = articles_live().order_by().values_list("pk", "first_published_at", "unit_id", "path")
        loaded = _catalogue_loaded = (key, _Catalogue(rows))
    return loaded[1]


class SearchResults(Sequence):
    """The articles a search found: groups of ids (the ranks, best first), each shown newest
    first. Its length is known at once; a slice orders as many ids as it needs and loads those
    ArticlePage rows in one query. Django's Paginator (count()) and django-ninja's pagination
    (len()) take it like a QuerySet."""

    CHUNK = 500
    ordered = True  # as QuerySet.ordered: Paginator warns about unordered object lists

    def __init__(self, catalogue: _Catalogue, groups: list[set[int]]):
        self.catalogue = catalogue
        self.groups = [group for group in groups if group]
        self._ids: list[int] = []  # the first ids in result order, as far as slices needed them
        self._length = sum(map(len, self.groups))

    def __len__(self) -> int:
        return self._length

    def count(self) -> int:  # what Paginator asks for; QuerySet.count()'s meaning, not Sequence.count(value)'s
        return self._length

    def __getitem__(self, index):
        if isinstance(index, slice):
            start, stop, step = index.indices(self._length)
            return _articles_in_order(self.ids(stop)[start:stop:step]) if start < stop else []
        position = range(self._length)[index]  # IndexError beyond the end, as a list
        articles = _articles_in_order(self.ids(position + 1)[position:])
        if not articles:
            raise IndexError(index)  # deleted since the search
        return articles[0]

    def __iter__(self):
        ids = self.ids()
        for start in range(0, len(ids), self.CHUNK):
            yield from _articles_in_order(ids[start : start + self.CHUNK])

    def ids(self, stop: int | None = None) -> list[int]:
        """The first `stop` ids (all without `stop`) in result order."""
        stop = self._length if stop is None else min(stop, self._length)
        if len(self._ids) < stop:
            newest_first, ids = self.catalogue.newest_first, []
            for group in self.groups:
                wanted = stop - len(ids)
                if wanted <= 0:
                    break
                if group is self.catalogue.live:
                    ids += newest_first[:wanted]
                else:  # walking the catalogue's order costs less than sorting a large group
                    ids += islice((pk for pk in newest_first if pk in group), wanted)
            self._ids = ids
        return self._ids[:stop]


def _articles_in_order(ids: list[int]) -> list[ArticlePage]:
    if not ids:
        return []
    found = (
        ArticlePage.objects.select_related("unit")
        .defer("body", "search_text", "title_folded")  # never shown in result lists
        .in_bulk(ids)
    )
    return [found[pk] for pk in ids if pk in found]


def search_topics() -> list[Page]:
    """The live topics in tree order, for the search form: pages of the topic type, found by the
    content type index (TopicPage's own join of the topic table makes SQLite walk every page of
    the tree, ~4 ms over 10,000 articles)."""
    return list(Page.objects.live().type(TopicPage).order_by("path").only("id", "title", "path"))


def search_units() -> list[Unit]:
    """The units with live public articles, by name, for the search form (the search's catalogue
    knows them: no join over every article)."""
    return list(Unit.objects.filter(pk__in=_catalogue().units.keys()).order_by("name").only("id", "name"))


def _topic_path(topic_id: int) -> str:
    path = TopicPage.objects.filter(pk=topic_id).values_list("path", flat=True).first()
    return path or "-"  # "-" matches no path: an unknown topic finds nothing


def _fold_aligned(text: str) -> str:
    """`text` folded character by character, so the result has the same length as `text`
    (NFC text: each letter folds to exactly one letter; đ→d; spaces stay)."""
    return "".join(map(_fold_char, text))


@functools.lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    return (fold(ch) or ch)[:1]  # a result page folds thousands of characters, from a small alphabet


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
