import datetime

from lantoa.org.tests.factories import UnitFactory
from lantoa.plans.evidence import evidence_counts
from lantoa.plans.models import Activity, ActivityTarget
from lantoa.plans.tests.factories import ActivityFactory
from lantoa.press import queries
from lantoa.press.tests.factories import PressItemFactory


def _published(unit, day, **kwargs):
    return PressItemFactory(unit=unit, supplied_on=day, status="published", published_on=day, **kwargs)


def test_press_evidence_counts_published_items_by_year_of_publication(db):
    unit = UnitFactory()
    _published(unit, datetime.date(2023, 12, 30))
    _published(unit, datetime.date(2024, 1, 2))
    _published(unit, datetime.date(2024, 6, 1))
    PressItemFactory(unit=unit, supplied_on=datetime.date(2024, 5, 5))  # still waiting
    PressItemFactory(unit=unit, supplied_on=datetime.date(2024, 5, 5), status="declined", decline_reason="x")

    counts = evidence_counts(ActivityTarget.Metric.PRESS_ITEMS, years=[2023, 2024, 2025])

    assert counts == {2023: 1, 2024: 2, 2025: 0}


def test_press_evidence_by_unit_and_activity(db):
    unit, other = UnitFactory(), UnitFactory()
    press = ActivityFactory(form=Activity.Form.PRESS)
    portal = ActivityFactory(form=Activity.Form.PORTAL, plan=press.plan)
    _published(unit, datetime.date(2024, 3, 1), activity=press)
    _published(unit, datetime.date(2024, 3, 1))  # names no activity: counts for the press activity
    _published(unit, datetime.date(2024, 3, 1), activity=portal)
    _published(other, datetime.date(2024, 3, 1), activity=press)

    by_press = evidence_counts(ActivityTarget.Metric.PRESS_ITEMS, years=[2024], unit_ids=[unit.pk], activity=press)
    by_portal = evidence_counts(ActivityTarget.Metric.PRESS_ITEMS, years=[2024], unit_ids=[unit.pk], activity=portal)

    assert (by_press, by_portal) == ({2024: 2}, {2024: 1})


def test_counts_by_year_and_unit(db):
    unit = UnitFactory(name="Trường THPT A")
    _published(unit, datetime.date(2024, 3, 1))
    PressItemFactory(unit=unit, supplied_on=datetime.date(2024, 4, 1), status="declined", decline_reason="x")
    PressItemFactory(unit=unit, supplied_on=datetime.date(2025, 4, 1))

    rows = queries.counts_by_year_and_unit()

    assert [(r["y"], r["unit__name"], r["supplied"], r["published"], r["declined"]) for r in rows] == [
        (2025, "Trường THPT A", 1, 0, 0), (2024, "Trường THPT A", 2, 1, 1)]
