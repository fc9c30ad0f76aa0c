from django.contrib.auth import authenticate
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import APIToken

from .audit import audit_log
from .errors import Forbidden
from .ratelimit import rate_limit_hit


@transaction.atomic
def api_token_create(*, username: str, password: str) -> str:
    """Exchange a username and password for a new API token; returns the plaintext once.

    Tokens are Wagtail's own (hashed, revocable in the back office under Users → API tokens).
    Counted per username so that guessing one account's password is slow even from many IPs.
    """
    rate_limit_hit(key=f"login:{username.strip().lower()}", limit=10)
    user = authenticate(username=username, password=password)
    if user is None or not user.is_active:
        raise Forbidden(_("Wrong username or password."))
    token, plaintext = APIToken.create_token(user=user, name="API login")
    audit_log(actor=user, action="lantoa.core.api_token_create", target=token)
    return plaintext
