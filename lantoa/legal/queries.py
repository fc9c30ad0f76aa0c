"""Reads of the registry: the faceted search of /van-ban/ and the API share these."""

from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet, Value
from django.db.models.functions import Concat, ExtractYear

from lantoa.core.text import fold_words

from .models import Document, DocumentType, number_key

FACETS = ("type", "issuer", "year", "status", "field")


@dataclass
class DocumentFilters:
    q: str = ""
    type: str = ""  # DocumentType.code
    issuer: str = ""  # issuer_name as written
    year: int | None = None
    status: str = ""
    field: str = ""

    @classmethod
    def from_params(cls, params) -> "DocumentFilters":
        year = str(params.get("year") or "").strip()
        return cls(
            q=str(params.get("q") or "").strip()[:200],
            type=str(params.get("type") or "").strip(),
            issuer=str(params.get("issuer") or "").strip(),
            year=int(year) if year.isdigit() and len(year) == 4 else None,
            status=str(params.get("status") or "").strip() if params.get("status") in Document.Status.values else "",
            field=str(params.get("field") or "").strip(),
        )

    def active(self) -> dict:
        return {name: getattr(self, name) for name in ("q", *FACETS) if getattr(self, name)}


@dataclass
class Facet:
    name: str
    options: list[tuple[str, str, int]] = field(default_factory=list)  # (value, label, count)


def _symbol_pieces() -> set[str]:
    """Every letter piece of the registry's numbers (qd, ttg, kh, ubnd, qh15 …), from the cached
    link table, so telling a number query from words costs no query."""
    from .linking import link_table

    return {piece for key in link_table() for piece in key.split() if not piece.isdigit()}


def looks_like_number(q: str) -> bool:
    """"942", "942/QĐ-TTg", "qd-ttg 942": digits plus only pieces that occur in numbers."""
    tokens = number_key(q).split()
    if not any(t.isdigit() for t in tokens):
        return False
    pieces = _symbol_pieces()
    return all(t.isdigit() or t in pieces for t in tokens)


def _number_query(q: str) -> Q | None:
    """Matches a number/symbol however it is typed: every alphanumeric piece of the query must be
    a whole piece of the number ("qd-ttg 942", "942/QĐ-TTg" and "942" all find 942/QĐ-TTg, and
    "42/QĐ-TTg" does not)."""
    tokens = number_key(q).split()
    if not looks_like_number(q):
        return None
    condition = Q()
    for token in tokens:
        condition &= Q(padded_number__contains=f" {token} ")
    return condition


def _text_query(q: str) -> Q | None:
    words = fold_words(q)
    if not words:
        return None
    condition = Q()
    for word in words:
        condition &= Q(search_text__contains=word)
    return condition


def _apply(qs: QuerySet, filters: DocumentFilters, *, skip: str | None = None) -> QuerySet:
    if filters.type and skip != "type":
        qs = qs.filter(doc_type__code=filters.type)
    if filters.issuer and skip != "issuer":
        qs = qs.filter(issuer_name=filters.issuer)
    if filters.year and skip != "year":
        qs = qs.filter(issued_on__year=filters.year)
    if filters.status and skip != "status":
        qs = qs.filter(status=filters.status)
    if filters.field and skip != "field":
        qs = qs.filter(field=filters.field)
    return qs


def _with_query(qs: QuerySet, q: str) -> QuerySet:
    if not q:
        return qs
    number_q, text_q = _number_query(q), _text_query(q)
    qs = qs.annotate(padded_number=Concat(Value(" "), "number_key", Value(" ")))
    # A query that looks like a number is answered by numbers only: "42/QĐ-TTg" must not find
    # 942/QĐ-TTg through a substring of the folded text.
    if number_q is not None:
        return qs.filter(number_q)
    if text_q is None:
        return qs.none()
    return qs.filter(text_q)


def documents_search(filters: DocumentFilters, *, public_only: bool = True) -> QuerySet:
    """The documents matching `filters`, newest first."""
    qs = Document.objects.public() if public_only else Document.objects.all()
    qs = _apply(_with_query(qs, filters.q), filters)
    return qs.select_related("doc_type").order_by("-issued_on", "number", "pk")


def document_facets(filters: DocumentFilters, *, public_only: bool = True) -> list[Facet]:
    """Counts per value of each facet, each under all the other active filters (so choosing a
    type still shows how many documents the other types would give)."""
    base = _with_query(Document.objects.public() if public_only else Document.objects.all(), filters.q)
    facets = []
    types = {t.code: t.name for t in DocumentType.objects.all()}
    rows = _apply(base, filters, skip="type").values("doc_type__code").annotate(n=Count("pk", distinct=True))
    facets.append(Facet("type", sorted(
        ((r["doc_type__code"], types.get(r["doc_type__code"], r["doc_type__code"]), r["n"]) for r in rows),
        key=lambda o: (-o[2], o[1]))))
    rows = _apply(base, filters, skip="issuer").values("issuer_name").annotate(n=Count("pk", distinct=True))
    facets.append(Facet("issuer", sorted(((r["issuer_name"], r["issuer_name"], r["n"]) for r in rows),
                                         key=lambda o: (-o[2], o[1]))))
    rows = (_apply(base, filters, skip="year").filter(issued_on__isnull=False)
            .annotate(y=ExtractYear("issued_on")).values("y").annotate(n=Count("pk", distinct=True)))
    facets.append(Facet("year", sorted(((str(r["y"]), str(r["y"]), r["n"]) for r in rows), reverse=True)))
    labels = dict(Document.Status.choices)
    rows = _apply(base, filters, skip="status").values("status").annotate(n=Count("pk", distinct=True))
    facets.append(Facet("status", [(r["status"], str(labels.get(r["status"], r["status"])), r["n"]) for r in
                                   sorted(rows, key=lambda r: Document.Status.values.index(r["status"]))]))
    rows = _apply(base, filters, skip="field").exclude(field="").values("field").annotate(n=Count("pk", distinct=True))
    facets.append(Facet("field", sorted(((r["field"], r["field"], r["n"]) for r in rows), key=lambda o: (-o[2], o[1]))))
    return facets


def document_detail(pk: int) -> Document:
    return (
        Document.objects.public()
        .select_related("doc_type", "issuer")
        .prefetch_related("files", "relations__target__doc_type", "incoming_relations__source__doc_type")
        .get(pk=pk)
    )


def document_by_number(number: str) -> Document | None:
    return Document.objects.public().filter(number_key=number_key(number)).order_by("-issued_on").first()

