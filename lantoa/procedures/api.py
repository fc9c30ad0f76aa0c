from ninja import Query, Router, Schema
from ninja.pagination import PageNumberPagination, paginate

from .queries import procedures_public

router = Router(tags=["procedures"])


class ProcedureOut(Schema):
    id: int
    code: str
    name: str
    level: str
    field: str
    division: str
    url: str

    @staticmethod
    def resolve_division(obj):
        return obj.division.name

    @staticmethod
    def resolve_url(obj, context):
        return context["request"].build_absolute_uri(obj.get_absolute_url())


class ProcedureQuery(Schema):
    level: str = ""
    q: str = ""
    field: str = ""


@router.get("/procedures", response=list[ProcedureOut], auth=None)
@paginate(PageNumberPagination, page_size=50)
def procedures(request, filters: Query[ProcedureQuery]):
    """The published catalogue: `level=toan-trinh|mot-phan`, `field`, and `q` (diacritics ignored)."""
    return procedures_public(level=filters.level, q=filters.q, field=filters.field)
