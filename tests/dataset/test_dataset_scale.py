"""Browsing and lint at scale: a fixed number of queries whatever the data, and lint by document."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

import pytest
from sqlalchemy.orm import Session
from tests.conftest import Cli, counting_statements

from claims.dataset import LintRule, lint, list_claims, list_sources
from claims.db import Database
from claims.enums import ClaimStatus, ContributorRole, LinkHealth, SourceKind
from claims.errors import NotFoundError
from claims.models import Citation, Claim, Contributor, Document, Link, Source

HEALTHS = (LinkHealth.ALIVE, LinkHealth.DEAD, LinkHealth.SUSPECT)


def _grow(session: Session, n: int) -> None:
    """A document of n claims, each citing a source of its own (with two authors and a link in
    turn alive, dead, suspect); every third source is also cited by the next claim; one claim
    cites nothing; a source outside the document shares the first source's URL."""
    text = " ".join(f"Claim {i}." for i in range(n))
    doc = Document(
        key=f"doc-{n}", title="t", text=text, text_hash=hashlib.sha256(text.encode()).hexdigest()
    )
    session.add(doc)
    sources = []
    for i in range(n):
        link = Link(url=f"https://h{i % 3}.example/{n}/{i}/2016/05/", health=HEALTHS[i % 3])
        source = Source(
            key=f"s{n}-{i}",
            kind=SourceKind.NEWS_ARTICLE,
            title=f"Story {i}",
            url=link.url,
            link=link,
            issued=dt.date(2016, 5 + i % 2, 1),  # half disagree with the URL's month
            accessed=None if i % 2 else dt.date(2016, 7, 18),
        )
        for position, family in enumerate(("Doe", "Roe"), start=1):
            source.contributors.append(
                Contributor(role=ContributorRole.AUTHOR, position=position, family=family)
            )
        sources.append(source)
        quote = f"Claim {i}."
        start = text.index(quote)
        claim = Claim(
            key=f"c{n}-{i}",
            document=doc,
            quote=quote,
            start=start,
            end=start + len(quote),
            statement=quote,
            status=ClaimStatus.UNVERIFIED,
        )
        if i != n - 1:  # the last claim cites nothing
            claim.citations.append(Citation(source=source, position=1))
            if i % 3 == 0 and i + 1 < n:
                claim.citations.append(Citation(source=sources[i - 1] if i else source, position=2))
        session.add(claim)
    session.add(
        Source(
            key=f"outside-{n}", kind=SourceKind.WEB_PAGE, url=sources[0].url, link=sources[0].link
        )
    )
    session.flush()


@pytest.fixture
def grown(database: Database) -> Database:
    with database.session() as s:
        _grow(s, 4)
        _grow(s, 40)
    return database


def _queries(database: Database, work: Any) -> tuple[int, Any]:
    with counting_statements(database) as statements, database.session(readonly=True) as s:
        result = work(s)
    return len(statements), result


@pytest.mark.parametrize(
    "options",
    [{}, {"health": (LinkHealth.DEAD,)}, {"health": (LinkHealth.DEAD, LinkHealth.SUSPECT)}],
)
def test_listing_sources_takes_the_same_queries_for_4_or_40(
    grown: Database, options: dict[str, Any]
) -> None:
    small, few = _queries(grown, lambda s: list_sources(s, document="doc-4", **options))
    large, many = _queries(grown, lambda s: list_sources(s, document="doc-40", **options))
    assert small == large <= 5
    assert len(many) > len(few)
    wanted = set(options.get("health", ())) or set(LinkHealth)
    assert {v.health for v in many} <= wanted


@pytest.mark.parametrize("status", [None, ClaimStatus.UNVERIFIED])
def test_listing_claims_takes_the_same_queries_for_4_or_40(
    grown: Database, status: ClaimStatus | None
) -> None:
    small, few = _queries(grown, lambda s: list_claims(s, document="doc-4", status=status))
    large, many = _queries(grown, lambda s: list_claims(s, document="doc-40", status=status))
    assert small == large <= 4
    assert (len(few), len(many)) == (4, 40)
    assert many[3].sources == ("s40-3", "s40-2")  # its own source, then the one it shares


def test_a_source_lists_its_authors_and_claims(grown: Database) -> None:
    with grown.session(readonly=True) as s:
        views = {v.key: v for v in list_sources(s, document="doc-40")}
    third = views["s40-2"]
    assert [a.family for a in third.authors] == ["Doe", "Roe"]
    assert third.claims == ("c40-2", "c40-3")  # its own claim, and the next one
    assert third.health is LinkHealth.SUSPECT
    assert "outside-40" not in views  # no claim of the document cites it


def test_lint_takes_the_same_queries_for_4_or_40(grown: Database) -> None:
    small, few = _queries(grown, lambda s: lint(s, document="doc-4"))
    large, many = _queries(grown, lambda s: lint(s, document="doc-40"))
    assert small == large <= 8  # two of them read the review flags
    assert len(many.findings) > len(few.findings)


def test_lint_of_a_document_covers_its_claims_and_the_sources_they_cite(grown: Database) -> None:
    with grown.session(readonly=True) as s:
        report = lint(s, document="doc-4")
        whole = lint(s)
        with pytest.raises(NotFoundError, match="no document"):
            lint(s, document="nope")
    keys = {f.key for f in report.findings}
    assert keys <= {f"s4-{i}" for i in range(4)} | {f"c4-{i}" for i in range(4)}
    # the last claim cites nothing (its source was never stored)
    assert (report.sources_checked, report.claims_checked) == (3, 4)
    by_rule = {rule: [f.key for f in report.findings if f.rule is rule] for rule in LintRule}
    assert by_rule[LintRule.UNSOURCED_CLAIM] == ["c4-3"]
    assert by_rule[LintRule.NO_ACCESS_DATE] == ["s4-1"]
    assert by_rule[LintRule.ISSUED_URL_MISMATCH] == ["s4-1"]
    # a source in the document sharing its URL with one outside it is still found
    (shared,) = [f for f in report.findings if f.rule is LintRule.DUPLICATE_URL]
    assert (shared.key, shared.message.endswith("with outside-4")) == ("s4-0", True)
    # linting everything finds the same about this document, and more
    assert set(report.findings) <= set(whole.findings)
    assert [f.key for f in whole.findings if f.rule is LintRule.UNCITED_SOURCE] == [
        "outside-4",
        "outside-40",
    ]


def test_cli_sources_list_health_and_lint_document(grown: Database, db_url: str) -> None:
    cli = Cli(db_url)
    dead = cli("sources", "list", "--document", "doc-40", "--health", "dead", "--json")
    assert dead.exit_code == 0, dead.stderr
    rows = json.loads(dead.stdout)
    assert rows
    assert {r["health"] for r in rows} == {"dead"}
    assert [r["key"] for r in rows] == [f"s40-{i}" for i in range(1, 40, 3)]
    assert cli("sources", "list", "--health", "gone").exit_code == 2

    scoped = cli("lint", "--document", "doc-4", "--json")
    assert scoped.exit_code == 1
    assert json.loads(scoped.stdout)["claims_checked"] == 4
    unknown = cli("lint", "--document", "nope")
    assert unknown.exit_code == 2
    assert "no document with key 'nope'" in unknown.stderr
