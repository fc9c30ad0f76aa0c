import pytest

from lantoa.core.errors import Conflict, Forbidden
from lantoa.org.roles import Role
from lantoa.org.tests.factories import staff_user
from lantoa.plans.models import ActivityTarget
from lantoa.reports.models import Commendation
from lantoa.reports.services import commendation_decide, commendations_propose

Metric = ActivityTarget.Metric


@pytest.fixture
def evidence_2025(fake_evidence):
    fake_evidence(Metric.ARTICLES, {"van-phong": 20, "thpt-ba-to": 3, "thpt-son-ha": 1})
    fake_evidence(Metric.PARTICIPANTS, {"thpt-ba-to": 58, "thpt-son-ha": 33, "thpt-ly-son": 10})


@pytest.fixture
def reviewer(units):
    return staff_user(role=Role.REVIEWER, unit=units["cttt-gdcntx"])


@pytest.fixture
def leader(units):
    return staff_user(role=Role.LEADERSHIP, unit=units["so-gddt"])


@pytest.mark.django_db
def test_propose_ranks_units_by_evidence_score(reviewer, evidence_2025):
    proposed = commendations_propose(year=2025, actor=reviewer, limit=3)

    # van-phong 200; ba-to 30 + 100; son-ha 10 + 50; ly-son 100 × 10/52
    assert [(c.unit.code, float(c.score)) for c in proposed] == [
        ("van-phong", 200.0), ("thpt-ba-to", 130.0), ("thpt-son-ha", 60.0)]
    assert proposed[1].score_details["participation_rate"] == 100.0


@pytest.mark.django_db
def test_propose_again_keeps_decisions_and_withdraws_stale_proposals(reviewer, leader, evidence_2025, fake_evidence):
    first = commendations_propose(year=2025, actor=reviewer, limit=2)
    commendation_decide(commendation=first[0], actor=leader, approve=True)
    fake_evidence(Metric.ARTICLES, {"van-phong": 20, "thpt-ly-son": 30})

    commendations_propose(year=2025, actor=reviewer, limit=2)

    assert sorted(Commendation.objects.values_list("unit__code", "status")) == [
        ("thpt-ly-son", "proposed"), ("van-phong", "approved")]


@pytest.mark.django_db
def test_contributor_cannot_propose(units, evidence_2025):
    contributor = staff_user(role=Role.CONTRIBUTOR, unit=units["thpt-ba-to"])

    with pytest.raises(Forbidden):
        commendations_propose(year=2025, actor=contributor)

    assert Commendation.objects.count() == 0


@pytest.mark.django_db
@pytest.mark.parametrize("role", [Role.REVIEWER, Role.PUBLISHER, Role.CONTRIBUTOR, Role.FINANCE])
def test_only_leadership_decides_a_commendation(role, units, reviewer, evidence_2025):
    proposal = commendations_propose(year=2025, actor=reviewer)[0]
    someone = staff_user(role=role, unit=units["van-phong"])

    with pytest.raises(Forbidden):
        commendation_decide(commendation=proposal, actor=someone, approve=True)

    proposal.refresh_from_db()
    assert (proposal.status, proposal.decided_by) == (Commendation.Status.PROPOSED, None)


@pytest.mark.django_db
def test_leadership_approves_once(reviewer, leader, evidence_2025):
    proposal = commendations_propose(year=2025, actor=reviewer)[0]

    approved = commendation_decide(commendation=proposal, actor=leader, approve=True)

    assert (approved.status, approved.decided_by) == (Commendation.Status.APPROVED, leader)
    with pytest.raises(Conflict):
        commendation_decide(commendation=proposal, actor=leader, approve=False)


@pytest.mark.django_db
def test_decide_view_refuses_a_reviewer(client, reviewer, evidence_2025):
    from lantoa.org.services import roles_sync

    roles_sync()
    proposal = commendations_propose(year=2025, actor=reviewer)[0]
    client.force_login(reviewer)

    response = client.post(f"/admin/reports/commendations/{proposal.pk}/decide/", {"decision": "approve"})

    assert response.status_code == 403
    proposal.refresh_from_db()
    assert proposal.status == Commendation.Status.PROPOSED


@pytest.mark.django_db
def test_decide_view_lets_leadership_approve(client, reviewer, leader, evidence_2025):
    from lantoa.org.services import roles_sync

    roles_sync()
    proposal = commendations_propose(year=2025, actor=reviewer)[0]
    client.force_login(leader)

    response = client.post(f"/admin/reports/commendations/{proposal.pk}/decide/", {"decision": "approve"})

    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == Commendation.Status.APPROVED


@pytest.mark.django_db
def test_public_page_shows_approved_units_and_people_only(client, units, reviewer, leader, evidence_2025):
    approved, rejected, _pending = commendations_propose(year=2025, actor=reviewer)
    person = Commendation.objects.create(year=2025, unit=units["thpt-tra-bong"], person_name="Nguyễn Thị Hoa",
                                         person_position="Giáo viên", citation="Viết 12 bài về chuyển đổi số.")
    for commendation, approve in ((approved, True), (rejected, False), (person, True)):
        commendation_decide(commendation=commendation, actor=leader, approve=approve)

    response = client.get("/bieu-duong/")

    html = response.content.decode()
    assert response.status_code == 200
    assert ("Văn phòng Sở" in html, "Nguyễn Thị Hoa" in html, "Viết 12 bài" in html) == (True, True, True)
    assert rejected.unit.name not in html
    assert _pending.unit.name not in html


@pytest.mark.django_db
def test_public_commendations_api_lists_approved_only(client, reviewer, leader, evidence_2025):
    first, second, _third = commendations_propose(year=2025, actor=reviewer)
    commendation_decide(commendation=first, actor=leader, approve=True)

    body = client.get("/api/v1/commendations?year=2025").json()

    assert [(c["unit"], c["score"]) for c in body] == [("Văn phòng Sở", 200.0)]


@pytest.mark.django_db
def test_seed_is_idempotent_and_publishes_the_best_unit(units, leader, evidence_2025):
    import datetime

    from lantoa.reports.seed import seed

    leader.username = "lanhdao"
    leader.save()

    seed(today=datetime.date(2026, 3, 1))
    seed(today=datetime.date(2026, 3, 1))

    assert list(Commendation.objects.filter(status="approved").values_list("unit__code", flat=True)) == ["van-phong"]
    assert Commendation.objects.count() == 3
