import datetime

from .conftest import article_publish


def test_articles_api_lists_published_articles_per_spec(client, tree, units):
    article = article_publish(tree.topic, title="Cảnh giác lừa đảo trực tuyến", unit=units.school,
                              when=datetime.date(2024, 10, 2))

    body = client.get("/api/v1/articles").json()

    assert body["count"] == 1
    assert body["items"] == [{
        "id": article.pk, "title": "Cảnh giác lừa đảo trực tuyến",
        "url": f"http://testserver{article.url}", "topic": tree.topic.title, "unit": units.school.name,
        "published_at": "2024-10-02T02:00:00Z",
    }]


def test_articles_api_q_searches_like_the_site(client, tree):
    article_publish(tree.topic, title="Cảnh giác lừa đảo trực tuyến")
    article_publish(tree.topic, title="Học bạ số")

    body = client.get("/api/v1/articles", {"q": "LUA DAO"}).json()

    assert [item["title"] for item in body["items"]] == ["Cảnh giác lừa đảo trực tuyến"]


def test_articles_api_bad_year_is_a_4xx(client, tree):
    assert client.get("/api/v1/articles", {"year": "x"}).status_code == 422
