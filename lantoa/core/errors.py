"""Typed errors raised by services. Views turn them into form errors, the API into 4xx JSON."""

from django.utils.translation import gettext_lazy as _


class ServiceError(Exception):
    """A request that cannot be carried out; `message` is shown to the user as it is."""

    status_code = 400
    default_message = _("The request cannot be carried out.")

    def __init__(self, message=None, *, code: str | None = None, details=None):
        self.message = message or self.default_message
        self.code = code or self.__class__.__name__
        self.details = details
        super().__init__(str(self.message))


class Forbidden(ServiceError):
    status_code = 403
    default_message = _("You do not have permission to do this.")


class NotFound(ServiceError):
    status_code = 404
    default_message = _("Not found.")


class Conflict(ServiceError):
    status_code = 409
    default_message = _("The request conflicts with the current state.")


class RateLimited(ServiceError):
    status_code = 429
    default_message = _("Too many requests. Please wait a moment and try again.")


class Busy(ServiceError):
    """The server refuses new work of this kind for a moment; the client should retry after
    `retry_after` seconds (sent as Retry-After)."""

    status_code = 503
    retry_after = 1
    default_message = _("The system is busy. Please try again in a moment.")


class ImportRejected(ServiceError):
    """A file import refused whole; `errors` lists each bad row, line or question."""

    status_code = 400
    default_message = _("The file was not imported because it has errors.")

    def __init__(self, errors: list[str], message=None):
        self.errors = errors
        super().__init__(message, details=errors)
