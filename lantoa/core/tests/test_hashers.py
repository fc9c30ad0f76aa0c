"""Password hashing: Argon2id at OWASP's parameters; older PBKDF2 hashes are upgraded at login."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import PBKDF2PasswordHasher, check_password, identify_hasher, make_password

from lantoa.core.hashers import login_hash_slot

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


@pytest.fixture
def every_login_slot_taken(settings):
    """Someone else holds the machine's only login hashing slot (a lock on a separate open file,
    so it conflicts with the request's even in this process, as another process's would)."""
    settings.LANTOA_LOGIN_HASH_SLOTS = 1
    with login_hash_slot():
        yield


@pytest.mark.django_db
def test_api_login_while_every_hashing_slot_is_taken_is_503_with_retry_after(every_login_slot_taken, client):
    get_user_model().objects.create_user("dang-nhap", password="secret-pass-1")

    response = client.post("/api/v1/auth/token", {"username": "dang-nhap", "password": "secret-pass-1"},
                           content_type="application/json")

    assert (response.status_code, response["Retry-After"]) == (503, "1")
    assert response.json()["code"] == "login_busy"
    assert response.json()["detail"] == "Đang có rất nhiều người đăng nhập cùng lúc. Vui lòng thử lại sau giây lát."


@pytest.mark.django_db
def test_api_login_gets_the_slot_once_it_is_free(settings, client):
    settings.LANTOA_LOGIN_HASH_SLOTS = 1
    get_user_model().objects.create_user("dang-nhap", password="secret-pass-1")

    response = client.post("/api/v1/auth/token", {"username": "dang-nhap", "password": "secret-pass-1"},
                           content_type="application/json")

    assert response.status_code == 200
