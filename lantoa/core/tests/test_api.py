import pytest
from django.contrib.auth import get_user_model


def make_user(*, username, password):
    return get_user_model().objects.create_user(username=username, password=password)


@pytest.mark.django_db
def test_token_create_returns_token_that_authenticates(client):
    make_user(username="thisinh", password="dung-mat-khau")

    response = client.post("/api/v1/auth/token", {"username": "thisinh", "password": "dung-mat-khau"},
                           content_type="application/json")

    token = response.json()["token"]
    me = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200
    assert me.json()["username"] == "thisinh"


@pytest.mark.django_db
def test_me_refuses_unknown_token_with_401(client):
    response = client.get("/api/v1/auth/me", headers={"Authorization": "Bearer wagtail_not-a-token"})

    assert response.status_code == 401
    assert response.json()["code"] == "Unauthorized"


@pytest.mark.django_db
def test_token_create_refuses_wrong_password_with_json(client):
    make_user(username="thisinh", password="dung-mat-khau")

    response = client.post("/api/v1/auth/token", {"username": "thisinh", "password": "sai"},
                           content_type="application/json")

    assert response.status_code == 403
    assert response.json()["code"] == "Forbidden"
    assert "token" not in response.json()


@pytest.mark.django_db
def test_token_create_is_rate_limited_per_username(client):
    make_user(username="thisinh", password="dung-mat-khau")
    for _ in range(10):
        client.post("/api/v1/auth/token", {"username": "thisinh", "password": "sai"}, content_type="application/json")

    response = client.post("/api/v1/auth/token", {"username": "thisinh", "password": "dung-mat-khau"},
                           content_type="application/json")

    assert response.status_code == 429


@pytest.mark.django_db
def test_token_create_rejects_malformed_body_with_4xx_json(client):
    response = client.post("/api/v1/auth/token", "not json", content_type="application/json")

    assert 400 <= response.status_code < 500
    assert "detail" in response.json()


@pytest.mark.django_db
def test_openapi_schema_is_served(client):
    response = client.get("/api/v1/openapi.json")

    assert response.status_code == 200
    assert response.json()["info"]["title"] == "Lan Tỏa API"


@pytest.mark.django_db
def test_revoked_token_stops_working_at_once_even_when_cached(client):
    from wagtail.models import APIToken

    make_user(username="thisinh", password="dung-mat-khau")
    token = client.post("/api/v1/auth/token", {"username": "thisinh", "password": "dung-mat-khau"},
                        content_type="application/json").json()["token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.get("/api/v1/auth/me", headers=headers).status_code == 200

    APIToken.objects.get(user__username="thisinh").revoke()

    assert client.get("/api/v1/auth/me", headers=headers).status_code == 401


@pytest.mark.django_db
def test_token_create_is_rate_limited_per_ip(client, settings):
    settings.LANTOA_IP_RATE_LIMIT = 3
    for n in range(3):
        client.post("/api/v1/auth/token", {"username": f"u{n}", "password": "x"}, content_type="application/json")

    response = client.post("/api/v1/auth/token", {"username": "khac", "password": "x"},
                           content_type="application/json")

    assert response.status_code == 429
