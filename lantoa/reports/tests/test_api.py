import pytest

from lantoa.plans.models import ActivityTarget

Metric = ActivityTarget.Metric


@pytest.mark.django_db
def test_stats_gives_target_and_done_per_activity_of_the_plan(client, plan, fake_evidence):
    fake_evidence(Metric.PRESS_ITEMS, {"cttt-gdcntx": 30, "thpt-ba-to": 6})
    fake_evidence(Metric.PARTICIPANTS, {"thpt-ba-to": 29})

    response = client.get("/api/v1/stats/2025")

    assert response.status_code == 200
    body = response.json()
    assert body["plan"]["id"] == plan.pk
    assert [(a["order"], a["form"], a["target"], a["done"]) for a in body["activities"]] == [
        (1, "press", 40, 36), (2, "contest", 2000, 29)]
    assert body["activities"][0]["rate"] == 90.0


@pytest.mark.django_db
def test_stats_totals_are_null_where_no_module_counts_yet(client, plan, fake_evidence):
    fake_evidence(Metric.ARTICLES, {"van-phong": 12})

    body = client.get("/api/v1/stats/2025").json()

    assert body["totals"] == {"articles": 12, "press_items": None, "events": None, "participants": None,
                              "guides": None}


@pytest.mark.django_db
def test_stats_per_unit_participation_rate_and_score(client, plan, fake_evidence):
    fake_evidence(Metric.PARTICIPANTS, {"thpt-ba-to": 29})
    fake_evidence(Metric.ARTICLES, {"thpt-ba-to": 2})

    units = {u["code"]: u for u in client.get("/api/v1/stats/2025").json()["units"]}

    assert (units["thpt-ba-to"]["participants"], units["thpt-ba-to"]["head_count"]) == (29, 58)
    assert units["thpt-ba-to"]["participation_rate"] == 50.0
    assert units["thpt-ba-to"]["score"] == 10 * 2 + 100 * 0.5
    assert "bao-quang-ngai" not in units  # external bodies take no part


@pytest.mark.django_db
def test_stats_keeps_district_offices_in_2025_but_not_in_2026(client, plan, fake_evidence):
    codes_2025 = {u["code"] for u in client.get("/api/v1/stats/2025").json()["units"]}
    codes_2026 = {u["code"] for u in client.get("/api/v1/stats/2026").json()["units"]}

    assert ("pgd-ly-son" in codes_2025, "pgd-ly-son" in codes_2026) == (True, False)


@pytest.mark.django_db
def test_stats_names_the_recipient_department_of_the_year(client, plan, fake_evidence):
    assert client.get("/api/v1/stats/2024").json()["recipient"]["code"] == "so-tttt"
    assert client.get("/api/v1/stats/2025").json()["recipient"]["code"] == "so-khcn"


@pytest.mark.django_db
def test_stats_of_a_year_without_plan_has_no_activities(client, units, fake_evidence):
    body = client.get("/api/v1/stats/2019").json()

    assert (body["plan"], body["activities"], body["deadline"]) == (None, [], "2019-11-01")


@pytest.mark.django_db
@pytest.mark.parametrize("year", ["1999", "2999", "-5"])
def test_stats_of_a_silly_year_is_a_400(client, units, year):
    response = client.get(f"/api/v1/stats/{year}")

    assert response.status_code == 400
    assert response.json()["code"] == "InvalidYear"


@pytest.mark.django_db
def test_stats_of_a_non_number_is_a_422(client, units):
    assert client.get("/api/v1/stats/hai-nghin").status_code == 422


@pytest.mark.django_db
def test_stats_schema_is_in_openapi(client):
    schema = client.get("/api/v1/openapi.json").json()

    assert "/api/v1/stats/{year}" in schema["paths"]
    assert "YearStats" in schema["components"]["schemas"]


@pytest.mark.django_db
def test_stats_works_with_the_counters_the_apps_install(client, plan):
    from lantoa.plans.evidence import registered_metrics

    body = client.get("/api/v1/stats/2025").json()

    provided = {m for m in body["totals"] if body["totals"][m] is not None}
    assert provided == {m for m in registered_metrics() if m in body["totals"]}
    assert all(isinstance(body["totals"][m], int) for m in provided)
    assert len(body["units"]) == 8 + 21 + 13  # divisions, schools and centres, district offices


@pytest.mark.django_db
def test_stats_are_cached_for_five_minutes(client, plan, fake_evidence):
    fake_evidence(Metric.ARTICLES, {"van-phong": 1})
    first = client.get("/api/v1/stats/2025").json()
    fake_evidence(Metric.ARTICLES, {"van-phong": 9})

    second = client.get("/api/v1/stats/2025").json()

    assert (first["totals"]["articles"], second["totals"]["articles"]) == (1, 1)
