"""claims' read commands on a synthetic corpus at two sizes: time, peak memory, query plans.

For each database (SQLite always; PostgreSQL with --postgres URL) and each size (by default
10,000 and 100,000 sources, with 2N claims over 100 documents and 10N link checks, built by
generate_corpus.py) the script builds the corpus once (kept in --work between runs), runs each
command as a subprocess (``python -m claims --db URL …``, output to a file) and prints its
wall time and peak memory (max RSS, from os.wait4). Then, on the largest corpus, it prints the
query plans of the main queries (EXPLAIN QUERY PLAN on SQLite, EXPLAIN on PostgreSQL): the
statements are captured while the real code runs, then explained with the same parameters.
Prints figures; asserts nothing.

Usage: python benchmarks/scale_bench.py [--sizes 10000,100000] [--postgres URL] [--work DIR]
       [--src DIR] [--only sqlite|postgres] [--no-plans]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, inspect, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims.dataset import lint, list_sources
from claims.db import Database
from claims.enums import LinkHealth
from claims.models import Document
from claims.report import build_report
from claims.repository import links as link_queries
from claims.repository import rounds
from claims.repository.bibliography import iter_export_rows
from generate_corpus import generate

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
DOCUMENT = "doc-0001"  # one of the corpus's 100 documents: 1 % of the claims

COMMANDS: list[tuple[str, list[str]]] = [
    ("sources list --health dead --json", ["sources", "list", "--health", "dead", "--json"]),
    ("sources list --json", ["sources", "list", "--json"]),
    ("list --json", ["list", "--json"]),
    ("lint --json", ["lint", "--json"]),
    (f"lint --document {DOCUMENT} --json", ["lint", "--document", DOCUMENT, "--json"]),
    ("report (text, lint included)", ["report"]),
    ("report --format json", ["report", "--format", "json"]),
    (
        f"report --document {DOCUMENT} --format html",
        ["report", "--document", DOCUMENT, "--format", "html"],
    ),
    ("export bibtex", ["export", "bibtex"]),
    (f"export bibtex --document {DOCUMENT}", ["export", "bibtex", "--document", DOCUMENT]),
]


@dataclass(frozen=True)
class Timing:
    backend: str
    sources: int
    command: str
    wall_s: float
    max_rss_mib: float
    output_mb: float
    exit_code: int


def run_command(url: str, args: list[str], src: Path, out: Path) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MiB and exit code of ``claims --db URL args``."""
    env = {**os.environ, "PYTHONPATH": str(src), "CI": "1"}
    started = time.perf_counter()
    with out.open("wb") as sink:
        proc = subprocess.Popen(
            [sys.executable, "-m", "claims", "--db", url, *args],
            cwd=REPO,
            env=env,
            stdout=sink,
            stderr=subprocess.DEVNULL,
        )
        _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, proc.returncode


# --- corpora -----------------------------------------------------------------------------


def sqlite_corpus(work: Path, n: int) -> str:
    path = work / f"corpus-{n}.db"
    url = f"sqlite:///{path}"
    if not _has_documents(url):
        path.unlink(missing_ok=True)
        _build(url, n)
    return url


def postgres_corpus(server_url: str, n: int) -> str:
    schema = f"claims_bench_{n}"
    url = make_url(server_url).update_query_dict({"options": f"-csearch_path={schema}"})
    rendered = url.render_as_string(hide_password=False)
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{schema}"'))
    if not _has_documents(rendered):
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        _build(rendered, n)
    admin.dispose()
    return rendered


def _has_documents(url: str) -> bool:
    # a plain engine: opening a Database would migrate (and remember having migrated) it
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            if not inspect(conn).has_table("document"):
                return False
            return conn.execute(select(Document.id).limit(1)).first() is not None
    finally:
        engine.dispose()


def _build(url: str, n: int) -> None:
    print(f"  building a corpus of {n:,} sources in {make_url(url).get_backend_name()} …")
    started = time.perf_counter()
    counts = generate(url, n)
    print(f"  {', '.join(f'{v:,} {k}' for k, v in counts.items())}", end="")
    print(f" in {time.perf_counter() - started:.0f} s")
    if make_url(url).get_backend_name() == "postgresql":
        engine = create_engine(url, isolation_level="AUTOCOMMIT")
        with engine.connect() as conn:
            conn.execute(text("ANALYZE"))
        engine.dispose()


# --- query plans -------------------------------------------------------------------------


@contextmanager
def captured(database: Database) -> Iterator[list[tuple[str, Any]]]:
    statements: list[tuple[str, Any]] = []

    def remember(
        _conn: Any, _cursor: Any, statement: str, parameters: Any, _ctx: Any, many: bool
    ) -> None:
        if not many and statement.lstrip().upper().startswith(("SELECT", "UPDATE", "WITH")):
            statements.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", remember)
    try:
        yield statements
    finally:
        event.remove(database.engine, "before_cursor_execute", remember)


def explain(database: Database, statement: str, parameters: Any) -> list[str]:
    sqlite = database.dialect == "sqlite"
    prefix = "EXPLAIN QUERY PLAN " if sqlite else "EXPLAIN "
    with database.engine.connect() as conn:
        rows = conn.exec_driver_sql(prefix + statement, parameters).all()
        conn.rollback()
    if not sqlite:
        return [str(r[0]) for r in rows]
    depth: dict[int, int] = {0: -1}
    out = []
    for node, parent, _unused, detail in rows:
        depth[node] = depth.get(parent, -1) + 1
        out.append("  " * depth[node] + str(detail))
    return out


def _one_line(statement: str, limit: int = 150) -> str:
    flat = " ".join(statement.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def show_plans(database: Database) -> None:
    now = dt.datetime.now(dt.UTC)
    info = rounds.RoundInfo("bench", now, dt.timedelta(hours=24), False, "bench", True)

    def lease(s: Session) -> None:
        # a worker's view of the round by host (read when it runs dry), then a lease of hosts
        view = rounds.links_by_host(s, info, now=now)
        rounds.lease_hosts(
            s,
            info,
            view,
            worker="bench",
            now=now,
            lease=dt.timedelta(60),
            hosts=24,
            holding=(),
            per_host=32,
            limit=100,
        )
        s.rollback()  # explain the lease, take none

    def export_batch(s: Session) -> None:
        next(iter(iter_export_rows(s, batch_size=1000)))

    due = link_queries.due_links_query(now=now, recheck_after=dt.timedelta(hours=24), force=False)
    cases: list[tuple[str, Callable[[Session], object]]] = [
        ("sources list --health dead", lambda s: list_sources(s, health=(LinkHealth.DEAD,))),
        (f"lint --document {DOCUMENT}", lambda s: lint(s, document=DOCUMENT)),
        (f"report --document {DOCUMENT}", lambda s: build_report(s, DOCUMENT)),
        ("export bibtex (one batch of 1,000)", export_batch),
        ("check: links due (one run)", lambda s: s.execute(due).first()),
        ("check --worker: read the round, lease hosts (100 links)", lease),
    ]
    for label, work in cases:
        print(f"\n### {label}")
        with captured(database) as statements, database.session() as s:
            started = time.perf_counter()
            work(s)
            elapsed = time.perf_counter() - started
        print(f"({len(statements)} statements, {elapsed:.2f} s)")
        for statement, parameters in statements:
            print(f"\n    {_one_line(statement)}")
            for line in explain(database, statement, parameters):
                print(f"      {line}")


# --- main --------------------------------------------------------------------------------


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,100000", help="numbers of sources")
    parser.add_argument("--postgres", help="a PostgreSQL server URL (schemas claims_bench_N)")
    parser.add_argument("--work", type=Path, default=HERE / ".scale", help="where corpora live")
    parser.add_argument("--src", type=Path, default=REPO / "src", help="claims to run")
    parser.add_argument("--only", choices=["sqlite", "postgres"])
    parser.add_argument(
        "--commands", help="run only commands whose label contains one of these (comma-separated)"
    )
    parser.add_argument("--no-plans", action="store_true")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    args.work.mkdir(parents=True, exist_ok=True)
    backends: list[tuple[str, Callable[[int], str]]] = []
    if args.only in (None, "sqlite"):
        backends.append(("sqlite", lambda n: sqlite_corpus(args.work, n)))
    if args.postgres and args.only in (None, "postgres"):
        backends.append(("postgresql", lambda n: postgres_corpus(args.postgres, n)))
    wanted = [w for w in (args.commands or "").split(",") if w]
    commands = [c for c in COMMANDS if not wanted or any(w in c[0] for w in wanted)]

    print(
        f"scale benchmark, {time.strftime('%Y-%m-%d')}: {os.cpu_count()} cores, "
        f"{_memory_gib():.0f} GiB, Python {platform.python_version()}, claims from {args.src}"
    )
    timings: list[Timing] = []
    for backend, corpus in backends:
        for n in sizes:
            url = corpus(n)
            for label, argv in commands:
                out = args.work / "output.txt"
                wall, rss, code = run_command(url, argv, args.src, out)
                size_mb = out.stat().st_size / 1e6
                timings.append(Timing(backend, n, label, wall, rss, size_mb, code))
                print(f"  {backend:10} {n:>7,} {label:44} {wall:7.2f} s {rss:6.0f} MiB")
    _print_table(timings, sizes)

    if not args.no_plans:
        for backend, corpus in backends:
            url = corpus(max(sizes))
            print(f"\n## Query plans: {backend}, {max(sizes):,} sources")
            database = Database(url)
            show_plans(database)
            database.dispose()
    return 0


def _memory_gib() -> float:
    try:
        pages = os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE")
    except (ValueError, OSError):
        return float("nan")
    return pages / 2**30


def _print_table(timings: list[Timing], sizes: list[int]) -> None:
    print()
    head = "| command | database | " + " | ".join(f"{n:,}: s / MiB" for n in sizes)
    print(head + " | growth ×time |")
    print("| --- | --- | " + " | ".join("---:" for _ in sizes) + " | ---: |")
    keys = dict.fromkeys((t.command, t.backend) for t in timings)
    for command, backend in keys:
        cells = []
        by_size = {t.sources: t for t in timings if (t.command, t.backend) == (command, backend)}
        for n in sizes:
            t = by_size.get(n)
            flag = "" if t is None or t.exit_code in (0, 1) else f" (exit {t.exit_code})"
            cells.append("–" if t is None else f"{t.wall_s:.2f} / {t.max_rss_mib:.0f}{flag}")
        first, last = by_size.get(sizes[0]), by_size.get(sizes[-1])
        growth = f"{last.wall_s / first.wall_s:.1f}" if first and last and first.wall_s else "–"
        print(f"| `{command}` | {backend} | " + " | ".join(cells) + f" | {growth} |")


if __name__ == "__main__":
    sys.exit(main())
