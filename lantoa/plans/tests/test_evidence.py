from lantoa.plans.models import ActivityTarget


def test_evidence_counts_is_none_without_a_counter(isolated_evidence):
    assert isolated_evidence.evidence_counts(ActivityTarget.Metric.EVENTS, years=[2024]) is None


def test_evidence_counts_falls_back_to_the_per_year_counter(isolated_evidence):
    calls = []

    def counter(*, year, unit_ids, activity):
        calls.append(year)
        return year - 2020

    isolated_evidence.register(ActivityTarget.Metric.EVENTS, counter)

    counts = isolated_evidence.evidence_counts(ActivityTarget.Metric.EVENTS, years=[2023, 2024])

    assert (counts, calls) == ({2023: 3, 2024: 4}, [2023, 2024])


def test_evidence_count_uses_a_batched_counter_for_one_year(isolated_evidence):
    isolated_evidence.register_by_year(ActivityTarget.Metric.GUIDES, lambda *, years, unit_ids, activity: {2024: 5})

    assert isolated_evidence.evidence_count(ActivityTarget.Metric.GUIDES, year=2024) == 5
    assert isolated_evidence.evidence_count(ActivityTarget.Metric.GUIDES, year=2023) == 0
