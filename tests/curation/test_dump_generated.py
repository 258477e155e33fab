"""Generated databases — odd Unicode, quotes of every kind, TOML-hostile text, hand-edited
citations and pins — dump and load back exactly (hypothesis; SQLite and PostgreSQL)."""

from __future__ import annotations

import datetime as dt
import tempfile
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from claims.curation.policy import SOURCE_FIELDS
from claims.dataset import ClaimSpec, Dataset, DocumentSpec, FootnoteSpec, load_dataset
from claims.dataset.dump import dump_dataset, render_dataset
from claims.dataset.reader import read_dataset
from claims.db import Database
from claims.enums import AccessedBasis, ClaimStatus, ContributorRole, SourceKind
from claims.models import Citation, Claim, Contributor, Document, Footnote, Link, Pin, Source
from claims.records import Contributor as Person
from claims.records import PartialDate, SourceRecord
from claims.repository import curation as pins_repo
from tests.curation.db_snapshot import snapshot_session

# any character a database holds (PostgreSQL text has no NUL), and the ones TOML is picky about
CHARS = st.characters(exclude_categories=["Cs"], exclude_characters="\x00")
HOSTILE = st.sampled_from(
    ["'''", '"""', "\\", "\\u0041", "a'b\"c", "\r\n", "\t", "\x7f", "\x1b[0m", "# no comment",
     "[[claims]]", 'key = "x"', "’“”‘", "😀", "\u2028", "\ufeff", " lead", "trail "]
)  # fmt: skip
ODD = st.one_of(st.text(CHARS, max_size=24), HOSTILE, st.lists(HOSTILE, max_size=4).map("".join))
NONBLANK = ODD.filter(lambda s: bool(s.strip()))
SOURCE_KEYS = st.text(
    st.characters(exclude_categories=["Cs", "Z", "C"], exclude_characters=',{}"#%\\'),
    min_size=1,
    max_size=16,
)
URLS = st.text("abcxyz019-_~/%ü'()", max_size=12).map(lambda p: f"https://example.org/{p}x")


@st.composite
def sources(draw: st.DrawFn, key: str) -> SourceRecord:
    def maybe(strategy: st.SearchStrategy[str]) -> str | None:
        return draw(st.none() | strategy)

    people = [
        Person(literal=draw(NONBLANK), role=role)
        if draw(st.booleans())
        else Person(family=draw(NONBLANK), given=maybe(NONBLANK), role=role)
        for role in (ContributorRole.AUTHOR, ContributorRole.EDITOR)
        for _ in range(draw(st.integers(0, 2)))
    ]
    issued = draw(
        st.none()
        | st.builds(PartialDate, st.integers(1900, 2030))
        | st.builds(PartialDate, st.integers(1900, 2030), st.integers(1, 12))
        | st.dates(dt.date(1900, 1, 1)).map(lambda d: PartialDate(d.year, d.month, d.day))
    )
    return SourceRecord(
        key=key,
        kind=draw(st.sampled_from(SourceKind)),
        title=maybe(ODD),
        contributors=tuple(people),
        container=maybe(ODD),
        publisher=maybe(ODD),
        issued=issued,
        url=maybe(URLS),
        accessed=draw(st.none() | st.dates(dt.date(1990, 1, 1))),
        accessed_basis=draw(st.sampled_from(AccessedBasis)),
        raw=maybe(ODD),
        language=maybe(st.sampled_from(["en", "de-CH", "zh-Hant"])),
        note=maybe(ODD),
        doi=maybe(NONBLANK),
        extra=draw(
            st.dictionaries(
                st.sampled_from(["genre", "pages", "", "a b", "é'\""]) | ODD, ODD, max_size=3
            )
        ),
    )


def _span(draw: st.DrawFn, text: str) -> tuple[int, int]:
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 30)))
    return start, end


@st.composite
def datasets(draw: st.DrawFn) -> Dataset:
    text = draw(st.text(CHARS, min_size=1, max_size=120).map(lambda t: t + " words "))
    keys = draw(st.lists(SOURCE_KEYS, min_size=1, max_size=4, unique=True))
    records = tuple(draw(sources(k)) for k in keys)

    def span() -> tuple[int, int]:
        start, end = _span(draw, text)
        return (start, end) if text[start:end].strip() else (len(text) - 6, len(text) - 1)

    footnotes = []
    for number in range(1, draw(st.integers(0, 3)) + 1):
        start, end = span()
        cites = draw(st.lists(st.sampled_from(keys), unique=True, max_size=3))
        footnotes.append(FootnoteSpec(number, text[start:end], start, end, tuple(cites)))
    claims = []
    for n in range(draw(st.integers(1, 4))):
        start, end = span()
        numbers = draw(st.lists(st.sampled_from([f.number for f in footnotes] or [0]),
                                unique=True, max_size=2))  # fmt: skip
        numbers = [x for x in numbers if x]
        loose = draw(st.lists(st.sampled_from(keys), unique=True, max_size=2))
        claims.append(
            ClaimSpec(
                f"c{n}", draw(NONBLANK), text[start:end], start, end, tuple(numbers), tuple(loose)
            )
        )
    cited = {k for c in claims for k in c.sources} | {
        k for f in footnotes for k in f.sources if any(f.number in c.footnotes for c in claims)
    }
    last = claims[-1]
    claims[-1] = ClaimSpec(
        last.key,
        last.statement,
        last.quote,
        last.start,
        last.end,
        last.footnotes,
        last.sources + tuple(k for k in keys if k not in cited),
    )
    document = DocumentSpec(
        key=draw(st.sampled_from(["doc", "d-1.x:y_z"])),
        title=draw(NONBLANK),
        text=text,
        text_file=Path("t.txt"),
        author=draw(st.none() | ODD),
        publisher=draw(st.none() | ODD),
        published=draw(st.none() | st.dates(dt.date(1900, 1, 1))),
        url=draw(st.none() | URLS),
        file_sha256=draw(st.none() | st.text("0123456789abcdef", min_size=64, max_size=64)),
    )
    return Dataset(Path("dataset.toml"), document, tuple(footnotes), records, tuple(claims))


def _curate(session: Session, data: st.DataObject) -> None:
    """What hand curation does to a loaded document: citations edited, statuses set by
    review, proposals, pins."""
    cited = Counter(c.source_id for c in session.scalars(select(Citation)))
    for claim in session.scalars(select(Claim).order_by(Claim.id)):
        # a citation goes when its source stays cited: a dump holds the works its claims cite
        removable = [c for c in claim.citations if cited[c.source_id] > 1]
        if removable and data.draw(st.booleans()):
            gone = data.draw(st.sampled_from(removable))
            cited[gone.source_id] -= 1
            claim.citations.remove(gone)
        for citation in claim.citations:
            if data.draw(st.booleans()):
                citation.pinpoint = data.draw(ODD)
            if data.draw(st.integers(0, 4)) == 0:
                citation.position += 5
        statuses = [
            s for s in ClaimStatus if not claim.citations or s is not ClaimStatus.NEEDS_SOURCE
        ]
        claim.status = data.draw(st.sampled_from(statuses))
        claim.proposed = data.draw(st.booleans())
        session.flush()
    who = st.none() | NONBLANK.map(lambda s: s[:200])
    for source in session.scalars(select(Source).order_by(Source.id)):
        for name in data.draw(st.lists(st.sampled_from([*SOURCE_FIELDS, "extra.pages"]),
                                       unique=True, max_size=3)):  # fmt: skip
            pins_repo.pin(session, "source", source.id, [name], data.draw(who))
    for claim in session.scalars(select(Claim).order_by(Claim.id)):
        for name in data.draw(st.lists(st.sampled_from(["claim", "statement", "quote"]),
                                       unique=True, max_size=2)):  # fmt: skip
            pins_repo.pin(session, "claim", claim.id, [name], data.draw(who))
    for footnote in session.scalars(select(Footnote).order_by(Footnote.id)):
        if data.draw(st.booleans()):
            pins_repo.pin(session, "footnote", footnote.id, ["text"], data.draw(who))
    session.flush()


def _clear(database: Database) -> None:
    with database.session() as session:
        for model in (Pin, Citation, Claim, Footnote, Contributor, Source, Link, Document):
            session.execute(delete(model))


@pytest.fixture
def fresh_database(fresh_url: str) -> Iterator[Database]:
    db = Database(fresh_url)
    try:
        yield db
    finally:
        db.dispose()


@settings(max_examples=30)
@given(dataset=datasets(), data=st.data())
def test_generated_databases_round_trip(
    database: Database, fresh_database: Database, dataset: Dataset, data: st.DataObject
) -> None:
    _clear(database)
    _clear(fresh_database)
    with database.session() as session:
        load_dataset(session, dataset)
        session.flush()
        _curate(session, data)
    key = dataset.document.key
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "out"
        with database.session(readonly=True) as session:
            before = snapshot_session(session)
            dump_dataset(session, key, folder)
        toml = (folder / "dataset.toml").read_bytes()
        with fresh_database.session() as session:
            load_dataset(session, read_dataset(folder))
        with fresh_database.session(readonly=True) as session:
            assert snapshot_session(session) == before
            again = render_dataset(session, key)
        assert again.toml.encode("utf-8") == toml
        assert (folder / "document.txt").read_bytes() == again.text.encode("utf-8")
