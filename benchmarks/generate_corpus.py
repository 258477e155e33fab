"""Generate a synthetic corpus for scale benchmarks: N sources, 2N claims, 10N link checks.

Usage: python benchmarks/generate_corpus.py --db sqlite:///big.db --sources 100000
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import random
import sys
import time
from collections.abc import Iterator
from typing import Any

from sqlalchemy import insert, text

from claims.db import Database
from claims.enums import (
    AccessedBasis,
    CheckOutcome,
    ClaimStatus,
    DatePrecision,
    LinkHealth,
    SourceKind,
)
from claims.models import Citation, Claim, Contributor, Document, Link, LinkCheck, Source

CHUNK = 5_000
DOCUMENTS = 100
WORDS = [
    "government",
    "censorship",
    "internet",
    "platform",
    "report",
    "police",
    "security",
    "law",
    "rumor",
    "court",
    "network",
    "privacy",
    "encryption",
    "company",
    "users",
    "access",
    "freedom",
    "expression",
    "data",
    "partner",
]
FAMILIES = ["Li", "Wong", "Smith", "Garcia", "Okafor", "Nakamura", "Novak", "Haddad", "Roth"]
GIVEN = ["Ana", "Wei", "John", "Maria", "Chidi", "Yuki", "Jan", "Rami", "Kenneth"]
HEALTH_MIX = [LinkHealth.ALIVE] * 80 + [LinkHealth.DEAD] * 8 + [LinkHealth.SUSPECT] * 7
HEALTH_MIX += [LinkHealth.INCONCLUSIVE] * 2 + [LinkHealth.UNCHECKED] * 3


def _chunks(rows: Iterator[dict[str, Any]]) -> Iterator[list[dict[str, Any]]]:
    batch: list[dict[str, Any]] = []
    for row in rows:
        batch.append(row)
        if len(batch) == CHUNK:
            yield batch
            batch = []
    if batch:
        yield batch


def generate(url: str, n_sources: int, seed: int = 7) -> dict[str, int]:
    rng = random.Random(seed)
    database = Database(url)
    now = dt.datetime.now(dt.UTC)
    counts = {"documents": DOCUMENTS, "sources": n_sources}

    def write(table: Any, rows: Iterator[dict[str, Any]]) -> int:
        total = 0
        for batch in _chunks(rows):
            with database.session() as s:
                s.execute(insert(table), batch)
            total += len(batch)
        return total

    def documents() -> Iterator[dict[str, Any]]:
        for d in range(1, DOCUMENTS + 1):
            text = " ".join(rng.choice(WORDS) for _ in range(4000))
            yield {
                "id": d,
                "key": f"doc-{d:04d}",
                "title": f"Synthetic document {d}",
                "text": text,
                "text_hash": hashlib.sha256(text.encode()).hexdigest(),
                "created_at": now,
                "updated_at": now,
            }

    def links() -> Iterator[dict[str, Any]]:
        for i in range(1, n_sources + 1):
            yield {
                "id": i,
                "url": f"https://host{i % 500}.example/{i}/article-{i}",
                "health": rng.choice(HEALTH_MIX).value,
                "last_checked_at": now - dt.timedelta(hours=rng.randint(1, 400)),
                "created_at": now,
            }

    def sources() -> Iterator[dict[str, Any]]:
        kinds = list(SourceKind)
        for i in range(1, n_sources + 1):
            title_words = [rng.choice(WORDS).capitalize() for _ in range(6)]
            year = rng.randint(2005, 2024)
            stated = rng.random() < 0.7
            yield {
                "id": i,
                "key": f"{rng.choice(FAMILIES).lower()}{''.join(title_words[:3])}{year}_{i}",
                "kind": rng.choice(kinds).value,
                "title": " ".join(title_words),
                "container": f"The {rng.choice(WORDS).capitalize()} Times",
                "issued": dt.date(year, rng.randint(1, 12), rng.randint(1, 28)),
                "issued_precision": DatePrecision.DAY.value,
                "url": f"https://host{i % 500}.example/{i}/article-{i}",
                "link_id": i,
                "accessed": dt.date(2016, 5, 26) if stated else None,
                "accessed_basis": (AccessedBasis.STATED if stated else AccessedBasis.UNKNOWN).value,
                "raw": "synthetic",
                "extra": {},
                "created_at": now,
                "updated_at": now,
            }

    def contributors() -> Iterator[dict[str, Any]]:
        for i in range(1, n_sources + 1):
            yield {
                "source_id": i,
                "role": "author",
                "position": 1,
                "family": rng.choice(FAMILIES),
                "given": rng.choice(GIVEN),
            }

    def claims() -> Iterator[dict[str, Any]]:
        statuses = list(ClaimStatus)
        for c in range(1, 2 * n_sources + 1):
            start = rng.randint(0, 20000)
            yield {
                "id": c,
                "key": f"claim-{c:07d}",
                "document_id": 1 + c % DOCUMENTS,
                "quote": "synthetic quote",
                "prefix": "",
                "suffix": "",
                "start": start,
                "end": start + 15,
                "statement": "A synthetic claim.",
                "status": rng.choice(statuses).value,
                "created_at": now,
                "updated_at": now,
            }

    def citations() -> Iterator[dict[str, Any]]:
        for c in range(1, 2 * n_sources + 1):
            yield {"claim_id": c, "source_id": 1 + (c - 1) // 2, "position": 1}

    def checks() -> Iterator[dict[str, Any]]:
        outcomes = [CheckOutcome.OK] * 8 + [CheckOutcome.NOT_FOUND, CheckOutcome.TIMEOUT]
        for i in range(1, n_sources + 1):
            for k in range(10):
                yield {
                    "link_id": i,
                    "checked_at": now - dt.timedelta(days=10 - k, minutes=i % 60),
                    "outcome": rng.choice(outcomes).value,
                    "http_status": 200,
                    "redirects": [],
                    "drifted": False,
                    "elapsed_ms": rng.randint(50, 900),
                }

    counts["documents"] = write(Document.__table__, documents())
    write(Link.__table__, links())
    write(Source.__table__, sources())
    write(Contributor.__table__, contributors())
    counts["claims"] = write(Claim.__table__, claims())
    counts["citations"] = write(Citation.__table__, citations())
    counts["link_checks"] = write(LinkCheck.__table__, checks())
    if database.engine.dialect.name == "postgresql":
        with database.session() as s:
            for table in ("document", "link", "source", "claim"):
                s.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                        f"(SELECT max(id) FROM {table}))"
                    )
                )
    database.dispose()
    return counts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="database URL (a new, empty database)")
    parser.add_argument("--sources", type=int, default=100_000)
    args = parser.parse_args()
    started = time.perf_counter()
    counts = generate(args.db, args.sources)
    elapsed = time.perf_counter() - started
    print(", ".join(f"{v:,} {k}" for k, v in counts.items()), f"in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
