import pytest


@pytest.mark.django_db
def test_admin_login_page_is_vietnamese_by_default(client):
    response = client.get("/admin/login/")

    assert response.status_code == 200
    assert "Đăng nhập" in response.content.decode()


@pytest.mark.django_db
def test_accept_language_does_not_switch_the_site_to_english(client):
    response = client.get("/admin/login/", headers={"Accept-Language": "en-US,en;q=0.9"})

    assert "Đăng nhập" in response.content.decode()
    assert response["Content-Language"] == "vi"


@pytest.mark.django_db
def test_language_switch_sets_english_for_later_requests(client):
    client.post("/i18n/setlang/", {"language": "en", "next": "/admin/login/"})

    response = client.get("/admin/login/")

    assert response["Content-Language"] == "en"
    assert "Sign in" in response.content.decode()


@pytest.mark.django_db
def test_unknown_language_cookie_falls_back_to_vietnamese(client):
    client.cookies["django_language"] = "xx"

    response = client.get("/admin/login/")

    assert response["Content-Language"] == "vi"
