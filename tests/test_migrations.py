"""The migration chain: upgrade, downgrade and upgrade with rows present; models agree."""

from __future__ import annotations

import datetime as dt

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import func, inspect, select, text

from claims import db as dbmod
from claims.enums import CheckOutcome, ClaimStatus, SourceKind, Verdict
from claims.errors import ConflictError
from claims.models import (
    Base,
    Capture,
    CaptureText,
    CheckRound,
    Citation,
    Claim,
    Contributor,
    Document,
    Edit,
    Footnote,
    Link,
    LinkCheck,
    ReviewFlag,
    Snapshot,
    Source,
    Verification,
)


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


def test_models_and_migrations_agree(database: dbmod.Database) -> None:
    with database.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_duplicate_citation_key_is_refused(database: dbmod.Database) -> None:
    with database.session() as s:
        s.add(Source(key="dup2016", kind=SourceKind.REPORT))
    with pytest.raises(ConflictError, match="citation key already exists"), database.session() as s:
        s.add(Source(key="dup2016", kind=SourceKind.WEB_PAGE))


def test_enum_values_are_stored_by_value(database: dbmod.Database) -> None:
    with database.session() as s:
        s.add(Source(key="k", kind=SourceKind.NEWS_ARTICLE))
    with database.engine.connect() as conn:
        raw = conn.exec_driver_sql("SELECT kind FROM source").scalar()
    assert raw == "news-article"


def test_a_person_or_an_organisation_not_both(database: dbmod.Database) -> None:
    src = Source(key="k2", kind=SourceKind.REPORT)
    src.contributors.append(Contributor(position=1, family="Roth", literal="HRW"))
    with pytest.raises(ConflictError), database.session() as s:
        s.add(src)


def test_review_flags_migration_keeps_the_data(db_url: str) -> None:
    """Down past ``i11_review`` drops only the flags; up again gives an empty table."""
    database = dbmod.Database(db_url)
    _populate(database)
    with database.session() as s:
        source = s.scalars(select(Source)).one()
        s.add(Edit(by="ana", action="set", target="source", key=source.key, source_id=source.id))
        s.add(
            ReviewFlag(
                target="source", key=source.key, source_id=source.id, field="url",
                reason="missing-url", footnote=1,
            )
        )  # fmt: skip
    script = ScriptDirectory.from_config(dbmod.alembic_config(database.engine))
    below = script.get_revision("i11_review").down_revision
    assert isinstance(below, str)

    def counts() -> dict[str, int]:
        with database.engine.connect() as conn:
            return {
                t: conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                for t in ("source", "claim", "citation", "footnote", "edit", "verification")
            }

    before = counts()
    dbmod.downgrade(database.engine, below)
    assert "review_flag" not in inspect(database.engine).get_table_names()
    assert counts() == before
    dbmod.upgrade(database.engine)
    assert counts() == before
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(ReviewFlag)) == 0
        source = s.scalars(select(Source)).one()
        s.add(ReviewFlag(target="source", key=source.key, source_id=source.id, reason="x"))
    database.dispose()
