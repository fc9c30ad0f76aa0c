import datetime

from ninja import Query, Router, Schema
from ninja.pagination import PageNumberPagination, paginate

from .queries import DocumentFilters, documents_search

router = Router(tags=["legal"])


class DocumentOut(Schema):
    id: int
    number: str
    type: str
    issuer: str
    signer: str
    issued_on: datetime.date | None
    effective_on: datetime.date | None
    status: str
    summary: str
    url: str

    @staticmethod
    def resolve_type(obj):
        return obj.doc_type.code

    @staticmethod
    def resolve_issuer(obj):
        return obj.issuer_name

    @staticmethod
    def resolve_url(obj, context):
        return context["request"].build_absolute_uri(obj.get_absolute_url())


class DocumentQuery(Schema):
    q: str = ""
    type: str = ""
    issuer: str = ""
    year: int | None = None
    status: str = ""
    field: str = ""


@router.get("/legal-documents", response=list[DocumentOut], auth=None)
@paginate(PageNumberPagination, page_size=50)
def legal_documents(request, filters: Query[DocumentQuery]):
    """The public registry: `q` finds a number however typed ("942/QĐ-TTg", "942", "qd-ttg 942")
    or words of the title/summary without diacritics; type (abbreviation, e.g. QĐ), issuer,
    year, status (in_force, not_yet, expired, replaced) and field narrow it."""
    return documents_search(DocumentFilters.from_params(filters.dict()))
