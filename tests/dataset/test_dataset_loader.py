"""Loading: one transaction, idempotent, updating in place (on SQLite and PostgreSQL)."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from tests.conftest import LETTER_DATASET

from claims.dataset import load_dataset, read_dataset
from claims.db import Database
from claims.enums import AccessedBasis, CheckOutcome, ClaimStatus, LinkHealth, Verdict
from claims.errors import ConflictError
from claims.models import (
    Base,
    Citation,
    Claim,
    Contributor,
    Document,
    Footnote,
    Link,
    LinkCheck,
    Source,
    Verification,
)


def counts(session: Session) -> dict[str, int]:
    models = (Document, Footnote, Source, Contributor, Claim, Citation, Link, LinkCheck)
    return {
        m.__table__.name: session.scalar(select(func.count()).select_from(m)) or 0 for m in models
    }


def snapshot(database: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, timestamps included."""
    out = {}
    with database.engine.connect() as conn:
        for table in Base.metadata.sorted_tables:
            rows = conn.execute(table.select().order_by(*table.primary_key.columns)).all()
            out[table.name] = [tuple(r) for r in rows]
    return out


@pytest.fixture
def letter_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "letter"
    shutil.copytree(LETTER_DATASET, folder)
    return folder


def edit(folder: Path, old: str, new: str) -> None:
    path = folder / "dataset.toml"
    text = path.read_text("utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), "utf-8")


def load(database: Database, folder: Path = LETTER_DATASET) -> Any:
    dataset = read_dataset(folder)
    with database.session() as session:
        return load_dataset(session, dataset)


def test_fresh_load_holds_the_letter(database: Database) -> None:
    result = load(database)
    assert result.changed
    assert result.documents.created == 1
    assert (result.footnotes.created, result.sources.created) == (13, 17)
    assert result.claims.created == len(read_dataset(LETTER_DATASET).claims) >= 30
    assert result.links.created == 17
    with database.session() as session:
        assert counts(session) == {
            "document": 1,
            "footnote": 13,
            "source": 17,
            "contributor": 15,  # 9 sole persons, McKenzie and two co-authors, 3 HRW releases
            "claim": result.claims.created,
            "citation": 17,
            "link": 17,
            "link_check": 0,
        }
        document = session.scalars(select(Document)).one()
        assert document.text == (LETTER_DATASET / "letter.txt").read_bytes().decode("utf-8")
        assert len(document.text_hash) == 64
        for claim in document.claims:
            assert document.text[claim.start : claim.end] == claim.quote
            assert document.text[max(0, claim.start - 32) : claim.start] == claim.prefix
            assert document.text[claim.end : claim.end + 32] == claim.suffix
            expected = ClaimStatus.UNVERIFIED if claim.citations else ClaimStatus.NEEDS_SOURCE
            assert claim.status is expected
        pu = session.scalars(select(Claim).where(Claim.key == "pu-zhiqiang-conviction-2015")).one()
        (citation,) = pu.citations
        assert citation.footnote is not None
        assert citation.footnote.number == 10
        assert citation.source.key == "richardsonDispatchesShowingDiplomatic2015"
        rumor = session.scalars(select(Claim).where(Claim.key == "rumor-crackdown")).one()
        assert [
            (c.footnote.number if c.footnote else None, c.position) for c in rumor.citations
        ] == [
            (8, 1),
            (8, 2),
            (8, 3),
        ]
        mofo = session.scalars(select(Source).where(Source.key.startswith("mckenzie"))).one()
        assert [c.family for c in mofo.contributors] == ["McKenzie", "Milner", "Zhang"]
        assert mofo.accessed is not None
        assert mofo.accessed.isoformat() == "2016-06-14"
        assert mofo.accessed_basis is AccessedBasis.STATED
        assert mofo.extra == {"genre": "Client Alert"}
        assert mofo.link is not None
        assert mofo.link.health is LinkHealth.UNCHECKED


def test_second_load_changes_nothing(database: Database) -> None:
    load(database)
    before = snapshot(database)
    again = load(database)
    assert not again.changed
    assert again.claims.unchanged == len(read_dataset(LETTER_DATASET).claims)
    assert (again.sources.unchanged, again.citations.unchanged) == (17, 17)
    assert snapshot(database) == before  # not one row touched, updated_at included


def test_failed_load_writes_nothing(database: Database, letter_copy: Path) -> None:
    load(database)
    # a claim key taken by another document is found only against the database
    other = letter_copy / "dataset.toml"
    text = other.read_text("utf-8").replace(
        'key = "hrw-2016-07-18-facebook-china"', 'key = "another-document"'
    )
    other.write_text(text, "utf-8")
    before = snapshot(database)
    with pytest.raises(ConflictError, match="already belongs to another document"):
        load(database, letter_copy)
    assert snapshot(database) == before


def _add_history(database: Database) -> tuple[int, int]:
    with database.session() as session:
        claim = session.scalars(select(Claim).where(Claim.key == "instagram-blocked-2014")).one()
        session.add(Verification(claim=claim, verdict=Verdict.VERIFIED, reviewer="ana", note="ok"))
        claim.status = ClaimStatus.VERIFIED
        source = session.scalars(
            select(Source).where(Source.key == "vlastelicaInstagramReportedlyBlocked2014")
        ).one()
        assert source.link is not None
        session.add(LinkCheck(link=source.link, outcome=CheckOutcome.OK, http_status=200))
        source.link.health = LinkHealth.ALIVE
        session.flush()
        return claim.id, source.link.id


def test_edited_dataset_updates_in_place_keeping_history(
    database: Database, letter_copy: Path
) -> None:
    load(database)
    claim_id, link_id = _add_history(database)
    edit(
        letter_copy,
        'statement = "Instagram was reportedly blocked in mainland China in 2014',
        'statement = "In 2014 Instagram was reportedly blocked in mainland China',
    )
    edit(
        letter_copy,
        'title = "Instagram Reportedly Blocked in China Amid Hong Kong Protests"',
        'title = "Instagram Reportedly Blocked in China amid Hong Kong Protests"',
    )
    edit(
        letter_copy,
        'authors = [{ family = "Dou", given = "Eva" }]',
        'authors = [{ family = "Dou", given = "Eva" }, { family = "Doe", given = "J." }]',
    )
    result = load(database, letter_copy)
    assert (result.claims.updated, result.sources.updated) == (1, 2)
    assert (result.claims.created, result.claims.deleted, result.sources.created) == (0, 0, 0)
    with database.session() as session:
        claim = session.get(Claim, claim_id)
        assert claim is not None
        assert claim.statement.startswith("In 2014 Instagram")
        assert claim.status is ClaimStatus.VERIFIED  # review survives a reload
        assert [v.reviewer for v in claim.verifications] == ["ana"]
        link = session.get(Link, link_id)
        assert link is not None
        assert link.health is LinkHealth.ALIVE
        assert [c.http_status for c in link.checks] == [200]
        (source,) = [c.source for c in claim.citations]
        assert source.title == "Instagram Reportedly Blocked in China amid Hong Kong Protests"
        dou = session.scalars(select(Source).where(Source.key == "douChinaEmbedInternet2015")).one()
        assert [(c.position, c.family) for c in dou.contributors] == [(1, "Dou"), (2, "Doe")]


def test_changed_url_gets_its_own_link_and_the_old_keeps_its_checks(
    database: Database, letter_copy: Path
) -> None:
    load(database)
    _claim_id, link_id = _add_history(database)
    edit(
        letter_copy,
        'url = "http://www.reuters.com/article/us-china-instagram-idUSKCN0HN0VW20140928"',
        'url = "https://www.reuters.com/article/us-china-instagram-idUSKCN0HN0VW20140928"',
    )
    result = load(database, letter_copy)
    assert result.links.created == 1
    with database.session() as session:
        old = session.get(Link, link_id)
        assert old is not None
        assert len(old.checks) == 1
        source = session.scalars(
            select(Source).where(Source.key == "vlastelicaInstagramReportedlyBlocked2014")
        ).one()
        assert source.link is not None
        assert source.link.id != link_id
        assert source.link.url.startswith("https://www.reuters.com/")


def test_same_url_spelt_differently_shares_one_link(database: Database, letter_copy: Path) -> None:
    edit(
        letter_copy,
        'url = "http://www.wsj.com/articles/china-to-embed-internet-police-in-tech-firms-1438755985"',
        'url = "http://WWW.WSJ.com:80/articles/china-punishes-nearly-200-for-spreading-rumors-1440991960"',
    )
    result = load(database, letter_copy)
    assert result.links.created == 16
    with database.session() as session:
        a, b = (
            session.scalars(select(Source).where(Source.key == key)).one()
            for key in ("douChinaEmbedInternet2015", "wongChinaPunishesNearly2015")
        )
        assert a.link_id == b.link_id


def test_dropped_claim_is_deleted_but_not_one_with_history(
    database: Database, letter_copy: Path
) -> None:
    load(database)
    toml = (letter_copy / "dataset.toml").read_text("utf-8")
    start = toml.index('[[claims]]\nkey = "rumor-crackdown"')
    end = toml.index("[[claims]]", start + 1)
    (letter_copy / "dataset.toml").write_text(toml[:start] + toml[end:], "utf-8")
    result = load(database, letter_copy)
    assert (result.claims.deleted, result.citations.deleted) == (1, 3)
    with database.session() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(Claim).where(Claim.key == "rumor-crackdown")
            )
            == 0
        )
        assert session.scalar(select(func.count()).select_from(Source)) == 17  # sources stay

    _add_history(database)
    toml = (letter_copy / "dataset.toml").read_text("utf-8")
    start = toml.index('[[claims]]\nkey = "instagram-blocked-2014"')
    end = toml.index("[[claims]]", start + 1)
    (letter_copy / "dataset.toml").write_text(toml[:start] + toml[end:], "utf-8")
    before = snapshot(database)
    with pytest.raises(ConflictError, match="instagram-blocked-2014"):
        load(database, letter_copy)
    assert snapshot(database) == before


def test_footnote_changes_rewire_citations(database: Database, letter_copy: Path) -> None:
    load(database)
    # the claim drops its footnote: it now needs a source, and the citation goes
    edit(letter_copy, "footnotes = [13]", "footnotes = []")
    result = load(database, letter_copy)
    assert result.citations.deleted == 1
    with database.session() as session:
        claim = session.scalars(select(Claim).where(Claim.key == "local-partner-requirement")).one()
        assert claim.citations == []
        assert claim.status is ClaimStatus.NEEDS_SOURCE
    # and back to the original: unverified again, cited through footnote 13
    result = load(database, LETTER_DATASET)
    assert result.citations.created == 1
    with database.session() as session:
        claim = session.scalars(select(Claim).where(Claim.key == "local-partner-requirement")).one()
        assert claim.status is ClaimStatus.UNVERIFIED
        assert [c.footnote.number for c in claim.citations if c.footnote] == [13]


def test_extra_sources_outside_footnotes(database: Database, letter_copy: Path) -> None:
    edit(
        letter_copy,
        'statement = "Facebook is blocked in China."',
        'statement = "Facebook is blocked in China."\nsources = ["humanChinaReverseDownward2016"]',
    )
    load(database, letter_copy)
    with database.session() as session:
        claim = session.scalars(select(Claim).where(Claim.key == "facebook-blocked-in-china")).one()
        assert claim.status is ClaimStatus.UNVERIFIED
        (citation,) = claim.citations
        assert citation.footnote is None
        assert citation.position == 1
    assert not load(database, letter_copy).changed
