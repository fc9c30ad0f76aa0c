"""Shared by the contest benchmarks: Django set-up against the server's database (to create a
fresh round and mint tokens), an aiohttp client, latency statistics."""

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def django_setup():
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lantoa.settings")
    os.environ.setdefault("LANTOA_INSECURE_DEV_KEY", "1")
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    import django

    django.setup()


def bench_round(*, question_count: int = 10, minutes: int = 20):
    """A new round open now in the seeded contest, so every run starts from zero attempts."""
    import datetime

    from django.utils import timezone

    from lantoa.contest.models import Contest, QuestionBank, Round
    from lantoa.contest.seed import BANK, CONTEST_SLUG

    contest = Contest.objects.get(slug=CONTEST_SLUG)
    number = (Round.objects.filter(contest=contest).order_by("-number").values_list("number", flat=True).first() or 0) + 1
    now = timezone.now()
    return Round.objects.create(
        contest=contest, number=number, title=f"Benchmark {now:%H:%M:%S}", opens_at=now - datetime.timedelta(minutes=1),
        closes_at=now + datetime.timedelta(hours=3), question_count=question_count, time_limit_minutes=minutes,
        bank=QuestionBank.objects.get(name=BANK),
    )


def tokens_mint(usernames: list[str]) -> dict[str, str]:
    """API tokens for the bench accounts, made directly (password hashing is not what we measure;
    `--login` measures the real login endpoint instead)."""
    from django.contrib.auth import get_user_model
    from wagtail.models import APIToken

    users = {u.username: u for u in get_user_model().objects.filter(username__in=usernames)}
    missing = [name for name in usernames if name not in users]
    if missing:
        raise SystemExit(f"{len(missing)} bench accounts missing (e.g. {missing[0]}): run "
                         f"`manage.py seed_demo --contestants {len(usernames)}` first.")
    return {name: APIToken.create_token(user=users[name], name="bench")[1] for name in usernames}


class Stats:
    def __init__(self):
        self.samples: dict[str, list[float]] = {}
        self.errors: dict[str, int] = {}
        self.error_examples: dict[str, str] = {}
        self.requests = 0

    def add(self, step: str, seconds: float, ok: bool, detail: str = ""):
        self.requests += 1
        self.samples.setdefault(step, []).append(seconds)
        if not ok:
            self.errors[step] = self.errors.get(step, 0) + 1
            self.error_examples.setdefault(step, detail[:200])

    def table(self) -> str:
        lines = [f"{'step':<10}{'count':>8}{'errors':>8}{'p50 ms':>10}{'p90 ms':>10}{'p99 ms':>10}{'max ms':>10}"]
        for step, values in self.samples.items():
            values = sorted(values)
            q = statistics.quantiles(values, n=100, method="inclusive") if len(values) > 1 else values * 99
            lines.append(f"{step:<10}{len(values):>8}{self.errors.get(step, 0):>8}{q[49] * 1000:>10.1f}"
                         f"{q[89] * 1000:>10.1f}{q[98] * 1000:>10.1f}{values[-1] * 1000:>10.1f}")
        for step, example in self.error_examples.items():
            lines.append(f"  first {step} error: {example}")
        return "\n".join(lines)


async def timed(stats: Stats, step: str, coro_factory, expect: tuple[int, ...]):
    started = time.perf_counter()
    try:
        async with coro_factory() as response:
            body = await response.read()
            ok = response.status in expect
            stats.add(step, time.perf_counter() - started, ok, f"{response.status} {body[:150]!r}")
            return response.status, body
    except Exception as exc:  # noqa: BLE001 — counted as an error of the step
        stats.add(step, time.perf_counter() - started, False, repr(exc))
        return None, b""
