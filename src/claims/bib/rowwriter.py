"""BibTeX and biblatex text straight from the database's rows, without a record per source.

The usual source (no extra fields, no archived copy) is written piece by piece: the parts
that many sources share (people, outlet and type, date, access date, language) are laid
out once per distinct value and remembered for the export, by
:func:`claims.bib.bibtex.entry_parts` itself on a record holding only that part (the date
directly, in its layout); the parts each source has alone (key, title, URL, DOI) are
encoded as they come. Any other source goes through ``entry_parts`` whole. So the
text is that of :func:`claims.bib.bibtex.write_entries` by construction (and the tests
compare the two).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Iterator
from typing import Any, TypeVar

from claims.bib.bibtex import (
    LANGIDS,
    ExportItem,
    entry_parts,
    named_fields,
    person_name,
)
from claims.bib.common import MONTH_MACROS, ArchivedCopy, Dialect, accessed_sentence
from claims.bib.latex import encode_title, encode_value, encode_verbatim, normalise_space
from claims.enums import ContributorRole, DatePrecision, SourceKind
from claims.records import SourceRecord
from claims.repository.bibliography import ExportBatch, PersonRow, contributor_of, stored_day

_CACHE = 4096  # distinct values per part: bounded, so memory stays flat
# distinct days: a first export meets most of them once, and a miss is cheap, so few are kept
_DAYS = 4096

_KINDS = {k.value: k for k in SourceKind}

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


def _text(fields: Iterable[tuple[str, str, bool]]) -> str:
    # the layout of bibtex._entry_text, field by field
    return "".join(
        f"  {name} = {{{value}}},\n" if braced else f"  {name} = {value},\n"
        for name, value, braced in fields
    )


class _Memo(dict[K, V]):
    """A dict that works out a missing value, and is emptied when full (memory stays flat).

    Looked up with ``memo[key]``: a hit runs no Python code, as the keys are tuples of
    plain values as read (a dataclass's hash would run its ``__hash__`` row after row).
    """

    def __init__(self, make: Callable[[K], V], size: int) -> None:
        super().__init__()
        self.make = make
        self.size = size

    def __missing__(self, key: K) -> V:
        if len(self) >= self.size:
            self.clear()
        value = self[key] = self.make(key)
        return value


def _own(name: str, value: str | None, ascii: bool) -> str:
    # a value each source has alone (title, URL, DOI), as entry_parts' add() would write it
    if not value:
        return ""
    text = encode_value(name, value, ascii)
    return f"  {name} = {{{text}}},\n" if text else ""


def _blank(value: str) -> bool:
    return not (value and normalise_space(value))


class _Parts:
    """The parts of an entry many sources share, for one dialect, each laid out once."""

    def __init__(self, dialect: Dialect, ascii: bool) -> None:
        self.dialect = dialect
        self.ascii = ascii
        self.bibtex = dialect is Dialect.BIBTEX
        self.persons = _Memo(self._person, _CACHE)
        self.people = _Memo(self._people, _CACHE)
        self.outlets = _Memo(self._outlet, _CACHE)
        self.issued = _Memo(self._issued, _DAYS)
        self.accessed = _Memo(self._accessed, _DAYS)
        self.languages = _Memo(self._language, 256)

    def _person(self, person: PersonRow) -> tuple[ContributorRole, str | None]:
        return person_name(contributor_of(person), ascii=self.ascii)

    def _people(self, people: tuple[PersonRow, ...]) -> str:
        persons = self.persons
        return _text(named_fields([persons[p] for p in people]))

    def _outlet(self, shape: tuple[str, str | None, str | None, bool]) -> tuple[str, str]:
        """The entry type and what follows the title (outlet, publisher, genre, subtype)
        for (kind, container, publisher, has a URL)."""
        kind, container, publisher, has_url = shape
        record = SourceRecord(
            key="",
            kind=_KINDS[kind],
            container=container,
            publisher=publisher,
            url="u" if has_url else None,
        )
        etype, fields = entry_parts(ExportItem(record), self.dialect, ascii=self.ascii)
        return etype, _text(f for f in fields if f[0] != "url")

    def _issued(self, key: tuple[Any, str | None]) -> str:
        # issued_fields' layout, without a PartialDate and a list per distinct day (one
        # a source, in a first export): the tests hold it to entry_parts
        day, precision = stored_day(key[0]), key[1] or DatePrecision.DAY.value
        year = f"{day.year:04d}"
        if precision == DatePrecision.YEAR.value:
            iso = year
        else:
            iso = (
                f"{year}-{day.month:02d}"
                if precision == DatePrecision.MONTH.value
                else f"{year}-{day.month:02d}-{day.day:02d}"
            )
        text = f"  date = {{{iso}}},\n"
        if not self.bibtex:
            return text
        month = (
            ""
            if precision == DatePrecision.YEAR.value
            else f"  month = {MONTH_MACROS[day.month - 1]},\n"
        )
        return f"  year = {{{year}}},\n{month}{text}"

    def _accessed(self, stored: Any) -> tuple[str, str]:
        """The urldate field; in BibTeX, the note that says when (the note entry_parts
        writes for a source with no note of its own and no archived copy). An ISO date and
        "Accessed 26 May 2016" are what encoding them gives (the tests hold it so)."""
        day = stored_day(stored)
        urldate = f"  urldate = {{{day.isoformat()}}},\n"
        return urldate, f"  note = {{{accessed_sentence(day)}}},\n" if self.bibtex else ""

    def _language(self, language: str) -> str:
        name = LANGIDS.get(language)
        return _own("language" if self.bibtex else "langid", name, True)


def write_batches(
    batches: Iterable[ExportBatch], dialect: Dialect, *, ascii: bool = False
) -> Iterator[str]:
    """The .bib text of every source of the batches, one chunk per batch: the same text as
    :func:`claims.bib.bibtex.write_entries` on their records."""
    ascii = ascii or dialect is Dialect.BIBTEX
    parts = _Parts(dialect, ascii)
    people_text, outlets, issued_text = parts.people, parts.outlets, parts.issued
    accessed_text, languages = parts.accessed, parts.languages
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
            if (
                (link_id and link_id in archives)
                or (extra and extra != "{}")
                # a blank title, outlet or publisher comes out as entry_parts writes it
                # (left out: its encoding is empty, and _outlet goes through entry_parts);
                # a blank URL or DOI would be percent-encoded, and decides the type
                # (printable and not all spaces: not blank, without a call)
                or (url is not None and not (url.isprintable() and url.strip(" ")) and _blank(url))
                or (doi is not None and not (doi.isprintable() and doi.strip(" ")) and _blank(doi))
            ):
                archive = archives.get(link_id) if link_id else None
                item = ExportItem(
                    batch.record(r),
                    ArchivedCopy(archive[0], archive[1].date() if archive[1] else None)
                    if archive
                    else None,
                )
                etype, fields = entry_parts(item, dialect, ascii=ascii)
                pieces.append(f"@{etype}{{{key},\n{_text(fields)}}}\n")
                continue
            etype, outlet = outlets[kind, container, publisher, bool(url)]
            people = people_of(source_id)
            if title:
                title = encode_title(title, ascii=ascii)
            if url:
                url = encode_verbatim(url, "url")
            urldate, note = accessed_text[accessed] if accessed is not None else ("", "")
            pieces.append(
                "".join(
                    (
                        "@",
                        etype,
                        "{",
                        key,
                        ",\n",
                        people_text[people] if people else "",
                        f"  title = {{{title}}},\n" if title else "",
                        outlet,
                        issued_text[issued, precision] if issued is not None else "",
                        f"  url = {{{url}}},\n" if url else "",
                        urldate,
                        _own("doi", doi, ascii) if doi else "",
                        languages[language] if language else "",
                        note,
                        "}\n",
                    )
                )
            )
        if pieces:
            text = "\n".join(pieces)
            yield text if first else "\n" + text
            first = False
