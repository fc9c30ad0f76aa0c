import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantoa.settings")
django_application = get_wsgi_application()

# Anonymous readers' repeated page requests are answered before Django's request handling;
# everything else goes to Django (lantoa/portal/middleware.py explains what is kept and when).
from lantoa.portal.middleware import SHORTCUT  # noqa: E402  (needs the settings configured above)

application = SHORTCUT.wrap(django_application)
