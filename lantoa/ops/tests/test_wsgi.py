"""lantoa/wsgi.py: /api/ goes to the API handler, everything else to the site (page shortcut
in front of Django's full middleware stack)."""

from lantoa import wsgi


def test_wsgi_application_sends_api_paths_to_the_api_handler(monkeypatch):
    seen = []
    monkeypatch.setattr(wsgi, "api_application", lambda environ, start: seen.append(("api", environ["PATH_INFO"])))
    monkeypatch.setattr(wsgi, "site_application", lambda environ, start: seen.append(("site", environ["PATH_INFO"])))

    for path in ("/api/v1/contest/rounds", "/healthz", "/apis", "/chuyen-doi-so/"):
        wsgi.application({"PATH_INFO": path}, None)

    assert seen == [("api", "/api/v1/contest/rounds"), ("site", "/healthz"), ("site", "/apis"),
                    ("site", "/chuyen-doi-so/")]
