"""Fixed-window request counters in the cache (Redis when configured, so all processes share)."""

import time

from django.conf import settings
from django.core.cache import cache

from .errors import RateLimited


def rate_limit_hit(*, key: str, limit: int, period: int = 60) -> None:
    """Count one request against `key`; raise RateLimited past `limit` per `period` seconds.

    `limit` 0 turns the limit off.
    """
    if limit <= 0:
        return
    window = int(time.time() // period)
    cache_key = f"rl:{key}:{window}"
    if cache.add(cache_key, 1, timeout=period + 1):
        count = 1
    else:
        try:
            count = cache.incr(cache_key)
        except ValueError:  # expired between add and incr
            cache.add(cache_key, 1, timeout=period + 1)
            count = 1
    if count > limit:
        raise RateLimited()


def client_ip(request) -> str:
    """The client's address: the socket's peer, or — when that peer is one of
    LANTOA_TRUSTED_PROXIES (nginx) — the last address of X-Forwarded-For, the one the proxy
    itself appended. Earlier entries come from the client and are never believed."""
    peer = request.META.get("REMOTE_ADDR", "")
    if peer in settings.LANTOA_TRUSTED_PROXIES:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "").rsplit(",", 1)[-1].strip()
        if forwarded:
            return forwarded
    return peer


def ip_rate_limit_hit(request, *, scope: str) -> None:
    """The per-IP limit of LANTOA_IP_RATE_LIMIT requests a minute (0: off).

    Set generously by default: a whole school can sit behind one IP address.
    """
    rate_limit_hit(key=f"ip:{scope}:{client_ip(request)}", limit=settings.LANTOA_IP_RATE_LIMIT)
