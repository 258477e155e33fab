"""The BibTeX/biblatex export written from the database's rows equals write_entries on the
records the database holds (SQLite and PostgreSQL), whatever the sources."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import replace

import pytest
from bib_support import clear_sources, source_lists, storable, store_sources
from hypothesis import given, settings
from sqlalchemy import select
from sqlalchemy.orm import Session

from claims.bib.bibtex import ExportItem, format_bibliography
from claims.bib.common import ArchivedCopy, Dialect
from claims.bib.service import ExportFormat, export_bibliography
from claims.db import Database
from claims.enums import SourceKind
from claims.models import Link, Snapshot
from claims.records import Contributor, PartialDate, SourceRecord
from claims.repository import bibliography as repo

_FORMATS = {ExportFormat.BIBTEX: Dialect.BIBTEX, ExportFormat.BIBLATEX: Dialect.BIBLATEX}


def _by_records(session: Session, dialect: Dialect, ascii: bool) -> str:
    # the reference: records read back, each written by entry_parts whole
    items = []
    for row in repo.iter_export_rows(session):
        archive = None
        if row.archive_url:
            day = row.archived_at.date() if row.archived_at else None
            archive = ArchivedCopy(row.archive_url, day)
        items.append(ExportItem(row.record, archive))
    return format_bibliography(items, dialect, ascii=ascii)


def _exported(session: Session, fmt: ExportFormat, ascii: bool, **scope: object) -> str:
    out = io.StringIO()
    summary = export_bibliography(session, fmt, out.write, ascii=ascii, **scope)  # type: ignore[arg-type]
    assert summary.entries == out.getvalue().count("\n@") + (1 if out.getvalue() else 0)
    return out.getvalue()


def _assert_same(session: Session) -> None:
    for fmt, dialect in _FORMATS.items():
        for ascii in (False, True):
            assert _exported(session, fmt, ascii) == _by_records(session, dialect, ascii)


def _snapshot_every_other_link(session: Session) -> None:
    for i, link in enumerate(session.scalars(select(Link).order_by(Link.id))):
        if i % 2 == 0:
            for year in (2016, 2017):  # the latest is cited
                session.add(
                    Snapshot(
                        link=link,
                        archive_url=f"https://web.archive.org/web/{year}/{link.url}",
                        archived_at=dt.datetime(year, 5, 26, tzinfo=dt.UTC),
                    )
                )
    session.flush()


@settings(max_examples=25)
@given(records=source_lists(max_size=8))
def test_rows_written_as_records_are(database: Database, records: list[SourceRecord]) -> None:
    with database.session() as session:
        clear_sources(session)
        store_sources(session, storable(records))
        _snapshot_every_other_link(session)
        _assert_same(session)
        session.rollback()


def test_blank_values_extra_fields_and_pages(database: Database) -> None:
    """Blank text (written by nobody, still possible in a database), extra fields, and more
    sources than one page of rows, some sharing people, outlets and dates."""
    people = (Contributor(family="Müller", given="Ana"), Contributor(literal="R&D {Group}"))
    base = SourceRecord(
        key="k",
        kind=SourceKind.NEWS_ARTICLE,
        title="China’s WeChat",
        contributors=people,
        container="The Diplomat",
        issued=PartialDate(2016, 5),
        url="https://example.org/a",
        accessed=dt.date(2016, 5, 26),
        language="en",
    )
    odd = [
        replace(base, key="blankTitle", title=" \t"),
        replace(base, key="blankOutlet", container="\x01", publisher=" "),
        replace(base, key="blankUrl", url="  "),
        replace(base, key="blankDoi", doi=" \n"),
        replace(base, key="extra", extra={"genre": "Op-ed", "pages": "1--2", "keywords": "a"}),
        replace(base, key="note", extra={"note": "Printed"}),
        replace(base, key="nothing", title=None, contributors=(), container=None, url=None),
    ]
    many = [
        replace(
            base,
            key=f"s{i:05d}",
            kind=list(SourceKind)[i % len(SourceKind)],
            title=f"Title {i} about Łódź",
            container=["Reuters", None, "HRW"][i % 3],
            publisher=[None, "HRW"][i % 2],
            url=f"https://example.org/{i}",
            issued=PartialDate(2000 + i % 7, 1 + i % 12, 1 + i % 28) if i % 5 else None,
            accessed=dt.date(2016, 1, 1) + dt.timedelta(days=i % 9) if i % 4 else None,
            doi=f"10.1/{i}" if i % 6 == 0 else None,
            contributors=people[: i % 3],
        )
        for i in range(2_300)  # three pages of EXPORT_BATCH rows
    ]
    with database.session() as session:
        clear_sources(session)
        store_sources(session, odd + many)
        _snapshot_every_other_link(session)
        _assert_same(session)
        session.rollback()


@pytest.mark.parametrize("fmt", list(_FORMATS))
def test_one_documents_sources_in_pages(letter_db: Database, fmt: ExportFormat) -> None:
    # a scope reads its pages by id lists, the whole table by id ranges: the same text
    with letter_db.session() as session:
        everything = _exported(session, fmt, False)
        of_letter = _exported(session, fmt, False, document="hrw-2016-07-18-facebook-china")
        assert of_letter == everything == _by_records(session, _FORMATS[fmt], False)
