"""Shared by the bibliography tests: paths, the letter's 17 works, generated sources, tools.

A module of its own (not conftest.py), so test modules can import it by a unique name.
"""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import strategies as st
from sqlalchemy import delete
from sqlalchemy.orm import Session

from claims.bib.latex import normalise_space
from claims.dataset.reader import read_dataset
from claims.enums import AccessedBasis, ContributorRole, DatePrecision, SourceKind
from claims.models import Contributor as ContributorRow
from claims.models import Link, Source
from claims.records import Contributor, PartialDate, SourceRecord
from claims.repository import bibliography as repo
from claims.urls import normalize_url

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "bib"
REALWORLD = Path(__file__).resolve().parents[3] / "shared" / "realworld-bib"

LETTER_DATASET = Path(__file__).resolve().parents[2] / "data" / "hrw-2016-07-18-facebook-china"


def letter_records() -> list[SourceRecord]:
    """The 17 works the letter cites, as curated in the dataset (keys as stored there)."""
    return list(read_dataset(LETTER_DATASET).sources)


def require_tool(name: str) -> str:
    """The path of an external program, or a visible skip naming what is missing."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install {name}); CI installs it")
    return path


# ---------------------------------------------------------------- generated sources

# odd Unicode, braces, percent signs, backslashes and LaTeX look-alikes in every field
ODD_TEXT = st.lists(
    st.characters(codec="utf-8")
    | st.sampled_from(list("\\{}%$#&_~^`'\"-,.!?<>| \u00a0’“”–—"))
    | st.sampled_from(["--", "''", "\\textbf{x}", "$x$", "{\\'e}", "and", "China", "WeChat"]),
    min_size=1,
    max_size=30,
).map("".join)
_NAME = ODD_TEXT.filter(lambda s: normalise_space(s) != "")


def _contributors() -> st.SearchStrategy[tuple[Contributor, ...]]:
    role = st.sampled_from(ContributorRole)
    person = st.builds(Contributor, family=_NAME, given=_NAME | st.none(), role=role)
    org = st.builds(Contributor, literal=_NAME, role=role)
    return st.lists(person | org, max_size=3).map(tuple)


def _partial_dates() -> st.SearchStrategy[PartialDate]:
    return st.builds(
        PartialDate.from_date,
        st.dates(dt.date(1800, 1, 1), dt.date(2100, 12, 31)),
        st.sampled_from(DatePrecision),
    )


def _extra() -> st.SearchStrategy[dict[str, str]]:
    keys = st.sampled_from(["genre", "archive_url", "note", "volume", "number", "pages", "issue"])
    return st.dictionaries(keys, ODD_TEXT, max_size=3)


@st.composite
def source_records(draw: st.DrawFn, key: str) -> SourceRecord:
    maybe = st.none() | ODD_TEXT
    accessed = draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1)))
    return SourceRecord(
        key=key,
        kind=draw(st.sampled_from(SourceKind)),
        title=draw(maybe),
        contributors=draw(_contributors()),
        container=draw(maybe),
        publisher=draw(maybe),
        issued=draw(st.none() | _partial_dates()),
        url=draw(maybe),
        accessed=accessed,
        accessed_basis=AccessedBasis.STATED if accessed else AccessedBasis.UNKNOWN,
        language=draw(st.none() | st.sampled_from(["en", "de", "fr", "en-GB"])),
        note=draw(maybe),  # the curator's note: never exported
        doi=draw(maybe),
        extra=draw(_extra()),
    )


@st.composite
def source_lists(draw: st.DrawFn, max_size: int = 5) -> list[SourceRecord]:
    n = draw(st.integers(0, max_size))
    return [draw(source_records(f"key{i}")) for i in range(n)]


# ---------------------------------------------------------------- databases


def clear_sources(session: Session) -> None:
    session.execute(delete(ContributorRow))
    session.execute(delete(Source))
    session.execute(delete(Link))


def store_sources(session: Session, records: list[SourceRecord]) -> None:
    urls = {r.key: u for r in records if r.url and (u := _normal(r.url))}
    links = repo.get_or_add_links(session, urls.values())
    for r in records:
        repo.add_source(session, r, links.get(urls.get(r.key, "")))
    session.flush()


def _normal(url: str) -> str | None:
    try:
        return normalize_url(url)
    except ValueError:
        return None


def storable(records: list[SourceRecord]) -> list[SourceRecord]:
    # PostgreSQL text cannot hold NUL; no reader or loader produces it
    def clean(v: str | None) -> str | None:
        return v.replace("\x00", "") if v is not None else None

    out = []
    for r in records:
        people = tuple(
            replace(c, family=clean(c.family), given=clean(c.given), literal=clean(c.literal))
            for c in r.contributors
        )
        out.append(
            replace(
                r,
                title=clean(r.title),
                container=clean(r.container),
                publisher=clean(r.publisher),
                url=clean(r.url),
                note=clean(r.note),
                doi=f"{clean(r.doi)}/{r.key}" if r.doi else None,  # one work per entry
                contributors=people,
                extra={k: v.replace("\x00", "") for k, v in r.extra.items()},
            )
        )
    return out
