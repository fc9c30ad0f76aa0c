import datetime

from ninja import Query, Router, Schema
from ninja.pagination import PageNumberPagination, paginate

from .models import TopicPage
from .queries import SearchQuery, articles_search

router = Router(tags=["portal"])


def _topic_titles(request) -> dict[str, str]:
    """Topic titles by tree path, loaded once per request (an article's topic is its parent)."""
    titles = getattr(request, "_portal_topic_titles", None)
    if titles is None:
        titles = dict(TopicPage.objects.values_list("path", "title"))
        request._portal_topic_titles = titles
    return titles


class ArticleOut(Schema):
    id: int
    title: str
    url: str
    topic: str
    unit: str | None
    published_at: datetime.datetime | None

    @staticmethod
    def resolve_url(obj, context):
        request = context["request"]
        return request.build_absolute_uri(obj.get_url(request))

    @staticmethod
    def resolve_topic(obj, context):
        return _topic_titles(context["request"]).get(obj.path[: -TopicPage.steplen], "")

    @staticmethod
    def resolve_unit(obj):
        return obj.unit.name if obj.unit_id else None

    @staticmethod
    def resolve_published_at(obj):
        return obj.first_published_at


class ArticleQuery(Schema):
    q: str = ""
    topic: int | None = None
    unit: int | None = None
    year: int | None = None


@router.get("/articles", response=list[ArticleOut], auth=None)
@paginate(PageNumberPagination, page_size=20)
def articles(request, filters: Query[ArticleQuery]):
    """Published articles of the "Chuyển đổi số" section, newest first. `q` searches like the
    site (diacritics, case and Unicode form ignored; đ = d; title matches first); `topic`
    (topic page id), `unit` (unit id) and `year` (of first publication) narrow it."""
    query = SearchQuery(text=filters.q[:200], topic=filters.topic, unit=filters.unit, year=filters.year)
    return articles_search(query)
