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
"""

import time

from django.conf import settings
from django.http import HttpResponse
from django.http.cookie import SimpleCookie
from django.http.response import ResponseHeaders

from .cache import (
    CACHE_SECONDS,
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
                self._keep(key, now + CACHE_SECONDS, response.content, headers)
            response.headers["X-Cache"] = "MISS"
        return response

    def _keep(self, key, expires, content, headers):
        if len(self.local) >= LOCAL_ENTRIES:
            self.local = {}
        entry = (expires, content, ResponseHeaders({**headers, "X-Cache": "HIT"}))
        self.local[key] = entry
        return entry
