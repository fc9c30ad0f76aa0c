from lantoa.budget import queries
from lantoa.budget import seed as budget_seed
from lantoa.budget.models import Estimate, Settlement
from lantoa.legal import seed as legal_seed
from lantoa.org import seed as org_seed
from lantoa.plans import seed as plans_seed


def test_seed_goes_from_estimate_to_settlement_to_the_dong(db):
    org_seed.seed()
    legal_seed.seed()
    plans_seed.seed()

    budget_seed.seed()
    budget_seed.seed()

    settlement = Settlement.objects.get(unit__code="cttt-gdcntx", year=2025)
    assert (settlement.approved_total, settlement.spent_total) == (12 * 1_200_000 + 2 * 8_500_000, 21_700_000)
    assert Estimate.objects.count() == len(budget_seed.ESTIMATES)
    rows = {r.unit_name: (r.approved, r.spent) for r in queries.budget_vs_actual(year=2025)}
    assert rows["Văn phòng Sở"] == (12_000_000 + 180 * 35_000 + 180 * 20_000, 21_900_000)
