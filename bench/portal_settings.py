"""Settings for the portal benchmarks: the project's settings with the anonymous page cache
middleware first in MIDDLEWARE (where lantoa/settings.py has it), or — with
PORTAL_BENCH_PAGE_CACHE=0 — without it, to measure full renders."""

import os

from lantoa.settings import *  # noqa: F403

_CACHE = "lantoa.portal.middleware.AnonymousPageCacheMiddleware"
MIDDLEWARE = [m for m in MIDDLEWARE if m != _CACHE]  # noqa: F405
if os.environ.get("PORTAL_BENCH_PAGE_CACHE", "1") != "0":
    MIDDLEWARE.insert(0, _CACHE)
