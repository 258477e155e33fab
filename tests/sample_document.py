"""A small document built straight from the models: every link health, nested and crossing
claims, a claim without a source, archived copies, and hostile text in titles and URLs."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy.orm import Session

from claims.enums import (
    AccessedBasis,
    ClaimStatus,
    ContributorRole,
    DatePrecision,
    LinkHealth,
    SourceKind,
)
from claims.models import (
    Citation,
    Claim,
    Contributor,
    Document,
    Footnote,
    Link,
    Snapshot,
    Source,
)

EVIL_TITLE = '<script>alert("title")</script> & <img src=x onerror=alert(1)>'
EVIL_URL = "javascript:alert(1)"

TEXT = (
    "Sample Letter\n\n"
    "The river flooded the valley in 2015 and the dam failed twice."
    "Flood report, https://alive.example/report.  "
    "Officials denied the failure for a week."
    "Dead news, http://dead.example/a (accessed May 2, 2016).  "
    "Nobody knows why the bridge closed. "
    "Prices rose <b>sharply</b> & quickly.Script source.\n"
)
OTHER_TEXT = "Another document. The sky is green.Other source.\n"

UTC = dt.UTC


def at(year: int, month: int, day: int) -> dt.datetime:
    return dt.datetime(year, month, day, 12, 0, tzinfo=UTC)


@dataclass(frozen=True)
class Sample:
    document: str
    other_document: str
    claims: tuple[str, ...]  # keys of the sample document's claims, in text order
    at_risk: frozenset[str]
    sources: tuple[str, ...]  # keys of the sources the sample document cites


def _anchor(text: str, quote: str, *, occurrence: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return start, start + len(quote)


def _footnote(doc: Document, number: int, text: str) -> Footnote:
    start, end = _anchor(doc.text, text)
    return Footnote(document=doc, number=number, text=text, start=start, end=end)


def _claim(doc: Document, key: str, quote: str, status: ClaimStatus, statement: str) -> Claim:
    start, end = _anchor(doc.text, quote)
    return Claim(
        key=key,
        document=doc,
        quote=quote,
        prefix=doc.text[max(0, start - 32) : start],
        suffix=doc.text[end : end + 32],
        start=start,
        end=end,
        statement=statement,
        status=status,
    )


def build_sample(session: Session) -> Sample:
    doc = Document(
        key="sample-doc",
        title="A <sample> letter & more",
        author="Ann Author",
        publisher="Sample Publisher",
        published=dt.date(2016, 7, 18),
        url="https://publisher.example/letter",
        text=TEXT,
        text_hash=hashlib.sha256(TEXT.encode()).hexdigest(),
    )
    other = Document(
        key="other-doc",
        title="Another document",
        text=OTHER_TEXT,
        text_hash=hashlib.sha256(OTHER_TEXT.encode()).hexdigest(),
    )
    session.add_all([doc, other])

    alive = Link(url="https://alive.example/report", health=LinkHealth.ALIVE)
    alive.last_checked_at = at(2024, 5, 1)
    dead = Link(url="http://dead.example/a", health=LinkHealth.DEAD)
    dead.last_checked_at = at(2024, 5, 2)
    suspect = Link(url="http://suspect.example/b", health=LinkHealth.SUSPECT)
    suspect.last_checked_at = at(2024, 5, 3)
    evil = Link(url=EVIL_URL, health=LinkHealth.UNCHECKED)
    other_link = Link(url="https://other.example/", health=LinkHealth.INCONCLUSIVE)
    other_link.last_checked_at = at(2024, 5, 4)
    session.add_all([alive, dead, suspect, evil, other_link])
    session.add_all(
        [
            Snapshot(
                link=dead,
                archive_url="https://archive.example/web/20160430120000/http://dead.example/a",
                archived_at=at(2016, 4, 30),
                original_status=200,
            ),
            Snapshot(
                link=dead,
                archive_url="https://archive.example/web/20170101120000/http://dead.example/a",
                archived_at=at(2017, 1, 1),
                original_status=200,
            ),
            Snapshot(
                link=suspect,
                archive_url="https://archive.example/web/20150101120000/http://suspect.example/b",
                archived_at=at(2015, 1, 1),
                original_status=200,
            ),
            Snapshot(
                link=evil,
                archive_url="javascript:alert(2)",
                archived_at=at(2015, 1, 1),
                original_status=200,
            ),
        ]
    )

    s_alive = Source(
        key="s-alive",
        kind=SourceKind.NEWS_ARTICLE,
        title="Flood report",
        container="Example Times",
        issued=dt.date(2015, 8, 13),
        issued_precision=DatePrecision.DAY,
        url="https://alive.example/report",
        link=alive,
        accessed=dt.date(2016, 5, 26),
        accessed_basis=AccessedBasis.STATED,
        raw="Flood report, https://alive.example/report.",
        contributors=[
            Contributor(role=ContributorRole.AUTHOR, position=1, family="Doe", given="Jane"),
            Contributor(role=ContributorRole.AUTHOR, position=2, literal="Flood Watch"),
        ],
    )
    s_dead = Source(
        key="s-dead",
        kind=SourceKind.NEWS_ARTICLE,
        title="Dead news",
        container="Gone Daily",
        issued=dt.date(2016, 4, 1),
        issued_precision=DatePrecision.MONTH,
        url="http://dead.example/a",
        link=dead,
        accessed=dt.date(2016, 5, 2),
        accessed_basis=AccessedBasis.STATED,
    )
    s_suspect = Source(
        key="s-suspect",
        kind=SourceKind.WEB_PAGE,
        title="Wobbly page",
        url="http://suspect.example/b",
        link=suspect,
    )
    s_evil = Source(
        key="s-evil",
        kind=SourceKind.WEB_PAGE,
        title=EVIL_TITLE,
        container="</mark><b>container</b>",
        url=EVIL_URL,
        link=evil,
        raw="Script source.",
    )
    s_book = Source(
        key="s-book",
        kind=SourceKind.REPORT,
        title="A printed book",
        publisher="Paper Press",
        issued=dt.date(2010, 1, 1),
        issued_precision=DatePrecision.YEAR,
    )
    s_uncited = Source(
        key="s-uncited", kind=SourceKind.WEB_PAGE, title="Nobody cites me", url="https://x.test/"
    )
    s_other = Source(
        key="s-other",
        kind=SourceKind.WEB_PAGE,
        title="Other source",
        url="https://other.example/",
        link=other_link,
        accessed=dt.date(2020, 1, 1),
        accessed_basis=AccessedBasis.PERSON,
    )
    session.add_all([s_alive, s_dead, s_suspect, s_evil, s_book, s_uncited, s_other])

    fn1 = _footnote(doc, 1, "Flood report, https://alive.example/report.")
    fn2 = _footnote(doc, 2, "Dead news, http://dead.example/a (accessed May 2, 2016).")
    fn3 = _footnote(doc, 3, "Script source.")
    fn_other = _footnote(other, 1, "Other source.")
    session.add_all([fn1, fn2, fn3, fn_other])

    unverified, needs = ClaimStatus.UNVERIFIED, ClaimStatus.NEEDS_SOURCE
    c_flood = _claim(
        doc,
        "c-flood",
        "The river flooded the valley in 2015 and the dam failed twice.",
        unverified,
        "The valley flooded in 2015.",
    )
    c_dam = _claim(doc, "c-dam", "the dam failed twice", unverified, "The dam failed twice.")
    c_cross = _claim(doc, "c-cross", "in 2015 and the dam", needs, "It happened in 2015.")
    c_denial = _claim(
        doc,
        "c-denial",
        "Officials denied the failure for a week.",
        unverified,
        "Officials denied it <for a week>.",
    )
    c_bridge = _claim(
        doc, "c-bridge", "Nobody knows why the bridge closed.", needs, "The bridge closed."
    )
    c_bridge_again = _claim(
        doc, "c-bridge-again", "Nobody knows why the bridge closed.", needs, "Same words again."
    )
    c_prices = _claim(
        doc,
        "c-prices",
        "Prices rose <b>sharply</b> & quickly.",
        ClaimStatus.DISPUTED,
        'Prices rose "sharply" </script><script>alert(3)</script>',
    )
    c_other = _claim(other, "c-other", "The sky is green.", unverified, "The sky is green.")
    session.add_all([c_flood, c_dam, c_cross, c_denial, c_bridge, c_bridge_again, c_prices])
    session.add(c_other)

    session.add_all(
        [
            Citation(claim=c_flood, source=s_alive, footnote=fn1, position=1),
            Citation(claim=c_dam, source=s_dead, footnote=fn1, position=1),
            Citation(claim=c_dam, source=s_alive, footnote=fn1, position=2),
            Citation(claim=c_denial, source=s_dead, footnote=fn2, position=1),
            Citation(claim=c_denial, source=s_suspect, footnote=fn2, position=2),
            Citation(claim=c_prices, source=s_evil, footnote=fn3, position=1),
            Citation(claim=c_prices, source=s_book, footnote=fn3, position=2, pinpoint="p. 12"),
            Citation(claim=c_other, source=s_other, footnote=fn_other, position=1),
        ]
    )
    session.flush()
    return Sample(
        document="sample-doc",
        other_document="other-doc",
        claims=(
            "c-flood",
            "c-cross",
            "c-dam",
            "c-denial",
            "c-bridge",
            "c-bridge-again",
            "c-prices",
        ),
        at_risk=frozenset({"c-cross", "c-denial", "c-bridge", "c-bridge-again"}),
        sources=("s-alive", "s-book", "s-dead", "s-evil", "s-suspect"),
    )
