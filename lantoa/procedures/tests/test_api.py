from lantoa.procedures.models import Procedure

from .factories import ProcedureFactory


def test_procedures_api_filters_by_level(client, gdtrh):
    full = ProcedureFactory(division=gdtrh, level=Procedure.Level.FULL)
    ProcedureFactory(division=gdtrh, level=Procedure.Level.PARTIAL)

    body = client.get("/api/v1/procedures", {"level": "toan-trinh"}).json()

    assert body["count"] == 1
    item = body["items"][0]
    assert set(item) == {"id", "code", "name", "level", "field", "division", "url"}
    assert (item["id"], item["level"], item["division"]) == (full.pk, "toan-trinh", "Phòng Giáo dục Trung học")
    assert item["url"].endswith(f"/dich-vu-cong/{full.pk}/")


def test_procedures_api_hides_drafts(client, gdtrh):
    ProcedureFactory(division=gdtrh, live=False)

    assert client.get("/api/v1/procedures").json() == {"items": [], "count": 0}
