#!/usr/bin/env python
"""Deadline surge on the contest API (SPEC §4, issue 5): N contestants, C at a time, each logs in
(POST /api/v1/auth/token with the password: real password hashing), starts an attempt, answers
every question, reads the attempt back and submits. `--tokens` mints the tokens beforehand
instead (to measure the contest endpoints alone).

Prints errors, lost answers (acknowledged with 204 but not in the database, checked directly
in the database after the run), p50/p90/p99 per step and requests per second.

    # server started the README way, on its own data dir and port:
    LANTOA_VAR_DIR=/tmp/contest-var .venv/bin/python manage.py seed_demo --contestants 2000
    LANTOA_VAR_DIR=/tmp/contest-var LANTOA_IP_RATE_LIMIT=0 PORT=8103 LANTOA_INSECURE_DEV_KEY=1 \
        SECURE_SSL_REDIRECT=0 bin/serve
    LANTOA_VAR_DIR=/tmp/contest-var .venv/bin/python bench/contest_surge.py --contestants 2000 --concurrency 100 \
        --base http://127.0.0.1:8103

`LANTOA_IP_RATE_LIMIT=0` because every simulated contestant comes from 127.0.0.1 (as a whole
school behind one NAT address would). `--base` takes several servers, comma-separated
(PostgreSQL with two app processes). `--kill-after S --kill-master PID` SIGKILLs one app server
worker S seconds into the surge, to show that no acknowledged answer is lost.
"""

import argparse
import asyncio
import json
import os
import random
import signal
import subprocess
import time

import aiohttp
from contest_common import Stats, bench_round, django_setup, timed, tokens_mint


async def login(session, base, credentials, stats):
    """POST /api/v1/auth/token as a client does: after "busy" (503) it waits Retry-After seconds
    and tries again, after a dropped connection it tries again at once. The login's time is the
    whole wait, retries included ("login" row); each refusal is counted ("login busy" row)."""
    payload = {"username": credentials["username"], "password": credentials["password"]}
    started = time.perf_counter()
    for _attempt in range(120):
        try:
            async with session.post(f"{base}/api/v1/auth/token", json=payload) as response:
                body = await response.read()
                if response.status == 503:
                    stats.add("login busy", 0, True)
                    await asyncio.sleep(float(response.headers.get("Retry-After", "1")))
                    continue
                stats.add("login", time.perf_counter() - started, response.status == 200,
                          f"{response.status} {body[:200]!r}")
                return json.loads(body)["token"] if response.status == 200 else None
        except (TimeoutError, aiohttp.ClientError):
            continue
    stats.add("login", time.perf_counter() - started, False, "gave up after 120 tries")
    return None


async def contestant(session, base, credentials, round_id, stats, acked, rng):
    token = credentials.get("token")
    if token is None:
        token = await login(session, base, credentials, stats)
        if token is None:
            return
    headers = {"Authorization": f"Bearer {token}"}
    start = lambda: session.post(f"{base}/api/v1/contest/rounds/{round_id}/attempts", headers=headers)  # noqa: E731
    status, body = await timed(stats, "start", start, (200, 201))
    if status is None:  # connection dropped (e.g. worker killed): a client retries; start is idempotent
        status, body = await timed(stats, "start", start, (200, 201))
    if status not in (200, 201):
        return
    attempt = json.loads(body)
    attempt_id = attempt["attempt_id"]
    mine = acked.setdefault(attempt_id, {})
    for question in attempt["questions"]:
        choice = rng.choice(question["choices"])["id"]
        status, _ = await timed(stats, "answer", lambda q=question, c=choice: session.put(
            f"{base}/api/v1/contest/attempts/{attempt_id}/answers/{q['id']}", json={"choice_id": c},
            headers=headers), (204,))
        if status == 204:
            mine[question["id"]] = choice
    status, body = await timed(stats, "read", lambda: session.get(
        f"{base}/api/v1/contest/attempts/{attempt_id}", headers=headers), (200,))
    if status == 200:
        seen = {int(k): v for k, v in json.loads(body)["answers"].items()}
        if seen != mine:
            stats.add("readback", 0, False, f"attempt {attempt_id}: read {len(seen)} answers, acked {len(mine)}")
    prediction = rng.randint(0, 3000)
    submit = lambda: session.post(f"{base}/api/v1/contest/attempts/{attempt_id}/submit",  # noqa: E731
                                  json={"prediction": prediction}, headers=headers)
    status, _ = await timed(stats, "submit", submit, (200,))
    if status is None:  # retried like a real client: submitting twice returns the same result
        await timed(stats, "submit", submit, (200,))


def kill_one_worker(master_pid: int) -> int | None:
    children = subprocess.run(["pgrep", "-P", str(master_pid)], capture_output=True, text=True).stdout.split()
    workers = [int(pid) for pid in children]
    if not workers:
        return None
    victim = random.choice(workers)
    os.kill(victim, signal.SIGKILL)
    return victim


async def surge(args, people, round_id):
    bases = args.base.split(",")
    stats, acked = Stats(), {}
    queue: asyncio.Queue = asyncio.Queue()
    for i, credentials in enumerate(people):
        queue.put_nowait((bases[i % len(bases)], credentials))
    connector = aiohttp.TCPConnector(limit=args.concurrency, limit_per_host=args.concurrency)
    timeout = aiohttp.ClientTimeout(total=60)
    killed = []

    async def killer():
        await asyncio.sleep(args.kill_after)
        killed.append(kill_one_worker(args.kill_master))

    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        async def worker(n):
            rng = random.Random(n)
            while not queue.empty():
                base, credentials = queue.get_nowait()
                await contestant(session, base, credentials, round_id, stats, acked, rng)

        started = time.perf_counter()
        tasks = [asyncio.create_task(worker(n)) for n in range(args.concurrency)]
        if args.kill_master:
            tasks.append(asyncio.create_task(killer()))
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - started
    return stats, acked, elapsed, killed


def verify(round_id, acked) -> dict:
    """Compare every acknowledged answer with the database, and every submit with its score."""
    from lantoa.contest.models import Answer, Attempt

    stored = {}
    for attempt_id, qid, cid in Answer.objects.filter(attempt__round_id=round_id).values_list(
            "attempt_id", "question_id", "choice_id"):
        stored[(attempt_id, qid)] = cid
    lost = sum(1 for attempt_id, answers in acked.items() for qid, cid in answers.items()
               if stored.get((attempt_id, qid)) != cid)
    attempts = Attempt.objects.filter(round_id=round_id)
    return {
        "acknowledged_answers": sum(len(a) for a in acked.values()),
        "answers_in_db": len(stored),
        "lost_answers": lost,
        "attempts": attempts.count(),
        "submitted": attempts.filter(status="submitted").count(),
        "left_open": attempts.filter(status="open").count(),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="http://127.0.0.1:8103")
    parser.add_argument("--contestants", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--questions", type=int, default=10)
    parser.add_argument("--offset", type=int, default=0, help="use thisinh(offset+1)…")
    parser.add_argument("--tokens", action="store_true",
                        help="mint API tokens beforehand instead of logging every contestant in")
    parser.add_argument("--password", default=os.environ.get("LANTOA_DEMO_PASSWORD", "lantoa-demo"))
    parser.add_argument("--kill-after", type=float, default=0)
    parser.add_argument("--kill-master", type=int, default=0, help="app server (granian) main PID (with --kill-after)")
    args = parser.parse_args()

    django_setup()
    contest_round = bench_round(question_count=args.questions)
    usernames = [f"thisinh{n}" for n in range(args.offset + 1, args.offset + args.contestants + 1)]
    if args.tokens:
        t0 = time.perf_counter()
        people = [{"token": token} for token in tokens_mint(usernames).values()]
        print(f"round {contest_round.pk} ({args.questions} questions); {len(people)} tokens minted in "
              f"{time.perf_counter() - t0:.1f}s")
    else:
        people = [{"username": name, "password": args.password} for name in usernames]
        print(f"round {contest_round.pk} ({args.questions} questions); every contestant logs in")

    stats, acked, elapsed, killed = asyncio.run(surge(args, people, contest_round.pk))
    print(f"\n{args.contestants} contestants, {args.concurrency} concurrent, {args.base}")
    print(stats.table())
    print(f"\nrequests: {stats.requests}  wall: {elapsed:.1f}s  throughput: {stats.requests / elapsed:.0f} req/s  "
          f"errors: {sum(stats.errors.values())}")
    if killed:
        print(f"killed worker pid: {killed[0]}")
    from django.db import connection

    connection.close()
    print("database check:", json.dumps(verify(contest_round.pk, acked)))


if __name__ == "__main__":
    main()
