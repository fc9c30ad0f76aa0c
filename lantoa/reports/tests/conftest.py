import datetime

import pytest

from lantoa.org.models import Unit
from lantoa.org.seed import seed as org_seed
from lantoa.plans import evidence
from lantoa.plans.models import Activity, ActivityTarget, Plan


@pytest.fixture(autouse=True)
def empty_cache():
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def units(db):
    org_seed()
    return {u.code: u for u in Unit.objects.all()}


@pytest.fixture
def plan(units):
    plan = Plan.objects.create(
        title="Kế hoạch truyền thông về Chuyển đổi số ngành GDĐT giai đoạn 2022 - 2025", number="316/KH-SGDĐT",
        owner=units["so-gddt"], start_year=2022, end_year=2025, status=Plan.Status.APPROVED,
        issued_on=datetime.date(2023, 12, 21), signer="Nguyễn Ngọc Thái", signer_title="Giám đốc",
        purpose="Nâng cao nhận thức về chuyển đổi số.", requirements="Đúng quy định của pháp luật.",
        contents="Thông tin chủ trương về chuyển đổi số.",
        recipients="Sở Thông tin và Truyền thông;\nLãnh đạo Sở;\nLưu: VT, VP.",
    )
    press = Activity.objects.create(plan=plan, sort_order=1, title="Tuyên truyền trên Báo, Đài Phát thanh và Truyền hình tỉnh",
                                    form=Activity.Form.PRESS, schedule=Activity.Schedule.RECURRING,
                                    lead_note="Phòng CTTT-GDCNTX.")
    contest = Activity.objects.create(plan=plan, sort_order=2, title="Tham gia Cuộc thi tìm hiểu về chuyển đổi số trực tuyến",
                                      form=Activity.Form.CONTEST, schedule=Activity.Schedule.YEAR_RANGE,
                                      start_year=2023, end_year=2025, lead_note="Văn phòng Sở; Phòng CTTT-GDCNTX.")
    for activity in (press, contest):
        activity.lead_units.set([units["cttt-gdcntx"]])
        activity.save()
    ActivityTarget.objects.create(activity=press, year=2025, metric=ActivityTarget.Metric.PRESS_ITEMS, target=40)
    ActivityTarget.objects.create(activity=contest, year=2025, metric=ActivityTarget.Metric.PARTICIPANTS, target=2000)
    return plan


@pytest.fixture
def fake_evidence(monkeypatch, units):
    """Replace every app's counters by a table {metric: {unit code: count}} for one year, so
    the tests do not depend on modules being built beside this one."""
    table: dict[str, dict[str, int]] = {}
    year_of_table = {"year": 2025}
    ids = {u.pk: u.code for u in units.values()}

    def make(metric):
        def counter(*, year, unit_ids=None, activity=None):
            if year != year_of_table["year"]:
                return 0
            rows = table.get(metric, {})
            if unit_ids is None:
                return sum(rows.values())
            return sum(count for code, count in rows.items() if code in {ids[i] for i in unit_ids})
        return counter

    def provide(metric, counts: dict[str, int]):
        table[str(metric)] = counts
        evidence._counters[str(metric)] = make(str(metric))

    monkeypatch.setattr(evidence, "_counters", {})
    monkeypatch.setattr(evidence, "_yearly_counters", {}, raising=False)
    return provide
