"""API plumbing shared by every app's router: bearer-token auth and the token endpoint."""

from django.contrib.auth import get_user_model
from django.core.cache import cache
from ninja import Router, Schema
from ninja.security import HttpBearer
from wagtail.models import APIToken

from . import services

TOKEN_CACHE_SECONDS = 300


class BearerAuth(HttpBearer):
    """`Authorization: Bearer <token>` (a Wagtail API token) → request.auth is the user.

    The digest → user-id mapping is cached for a few minutes, so the contest's hot path costs
    one primary-key query instead of a token join; revoking through `api_token_revoke` clears it.
    """

    def authenticate(self, request, token):
        if not APIToken.validate_token_format(token):
            return None
        digest = APIToken.hash_token(token)
        cache_key = f"apitoken:{digest}"
        user_id = cache.get(cache_key)
        if user_id is None:
            user_id = (
                APIToken.objects.filter(key_hash__in=APIToken.candidate_key_hashes(token), revoked_at__isnull=True)
                .values_list("user_id", flat=True)
                .first()
            )
            if user_id is None:
                return None
            cache.set(cache_key, user_id, TOKEN_CACHE_SECONDS)
        user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
        if user is None:
            return None
        request.user = user
        return user


bearer_auth = BearerAuth()

router = Router(tags=["auth"])


class TokenIn(Schema):
    username: str
    password: str


class TokenOut(Schema):
    token: str


class ErrorOut(Schema):
    detail: str
    code: str | None = None
    errors: list | None = None


@router.post("/token", response={200: TokenOut, 403: ErrorOut, 429: ErrorOut}, auth=None)
def token_create(request, payload: TokenIn):
    return {"token": services.api_token_create(username=payload.username, password=payload.password)}


class MeOut(Schema):
    username: str
    full_name: str
    unit: str | None
    roles: list[str]


@router.get("/me", response=MeOut, auth=bearer_auth)
def me(request):
    """Who the token belongs to: lets a client check a token and show the person's name."""
    user = request.auth
    profile = getattr(user, "profile", None)
    return {
        "username": user.username,
        "full_name": user.get_full_name(),
        "unit": profile.unit.name if profile else None,
        "roles": sorted(user.groups.values_list("name", flat=True)),
    }
