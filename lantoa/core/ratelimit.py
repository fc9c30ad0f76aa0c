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
    # REMOTE_ADDR is set by gunicorn from the socket or, behind nginx, by the proxy protocol
    # setting documented in docs/deployment.md; X-Forwarded-For is not trusted here.
    return request.META.get("REMOTE_ADDR", "")


def ip_rate_limit_hit(request, *, scope: str) -> None:
    """The per-IP limit of LANTOA_IP_RATE_LIMIT requests a minute (0: off).

    Set generously by default: a whole school can sit behind one IP address.
    """
    rate_limit_hit(key=f"ip:{scope}:{client_ip(request)}", limit=settings.LANTOA_IP_RATE_LIMIT)
