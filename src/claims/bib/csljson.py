"""CSL-JSON items from sources, as citeproc processors (pandoc, Zotero) read them."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from typing import Any

from claims.bib.bibtex import ExportItem
from claims.bib.common import EXTRA_GENRE, EXTRA_NOTE, archive_of, without_blanks
from claims.enums import ContributorRole, SourceKind
from claims.records import PartialDate, SourceRecord

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
        yield ("\n" if first else ",\n") + "\n".join("  " + line for line in text.splitlines())
        first = False
    yield "\n]\n" if not first else "]\n"


def format_items(items: Iterable[ExportItem], *, ascii: bool = False) -> str:
    return "".join(write_items(items, ascii=ascii))
