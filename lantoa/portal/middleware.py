"""Serve anonymous readers' portal pages from the cache before any other work is done.

Place it right after GZipMiddleware (so hits are compressed like any response) and before
SessionMiddleware (so a hit costs no session, auth or page-routing work). Only responses that a
portal page marked `portal_cacheable` are stored; everything else passes through untouched.
"""

from django.http import HttpResponse

from .cache import cache_get, cache_set, generation_current, page_cache_key, request_is_cacheable, request_language

STORED_HEADERS = ("Content-Type", "Content-Language", "X-Frame-Options", "Referrer-Policy", "Link")


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request_is_cacheable(request):
            return self.get_response(request)
        key = page_cache_key(
            generation=generation_current(), language=request_language(request),
            host=request.get_host(), full_path=request.get_full_path(),
        )
        stored = cache_get(key)
        if stored is not None:
            content, headers = stored
            response = HttpResponse(content if request.method == "GET" else b"", headers=headers)
            response["X-Cache"] = "HIT"
            return response
        response = self.get_response(request)
        if (
            getattr(response, "portal_cacheable", False)
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
        ):
            headers = {name: response[name] for name in STORED_HEADERS if name in response}
            headers["Cache-Control"] = "public, max-age=60"
            response["Cache-Control"] = "public, max-age=60"
            cache_set(key, (response.content, headers))
            response["X-Cache"] = "MISS"
        return response
