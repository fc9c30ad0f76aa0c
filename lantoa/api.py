"""The JSON API at /api/v1/: one NinjaAPI, each app contributing its router (paths in full)."""

from importlib import import_module

from django.http import Http404
from django.utils.translation import gettext as _
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, ValidationError

from lantoa.core.errors import ServiceError

api = NinjaAPI(
    title="Lan Tỏa API",
    version="1",
    description="Chuyển đổi số ngành GDĐT Quảng Ngãi — JSON API",
    urls_namespace="api_v1",
    docs_url="/docs",
)


@api.exception_handler(ServiceError)
def service_error(request, exc: ServiceError):
    body = {"detail": str(exc.message), "code": exc.code}
    if getattr(exc, "errors", None):
        body["errors"] = [str(e) for e in exc.errors]
    response = api.create_response(request, body, status=exc.status_code)
    if getattr(exc, "retry_after", None):
        response["Retry-After"] = str(exc.retry_after)
    return response


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": _("Not found."), "code": "NotFound"}, status=404)


@api.exception_handler(AuthenticationError)
def unauthorized(request, exc):
    return api.create_response(
        request, {"detail": _("Sign-in required (Authorization: Bearer <token>)."), "code": "Unauthorized"}, status=401
    )


@api.exception_handler(ValidationError)
def invalid(request, exc: ValidationError):
    return api.create_response(
        request, {"detail": _("Invalid data."), "code": "ValidationError", "errors": exc.errors}, status=422
    )


api.add_router("/auth", import_module("lantoa.core.api").router)
# Each app's api.py declares `router` with its paths in full (e.g. "/plans"); the order follows
# the dependency direction of docs/architecture.md.
for app in ("org", "legal", "plans", "portal", "press", "events", "contest", "procedures", "budget", "reports"):
    api.add_router("", import_module(f"lantoa.{app}.api").router)
