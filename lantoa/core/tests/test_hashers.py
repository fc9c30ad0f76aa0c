"""Password hashing: Argon2id at OWASP's parameters; older PBKDF2 hashes are upgraded at login."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher, check_password, identify_hasher, make_password

HASHERS = ["lantoa.core.hashers.Argon2idPasswordHasher", "django.contrib.auth.hashers.PBKDF2PasswordHasher"]


@pytest.fixture
def production_hashers(settings):
    settings.PASSWORD_HASHERS = HASHERS


def test_password_hash_is_argon2id_with_owasp_parameters(production_hashers):
    encoded = make_password("mật khẩu dài 123")

    assert encoded.startswith("argon2$argon2id$v=19$m=19456,t=2,p=1$")
    assert check_password("mật khẩu dài 123", encoded) and not check_password("mat khau dai 123", encoded)


@pytest.mark.django_db
def test_pbkdf2_password_is_rehashed_with_argon2id_at_login(production_hashers, client):
    user = get_user_model().objects.create_user("old-account")
    user.password = PBKDF2PasswordHasher().encode("secret-pass-1", PBKDF2PasswordHasher().salt())
    user.save(update_fields=["password"])

    response = client.post("/api/v1/auth/token", {"username": "old-account", "password": "secret-pass-1"},
                           content_type="application/json")

    assert response.status_code == 200
    user.refresh_from_db()
    assert identify_hasher(user.password).algorithm == "argon2"
    assert "m=19456,t=2,p=1" in user.password
