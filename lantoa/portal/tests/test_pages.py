"""Public pages: article render budget, anonymous cache, SEO tags, feeds, PDF, view counts."""

import datetime
import gzip
import json
import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.cache import cache

from lantoa.legal.linking import link_table, link_table_invalidate
from lantoa.portal.models import ArticlePage, ArticleViewCount

from .conftest import article_publish

CACHE_MIDDLEWARE = "lantoa.portal.middleware.AnonymousPageCacheMiddleware"


@pytest.fixture
def article(tree, units):
    return article_publish(
        tree.topic, title="Bảo vệ dữ liệu cá nhân của học sinh", sapo="Nhà trường cần làm gì?",
        text="Thực hiện Quyết định số 749/QĐ-TTg.", unit=units.school, author="Văn phòng Sở",
        when=datetime.date(2026, 5, 6),
    )


@pytest.fixture
def page_cache(settings):
    """The anonymous page cache first in the middleware stack, as lantoa/settings.py has it."""
    settings.MIDDLEWARE = [CACHE_MIDDLEWARE] + [m for m in settings.MIDDLEWARE if m != CACHE_MIDDLEWARE]
    cache.clear()
    yield
    cache.clear()


def test_article_uncached_render_makes_at_most_10_queries(client, article, page_cache, django_assert_max_num_queries):
    tree_sibling = article_publish(article.get_parent().specific, title="Bài liên quan")
    cache.clear()
    link_table()  # the registry's number table is built once per process, like Wagtail's rendition cache

    with django_assert_max_num_queries(10):
        response = client.get(article.url)

    assert response.status_code == 200
    assert tree_sibling.title in response.content.decode()


def test_article_page_has_lang_canonical_opengraph_and_jsonld(client, article):
    html = client.get(article.url).content.decode()

    assert '<article class="article" lang="vi">' in html
    assert f'<link rel="canonical" href="http://testserver{article.url}">' in html
    for prop in ("og:title", "og:description", "og:image", "og:url"):
        assert f'property="{prop}"' in html
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert (data["@type"], data["headline"], data["inLanguage"]) == ("NewsArticle", article.title, "vi")
    assert 'application/atom+xml' in html
    assert "facebook.com/sharer" in html and "zalo.me" in html and "data-copy" in html
    assert f'href="{article.url}pdf/"' in html


def test_article_links_document_numbers_to_the_registry(client, article):
    from lantoa.legal.models import Document, DocumentType

    Document.objects.create(
        number="749/QĐ-TTg", doc_type=DocumentType.objects.create(code="QĐ", name="Quyết định"),
        issuer_name="Thủ tướng Chính phủ", issued_on=datetime.date(2020, 6, 3), title="Chương trình Chuyển đổi số quốc gia",
        summary="Phê duyệt Chương trình Chuyển đổi số quốc gia.",
    )
    link_table_invalidate()

    html = client.get(article.url).content.decode()

    assert re.search(r'<a class="doc-ref" href="[^"]+" title="[^"]*">749/QĐ-TTg</a>', html)


def test_article_pdf_is_a_pdf(client, article):
    response = client.get(f"{article.url}pdf/")

    assert (response.status_code, response["Content-Type"]) == (200, "application/pdf")
    assert response.content.startswith(b"%PDF")


def test_view_beacon_counts_without_cookies(client, article):
    first = client.post(f"/luot-xem/{article.pk}/")
    client.post(f"/luot-xem/{article.pk}/")

    assert (first.status_code, dict(first.cookies)) == (204, {})
    assert ArticleViewCount.objects.get(page=article).count == 2


def test_view_beacon_ignores_drafts_and_get(client, article):
    article.unpublish()

    client.post(f"/luot-xem/{article.pk}/")

    assert client.get(f"/luot-xem/{article.pk}/").status_code == 405
    assert not ArticleViewCount.objects.filter(page=article).exists()


def test_cached_page_is_served_from_cache_the_second_time(client, article, page_cache):
    first = client.get(article.url)
    second = client.get(article.url)

    assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT")
    assert second.content == first.content


def test_cache_hit_carries_the_same_headers_as_the_miss(client, article, page_cache):
    for accept in ("", "gzip, deflate"):
        miss = client.get(article.url, HTTP_ACCEPT_ENCODING=accept)
        hit = client.get(article.url, HTTP_ACCEPT_ENCODING=accept)
        head = client.head(article.url, HTTP_ACCEPT_ENCODING=accept)

        assert (miss["X-Cache"], hit["X-Cache"], head["X-Cache"]) == ("MISS", "HIT", "HIT")
        headers = {k: v for k, v in miss.headers.items() if k != "X-Cache"}
        assert {k: v for k, v in hit.headers.items() if k != "X-Cache"} == headers
        assert {k: v for k, v in head.headers.items() if k != "X-Cache"} == headers
        assert hit.content == miss.content and head.content == b""
    for name in ("X-Frame-Options", "X-Content-Type-Options", "Referrer-Policy", "Content-Language", "Cache-Control"):
        assert name in hit
    assert hit["Content-Encoding"] == "gzip" and "Accept-Encoding" in hit["Vary"]


def test_published_edit_is_visible_to_anonymous_readers_at_once(client, article, page_cache):
    client.get(article.url)
    revision = article.get_latest_revision_as_object()
    revision.title = "Tiêu đề đã sửa"

    revision.save_revision().publish()

    response = client.get(article.url)
    assert (response["X-Cache"], "Tiêu đề đã sửa" in response.content.decode()) == ("MISS", True)


def test_unpublish_removes_the_cached_page(client, article, page_cache):
    client.get(article.url)

    ArticlePage.objects.get(pk=article.pk).unpublish()

    assert client.get(article.url).status_code == 404


def test_move_invalidates_the_cached_topic_pages(client, article, tree, page_cache):
    client.get(tree.topic.url)
    client.get(tree.other_topic.url)

    ArticlePage.objects.get(pk=article.pk).move(tree.other_topic, pos="last-child")

    assert article.title in client.get(tree.other_topic.url).content.decode()
    assert article.title not in client.get(tree.topic.url).content.decode()


def test_cache_generation_is_shared_by_processes(client, article, page_cache):
    """Another app server worker (a separate process with its own LocMem cache) bumps the
    generation when it publishes; this process must stop serving its cached copy at once."""
    import json
    import os
    import subprocess
    import sys

    from django.db import connection

    from lantoa.portal.cache import generation_current

    client.get(article.url)
    before = generation_current()
    other_process = (
        "import json, sys, django; django.setup()\n"
        "from django.db import connections; connections['default'].settings_dict.update(json.loads(sys.argv[1]))\n"
        "from lantoa.portal.cache import generation_bump; generation_bump()\n"
    )
    database = {k: connection.settings_dict[k] for k in ("ENGINE", "HOST", "PORT", "NAME")}

    subprocess.run([sys.executable, "-c", other_process, json.dumps(database)], check=True,
                   env={**os.environ, "DJANGO_SETTINGS_MODULE": "lantoa.settings"})

    assert generation_current() != before
    assert client.get(article.url)["X-Cache"] == "MISS"
    assert client.get(article.url)["X-Cache"] == "HIT"


@pytest.fixture
def wsgi_app(page_cache, monkeypatch, keep_db_connection_open):
    """The WSGI application as lantoa/wsgi.py builds it (shortcut around Django's handler), with
    a fresh shortcut and a count of the requests that reached Django."""
    from django.core.handlers.wsgi import WSGIHandler

    from lantoa.portal import middleware

    shortcut = middleware.PageShortcut()
    monkeypatch.setattr(middleware, "SHORTCUT", shortcut)
    django_handler = WSGIHandler()
    reached_django = []

    def django_app(environ, start_response):
        reached_django.append(environ["PATH_INFO"])
        return django_handler(environ, start_response)

    application = shortcut.wrap(django_app)

    def call(path, method="GET", **extra):
        from django.test import RequestFactory

        environ = RequestFactory()._base_environ(PATH_INFO=path, REQUEST_METHOD=method, **extra)
        if "HTTP_COOKIE" not in extra:
            del environ["HTTP_COOKIE"]  # a first-time reader sends none
        started = {}
        body = b"".join(application(environ, lambda status, headers: started.update(status=status, headers=headers)))
        return started["status"], dict(started["headers"]), body

    call.reached_django = reached_django
    return call


def test_shortcut_answers_a_repeated_anonymous_request_without_django(wsgi_app, article):
    miss = wsgi_app(article.url)
    hit = wsgi_app(article.url)
    head = wsgi_app(article.url, method="HEAD")

    assert wsgi_app.reached_django == [article.url]
    assert (miss[0], hit[0], miss[1]["X-Cache"], hit[1]["X-Cache"]) == ("200 OK", "200 OK", "MISS", "HIT")
    assert hit[2] == miss[2] and head[2] == b""
    assert {k: v for k, v in hit[1].items() if k != "X-Cache"} == {k: v for k, v in miss[1].items() if k != "X-Cache"}
    assert head[1] == hit[1]


def test_shortcut_keeps_gzip_and_plain_pages_apart(wsgi_app, article):
    wsgi_app(article.url)
    wsgi_app(article.url, HTTP_ACCEPT_ENCODING="gzip")

    plain, zipped = wsgi_app(article.url), wsgi_app(article.url, HTTP_ACCEPT_ENCODING="gzip")

    assert "Content-Encoding" not in plain[1] and zipped[1]["Content-Encoding"] == "gzip"
    assert gzip.decompress(zipped[2]) == plain[2]


def test_shortcut_passes_cookies_credentials_and_posts_to_django(wsgi_app, article):
    wsgi_app(article.url)

    wsgi_app(article.url, HTTP_COOKIE="sessionid=abc")
    wsgi_app(article.url, HTTP_AUTHORIZATION="Bearer x")
    wsgi_app(article.url, method="POST")

    assert len(wsgi_app.reached_django) == 4


def test_shortcut_forgets_its_pages_when_the_generation_changes(wsgi_app, article):
    from lantoa.portal.cache import generation_bump

    wsgi_app(article.url)
    generation_bump()

    status, headers, _body = wsgi_app(article.url)

    assert (headers["X-Cache"], wsgi_app.reached_django) == ("MISS", [article.url, article.url])


def test_shortcut_never_serves_an_unpublished_page(wsgi_app, article):
    wsgi_app(article.url)

    ArticlePage.objects.get(pk=article.pk).unpublish()

    assert wsgi_app(article.url)[0].startswith("404")


def test_logged_in_editors_are_never_served_from_cache(client, article, page_cache, people):
    client.get(article.url)
    client.force_login(people.publisher)

    response = client.get(article.url)

    assert "X-Cache" not in response


def test_feeds_of_section_and_topic_list_the_article(client, article, tree):
    for page in (tree.section, tree.topic):
        response = client.get(f"{page.url}feed/")
        assert response["Content-Type"].startswith("application/atom+xml")
        assert article.title in response.content.decode()


def test_sitemap_lists_articles_and_robots_names_it(client, article):
    assert article.url in client.get("/sitemap.xml").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in client.get("/robots.txt").content.decode()


def test_english_organisation_page_comes_from_unit_data(client, units):
    units.office.name_en = "Department Office"
    units.office.functions_en = "Runs the sector portal."
    units.office.save()

    html = client.get("/en/organisation/").content.decode()

    assert '<html lang="en">' in html
    assert "Department Office" in html and "Runs the sector portal." in html


def test_language_switch_sets_the_cookie_without_csrf(client):
    csrf_client = client.__class__(enforce_csrf_checks=True)

    response = csrf_client.post("/ngon-ngu/", {"language": "en", "next": "https://evil.example/"})

    assert (response.status_code, response["Location"]) == (302, "/")
    assert response.cookies[django_settings.LANGUAGE_COOKIE_NAME].value == "en"


def test_home_section_and_topic_render(client, article, tree):
    for page in (tree.home, tree.section, tree.topic):
        response = client.get(page.url)
        assert response.status_code == 200
        assert article.title in response.content.decode()


def test_article_page_weight_without_images_is_under_60_kb_gzip(client, article):
    html = client.get(article.url).content
    static = Path(django_settings.BASE_DIR) / "lantoa"
    assets = [
        static / "static/lantoa/css/site.css",
        static / "portal/static/portal/article.js",
    ]

    total = len(gzip.compress(html)) + sum(len(gzip.compress(p.read_bytes())) for p in assets)

    assert b"portal/article.js" in html and b"lantoa/css/site.css" in html
    assert total <= 60 * 1024
