"""CSL-JSON items from sources, as citeproc processors (pandoc, Zotero) read them, and back."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any

from claims.bib.bibtex import ExportItem
from claims.bib.common import (
    EXTRA_ARCHIVE_URL,
    EXTRA_GENRE,
    EXTRA_NOTE,
    GENRE_KINDS,
    archive_of,
    without_blanks,
)
from claims.bib.reader import FailedBlock, ParsedEntry, usable_key
from claims.enums import AccessedBasis, ContributorRole, SourceKind
from claims.records import Contributor, PartialDate, SourceRecord

CSL_TYPES = {
    SourceKind.NEWS_ARTICLE: "article-newspaper",
    SourceKind.PRESS_RELEASE: "webpage",
    SourceKind.WEB_PAGE: "webpage",
    SourceKind.BLOG_POST: "post-weblog",
    SourceKind.REPORT: "report",
    SourceKind.CLIENT_ALERT: "report",
    SourceKind.LEGAL_TEXT: "legislation",
    SourceKind.LETTER: "document",
    SourceKind.OTHER: "document",
}
# a CSL type says what "Blog post" or "Report" would; these kinds need the words
CSL_GENRES = {
    SourceKind.PRESS_RELEASE: "Press release",
    SourceKind.CLIENT_ALERT: "Client alert",
    SourceKind.LETTER: "Letter",
}
_EXTRA_VARIABLES = {"volume": "volume", "number": "number", "issue": "issue", "pages": "page"}


def _date_parts(value: PartialDate | dt.date) -> dict[str, Any]:
    if isinstance(value, dt.date):
        return {"date-parts": [[value.year, value.month, value.day]]}
    parts = [value.year, value.month, value.day]
    return {"date-parts": [[p for p in parts if p is not None]]}


def csl_item(item: ExportItem) -> dict[str, Any]:
    """One CSL-JSON item; organisations are ``literal`` names."""
    r: SourceRecord = without_blanks(item.record)
    out: dict[str, Any] = {"id": r.key, "type": CSL_TYPES[r.kind]}
    if r.title:
        out["title"] = r.title
    for role, name in ((ContributorRole.AUTHOR, "author"), (ContributorRole.EDITOR, "editor")):
        people = [c.as_json() for c in r.contributors if c.role is role]
        if people:
            out[name] = people
    if r.container:
        out["container-title"] = r.container
    if r.publisher and r.publisher != r.container:
        out["publisher"] = r.publisher
    genre = r.extra.get(EXTRA_GENRE) or CSL_GENRES.get(r.kind)
    if genre:
        out["genre"] = genre
    for key, variable in _EXTRA_VARIABLES.items():
        if r.extra.get(key):
            out[variable] = r.extra[key]
    if r.issued is not None:
        out["issued"] = _date_parts(r.issued)
    if r.accessed is not None:
        out["accessed"] = _date_parts(r.accessed)
    if r.url:
        out["URL"] = r.url
    if r.doi:
        out["DOI"] = r.doi
    if r.language:
        out["language"] = r.language
    archive = archive_of(r, item.archive)
    if archive is not None:
        out["archive_location"] = archive.url
    if r.extra.get(EXTRA_NOTE):
        out["note"] = r.extra[EXTRA_NOTE]
    return out


def write_items(items: Iterable[ExportItem], *, ascii: bool = False) -> Iterator[str]:
    """A JSON array, one item at a time, so memory stays flat for any number of sources."""
    yield "["
    first = True
    for item in items:
        text = json.dumps(csl_item(item), ensure_ascii=ascii, indent=2)
        # split on "\n" only: json.dumps escapes it in strings, not U+0085 or U+2028, which
        # splitlines() would also break on, cutting a string in two
        yield ("\n" if first else ",\n") + "\n".join("  " + line for line in text.split("\n"))
        first = False
    yield "\n]\n" if not first else "]\n"


def format_items(items: Iterable[ExportItem], *, ascii: bool = False) -> str:
    return "".join(write_items(items, ascii=ascii))


# ------------------------------------------------------------------ reading


# CSL types read back, with the names Zotero and Mendeley also write
_KINDS_OF_TYPES = {
    "article-newspaper": SourceKind.NEWS_ARTICLE,
    "article-magazine": SourceKind.NEWS_ARTICLE,
    "webpage": SourceKind.WEB_PAGE,
    "post": SourceKind.BLOG_POST,
    "post-weblog": SourceKind.BLOG_POST,
    "report": SourceKind.REPORT,
    "legislation": SourceKind.LEGAL_TEXT,
    "bill": SourceKind.LEGAL_TEXT,
    "legal_case": SourceKind.LEGAL_TEXT,
    "regulation": SourceKind.LEGAL_TEXT,
    "personal_communication": SourceKind.LETTER,
}
# where the genre names a kind the type alone does not (the inverse of CSL_GENRES)
_KINDS_BY_GENRE = {
    "webpage": {SourceKind.PRESS_RELEASE},
    "report": {SourceKind.CLIENT_ALERT},
    "document": {SourceKind.LETTER},
}


class CslValueError(ValueError):
    """An item's value cannot be read (a date that is not one, a name that is not a name)."""


def _date(value: Any, name: str) -> PartialDate:
    if isinstance(value, dict) and value.get("date-parts"):
        parts = value["date-parts"][0]
        try:
            numbers = [int(p) for p in parts[:3]]
            return PartialDate(*numbers)
        except (TypeError, ValueError) as exc:
            raise CslValueError(f"{name} is not a valid date: {parts!r}") from exc
    text = value.get("raw") or value.get("literal") if isinstance(value, dict) else value
    if isinstance(text, str):
        try:
            return PartialDate.parse(text[:10])
        except ValueError as exc:
            raise CslValueError(f"{name} is not a date: {text!r}") from exc
    raise CslValueError(f"{name} is not a date: {value!r}")


def _text(item: dict[str, Any], name: str) -> str | None:
    value = item.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    if not isinstance(value, str):
        raise CslValueError(f"{name} is not text: {value!r}")
    return value


def _names(item: dict[str, Any], name: str, role: ContributorRole) -> list[Contributor]:
    value = item.get(name) or []
    if not isinstance(value, list):
        raise CslValueError(f"{name} is not a list of names")
    out = []
    for person in value:
        if not isinstance(person, dict):
            raise CslValueError(f"{name} holds a name that is not an object: {person!r}")
        if person.get("literal"):
            out.append(Contributor(literal=str(person["literal"]), role=role))
            continue
        # particles ("van", "de la") belong to the family name the writer stores
        family = " ".join(
            str(p) for p in (person.get("non-dropping-particle"), person.get("family")) if p
        )
        given = " ".join(
            str(p) for p in (person.get("given"), person.get("dropping-particle")) if p
        )
        if not family and not given:
            raise CslValueError(f"{name} holds a name with neither family nor literal")
        if not family:  # a one-part name written as given only
            family, given = given, ""
        out.append(Contributor(family=family, given=given or None, role=role))
    return out


def record_from_csl(item: dict[str, Any]) -> SourceRecord:
    """A source record from one CSL-JSON item: the inverse of :func:`csl_item`.

    Raises:
        CslValueError: a value cannot be read.
    """
    key = usable_key(_text(item, "id") or "")
    ctype = _text(item, "type") or "document"
    genre = _text(item, "genre")
    kind = _KINDS_OF_TYPES.get(ctype, SourceKind.OTHER)
    by_genre = GENRE_KINDS.get(genre.lower()) if genre else None
    if by_genre is not None and by_genre in _KINDS_BY_GENRE.get(ctype, ()):
        kind = by_genre
    contributors = _names(item, "author", ContributorRole.AUTHOR) + _names(
        item, "editor", ContributorRole.EDITOR
    )
    extra: dict[str, str] = {}
    if genre and genre != CSL_GENRES.get(kind):
        extra[EXTRA_GENRE] = genre
    for key_name, variable in _EXTRA_VARIABLES.items():
        value = _text(item, variable)
        if value:
            extra[key_name] = value
    archive = _text(item, "archive_location")
    if archive:
        extra[EXTRA_ARCHIVE_URL] = archive
    note = _text(item, "note")
    if note:
        extra[EXTRA_NOTE] = note
    container = _text(item, "container-title")
    accessed = _date(item["accessed"], "accessed").as_date() if item.get("accessed") else None
    return SourceRecord(
        key=key,
        kind=kind,
        title=_text(item, "title"),
        contributors=tuple(contributors),
        container=container,
        publisher=_text(item, "publisher") or None,
        issued=_date(item["issued"], "issued") if item.get("issued") else None,
        url=_text(item, "URL"),
        accessed=accessed,
        # a person wrote the date into the file; "stated" is for dates a document prints
        accessed_basis=AccessedBasis.PERSON if accessed else AccessedBasis.UNKNOWN,
        language=_text(item, "language"),
        doi=_text(item, "DOI"),
        extra=extra,
    )


def _line_at(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def parse_csljson(text: str) -> Iterator[ParsedEntry | FailedBlock]:
    """The items of a CSL-JSON array one by one, each with the line it starts on."""
    decoder = json.JSONDecoder()
    ws = re.compile(r"\s*")
    pos = ws.match(text).end()  # type: ignore[union-attr]
    if not text.startswith("[", pos):
        yield FailedBlock(_line_at(text, pos), None, "a CSL-JSON file is a JSON array of items")
        return
    pos = ws.match(text, pos + 1).end()  # type: ignore[union-attr]
    line, counted = 1, 0
    first = True
    while pos < len(text):
        if text.startswith("]", pos):
            rest = text[pos + 1 :].strip()
            if rest:
                yield FailedBlock(_line_at(text, pos), None, "text after the closing ']'")
            return
        if not first:
            if not text.startswith(",", pos):
                yield FailedBlock(_line_at(text, pos), None, "expected ',' between items")
                return
            pos = ws.match(text, pos + 1).end()  # type: ignore[union-attr]
        first = False
        line += text.count("\n", counted, pos)
        counted = pos
        try:
            item, end = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            yield FailedBlock(exc.lineno, None, f"not JSON: {exc.msg}")
            return
        pos = ws.match(text, end).end()  # type: ignore[union-attr]
        if not isinstance(item, dict):
            yield FailedBlock(line, None, "an item is not a JSON object")
            continue
        key = item.get("id")
        key_text = str(key) if key not in (None, "") else None
        try:
            record = record_from_csl(item)
        except CslValueError as exc:
            yield FailedBlock(line, key_text, str(exc))
            continue
        yield ParsedEntry(record, line, str(item.get("type") or "document"))
    yield FailedBlock(_line_at(text, pos), None, "the array is not closed with ']'")
