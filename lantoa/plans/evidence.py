"""Progress from evidence: how many articles, press items, events, contest participants and
guides the system holds for a year (SPEC §2.8: nobody types a figure the system already knows).

plans sits below portal, press, events, contest and procedures, so it cannot import them. Each
of those apps registers a counter for its metric in its AppConfig.ready():

    from lantoa.plans.evidence import register
    register(ActivityTarget.Metric.ARTICLES, articles_published_count)

A counter is `counter(*, year: int, unit_ids: list[int] | None, activity: Activity | None) -> int`:
the evidence of `year`, optionally only that of the given units (as contributor/organiser/…),
and, where the evidence records which plan activity it serves, only that activity's (when the
app does not record it, the activity's form already says which metric applies).
"""

from collections.abc import Callable

Counter = Callable[..., int]
_counters: dict[str, Counter] = {}


def register(metric: str, counter: Counter) -> None:
    _counters[str(metric)] = counter


def registered_metrics() -> list[str]:
    return sorted(set(_counters) | set(_yearly_counters))


def evidence_count(metric: str, *, year: int, unit_ids: list[int] | None = None, activity=None) -> int | None:
    """The count for `metric`, or None when no installed app provides that evidence."""
    counter = _counters.get(str(metric))
    if counter is None:
        batched = _yearly_counters.get(str(metric))
        if batched is None:
            return None
        return int(batched(years=[year], unit_ids=unit_ids, activity=activity).get(year, 0))
    return counter(year=year, unit_ids=unit_ids, activity=activity)


# Optional batched form: `counter(*, years: list[int], unit_ids, activity) -> {year: count}`, one
# query for a whole period instead of one per year (the API and dashboard ask for every year).
YearlyCounter = Callable[..., dict[int, int]]
_yearly_counters: dict[str, YearlyCounter] = {}


def register_by_year(metric: str, counter: YearlyCounter) -> None:
    _yearly_counters[str(metric)] = counter


def evidence_counts(metric: str, *, years, unit_ids: list[int] | None = None, activity=None) -> dict[int, int] | None:
    """{year: count} for `metric` over `years`, or None when no installed app provides it.

    Uses the app's batched counter when it registered one, else asks its counter year by year.
    """
    years = list(years)
    batched = _yearly_counters.get(str(metric))
    if batched is not None:
        counts = batched(years=years, unit_ids=unit_ids, activity=activity)
        return {year: int(counts.get(year, 0)) for year in years}
    counter = _counters.get(str(metric))
    if counter is None:
        return None
    return {year: counter(year=year, unit_ids=unit_ids, activity=activity) for year in years}
