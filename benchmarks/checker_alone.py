"""What a lean checking process could reach: claims' Checker alone, with no database, no
writer thread and no captures, beside a full ``claims check`` on the same loopback hosts.

The lean process imports only ``claims.linkcheck.checker`` (aiohttp, the guard, classify;
no SQLAlchemy, no typer) and hands each result to a sink that only counts it: the ceiling of
running the checker in a child process of its own (issue 14). Each run prints wall, CPU and
peak RSS, and the ratio of the wall to the bound of URLs x latency / concurrency.

Usage: python benchmarks/checker_alone.py [--urls 2000] [--concurrency 64] [--repeat 3]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import side_by_side as sbs
from loopback_hosts import LoopbackHosts

LEAN = """
import asyncio, sys
from claims.linkcheck.checker import Checker
from claims.linkcheck.options import CheckOptions
from claims.linkcheck.results import CheckTarget

urls = sys.stdin.read().split()
n = int(sys.argv[1])
options = CheckOptions(allow_private=True, archive=False, concurrency=n, per_host=n,
                       host_interval_s=0.0)
counts = {}

async def sink(result):
    counts[result.outcome.value] = counts.get(result.outcome.value, 0) + 1

async def main():
    async with Checker(options) as checker:
        await checker.run([CheckTarget(u) for u in urls], sink)

asyncio.run(main())
assert "sqlalchemy" not in sys.modules, "the lean process imported SQLAlchemy"
print(counts, file=sys.stderr)
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=64)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with LoopbackHosts(20, 0.1) as hosts, tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        urls = hosts.urls(args.urls)
        bound = args.urls * 0.1 / args.concurrency
        for rep in range(args.repeat):
            argv = [sys.executable, "-c", LEAN, str(args.concurrency)]
            wall, cpu, rss, code = sbs.timed(argv, cwd=work, stdin="\n".join(urls))
            if code != 0:
                raise SystemExit(f"the lean checker exited with {code}")
            full = sbs.run_claims(work, urls, args.concurrency)
            print(
                f"run {rep + 1}: checker alone {wall:.2f} s wall ({wall / bound:.2f} x the bound"
                f" of {bound:.2f} s), {cpu:.2f} s CPU, {rss:.0f} MiB; claims check"
                f" {full[0]:.2f} s wall ({full[0] / bound:.2f} x), {full[1]:.2f} s CPU,"
                f" {full[2]:.0f} MiB",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
