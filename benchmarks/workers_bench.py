"""Several ``claims check --worker`` processes sharing one round: wall time and exactly-once.

The URL list of the side-by-side benchmark (2,000 URLs over 20 loopback hosts answering after
100 ms) is loaded into a fresh database; then 1, 2 and 3 workers (separate processes, default
options) check it as one round each. The script prints the wall time until the last worker
exits (and, of it, the time to the servers' first request and from there to the last: the
workers' start and their checking), the checks the round recorded and how many links had
other than exactly one, the requests the servers saw and the peak in flight per host, and the
workers' summed CPU time and largest peak memory. Prints figures; asserts nothing.

Usage: python benchmarks/workers_bench.py [--db sqlite|postgres URL] [--workers 1,2,3]
       [--urls 2000] [--hosts 20] [--batch 100]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims.db import Database
from claims.enums import SourceKind
from claims.models import Link, Source
from claims.repository import rounds
from loopback_hosts import LoopbackHosts

REPO = Path(__file__).resolve().parent.parent


def fresh_database(base: str | None, work: Path) -> tuple[str, str | None]:
    """A new database URL (and the PostgreSQL schema to drop afterwards)."""
    if not base:
        return f"sqlite:///{work / f'workers-{uuid.uuid4().hex[:8]}.db'}", None
    schema = f"claims_workers_{uuid.uuid4().hex[:8]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    url = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"})
    return url.render_as_string(hide_password=False), schema


def drop_schema(base: str, schema: str) -> None:
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


def run_round(url: str, workers: int, batch: int) -> tuple[float, float, float, float]:
    """Wall seconds until the last worker exits, its start (monotonic), summed CPU seconds,
    largest max RSS in MiB."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "CI": "1"}
    argv = [sys.executable, "-m", "claims", "--db", url, "check", "--worker", "--round", "bench"]
    argv += ["--batch", str(batch), "--allow-private", "--no-archive", "--json"]
    argv += ["--fail-on", "never"]
    started = time.perf_counter()
    started_at = time.monotonic()
    procs = [
        subprocess.Popen(
            [*argv, "--worker-id", f"w{i}"],
            cwd=REPO,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for i in range(workers)
    ]
    cpu, rss = 0.0, 0.0
    for proc in procs:
        _, _status, usage = os.wait4(proc.pid, 0)
        cpu += usage.ru_utime + usage.ru_stime
        rss = max(rss, usage.ru_maxrss / 1024)
    return time.perf_counter() - started, started_at, cpu, rss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="a PostgreSQL server URL (default: SQLite files)")
    parser.add_argument("--workers", default="1,2,3")
    parser.add_argument("--urls", type=int, default=2000)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args()
    backend = "postgresql" if args.db else "sqlite"
    print(
        f"{args.urls} URLs over {args.hosts} loopback hosts (100 ms), {backend}, batch "
        f"{args.batch}; {os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}\n"
    )
    print(
        "| workers | wall s | to the first request s | first to last request s "
        "| checks in round | links not checked exactly once | requests |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |", end="")
    print()
    rows = []
    with LoopbackHosts(args.hosts, 0.1) as hosts, tempfile.TemporaryDirectory() as tmp:
        urls = hosts.urls(args.urls)
        for n in (int(w) for w in args.workers.split(",")):
            url, schema = fresh_database(args.db, Path(tmp))
            database = Database(url)
            with database.session() as s:
                for i, u in enumerate(urls):
                    s.add(Source(key=f"s{i}", kind=SourceKind.WEB_PAGE, url=u, link=Link(url=u)))
            hosts.stats.reset()
            wall, started_at, cpu, rss = run_round(url, n, args.batch)
            first, last = hosts.stats.first_at, hosts.stats.last_at
            assert first is not None
            assert last is not None
            with database.session(readonly=True) as s:
                counts = dict(rounds.round_check_counts(s, "bench"))
                links = s.scalar(select(func.count()).select_from(Link)) or 0
            database.dispose()
            if schema is not None and args.db:
                drop_schema(args.db, schema)
            wrong = sum(1 for n_checks in counts.values() if n_checks != 1) + links - len(counts)
            rows.append((n, wall, cpu, rss, hosts.stats.peak_per_host))
            print(
                f"| {n} | {wall:.2f} | {first - started_at:.2f} | {last - first:.2f} | "
                f"{sum(counts.values()):,} | {wrong} | {hosts.stats.total_requests:,} |"
            )
    print("\n| workers | CPU s (all workers) | largest max RSS MiB | peak in flight per host |")
    print("| ---: | ---: | ---: | ---: |")
    for n, _wall, cpu, rss, peak in rows:
        print(f"| {n} | {cpu:.1f} | {rss:.0f} | {peak} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
