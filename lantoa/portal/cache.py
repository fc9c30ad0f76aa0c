"""The anonymous page cache: whole rendered pages for readers without a session.

Invalidation works across processes without a shared cache: every key carries a *generation*.
Publishing, unpublishing, moving or deleting a page bumps it; each process reads it once per
request and so never serves a page rendered before the change, whether the cache is Redis
(shared) or LocMem (one per app server worker). Old generations are never read again and expire
(CACHE_SECONDS).

Where the generation lives:
- without REDIS_URL: the modification time (nanoseconds) of a file in settings.VAR_DIR, one
  file per database. Reading it is one os.stat() (a few microseconds, no database query) and
  every process on the machine sees the same file — the same reach as the SQLite database.
- with REDIS_URL: a counter in the cache itself (shared by every process on every machine).
"""

import hashlib
import os
import re
import time
from pathlib import Path

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

CACHE_SECONDS = 300
KEY_PREFIX = "portal:page"
GENERATION_KEY = "portal:generation"

_generation_paths: dict[tuple, str] = {}
_ACCEPTS_GZIP = re.compile(r"\bgzip\b")


def _shared_cache() -> bool:
    return bool(getattr(settings, "REDIS_URL", ""))


def generation_path() -> str:
    """The generation file of the default database (tests' databases get their own file)."""
    db = settings.DATABASES["default"]  # the same dict as connections["default"].settings_dict, read faster
    name = (db.get("ENGINE"), db.get("HOST"), db.get("PORT"), db.get("NAME"))
    path = _generation_paths.get(name)
    if path is None:
        digest = hashlib.blake2b("|".join(map(str, name)).encode(), digest_size=8).hexdigest()
        path = _generation_paths[name] = str(Path(settings.VAR_DIR) / f"portal-cache-generation-{digest}")
    return path


def generation_current() -> int:
    if _shared_cache():
        value = cache.get(GENERATION_KEY)
        if value is None:
            cache.add(GENERATION_KEY, time.time_ns(), None)
            value = cache.get(GENERATION_KEY)
        return value or 0
    try:
        return os.stat(generation_path()).st_mtime_ns
    except FileNotFoundError:
        return 0


def generation_bump() -> None:
    """Bump now (the writing transaction's process sees it at once) and again after commit (so a
    page rendered by another process between the two, from data before the commit, cannot be
    stored under the newest generation)."""
    _bump()
    transaction.on_commit(_bump)


def _bump() -> None:
    if _shared_cache():
        try:
            cache.incr(GENERATION_KEY)
        except ValueError:  # no generation yet (or the cache was flushed)
            cache.add(GENERATION_KEY, time.time_ns(), None)
            cache.incr(GENERATION_KEY)
        return
    path = generation_path()
    try:
        old = os.stat(path).st_mtime_ns
    except FileNotFoundError:
        Path(path).touch()
        old = 0
    step = 1
    while True:  # strictly later than before, even where the file system keeps coarse times
        new = max(time.time_ns(), old + step)
        os.utime(path, ns=(new, new))
        if os.stat(path).st_mtime_ns > old:
            return
        step *= 1000


def page_cache_key(*, generation: int, language: str, host: str, full_path: str, secure: bool = False,
                   gzip: bool = False) -> str:
    digest = hashlib.blake2b(f"{host}|{full_path}".encode(), digest_size=16).hexdigest()
    return f"{KEY_PREFIX}:{generation}:{language}:{'s' if secure else 'p'}{'z' if gzip else 'i'}:{digest}"


def request_accepts_gzip(request) -> bool:
    return accepts_gzip(request.META.get("HTTP_ACCEPT_ENCODING", ""))


def accepts_gzip(accept_encoding: str) -> bool:
    return bool(_ACCEPTS_GZIP.search(accept_encoding))


def request_is_cacheable(request) -> bool:
    """GET/HEAD by someone without a session, messages or credentials."""
    if request.method not in ("GET", "HEAD"):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    if "HTTP_COOKIE" in request.META:
        cookies = request.COOKIES
        if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
            return False
    return True


def request_language(request) -> str:
    if "HTTP_COOKIE" not in request.META:
        return settings.LANGUAGE_CODE
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    permitted = {code for code, _name in settings.LANGUAGES}
    return language if language in permitted else settings.LANGUAGE_CODE


def cache_get(key):
    return cache.get(key)


def cache_set(key, value) -> None:
    cache.set(key, value, CACHE_SECONDS)
