#!/usr/bin/env python
"""Answer saves per second vs the same server's /healthz requests per second, under the same
load command (same client, same concurrency, same duration). Issue 5 asks for a ratio ≥ 0.5.

    LANTOA_VAR_DIR=/tmp/contest-var .venv/bin/python bench/contest_answer_ratio.py \
        --base http://127.0.0.1:8103 --concurrency 100 --seconds 20

Contestants thisinh1…K (K = --contestants) start an attempt in a fresh round; then for
--seconds each of C client tasks keeps PUTting answers (cycling questions and choices) to one of
those attempts. /healthz is a view that runs `SELECT 1` — the floor of a request's cost here.
"""

import argparse
import asyncio
import json
import time

import aiohttp
from contest_common import Stats, bench_round, django_setup, timed, tokens_mint


async def hammer(base, seconds, concurrency, make_request, expect):
    stats = Stats()
    connector = aiohttp.TCPConnector(limit=concurrency, limit_per_host=concurrency)
    async with aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=60)) as session:
        stop = time.perf_counter() + seconds

        async def worker(n):
            i = 0
            while time.perf_counter() < stop:
                await timed(stats, "req", lambda i=i: make_request(session, n, i), expect)
                i += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker(n) for n in range(concurrency)))
        elapsed = time.perf_counter() - started
    return stats, stats.requests / elapsed


async def start_attempts(base, tokens, round_id):
    attempts = []
    async with aiohttp.ClientSession() as session:
        for token in tokens:
            async with session.post(f"{base}/api/v1/contest/rounds/{round_id}/attempts",
                                    headers={"Authorization": f"Bearer {token}"}) as response:
                body = json.loads(await response.read())
                attempts.append((token, body["attempt_id"], [(q["id"], [c["id"] for c in q["choices"]])
                                                             for q in body["questions"]]))
    return attempts


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", default="http://127.0.0.1:8103")
    parser.add_argument("--concurrency", type=int, default=100)
    parser.add_argument("--contestants", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=20)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=2, help="alternate the two loads this many times")
    args = parser.parse_args()

    django_setup()
    contest_round = bench_round(question_count=10, minutes=60)
    tokens = list(tokens_mint([f"thisinh{n}" for n in range(args.offset + 1, args.offset + args.contestants + 1)])
                  .values())
    from django.db import connection

    connection.close()
    attempts = asyncio.run(start_attempts(args.base, tokens, contest_round.pk))

    def healthz(session, n, i):
        return session.get(f"{args.base}/healthz")

    def answer(session, n, i):
        token, attempt_id, questions = attempts[(n + i * args.concurrency) % len(attempts)]
        qid, choices = questions[i % len(questions)]
        return session.put(f"{args.base}/api/v1/contest/attempts/{attempt_id}/answers/{qid}",
                           json={"choice_id": choices[(i // len(questions)) % len(choices)]},
                           headers={"Authorization": f"Bearer {token}"})

    print(f"concurrency {args.concurrency}, {args.seconds:.0f}s each, {len(attempts)} open attempts, {args.base}")
    health_total = answer_total = 0.0
    for n in range(1, args.repeat + 1):
        # Alternating the loads evens out whatever else the machine is doing meanwhile.
        health_stats, health_rps = asyncio.run(hammer(args.base, args.seconds, args.concurrency, healthz, (200,)))
        answer_stats, answer_rps = asyncio.run(hammer(args.base, args.seconds, args.concurrency, answer, (204,)))
        health_total += health_rps
        answer_total += answer_rps
        print(f"\nrun {n}: /healthz\n" + health_stats.table())
        print(f"run {n}: answer PUT\n" + answer_stats.table())
        print(f"run {n}: /healthz {health_rps:.0f} req/s, answer saves {answer_rps:.0f}/s, "
              f"ratio {answer_rps / health_rps:.2f}")
    print(f"\n/healthz: {health_total / args.repeat:.0f} req/s   answer saves: {answer_total / args.repeat:.0f}/s   "
          f"ratio: {answer_total / health_total:.2f}")


if __name__ == "__main__":
    main()
