"""Settings for the portal benchmarks: the project's settings, plus the anonymous page cache
middleware in the position docs/performance.md asks for (right after GZipMiddleware) in case
lantoa/settings.py does not list it yet."""

from lantoa.settings import *  # noqa: F403

_CACHE = "lantoa.portal.middleware.AnonymousPageCacheMiddleware"
if _CACHE not in MIDDLEWARE:  # noqa: F405
    MIDDLEWARE.insert(MIDDLEWARE.index("django.middleware.gzip.GZipMiddleware") + 1, _CACHE)  # noqa: F405
