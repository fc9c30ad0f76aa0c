"""The API's WSGI handler: the shorter middleware list still gives security headers, Vietnamese
messages and JSON errors, and sets no cookies."""

import io
import json

import pytest
from django.test import RequestFactory

from lantoa.core.handlers import ApiWSGIHandler

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("keep_db_connection_open")]


def call(handler, method, path, body=None):
    environ = RequestFactory()._base_environ(PATH_INFO=path, REQUEST_METHOD=method)
    data = json.dumps(body).encode() if body is not None else b""
    environ.update({"wsgi.input": io.BytesIO(data), "CONTENT_LENGTH": str(len(data)), "CONTENT_TYPE": "application/json"})
    started = {}
    content = b"".join(handler(environ, lambda status, headers: started.update(status=status, headers=headers)))
    return started["status"], started["headers"], content


def test_api_handler_skips_session_csrf_and_messages(monkeypatch):
    from django.contrib.messages.middleware import MessageMiddleware
    from django.contrib.sessions.middleware import SessionMiddleware
    from django.core.handlers.wsgi import WSGIHandler
    from django.middleware.csrf import CsrfViewMiddleware

    ran = []
    for cls in (SessionMiddleware, MessageMiddleware, CsrfViewMiddleware):
        original = cls.process_request
        monkeypatch.setattr(cls, "process_request",
                            lambda self, request, _original=original, _name=cls.__name__: ran.append(_name) or _original(self, request))

    call(ApiWSGIHandler(), "GET", "/api/v1/contest/rounds")
    assert ran == []
    call(WSGIHandler(), "GET", "/api/v1/contest/rounds")  # the full stack, for contrast
    assert set(ran) == {"SessionMiddleware", "MessageMiddleware", "CsrfViewMiddleware"}


def test_api_handler_answers_in_vietnamese_with_security_headers_and_no_cookies():
    status, headers, content = call(ApiWSGIHandler(), "POST", "/api/v1/auth/token",
                                    {"username": "khong-co", "password": "sai-mat-khau"})

    names = dict(headers)
    assert status.startswith("403")
    assert json.loads(content)["detail"] == "Tên đăng nhập hoặc mật khẩu không đúng."
    assert names["Content-Language"] == "vi" and names["X-Content-Type-Options"] == "nosniff"
    assert not [value for name, value in headers if name.lower() == "set-cookie"]


def test_api_handler_bad_input_is_a_json_4xx():
    status, _headers, content = call(ApiWSGIHandler(), "POST", "/api/v1/auth/token", {"username": "x"})

    assert status.startswith("422")
    assert "password" in content.decode()
