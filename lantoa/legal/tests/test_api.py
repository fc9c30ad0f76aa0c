import pytest

from lantoa.legal.seed import seed


@pytest.fixture
def registry(db):
    seed()


def test_legal_documents_api_shape_and_number_search(client, registry):
    response = client.get("/api/v1/legal-documents", {"q": "qd-ttg 749"})

    body = response.json()
    assert response.status_code == 200
    assert body["count"] == 1
    item = body["items"][0]
    assert set(item) == {"id", "number", "type", "issuer", "signer", "issued_on", "effective_on", "status",
                         "summary", "url"}
    assert (item["number"], item["type"], item["issued_on"]) == ("749/QĐ-TTg", "QĐ", "2020-06-03")
    assert item["url"].endswith(f"/van-ban/{item['id']}/")


def test_legal_documents_api_filters(client, registry):
    body = client.get("/api/v1/legal-documents", {"type": "KH", "year": 2022}).json()

    assert sorted(i["number"] for i in body["items"]) == ["122/KH-UBND"]


def test_legal_documents_api_status_filter_finds_replaced(client, registry):
    body = client.get("/api/v1/legal-documents", {"status": "replaced"}).json()

    assert {"17/2012/TT-BGDĐT", "46/2017/NĐ-CP"} <= {i["number"] for i in body["items"]}


def test_legal_documents_api_bad_year_is_422_not_500(client, registry):
    response = client.get("/api/v1/legal-documents", {"year": "abc"})

    assert response.status_code == 422
