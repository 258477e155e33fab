"""What the writers and the reader share: genres, archived copies and access-date notes."""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, replace
from enum import StrEnum

from claims.bib.latex import encode_verbatim, normalise_space
from claims.enums import SourceKind
from claims.records import SourceRecord

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
MONTH_MACROS = tuple(m[:3].lower() for m in MONTHS)

# keys of SourceRecord.extra that the .bib formats read and write
EXTRA_GENRE = "genre"
EXTRA_ARCHIVE_URL = "archive_url"
# A bibliography's own note. SourceRecord.note is the curator's remark about the source and is
# never exported: "As printed, the title lacks its opening quotation mark" is not for readers.
EXTRA_NOTE = "note"
# extra keys with a meaning of their own; every other key is a field written back as it is
SPECIAL_EXTRA = frozenset({EXTRA_GENRE, EXTRA_ARCHIVE_URL, EXTRA_NOTE})

# A genre names what a type alone cannot: "Press release" on a web page.
DEFAULT_GENRES = {
    SourceKind.PRESS_RELEASE: "Press release",
    SourceKind.BLOG_POST: "Blog post",
    SourceKind.CLIENT_ALERT: "Client alert",
    SourceKind.REPORT: "Report",
    SourceKind.LETTER: "Letter",
    SourceKind.LEGAL_TEXT: "Legal text",
}
# read back on import (lower-cased), with the names other tools use
GENRE_KINDS = {g.lower(): k for k, g in DEFAULT_GENRES.items()} | {
    "news release": SourceKind.PRESS_RELEASE,
    "press statement": SourceKind.PRESS_RELEASE,
    "blog": SourceKind.BLOG_POST,
    "technical report": SourceKind.REPORT,
    "techreport": SourceKind.REPORT,
}


class Dialect(StrEnum):
    BIBTEX = "bibtex"
    BIBLATEX = "biblatex"


@dataclass(frozen=True)
class ArchivedCopy:
    """An archived copy of a source's page (a Wayback Machine snapshot, say)."""

    url: str
    archived_at: dt.date | None = None


def without_blanks(r: SourceRecord) -> SourceRecord:
    """Whitespace-only text is no text: it would be written as ``{}`` and read back as none."""

    def clean(value: str | None) -> str | None:
        return value if value and normalise_space(value) else None

    texts = (r.title, r.container, r.publisher, r.url, r.doi)
    if all(v is None or clean(v) for v in texts) and all(clean(v) for v in r.extra.values()):
        return r  # the usual case: nothing to drop, no copy
    return replace(
        r,
        title=clean(r.title),
        container=clean(r.container),
        publisher=clean(r.publisher),
        url=clean(r.url),
        doi=clean(r.doi),
        extra={k: v for k, v in r.extra.items() if clean(v)},
    )


def genre_of(record: SourceRecord) -> str | None:
    return record.extra.get(EXTRA_GENRE) or DEFAULT_GENRES.get(record.kind)


def archive_of(record: SourceRecord, archive: ArchivedCopy | None) -> ArchivedCopy | None:
    """The archived copy to cite: a known snapshot, else one read from an imported file."""
    if archive is not None:
        return archive
    url = record.extra.get(EXTRA_ARCHIVE_URL)
    return ArchivedCopy(url) if url else None


def format_day(day: dt.date) -> str:
    """``26 May 2016``: unambiguous in every locale."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def join_sentences(parts: list[str]) -> str:
    out = ""
    for part in parts:
        if not part:
            continue
        if out:
            out += " " if out[-1] in ".!?" else ". "
        out += part
    return out


@functools.lru_cache(maxsize=1024)  # sources are often read on the same days
def accessed_sentence(day: dt.date) -> str:
    return f"Accessed {format_day(day)}"


def archived_sentence(archive: ArchivedCopy) -> str:
    # the URL goes into running text: no spaces or braces that would split or unbalance it
    return f"Archived at {encode_verbatim(archive.url, 'url')}"


# --------------------------------------------------------------- reading notes back

_MONTH_NUMBERS = (
    {m.lower(): i for i, m in enumerate(MONTHS, 1)}
    | {m.lower(): i for i, m in enumerate(MONTH_MACROS, 1)}
    | {"sept": 9}
)
_MONTH_RE = "|".join(sorted(_MONTH_NUMBERS, key=len, reverse=True))
_DATE = (
    rf"(?:(?P<d1>\d{{1,2}})\.?\s+(?P<m1>{_MONTH_RE})\.?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<m2>{_MONTH_RE})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))"
)
_SEP = r"(?P<sep>^|[;,]?\s+)"  # a full stop stays with the sentence before
_ACCESSED = re.compile(
    _SEP
    + r"[\[(]?\s*(?:last\s+)?(?:accessed|retrieved|visited)(?:\s+on)?:?\s*"
    + _DATE
    + r"\s*[\])]?(?=$|[\s.;,])",
    re.IGNORECASE,
)
# the writers put the archive last; other files may put it anywhere
_ARCHIVED_LAST = re.compile(_SEP + r"Archived at (?P<url>\S+)$", re.IGNORECASE)
_ARCHIVED = re.compile(_SEP + r"Archived at (?P<url>\S+?)(?=$|\s|\.(?:\s|$))", re.IGNORECASE)


def _date_from(m: re.Match[str]) -> dt.date | None:
    for n in "123":
        if m.group(f"y{n}"):
            month = m.group(f"m{n}")
            month_no = int(month) if month.isdigit() else _MONTH_NUMBERS[month.lower()]
            try:
                return dt.date(int(m.group(f"y{n}")), month_no, int(m.group(f"d{n}")))
            except ValueError:
                return None
    return None


def _cut(text: str, m: re.Match[str]) -> str:
    before = text[: m.start()].rstrip()
    after = re.sub(r"^\s*[.;,]?\s*", "", text[m.end() :])
    if not (before and after):
        return before or after
    return before + (" " if before[-1] in ".!?" else ". ") + after


@functools.lru_cache(maxsize=4096)  # "Accessed 26 May 2016": sources read on the same days
def split_note(note: str) -> tuple[str, dt.date | None, str | None]:
    """Take "Accessed 26 May 2016" and "Archived at URL" out of a note.

    Returns the rest of the note, the access date and the archive URL; the inverse of
    what the BibTeX writer puts into ``note``.
    """
    accessed: dt.date | None = None
    archive: str | None = None
    m = _ARCHIVED_LAST.search(note) or _ARCHIVED.search(note)
    if m:
        archive = m.group("url")
        note = _cut(note, m)
    m = _ACCESSED.search(note)
    if m:
        accessed = _date_from(m)
        if accessed is not None:
            note = _cut(note, m)
    return note.strip(), accessed, archive
