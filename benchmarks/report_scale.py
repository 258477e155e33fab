"""How long the status report takes on a large database, and how many queries it issues.

Builds a synthetic corpus (benchmarks/generate_corpus.py: N sources, 2N claims over 100
documents, 10N link checks) in a temporary SQLite file, or in --db when that database holds no
document yet (a database that already has one is used as it is), then times build_report for
the whole database and for one document, and each renderer. Prints figures; asserts nothing.

Usage: python benchmarks/report_scale.py [--sources 100000] [--db URL]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import event, select

sys.path.insert(0, str(Path(__file__).resolve().parent))

from claims.db import Database
from claims.models import Document
from claims.report import (
    Report,
    build_report,
    render_html,
    render_json,
    render_markdown,
)
from generate_corpus import generate


def _timed(label: str, fn: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    result = fn()
    print(f"  {label:<44} {time.perf_counter() - started:8.2f} s")
    return result


def _report(database: Database, document: str | None, *, with_text: bool) -> tuple[Report, int]:
    queries = 0

    def count(*_args: Any) -> None:
        nonlocal queries
        queries += 1

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        with database.session() as session:
            report = build_report(session, document, with_text=with_text)
    finally:
        event.remove(database.engine, "before_cursor_execute", count)
    return report, queries


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sources", type=int, default=100_000)
    parser.add_argument("--db", help="an existing corpus (default: build one in a temp dir)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        url = args.db or f"sqlite:///{Path(tmp) / 'corpus.db'}"
        database = Database(url)
        with database.session() as session:
            first = session.scalars(select(Document.key).order_by(Document.key)).first()
        if first is None:
            print(f"building a corpus of {args.sources:,} sources …")
            _timed("generate_corpus", lambda: generate(url, args.sources))
            with database.session() as session:
                first = session.scalars(select(Document.key).order_by(Document.key)).first()
        print(f"database: {database.engine.url.get_backend_name()}")

        whole, queries = _timed(
            "build_report (whole database)", lambda: _report(database, None, with_text=False)
        )
        print(
            f"    {whole.total_claims:,} claims, {whole.total_sources:,} sources, "
            f"{len(whole.links):,} links, {len(whole.claims_at_risk):,} at risk, "
            f"{len(whole.archived_copies):,} archived copies; {queries} queries"
        )
        markdown = _timed("render_markdown (whole database)", lambda: render_markdown(whole))
        text = _timed("render_json (whole database)", lambda: render_json(whole))
        print(f"    markdown {len(markdown) / 1e6:.1f} MB, json {len(text) / 1e6:.1f} MB")

        one, queries = _timed(
            f"build_report --document {first} (with text)",
            lambda: _report(database, first, with_text=True),
        )
        print(f"    {one.total_claims:,} claims, {one.total_sources:,} sources; {queries} queries")
        html = _timed("render_html (one document)", lambda: render_html(one))
        print(f"    html {len(html) / 1e6:.1f} MB")
        database.dispose()

    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory (max RSS): {peak_mib:.0f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
