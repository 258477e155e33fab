"""BibTeX and biblatex text straight from the database's rows, without a record per source.

The usual source (no extra fields, no archived copy) is written piece by piece: the parts
that many sources share (people, outlet and type, date, access date, language) are laid
out once per distinct value, by :func:`claims.bib.bibtex.entry_parts` itself on a record
holding only that part, and cached; the parts each source has alone (key, title, URL,
DOI) are encoded as they come. Any other source goes through ``entry_parts`` whole. So the
text is that of :func:`claims.bib.bibtex.write_entries` by construction (and the tests
compare the two).
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator

from claims.bib.bibtex import LANGIDS, ExportItem, entry_parts, issued_fields, people_fields
from claims.bib.common import ArchivedCopy, Dialect, accessed_sentence
from claims.bib.latex import encode_value, normalise_space
from claims.enums import DatePrecision, SourceKind
from claims.records import Contributor, PartialDate, SourceRecord
from claims.repository.bibliography import ExportBatch

_CACHE = 4096  # distinct values per part: bounded, so memory stays flat
_DAYS = 1 << 14  # distinct days: 45 years of them, a few hundred bytes each

_KINDS = {k.value: k for k in SourceKind}
_PRECISIONS = {p.value: p for p in DatePrecision}


def _text(fields: Iterable[tuple[str, str, bool]]) -> str:
    # the layout of bibtex._entry_text, field by field
    return "".join(
        f"  {name} = {{{value}}},\n" if braced else f"  {name} = {value},\n"
        for name, value, braced in fields
    )


@functools.lru_cache(maxsize=_CACHE)
def _people(people: tuple[Contributor, ...], ascii: bool) -> str:
    return _text(people_fields(people, ascii=ascii))


@functools.lru_cache(maxsize=_CACHE)
def _outlet(
    shape: tuple[SourceKind, str | None, str | None, bool, Dialect, bool],
) -> tuple[str, str]:
    """The entry type and what follows the title (outlet, publisher, genre, subtype) for
    (kind, container, publisher, has a URL, dialect, ascii)."""
    kind, container, publisher, has_url, dialect, ascii = shape
    record = SourceRecord(
        key="", kind=kind, container=container, publisher=publisher, url="u" if has_url else None
    )
    etype, fields = entry_parts(ExportItem(record), dialect, ascii=ascii)
    return etype, _text(f for f in fields if f[0] != "url")


@functools.lru_cache(maxsize=_DAYS)
def _issued(day: dt.date, precision: str | None, bibtex: bool) -> str:
    issued = PartialDate.from_date(day, _PRECISIONS[precision] if precision else DatePrecision.DAY)
    return _text(issued_fields(issued, bibtex=bibtex))


@functools.lru_cache(maxsize=_DAYS)
def _accessed(day: dt.date, bibtex: bool) -> tuple[str, str]:
    """The urldate field; in BibTeX, the note that says when (the note entry_parts writes
    for a source with no note of its own and no archived copy)."""
    iso = day.isoformat()
    urldate = f"  urldate = {{{encode_value('urldate', iso, True)}}},\n"
    return urldate, _own("note", accessed_sentence(day), True) if bibtex else ""


@functools.lru_cache(maxsize=256)
def _language(language: str, dialect: Dialect) -> str:
    name = LANGIDS.get(language)
    return _own("language" if dialect is Dialect.BIBTEX else "langid", name, True)


def _own(name: str, value: str | None, ascii: bool) -> str:
    # a value each source has alone (title, URL, DOI), as entry_parts' add() would write it
    if not value:
        return ""
    text = encode_value(name, value, ascii)
    return f"  {name} = {{{text}}},\n" if text else ""


def _blank(value: str) -> bool:
    return not (value and normalise_space(value))


def write_batches(
    batches: Iterable[ExportBatch], dialect: Dialect, *, ascii: bool = False
) -> Iterator[str]:
    """The .bib text of every source of the batches, one chunk per batch: the same text as
    :func:`claims.bib.bibtex.write_entries` on their records."""
    ascii = ascii or dialect is Dialect.BIBTEX
    bibtex = dialect is Dialect.BIBTEX
    first = True
    for batch in batches:
        pieces = []
        archives = batch.archives
        people_of = batch.people.get
        for r in batch.rows:
            # by position (the columns of repository.bibliography._SOURCE_COLUMNS): cheaper
            # than by name, row after row
            (
                source_id,
                key,
                kind,
                title,
                container,
                publisher,
                issued,
                precision,
                url,
                link_id,
                accessed,
                _basis,
                _raw,
                language,
                _note,
                doi,
                extra,
            ) = r
            archive = archives.get(link_id) if link_id else None
            if (
                archive is not None
                or (extra and extra != "{}")
                # a blank title, outlet or publisher comes out as entry_parts writes it
                # (left out: its encoding is empty, and _outlet goes through entry_parts);
                # a blank URL or DOI would be percent-encoded, and decides the type
                or (url is not None and _blank(url))
                or (doi is not None and _blank(doi))
            ):
                item = ExportItem(
                    batch.record(r),
                    ArchivedCopy(archive[0], archive[1].date() if archive[1] else None)
                    if archive
                    else None,
                )
                etype, fields = entry_parts(item, dialect, ascii=ascii)
                pieces.append(f"@{etype}{{{key},\n{_text(fields)}}}\n")
                continue
            etype, outlet = _outlet((_KINDS[kind], container, publisher, bool(url), dialect, ascii))
            people = people_of(source_id)
            urldate, note = _accessed(accessed, bibtex) if accessed else ("", "")
            pieces.append(
                "".join(
                    (
                        "@",
                        etype,
                        "{",
                        key,
                        ",\n",
                        _people(people, ascii) if people else "",
                        _own("title", title, ascii) if title else "",
                        outlet,
                        _issued(issued, precision, bibtex) if issued is not None else "",
                        _own("url", url, ascii) if url else "",
                        urldate,
                        _own("doi", doi, ascii) if doi else "",
                        _language(language, dialect) if language else "",
                        note,
                        "}\n",
                    )
                )
            )
        if pieces:
            text = "\n".join(pieces)
            yield text if first else "\n" + text
            first = False
