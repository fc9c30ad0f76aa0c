import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantoa.settings")
django_application = get_wsgi_application()

# Everything below needs the settings configured above.
from lantoa.core.handlers import ApiWSGIHandler  # noqa: E402
from lantoa.portal.middleware import SHORTCUT  # noqa: E402

api_application = ApiWSGIHandler()
# Anonymous readers' repeated page requests are answered before Django's request handling
# (lantoa/portal/middleware.py explains what is kept and when).
site_application = SHORTCUT.wrap(django_application)


def application(environ, start_response):
    if environ.get("PATH_INFO", "").startswith("/api/"):
        return api_application(environ, start_response)
    return site_application(environ, start_response)
