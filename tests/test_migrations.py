"""The migration chain: upgrade, downgrade and upgrade with rows present; models agree."""

from __future__ import annotations

import datetime as dt
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, func, inspect, select, text

from claims import db as dbmod
from claims.enums import CheckOutcome, ClaimStatus, SourceKind, Verdict
from claims.models import (
    Base,
    Capture,
    CaptureText,
    CheckRound,
    Citation,
    Claim,
    Contributor,
    Document,
    Footnote,
    Link,
    LinkCheck,
    Snapshot,
    Source,
    Verification,
)
from tests.conftest import migrated


def _populate(database: dbmod.Database) -> None:
    now = dt.datetime(2026, 11, 28, 12, 0, tzinfo=dt.UTC)
    with database.session() as s:
        doc = Document(key="doc", title="A letter", text="Facebook is blocked.", text_hash="0" * 64)
        link = Link(url="https://example.org/a", last_round_id="nightly")
        src = Source(
            key="doeFacebookBlocked2014", kind=SourceKind.NEWS_ARTICLE, title="T", link=link
        )
        src.contributors.append(Contributor(position=1, family="Doe", given="Jane"))
        note = Footnote(document=doc, number=1, text="Jane Doe, “T,” …")
        claim = Claim(key="c1", document=doc, quote="Facebook", start=0, end=8, statement="s")
        claim.citations.append(Citation(source=src, footnote=note, position=1))
        link.checks.append(
            LinkCheck(outcome=CheckOutcome.OK, http_status=200, checked_at=now, round_id="nightly")
        )
        s.add(CheckRound(id="nightly", started_at=now, recheck_after_s=86400.0, started_by="w1"))
        link.snapshots.append(
            Snapshot(archive_url="http://archive.invalid/x", archived_at=now, original_status=200)
        )
        s.add_all([doc, claim])
        s.flush()
        text = CaptureText(sha256="1" * 64, chars=8, truncated=False, compressed=b"x\x9c")
        s.add(Capture(link=link, text=text, url=link.url, captured_at=now, last_seen_at=now))
        s.add(Verification(claim_id=claim.id, verdict=Verdict.VERIFIED, reviewer="ana", at=now))


def test_upgrade_downgrade_upgrade_with_rows(db_url: str) -> None:
    database = dbmod.Database(db_url)
    head = dbmod.head_revision(database.engine)
    assert dbmod.current_revision(database.engine) == head
    _populate(database)
    dbmod.downgrade(database.engine, "base")
    assert dbmod.current_revision(database.engine) is None
    dbmod.upgrade(database.engine)
    assert dbmod.current_revision(database.engine) == head
    _populate(database)
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Claim)) == 1
        claim = s.scalars(select(Claim)).one()
        assert claim.status is ClaimStatus.UNVERIFIED
        assert claim.created_at.tzinfo is not None
    database.dispose()


def test_models_and_migrations_agree(db_url: str) -> None:
    database = dbmod.Database(db_url)  # migrated from empty, not the fixtures' copy
    try:
        with database.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    finally:
        database.dispose()
    assert diff == []


def _schema(engine: Engine) -> dict[str, Any]:
    found = inspect(engine)
    tables = sorted(found.get_table_names())
    with engine.connect() as conn:
        version = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    return {
        "version": version,
        "tables": {
            name: (
                [
                    (c["name"], str(c["type"]), c["nullable"], str(c["default"]))
                    for c in found.get_columns(name)
                ],
                sorted(map(repr, found.get_indexes(name))),
                sorted(map(repr, found.get_foreign_keys(name))),
                sorted(map(repr, found.get_unique_constraints(name))),
                sorted(map(repr, found.get_check_constraints(name))),
                repr(found.get_pk_constraint(name)),
            )
            for name in tables
        },
    }


def test_the_fixtures_copy_is_the_migrated_database(db_url: str, fresh_url: str) -> None:
    """The tests' databases are copies (tests/conftest.py); a copy is what migrating gives."""
    copy = dbmod.Database(migrated(db_url))
    real = dbmod.Database(fresh_url)
    try:
        assert _schema(copy.engine) == _schema(real.engine)
    finally:
        copy.dispose()
        real.dispose()
