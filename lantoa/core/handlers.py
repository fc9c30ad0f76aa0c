"""A Django WSGI handler for the JSON API with a shorter middleware list.

API clients authenticate with bearer tokens on every request: no session, no CSRF cookie, no
messages, no Wagtail redirects, no static files. Running those middleware anyway was ~200 µs
of a ~550 µs answer save. `lantoa/wsgi.py` sends `/api/` to this handler; the test client and
every other path use settings.MIDDLEWARE.
"""

from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler


class ApiWSGIHandler(WSGIHandler):
    def load_middleware(self, is_async=False):
        # BaseHandler reads settings.MIDDLEWARE once, here, at start-up (before any request and
        # any other thread); it is swapped only for that reading.
        full = settings.MIDDLEWARE
        settings.MIDDLEWARE = settings.API_MIDDLEWARE
        try:
            super().load_middleware(is_async)
        finally:
            settings.MIDDLEWARE = full
