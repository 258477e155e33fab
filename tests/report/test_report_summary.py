"""build_report(): counts, risk, access dates, archives, links — in a fixed number of queries."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

import pytest
from sqlalchemy.orm import Session
from tests.conftest import counting_statements
from tests.sample_document import at, build_sample

from claims.db import Database
from claims.enums import ClaimStatus, LinkHealth, Verdict
from claims.errors import NotFoundError
from claims.models import Citation, Claim, Document, Link, Snapshot, Source
from claims.report import LintFinding, RiskReason, build_report
from claims.workflow import verify


@pytest.fixture
def sample_db(database: Database) -> Database:
    with database.session() as s:
        build_sample(s)
    return database


def test_whole_database(sample_db: Database) -> None:
    with sample_db.session() as s:
        report = build_report(s)
    assert report.document is None
    assert [(d.key, d.claims, d.sources) for d in report.documents] == [
        ("other-doc", 1, 1),
        ("sample-doc", 7, 5),
    ]
    assert dict(report.claims_by_status) == {
        ClaimStatus.UNVERIFIED: 4,
        ClaimStatus.VERIFIED: 0,
        ClaimStatus.DISPUTED: 1,
        ClaimStatus.UNSUPPORTED: 0,
        ClaimStatus.NEEDS_SOURCE: 3,
    }
    assert dict(report.sources_by_health) == {
        "unchecked": 2,  # s-evil (never checked) and s-uncited (no link row yet)
        "alive": 1,
        "suspect": 1,
        "dead": 1,
        "inconclusive": 1,
        "no-url": 1,
    }
    assert report.total_claims == 8
    assert report.total_sources == 7
    assert report.lint is None
    assert report.views == ()


def test_document_filter_and_risk(sample_db: Database) -> None:
    with sample_db.session() as s:
        report = build_report(s, "sample-doc")
    assert report.document == "sample-doc"
    assert [d.key for d in report.documents] == ["sample-doc"]
    assert [c.key for c in report.claims] == [
        "c-flood",
        "c-cross",
        "c-dam",
        "c-denial",
        "c-bridge",
        "c-bridge-again",
        "c-prices",
    ]
    risks = {r.key: r for r in report.claims_at_risk}
    assert set(risks) == {"c-cross", "c-denial", "c-bridge", "c-bridge-again"}
    assert risks["c-bridge"].reason is RiskReason.NO_SOURCE
    assert risks["c-bridge"].sources == ()
    denial = risks["c-denial"]
    assert denial.reason is RiskReason.SOURCES_FAILING
    assert [(x.key, x.state) for x in denial.sources] == [
        ("s-dead", "dead"),
        ("s-suspect", "suspect"),
    ]
    # one alive source keeps a claim safe even beside a dead one
    assert "c-dam" not in risks
    # a source without a URL is not failing: c-prices cites a book and an unchecked link
    assert "c-prices" not in risks

    assert [s.key for s in report.sources_without_accessed] == ["s-evil", "s-suspect"]
    assert [(c.source_key, c.archived_at.year) for c in report.archived_copies] == [
        ("s-dead", 2016),
        ("s-dead", 2017),
        ("s-evil", 2015),
        ("s-suspect", 2015),
    ]
    links = {link.url: link for link in report.links}
    assert set(links) == {
        "http://dead.example/a",
        "http://suspect.example/b",
        "https://alive.example/report",
        "javascript:alert(1)",
    }
    assert links["http://dead.example/a"].health is LinkHealth.DEAD
    assert links["http://dead.example/a"].last_checked_at == at(2024, 5, 2)
    assert links["javascript:alert(1)"].last_checked_at is None
    assert report.total_sources == 5
    assert report.sources_by_health["inconclusive"] == 0


def test_unknown_document_names_the_key(sample_db: Database) -> None:
    with (
        pytest.raises(NotFoundError, match="no document with key 'ghost'"),
        sample_db.session() as s,
    ):
        build_report(s, "ghost")


def test_last_verdict_per_claim(sample_db: Database) -> None:
    with sample_db.session() as s:
        verify(s, "c-flood", "disputed", "Ann", at=at(2024, 1, 1))
        verify(s, "c-flood", "verified", "Bob", at=at(2024, 1, 2))
    with sample_db.session() as s:
        report = build_report(s, "sample-doc")
    rows = {c.key: c for c in report.claims}
    assert rows["c-flood"].status is ClaimStatus.VERIFIED
    assert (rows["c-flood"].last_verdict, rows["c-flood"].last_reviewer) == (
        Verdict.VERIFIED,
        "Bob",
    )
    assert rows["c-flood"].last_verified_at == at(2024, 1, 2)
    assert rows["c-dam"].last_verdict is None


def test_a_link_shared_by_two_sources_is_listed_once(sample_db: Database) -> None:
    with sample_db.session() as s:
        dead = s.query(Link).filter_by(url="http://dead.example/a").one()
        twin = Source(key="s-dead-twin", title="Same page", url=dead.url, link=dead)
        s.add(twin)
        claim = s.query(Claim).filter_by(key="c-bridge").one()
        s.add(Citation(claim=claim, source=twin, position=1))
    with sample_db.session() as s:
        report = build_report(s, "sample-doc")
    (row,) = [link for link in report.links if link.url == "http://dead.example/a"]
    assert row.sources == ("s-dead", "s-dead-twin")
    risks = {r.key: r for r in report.claims_at_risk}
    assert risks["c-bridge"].reason is RiskReason.SOURCES_FAILING


def test_lint_findings_are_kept_for_what_the_report_covers(sample_db: Database) -> None:
    findings = [
        LintFinding("no-access-date", "source", "s-suspect", "no access date"),
        LintFinding("no-access-date", "source", "s-uncited", "no access date"),
        LintFinding("unsourced-claim", "claim", "c-bridge", "cites no source"),
        LintFinding("unsourced-claim", "claim", "c-other", "cites no source"),
    ]

    def provider(session: Session) -> Sequence[LintFinding]:
        return findings

    with sample_db.session() as s:
        one = build_report(s, "sample-doc", lint=provider)
        every = build_report(s, lint=provider)
    assert one.lint == (findings[0], findings[2])
    assert every.lint == tuple(findings)


def test_empty_database(database: Database) -> None:
    with database.session() as s:
        report = build_report(s, with_text=True)
    assert report.total_claims == 0
    assert report.total_sources == 0
    assert report.claims_at_risk == ()
    assert report.views == ()


def test_views_hold_text_claims_and_sources(sample_db: Database) -> None:
    with sample_db.session() as s:
        verify(s, "c-flood", "verified", "Ann", source_key="s-alive")
    with sample_db.session() as s:
        report = build_report(s, "sample-doc", with_text=True)
    (view,) = report.views
    assert view.key == "sample-doc"
    assert [c.key for c in view.claims] == [c.key for c in report.claims]
    assert all(c.anchored for c in view.claims)
    assert list(view.sources) == ["s-alive", "s-book", "s-dead", "s-evil", "s-suspect"]
    flood = view.claims[0]
    assert flood.sources == ("s-alive",)
    assert flood.footnotes == (1,)
    assert [(t.verdict, t.reviewer, t.source) for t in flood.trail] == [
        (Verdict.VERIFIED, "Ann", "s-alive")
    ]
    assert set(flood.overlaps) == {"c-dam", "c-cross"}
    alive = view.sources["s-alive"]
    assert [a.display() for a in alive.authors] == ["Jane Doe", "Flood Watch"]
    assert alive.issued is not None
    assert alive.issued.iso() == "2015-08-13"
    assert view.sources["s-dead"].issued is not None
    assert view.sources["s-dead"].issued.iso() == "2016-04"
    assert view.sources["s-book"].state == "no-url"
    assert [c.archived_at.year for c in view.sources["s-dead"].archived] == [2016, 2017]
    prices = next(c for c in view.claims if c.key == "c-prices")
    assert [(c.source, c.pinpoint) for c in prices.citations] == [
        ("s-evil", None),
        ("s-book", "p. 12"),
    ]
    assert view.at_risk(next(c for c in view.claims if c.key == "c-denial"))
    assert not view.at_risk(prices)


# --- no N+1: the number of queries does not grow with the data ----------------------------------


def _grow(session: Session, n: int) -> None:
    """n more claims, each citing two new sources with links and archived copies."""
    text = " ".join(f"Claim number {i}." for i in range(n))
    doc = Document(
        key=f"grown-{n}",
        title="Grown",
        text=text,
        text_hash=hashlib.sha256(text.encode()).hexdigest(),
    )
    session.add(doc)
    for i in range(n):
        quote = f"Claim number {i}."
        start = text.index(quote)
        claim = Claim(
            key=f"g{n}-{i}",
            document=doc,
            quote=quote,
            start=start,
            end=start + len(quote),
            statement=quote,
            status=ClaimStatus.UNVERIFIED,
        )
        for j in range(2):
            link = Link(url=f"https://g{n}.example/{i}/{j}", health=LinkHealth.DEAD)
            session.add(
                Snapshot(
                    link=link,
                    archive_url=f"https://archive.example/{n}/{i}/{j}",
                    archived_at=at(2020, 1, 1),
                )
            )
            source = Source(key=f"g{n}-{i}-{j}", title="t", url=link.url, link=link)
            session.add(Citation(claim=claim, source=source, position=j + 1))
        session.add(claim)
    session.flush()
    verify(session, f"g{n}-0", "verified", "Ann")


def _queries(database: Database, document: str) -> int:
    with counting_statements(database) as statements, database.session() as s:
        build_report(s, document, with_text=True)
    return len(statements)


def test_query_count_does_not_grow_with_the_data(database: Database) -> None:
    with database.session() as s:
        _grow(s, 3)
        _grow(s, 30)
    small = _queries(database, "grown-3")
    large = _queries(database, "grown-30")
    assert small == large
    assert large <= 20
