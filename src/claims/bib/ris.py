"""RIS (Zotero, Mendeley, EndNote) from sources and back, with rispy reading and writing tags."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

import rispy

from claims.bib.bibtex import ExportItem
from claims.bib.common import (
    DEFAULT_GENRES,
    EXTRA_ARCHIVE_URL,
    EXTRA_GENRE,
    EXTRA_NOTE,
    GENRE_KINDS,
    archive_of,
    genre_of,
    without_blanks,
)
from claims.bib.reader import FailedBlock, ParsedEntry, usable_key
from claims.enums import AccessedBasis, ContributorRole, SourceKind
from claims.records import Contributor, PartialDate, SourceRecord

RIS_TYPES = {
    SourceKind.NEWS_ARTICLE: "NEWS",
    SourceKind.PRESS_RELEASE: "ELEC",
    SourceKind.WEB_PAGE: "ELEC",
    SourceKind.BLOG_POST: "BLOG",
    SourceKind.REPORT: "RPRT",
    SourceKind.CLIENT_ALERT: "RPRT",
    SourceKind.LEGAL_TEXT: "STAT",
    SourceKind.LETTER: "PCOMM",
    SourceKind.OTHER: "GEN",
}
_KINDS_OF_TYPES = {
    "NEWS": SourceKind.NEWS_ARTICLE,
    "MGZN": SourceKind.NEWS_ARTICLE,
    "ELEC": SourceKind.WEB_PAGE,
    "WEB": SourceKind.WEB_PAGE,
    "ICOMM": SourceKind.WEB_PAGE,
    "BLOG": SourceKind.BLOG_POST,
    "RPRT": SourceKind.REPORT,
    "STAT": SourceKind.LEGAL_TEXT,
    "BILL": SourceKind.LEGAL_TEXT,
    "LEGAL": SourceKind.LEGAL_TEXT,
    "CASE": SourceKind.LEGAL_TEXT,
    "PCOMM": SourceKind.LETTER,
}
# a type of work (M3) names the kind only where the kind shares the type with another
_KINDS_BY_GENRE = {"ELEC": {SourceKind.PRESS_RELEASE}, "RPRT": {SourceKind.CLIENT_ALERT}}

# the tags written, in the order Zotero writes them; rispy's names for them
_NO_DELIMITERS: dict[str, str] = {}  # rispy splits UR on ";" by default: URLs may hold one
_LIST_TAGS = [*rispy.LIST_TYPE_TAGS, "ED"]
_MAPPING = rispy.TAG_KEY_MAPPING | {"ED": "editors"}
_LANGUAGE_NAMES = {"english": "en", "german": "de", "french": "fr", "spanish": "es"}
_RIS_DATE = re.compile(r"^(\d{4})(?:[/-](\d{0,2})(?:[/-](\d{0,2}))?)?(?:[/-].*)?$")


class RisValueError(ValueError):
    """A reference's value cannot be read (a date that is not one …)."""


def _one_line(text: str) -> str:
    # RIS values are one line each: a line break would start a continuation line
    return " ".join(text.split())


def _ris_date(value: PartialDate) -> str:
    parts = [f"{value.year:04d}", f"{value.month:02d}" if value.month else ""]
    parts.append(f"{value.day:02d}" if value.day else "")
    return "/".join(parts) + "/"


def _name(c: Contributor) -> str:
    if c.literal is not None:
        return _one_line(c.literal)  # no comma: one name, as Zotero writes organisations
    return f"{_one_line(c.family or '')}, {_one_line(c.given or '')}".rstrip()


def ris_reference(item: ExportItem) -> dict[str, Any]:
    """One reference as rispy's dictionary (tag names as rispy spells them)."""
    r = without_blanks(item.record)
    out: dict[str, Any] = {"type_of_reference": RIS_TYPES[r.kind], "id": r.key}
    if r.title:
        out["title"] = _one_line(r.title)
    authors = [_name(c) for c in r.contributors if c.role is ContributorRole.AUTHOR]
    editors = [_name(c) for c in r.contributors if c.role is ContributorRole.EDITOR]
    if authors:
        out["authors"] = authors
    if editors:
        out["editors"] = editors
    if r.container:
        out["secondary_title"] = _one_line(r.container)
    if r.publisher and r.publisher != r.container:
        out["publisher"] = _one_line(r.publisher)
    genre = genre_of(r)
    if genre:
        out["type_of_work"] = _one_line(genre)
    for name, tag_name in (("volume", "volume"), ("issue", "number"), ("pages", "start_page")):
        if r.extra.get(name):
            out[tag_name] = _one_line(r.extra[name])
    if r.extra.get("number"):
        out["note"] = _one_line(r.extra["number"])  # M1, "number" in the RIS specification
    if r.issued is not None:
        out["year"] = f"{r.issued.year:04d}"
        out["date"] = _ris_date(r.issued)
    if r.url:
        out["urls"] = [_one_line(r.url)]
    if r.accessed is not None:
        out["access_date"] = _ris_date(PartialDate(*r.accessed.timetuple()[:3]))
    if r.doi:
        out["doi"] = _one_line(r.doi)
    if r.language:
        out["language"] = r.language
    archive = archive_of(r, item.archive)
    if archive is not None:
        out["accession_number"] = _one_line(archive.url)
    if r.extra.get(EXTRA_NOTE):
        out["notes"] = [_one_line(r.extra[EXTRA_NOTE])]
    return out


class _Writer(rispy.RisWriter):  # type: ignore[misc]
    def set_header(self, count: int) -> str:
        return ""  # rispy numbers references ("1."); RIS files from Zotero do not


def write_references(items: Iterable[ExportItem]) -> Iterator[str]:
    """RIS text, one reference at a time, so memory stays flat for any number of sources."""
    writer = _Writer(mapping=_MAPPING, list_tags=_LIST_TAGS, delimiter_tags_mapping=_NO_DELIMITERS)
    first = True
    for item in items:
        lines = writer._format_reference(ris_reference(item), count=1, n=1)
        yield ("" if first else "\n") + "\n".join(lines) + "\n"
        first = False


def format_references(items: Iterable[ExportItem]) -> str:
    return "".join(write_references(items))


# ------------------------------------------------------------------ reading


def _date(value: str, tag: str) -> PartialDate:
    m = _RIS_DATE.match(value.strip())
    if not m:
        raise RisValueError(f"{tag} is not a date: {value!r}")
    year, month, day = (int(g) if g else None for g in m.groups())
    assert year is not None
    try:
        return PartialDate(year, month, day if month else None)
    except ValueError as exc:
        raise RisValueError(f"{tag} is not a valid date: {value!r}") from exc


def _precision(d: PartialDate) -> int:
    return 1 + (d.month is not None) + (d.day is not None)


def _contributor(text: str, role: ContributorRole) -> Contributor:
    if "," not in text:
        return Contributor(literal=text, role=role)
    family, _, given = text.partition(",")
    given = given.split(",")[0].strip()  # "Family, Given, Suffix": the suffix is not kept
    return Contributor(family=family.strip(), given=given or None, role=role)


def record_from_ris(ref: dict[str, Any]) -> SourceRecord:
    """A source record from one rispy reference: the inverse of :func:`ris_reference`.

    Raises:
        RisValueError: a value cannot be read.
    """

    def text(*names: str) -> str | None:
        for name in names:
            value = ref.get(name)
            if isinstance(value, list):
                value = value[0] if value else None
            if value:
                return str(value)
        return None

    rtype = (text("type_of_reference") or "GEN").upper()
    genre = text("type_of_work")
    kind = _KINDS_OF_TYPES.get(rtype, SourceKind.OTHER)
    by_genre = GENRE_KINDS.get(genre.lower()) if genre else None
    if by_genre is not None and by_genre in _KINDS_BY_GENRE.get(rtype, ()):
        kind = by_genre

    contributors = [_contributor(a, ContributorRole.AUTHOR) for a in ref.get("authors", [])]
    contributors += [_contributor(a, ContributorRole.AUTHOR) for a in ref.get("first_authors", [])]
    for name in ("editors", "secondary_authors"):
        contributors += [_contributor(a, ContributorRole.EDITOR) for a in ref.get(name, [])]

    # DA, Y1 and PY may each hold the date: the most precise wins ("PY - 2015" beside
    # "Y1 - 2015/05/21" in Mendeley's files, "DA - 2014//" beside a full PY elsewhere)
    issued = None
    for name, tag in (("date", "DA"), ("publication_year", "Y1"), ("year", "PY")):
        value = text(name)
        if value:
            found = _date(value, tag)
            if issued is None or _precision(found) > _precision(issued):
                issued = found
    accessed_text = text("access_date")
    accessed = _date(accessed_text, "Y2").as_date() if accessed_text else None

    extra: dict[str, str] = {}
    if genre and genre != DEFAULT_GENRES.get(kind):
        extra[EXTRA_GENRE] = genre
    volume, issue, number = text("volume"), text("number"), text("note")
    pages = text("start_page")
    end_page = text("end_page")
    if pages and end_page:
        pages = f"{pages}-{end_page}"
    for name, value in (("volume", volume), ("issue", issue), ("number", number), ("pages", pages)):
        if value:
            extra[name] = value
    archive = text("accession_number")
    if archive:
        extra[EXTRA_ARCHIVE_URL] = archive
    notes = [n for n in ref.get("notes", []) if n]
    if notes:
        extra[EXTRA_NOTE] = " ".join(notes)

    language = text("language")
    if language and language.lower() in _LANGUAGE_NAMES:
        language = _LANGUAGE_NAMES[language.lower()]
    return SourceRecord(
        key=usable_key(text("id") or ""),
        kind=kind,
        title=text("title", "primary_title"),
        contributors=tuple(contributors),
        container=text("secondary_title", "journal_name", "alternate_title3", "alternate_title1"),
        publisher=text("publisher"),
        issued=issued,
        url=text("urls"),
        accessed=accessed,
        # a person wrote the date into the file; "stated" is for dates a document prints
        accessed_basis=AccessedBasis.PERSON if accessed else AccessedBasis.UNKNOWN,
        language=language,
        doi=text("doi"),
        extra=extra,
    )


_TAG_LINE = re.compile(r"^([A-Z][A-Z0-9])  -(?: |$)")


def parse_ris(text: str) -> Iterator[ParsedEntry | FailedBlock]:
    """The references of a RIS file one by one (TY … ER), each with the line it starts on."""
    parser = rispy.RisParser(
        mapping=_MAPPING, list_tags=_LIST_TAGS, delimiter_tags_mapping=_NO_DELIMITERS
    )
    start: int | None = None
    lines: list[str] = []
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.rstrip("\r")
        if number == 1:
            line = line.lstrip("\ufeff")
        m = _TAG_LINE.match(line)
        tag = m.group(1) if m else None
        if start is None:
            if tag == "TY":
                start, lines = number, [line]
            elif line.strip():
                yield FailedBlock(number, None, f"text outside a reference: {line[:40]!r}")
            continue
        if tag == "TY":
            yield FailedBlock(start, None, "reference not closed with 'ER  -' before the next")
            start, lines = number, [line]
            continue
        lines.append(line)
        if tag == "ER":
            yield _read_reference(parser, lines, start)
            start = None
    if start is not None:
        yield FailedBlock(start, None, "reference not closed with 'ER  -'")


def _read_reference(parser: Any, lines: list[str], line: int) -> ParsedEntry | FailedBlock:
    (ref,) = parser.parse_lines(iter(lines))
    key = str(ref.get("id") or "") or None
    if not ref.get("type_of_reference"):
        return FailedBlock(line, key, "TY is empty")
    try:
        record = record_from_ris(ref)
    except RisValueError as exc:
        return FailedBlock(line, key, str(exc))
    return ParsedEntry(record, line, str(ref["type_of_reference"]))
