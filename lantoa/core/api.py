"""API plumbing shared by every app's router: bearer-token auth and the token endpoint."""

from django.contrib.auth import get_user_model
from django.core.cache import cache
from ninja import Router, Schema
from ninja.security import HttpBearer
from wagtail.models import APIToken

from . import services
from .ratelimit import ip_rate_limit_hit

# A contestant sends ~25 requests in a quarter of an hour; looking the user up each time was half
# the cost of saving an answer. The price: a deactivated account keeps working for at most this
# long through an existing token (revoking the token through api_token_revoke takes effect at once).
TOKEN_CACHE_SECONDS = 60


def token_cache_key(key_hash: str) -> str:
    return f"apitoken:{key_hash}"


class BearerAuth(HttpBearer):
    """`Authorization: Bearer <token>` (a Wagtail API token) → request.auth is the user.

    The user is cached under the token's digest, so an authenticated request on the contest's hot
    path costs no query at all.
    """

    def authenticate(self, request, token):
        if not APIToken.validate_token_format(token):
            return None
        cache_key = token_cache_key(APIToken.hash_token(token))
        user = cache.get(cache_key)
        if user is None:
            user_id = (
                APIToken.objects.filter(key_hash__in=APIToken.candidate_key_hashes(token), revoked_at__isnull=True)
                .values_list("user_id", flat=True)
                .first()
            )
            if user_id is None:
                return None
            user = get_user_model().objects.filter(pk=user_id, is_active=True).first()
            if user is None:
                return None
            cache.set(cache_key, user, TOKEN_CACHE_SECONDS)
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
    ip_rate_limit_hit(request, scope="login")
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
