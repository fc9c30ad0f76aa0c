import datetime

from lantoa.procedures.models import Procedure

from .factories import ProcedureFactory


def test_catalogue_shows_both_levels_grouped_and_filters(client, gdtrh_procedure, qlcl):
    ProcedureFactory(division=qlcl, level=Procedure.Level.PARTIAL, field="Khảo thí", name="Phúc khảo bài thi")

    everything = client.get("/dich-vu-cong/").content.decode()
    partial = client.get("/dich-vu-cong/", {"level": "mot-phan"}).content.decode()

    assert "Chuyển trường" in everything and "Phúc khảo bài thi" in everything
    assert "<h2>Khảo thí</h2>" in everything
    assert "Phúc khảo bài thi" in partial and "Chuyển trường" not in partial


def test_guide_page_has_every_part(client, gdtrh_procedure, settings):
    html = client.get(gdtrh_procedure.get_absolute_url()).content.decode()

    for part in ('id="steps"', 'id="channels"', 'id="dossier"', 'id="legal-basis"', "05 ngày làm việc",
                 settings.LANTOA_PROVINCE_PORTAL_URL, 'class="level-badge level-toan-trinh"'):
        assert part in html
    assert gdtrh_procedure.legal_bases.get().get_absolute_url() in html


def test_retired_guide_still_opens_with_notice(client, gdtrh):
    procedure = ProcedureFactory(division=gdtrh, valid_to=datetime.date(2025, 2, 13))

    response = client.get(procedure.get_absolute_url())

    assert response.status_code == 200
    assert response.context["is_current"] is False
    assert procedure.name not in client.get("/dich-vu-cong/").content.decode()


def test_draft_guide_is_404(client, gdtrh):
    procedure = ProcedureFactory(division=gdtrh, live=False)

    assert client.get(procedure.get_absolute_url()).status_code == 404
