"""Serve anonymous readers' portal pages from the cache before any other work is done.

Place it FIRST in MIDDLEWARE: a hit then costs no security, static-file, compression, session,
language, auth or page-routing work. What it stores is the response as the whole stack sent it
(every header the other middleware added: security headers, X-Frame-Options, Content-Language,
Vary, Content-Encoding, Cache-Control), so a hit carries the same headers as the miss that
stored it. The key holds what those headers depend on: the generation (cache.py), language,
scheme, whether the reader accepts gzip, host and full path. Only responses that a portal page
marked `portal_cacheable` are stored; everything else passes through untouched.

Two levels: the Django cache (LocMem per process, or Redis shared by all) and, in front of it,
a small dictionary in this process holding the ready-made headers, so a hit does no unpickling
and no header validation. Both are keyed by generation, and the dictionary is emptied as soon
as the generation changes, so neither can outlive a publish, unpublish, move or delete; both
expire after CACHE_SECONDS like the cache entries.

A third level sits in front of Django altogether: `PageShortcut` wraps the WSGI application
(lantoa/wsgi.py) and answers a repeated request of a reader without any cookie or credentials
from the pages this middleware has served, keyed by the raw WSGI environ values the response
depends on. Such a hit skips Django's request handling (request object, signals, URL
resolution), which is most of what a middleware hit still costs. It holds only what the
middleware produced for the same environ values, so its headers are those of the middleware's
hit, and it obeys the same generation and expiry.
"""

import time

from django.conf import settings
from django.http import HttpResponse
from django.http.cookie import SimpleCookie
from django.http.response import ResponseHeaders

from .cache import (
    CACHE_SECONDS,
    accepts_gzip,
    cache_get,
    cache_set,
    generation_current,
    page_cache_key,
    request_accepts_gzip,
    request_is_cacheable,
    request_language,
)

NOT_STORED_HEADERS = frozenset({"set-cookie", "x-cache", "date"})
CACHE_CONTROL = "public, max-age=60"
LOCAL_ENTRIES = 500  # pages kept ready in each process
LOCAL_SECONDS_FROM_SHARED = 10  # an entry copied from the shared cache: its age there is unknown


def _replay(content: bytes, headers: ResponseHeaders) -> HttpResponse:
    """An HttpResponse of stored content and (already validated) headers, without
    HttpResponse.__init__'s per-header validation."""
    response = HttpResponse.__new__(HttpResponse)
    response.headers = ResponseHeaders.__new__(ResponseHeaders)
    response.headers._store = headers._store.copy()
    response._charset = None
    response._resource_closers = []
    response._handler_class = None
    response.cookies = SimpleCookie()
    response.closed = False
    response._reason_phrase = None
    response._container = [content]
    return response


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        # With SECURE_SSL_REDIRECT, plain-HTTP requests go on to SecurityMiddleware's redirect.
        self.ssl_redirect = getattr(settings, "SECURE_SSL_REDIRECT", False)
        self.local: dict[str, tuple[float, bytes, ResponseHeaders]] = {}
        self.local_generation = None
        self.hosts: dict[str, str] = {}  # Host headers already validated by request.get_host()

    def __call__(self, request):
        if not request_is_cacheable(request) or (self.ssl_redirect and not request.is_secure()):
            return self.get_response(request)
        generation = generation_current()
        if generation != self.local_generation:
            self.local = {}
            self.local_generation = generation
        raw_host = request.META.get("HTTP_HOST")
        host = self.hosts.get(raw_host) if raw_host else None
        if host is None:
            host = request.get_host()  # validates against ALLOWED_HOSTS (DisallowedHost → 400)
            if raw_host and len(self.hosts) < 64 and "HTTP_X_FORWARDED_HOST" not in request.META:
                self.hosts[raw_host] = host
        key = page_cache_key(
            generation=generation, language=request_language(request), host=host,
            full_path=request.get_full_path(), secure=request.is_secure(), gzip=request_accepts_gzip(request),
        )
        now = time.monotonic()
        entry = self.local.get(key)
        if entry is None or entry[0] < now:
            stored = cache_get(key)
            if stored is not None:
                content, headers = stored
                entry = self._keep(key, now + LOCAL_SECONDS_FROM_SHARED, content, headers)
        if entry is not None:
            SHORTCUT.remember(request.META, generation, entry)
            return _replay(entry[1] if request.method == "GET" else b"", entry[2])

        response = self.get_response(request)
        if (
            getattr(response, "portal_cacheable", False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
        ):
            response.headers["Cache-Control"] = CACHE_CONTROL
            headers = {
                name: value for name, value in response.headers.items() if name.lower() not in NOT_STORED_HEADERS
            }
            if request.method == "GET":  # a HEAD miss's body may be empty: store GET bodies only
                cache_set(key, (response.content, headers))
                entry = self._keep(key, now + CACHE_SECONDS, response.content, headers)
                SHORTCUT.remember(request.META, generation, entry)
            response.headers["X-Cache"] = "MISS"
        return response

    def _keep(self, key, expires, content, headers):
        if len(self.local) >= LOCAL_ENTRIES:
            self.local = {}
        entry = (expires, content, ResponseHeaders({**headers, "X-Cache": "HIT"}))
        self.local[key] = entry
        return entry


class PageShortcut:
    """Cache hits served before Django (see the module docstring); one per process."""

    def __init__(self):
        self.pages: dict[tuple, tuple[float, bytes, list[tuple[str, str]]]] = {}
        self.generation = None

    @staticmethod
    def key(environ) -> tuple | None:
        """What the response may depend on, from the raw environ; None when the request must go
        through Django (cookies, credentials, methods other than GET and HEAD)."""
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None
        if "HTTP_COOKIE" in environ or "HTTP_AUTHORIZATION" in environ:
            return None
        return (
            environ.get("HTTP_HOST"), environ.get("SERVER_NAME"), environ.get("SERVER_PORT"),
            environ.get("HTTP_X_FORWARDED_HOST"), environ.get("HTTP_X_FORWARDED_PROTO"),
            environ.get("wsgi.url_scheme"), environ.get("SCRIPT_NAME"), environ.get("PATH_INFO"),
            environ.get("QUERY_STRING"), accepts_gzip(environ.get("HTTP_ACCEPT_ENCODING", "")),
        )

    def remember(self, environ, generation, entry) -> None:
        key = self.key(environ)
        if key is None:
            return
        if generation != self.generation:
            self.pages = {}
            self.generation = generation
        elif len(self.pages) >= LOCAL_ENTRIES:
            self.pages = {}
        expires, content, headers = entry
        self.pages[key] = (expires, content, list(headers.items()))

    def lookup(self, environ):
        key = self.key(environ)
        if key is None or not self.pages:
            return None
        page = self.pages.get(key)
        if page is None or page[0] < time.monotonic():
            return None
        if generation_current() != self.generation:
            self.pages = {}
            return None
        return page

    def wrap(self, application):
        def serve_cached_pages(environ, start_response):
            page = self.lookup(environ)
            if page is None:
                return application(environ, start_response)
            start_response("200 OK", page[2])
            return [page[1] if environ["REQUEST_METHOD"] == "GET" else b""]

        return serve_cached_pages


SHORTCUT = PageShortcut()
