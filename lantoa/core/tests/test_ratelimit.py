"""Client addresses for per-IP limits: X-Forwarded-For is believed only from a trusted proxy."""

from django.test import RequestFactory

from lantoa.core.ratelimit import client_ip


def request_from(peer, forwarded=None):
    extra = {"REMOTE_ADDR": peer}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_client_ip_is_the_peer_without_a_trusted_proxy(settings):
    settings.LANTOA_TRUSTED_PROXIES = frozenset()

    assert client_ip(request_from("203.0.113.7", forwarded="1.2.3.4")) == "203.0.113.7"


def test_client_ip_behind_a_trusted_proxy_is_the_address_it_appended(settings):
    settings.LANTOA_TRUSTED_PROXIES = frozenset({"127.0.0.1"})

    assert client_ip(request_from("127.0.0.1", forwarded="198.51.100.4")) == "198.51.100.4"
    # a client-supplied first entry is not believed; the proxy's own (last) one is
    assert client_ip(request_from("127.0.0.1", forwarded="1.2.3.4, 198.51.100.4")) == "198.51.100.4"
    assert client_ip(request_from("127.0.0.1")) == "127.0.0.1"


def test_client_ip_ignores_forwarded_for_from_an_untrusted_peer(settings):
    settings.LANTOA_TRUSTED_PROXIES = frozenset({"127.0.0.1"})

    assert client_ip(request_from("203.0.113.7", forwarded="127.0.0.1")) == "203.0.113.7"
