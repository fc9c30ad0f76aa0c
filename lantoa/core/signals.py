from django.core.cache import cache

from .api import token_cache_key


def api_token_forget(sender, instance, **kwargs):
    cache.delete(token_cache_key(instance.key_hash))
