"""The anonymous page cache: whole rendered pages for readers without a session.

Invalidation works across processes without a shared cache: every key carries a generation
number stored in the database (one row, `CacheGeneration`). Publishing, unpublishing, moving
or deleting a page bumps it; each process reads it once per request (a primary-key lookup, ~0.1
ms) and so never serves a page rendered before the change, whether the cache is Redis (shared)
or LocMem (one per gunicorn worker). Old generations simply expire (TIMEOUT).
"""

import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models import F

from .models import CacheGeneration

CACHE_SECONDS = 300
KEY_PREFIX = "portal:page"


def generation_current() -> int:
    value = CacheGeneration.objects.filter(pk=1).values_list("value", flat=True).first()
    return value or 0


def generation_bump() -> None:
    """Bump now (the writing transaction sees it) and again after commit (so a page rendered by
    another process between the two cannot be stored under the newest generation)."""
    _bump()
    transaction.on_commit(_bump)


def _bump() -> None:
    if not CacheGeneration.objects.filter(pk=1).update(value=F("value") + 1):
        CacheGeneration.objects.get_or_create(pk=1, defaults={"value": 2})


def page_cache_key(*, generation: int, language: str, host: str, full_path: str) -> str:
    digest = hashlib.blake2b(f"{host}|{full_path}".encode(), digest_size=16).hexdigest()
    return f"{KEY_PREFIX}:{generation}:{language}:{digest}"


def request_is_cacheable(request) -> bool:
    """GET/HEAD by someone without a session, messages or credentials."""
    if request.method not in ("GET", "HEAD"):
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    return "HTTP_AUTHORIZATION" not in request.META


def request_language(request) -> str:
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    permitted = {code for code, _name in settings.LANGUAGES}
    return language if language in permitted else settings.LANGUAGE_CODE


def cache_get(key):
    return cache.get(key)


def cache_set(key, value) -> None:
    cache.set(key, value, CACHE_SECONDS)
