"""Export and import of N sources, against bibtexparser alone on the same entries.

Prints, for `claims` export (database → BibTeX) and import (BibTeX → database):
wall time, time relative to bibtexparser alone writing / parsing the same entries (wall and
CPU time: on a shared machine the CPU ratio is the steadier one), and the
peak of Python memory (tracemalloc) — for export at several N, to show it does not grow.

Usage: python benchmarks/bib_bench.py [--sources 50000] [--db-dir DIR] [--repeat 1]
       [--memory-at 5000,25000,50000] [--memory-only]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import random
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import bibtexparser
from bibtexparser.library import Library
from bibtexparser.middlewares import default_unparse_stack
from bibtexparser.model import Entry, Field

from claims.bib.bibtex import ExportItem, entry_fields, format_bibliography
from claims.bib.common import Dialect
from claims.bib.service import ExportFormat, export_bibliography, import_bibtex
from claims.db import Database
from claims.enums import AccessedBasis, SourceKind
from claims.records import Contributor, PartialDate, SourceRecord

_PROSE = (
    "China Internet censorship platform report police security law rumor court network "
    "privacy encryption company users access freedom expression data partner WeChat Weibo "
    "Müller São Łódź naïve 50% R&D C# a_b {braced} “quoted” ‘single’ – —"
)
WORDS = _PROSE.split()
FAMILIES = ["Li", "Wong", "Smith", "García", "Okafor", "Nakamura", "Novák", "Haddad", "Roth"]
GIVEN = ["Ana", "Wei", "John", "María", "Chidi", "Yuki", "Jan", "Rami", "Kenneth"]
OUTLETS = ["Reuters", "The Diplomat", "New York Times", "Wall Street Journal", "Radio Free Asia"]


def make_records(n: int, seed: int = 7) -> list[SourceRecord]:
    rng = random.Random(seed)
    kinds = list(SourceKind)
    out = []
    for i in range(n):
        day = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(8000))
        people: tuple[Contributor, ...] = tuple(
            Contributor(family=rng.choice(FAMILIES), given=rng.choice(GIVEN))
            for _ in range(rng.randrange(0, 4))
        )
        if rng.random() < 0.2:
            people = (Contributor(literal="Human Rights Watch"),)
        out.append(
            SourceRecord(
                key=f"src{i:06d}",
                kind=kinds[i % len(kinds)],
                title=" ".join(rng.choice(WORDS) for _ in range(rng.randrange(4, 12))).capitalize(),
                contributors=people,
                container=rng.choice(OUTLETS),
                publisher="Human Rights Watch" if rng.random() < 0.3 else None,
                issued=PartialDate(day.year, day.month, day.day),
                url=f"https://example.org/{day:%Y/%m/%d}/story-{i}?ref=a_b%20c",
                accessed=day + dt.timedelta(days=30) if rng.random() < 0.5 else None,
                accessed_basis=AccessedBasis.STATED,
                language="en",
            )
        )
    return out


def cpu_timed(fn: Callable[[], object]) -> tuple[float, float]:
    """(wall, CPU) seconds: on a shared machine the CPU time is the steadier figure."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def peak_mib(fn: Callable[[], object]) -> float:
    tracemalloc.start()
    try:
        fn()
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def bibtexparser_library(records: list[SourceRecord]) -> Library:
    """The same entries, fields already encoded, as bibtexparser would be handed them."""
    entries = []
    for r in records:
        etype, fields = entry_fields(ExportItem(r), Dialect.BIBTEX, ascii=True)
        entries.append(Entry(etype, r.key, [Field(f.key, f.value) for f in fields]))
    return Library(entries)


def baseline_write(records: list[SourceRecord]) -> tuple[float, float]:
    """(wall, CPU) seconds for bibtexparser alone to write the same, already encoded, entries."""
    library = bibtexparser_library(records)
    stack = default_unparse_stack(allow_inplace_modification=True)
    return cpu_timed(lambda: bibtexparser.write_string(library, unparse_stack=stack))


def load(db: Database, bib: Path) -> None:
    with db.session() as session:
        # as `claims import bibtex` does without --json or --dry-run: the keys added are
        # counted, not listed
        import_bibtex(session, bib, list_added=False)


def export(db: Database) -> int:
    sink = io.StringIO()
    written = 0

    def write(chunk: str) -> None:
        nonlocal written
        written += len(chunk)
        # keep nothing: what a pipe or a file would see
        sink.seek(0)
        sink.truncate()
        sink.write(chunk)

    with db.session() as session:
        export_bibliography(session, ExportFormat.BIBTEX, write)
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=50_000)
    parser.add_argument("--db-dir", type=Path, default=None, help="where the SQLite files go")
    parser.add_argument("--repeat", type=int, default=1, help="time each pair this many times")
    parser.add_argument(
        "--memory-at", default=None, help="sizes for the memory figures (default N/10, N/2, N)"
    )
    parser.add_argument("--memory-only", action="store_true", help="skip the timings")
    args = parser.parse_args()
    n = args.sources
    workdir = Path(args.db_dir or tempfile.mkdtemp(prefix="bib-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)

    print(f"bibliography benchmark: {n:,} sources, SQLite in {workdir}, {dt.date.today()}")
    records = make_records(n)
    text = format_bibliography([ExportItem(r) for r in records], Dialect.BIBTEX)
    bib = workdir / "sources.bib"
    bib.write_text(text, encoding="utf-8")
    print(f"  .bib file: {len(text) / 2**20:.1f} MiB")

    for run in range(0 if args.memory_only else args.repeat):
        # import: parse, decode, match, insert in one transaction; then bibtexparser alone
        db = Database(f"sqlite:///{workdir / f'bench-run{run + 1}.db'}")
        import_s, import_cpu = cpu_timed(lambda db=db: load(db, bib))  # type: ignore[misc]
        parse_s, parse_cpu = cpu_timed(lambda: bibtexparser.parse_string(text))
        print(
            f"  [{run + 1}] import  {import_s:7.2f} s   bibtexparser.parse_string alone "
            f"{parse_s:6.2f} s   ratio {import_s / parse_s:5.1f}x   ({n / import_s:,.0f} sources/s)"
            f"   CPU {import_cpu:.2f} / {parse_cpu:.2f} s = {import_cpu / parse_cpu:.2f}x"
        )
        # export: stream from the database, encode, write; then bibtexparser alone
        export_s, export_cpu = cpu_timed(lambda db=db: export(db))  # type: ignore[misc]
        write_s, write_cpu = baseline_write(records)
        print(
            f"  [{run + 1}] export  {export_s:7.2f} s   bibtexparser.write_string alone "
            f"{write_s:6.2f} s   ratio {export_s / write_s:5.1f}x   ({n / export_s:,.0f} sources/s)"
            f"   CPU {export_cpu:.2f} / {write_cpu:.2f} s = {export_cpu / write_cpu:.2f}x"
        )
        db.dispose()

    # peak Python memory: flat as N grows, for export and (streaming) import alike
    print("  peak Python memory (tracemalloc):")
    sizes = (
        [int(x) for x in args.memory_at.split(",")]
        if args.memory_at
        else sorted({max(n // 10, 1), max(n // 2, 1), n})
    )
    for size in sizes:
        sized = workdir / f"bench-{size}.db"
        sized_db = Database(f"sqlite:///{sized}")
        sized_bib = workdir / f"sources-{size}.bib"
        sized_bib.write_text(
            format_bibliography([ExportItem(r) for r in records[:size]], Dialect.BIBTEX),
            encoding="utf-8",
        )
        import_peak = peak_mib(lambda db=sized_db, b=sized_bib: load(db, b))  # type: ignore[misc]
        export_peak = peak_mib(lambda db=sized_db: export(db))  # type: ignore[misc]
        print(f"    N={size:>7,}   export {export_peak:7.1f} MiB   import {import_peak:7.1f} MiB")
        sized_db.dispose()


if __name__ == "__main__":
    main()
