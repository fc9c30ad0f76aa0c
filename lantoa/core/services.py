from django.contrib.auth import authenticate
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from wagtail.models import APIToken

from .audit import audit_log
from .db import sqlite_writer
from .errors import Forbidden
from .hashers import login_hash_slot
from .ratelimit import rate_limit_hit


def api_token_create(*, username: str, password: str) -> str:
    """Exchange a username and password for a new API token; returns the plaintext once.

    Tokens are Wagtail's own (hashed, revocable in the back office under Users → API tokens).
    Counted per username so that guessing one account's password is slow even from many IPs.
    The password is checked before the transaction: on SQLite a transaction holds the whole
    database's write lock, and a hash takes ~30 ms of CPU that every answer being saved would
    otherwise wait for.
    """
    with login_hash_slot():
        # Counted once a slot is held: a "busy, try again" is not a guess at the password.
        rate_limit_hit(key=f"login:{username.strip().lower()}", limit=10)
        user = authenticate(username=username, password=password)
    if user is None or not user.is_active:
        raise Forbidden(_("Wrong username or password."))
    with sqlite_writer(), transaction.atomic():
        token, plaintext = APIToken.create_token(user=user, name="API login")
        audit_log(actor=user, action="lantoa.core.api_token_create", target=token)
    return plaintext
