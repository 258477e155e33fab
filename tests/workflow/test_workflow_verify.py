"""verify() and history(): the trail grows, the status follows, failing sources warn."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from tests.sample_document import at, build_sample

from claims.db import Database
from claims.enums import ClaimStatus, LinkHealth, Verdict
from claims.errors import InputError, NotFoundError
from claims.models import Claim, Verification
from claims.workflow import history, verify


@pytest.fixture
def sample_db(database: Database) -> Database:
    with database.session() as s:
        build_sample(s)
    return database


def _status(session: Session, key: str) -> ClaimStatus:
    return session.scalars(select(Claim.status).where(Claim.key == key)).one()


def test_verify_appends_an_entry_and_sets_the_status(sample_db: Database) -> None:
    with sample_db.session() as s:
        result = verify(
            s, "c-flood", "verified", "Ada Reviewer", note="read it", source_key="s-alive"
        )
    assert result.previous_status is ClaimStatus.UNVERIFIED
    assert result.status is ClaimStatus.VERIFIED
    assert result.verdict is Verdict.VERIFIED
    assert result.entry.reviewer == "Ada Reviewer"
    assert result.entry.note == "read it"
    assert result.entry.source_key == "s-alive"
    assert result.warnings == ()
    assert not result.sources_failing
    assert [(s.key, s.health) for s in result.sources] == [("s-alive", LinkHealth.ALIVE)]
    with sample_db.session() as s:
        assert _status(s, "c-flood") is ClaimStatus.VERIFIED
        trail = history(s, "c-flood")
    assert [(e.verdict, e.reviewer, e.note, e.source_key) for e in trail.entries] == [
        (Verdict.VERIFIED, "Ada Reviewer", "read it", "s-alive")
    ]
    assert trail.entries[0].at.tzinfo is not None


def test_trail_keeps_every_verdict_in_order(sample_db: Database) -> None:
    verdicts = ["verified", "disputed", "unsupported", "verified"]
    with sample_db.session() as s:
        for i, verdict in enumerate(verdicts):
            verify(s, "c-dam", verdict, f"reviewer {i}", at=at(2024, 1, 1 + i))
    with sample_db.session() as s:
        trail = history(s, "c-dam")
        assert _status(s, "c-dam") is ClaimStatus.VERIFIED
    assert [e.verdict.value for e in trail.entries] == verdicts
    assert [e.reviewer for e in trail.entries] == [f"reviewer {i}" for i in range(4)]
    assert trail.status is ClaimStatus.VERIFIED


def test_entries_at_the_same_instant_keep_insertion_order(sample_db: Database) -> None:
    when = at(2024, 2, 2)
    with sample_db.session() as s:
        verify(s, "c-dam", "disputed", "first", at=when)
        verify(s, "c-dam", "verified", "second", at=when)
    with sample_db.session() as s:
        assert [e.reviewer for e in history(s, "c-dam").entries] == ["first", "second"]


def test_every_source_failing_warns_and_suggests_archived_copies(sample_db: Database) -> None:
    with sample_db.session() as s:
        result = verify(s, "c-denial", Verdict.VERIFIED, "Ada")
    assert result.sources_failing
    assert {(x.key, x.health) for x in result.sources} == {
        ("s-dead", LinkHealth.DEAD),
        ("s-suspect", LinkHealth.SUSPECT),
    }
    (warning,) = result.warnings
    assert "every source of claim 'c-denial' is dead or suspect" in warning
    assert "archived copy" in warning
    copies = [(c.source_key, c.archived_at.date()) for c in result.archived_copies]
    # s-dead was accessed 2016-05-02: the capture closest before comes first
    assert copies == [
        ("s-dead", dt.date(2016, 4, 30)),
        ("s-dead", dt.date(2017, 1, 1)),
        ("s-suspect", dt.date(2015, 1, 1)),
    ]
    assert result.archived_copies[0].archive_url.startswith("https://archive.example/web/2016")


def test_one_living_source_is_enough(sample_db: Database) -> None:
    with sample_db.session() as s:
        result = verify(s, "c-dam", "verified", "Ada")
    assert not result.sources_failing
    assert result.archived_copies == ()
    assert result.warnings == ()


def test_unverified_on_a_claim_without_sources_means_needs_source(sample_db: Database) -> None:
    with sample_db.session() as s:
        verified = verify(s, "c-bridge", "verified", "Ada", note="common knowledge")
        back = verify(s, "c-bridge", "unverified", "Ada")
    assert verified.status is ClaimStatus.VERIFIED
    assert verified.warnings == ("claim 'c-bridge' cites no source",)
    assert back.previous_status is ClaimStatus.VERIFIED
    assert back.status is ClaimStatus.NEEDS_SOURCE


def test_consulting_a_source_the_claim_does_not_cite_warns(sample_db: Database) -> None:
    with sample_db.session() as s:
        result = verify(s, "c-flood", "verified", "Ada", source_key="s-uncited")
    assert result.warnings == ("source 's-uncited' is not among the sources claim 'c-flood' cites",)
    assert result.entry.source_key == "s-uncited"


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"claim_key": "nope"}, NotFoundError, "no claim with key 'nope'"),
        ({"source_key": "s-nope"}, NotFoundError, "no source with key 's-nope'"),
        ({"verdict": "needs-source"}, InputError, "unknown verdict 'needs-source'"),
        ({"verdict": "true"}, InputError, "unknown verdict 'true'"),
        ({"by": "   "}, InputError, "--by needs the reviewer's name"),
        ({"by": "x" * 201}, InputError, "longer than 200 characters"),
    ],
)
def test_bad_input_is_refused_and_nothing_is_written(
    sample_db: Database, kwargs: dict[str, str], error: type[Exception], message: str
) -> None:
    args = {"claim_key": "c-flood", "verdict": "verified", "by": "Ada"} | kwargs
    with pytest.raises(error, match=message), sample_db.session() as s:
        verify(
            s,
            args["claim_key"],
            args["verdict"],
            args["by"],
            source_key=args.get("source_key"),
        )
    with sample_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Verification)) == 0
        assert _status(s, "c-flood") is ClaimStatus.UNVERIFIED


def test_history_of_an_unknown_claim_names_the_key(sample_db: Database) -> None:
    with pytest.raises(NotFoundError, match="'ghost'"), sample_db.session() as s:
        history(s, "ghost")


def test_history_of_a_claim_never_reviewed_is_empty(sample_db: Database) -> None:
    with sample_db.session() as s:
        trail = history(s, "c-prices")
    assert trail.entries == ()
    assert trail.status is ClaimStatus.DISPUTED


def test_note_is_trimmed_and_blank_note_is_none(sample_db: Database) -> None:
    with sample_db.session() as s:
        a = verify(s, "c-flood", "verified", "  Ada   Lovelace ", note="  ")
        b = verify(s, "c-flood", "verified", "Ada", note="  <b>seen</b>  ")
    assert a.entry.note is None
    assert a.entry.reviewer == "Ada Lovelace"
    assert b.entry.note == "<b>seen</b>"
