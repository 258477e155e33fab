"""Read .bib files into source records: macros, concatenation, LaTeX decoding, failed blocks."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import logging
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from bibtexparser.entrypoint import parse_string
from bibtexparser.model import (
    Block,
    DuplicateBlockKeyBlock,
    DuplicateFieldKeyBlock,
    Entry,
    ParsingFailedBlock,
    String,
)

from claims.bib.bibtex import LANGIDS, REPORT_KINDS, WEB_KINDS
from claims.bib.common import (
    DEFAULT_GENRES,
    EXTRA_ARCHIVE_URL,
    EXTRA_GENRE,
    EXTRA_NOTE,
    GENRE_KINDS,
    MONTH_MACROS,
    MONTHS,
    SPECIAL_EXTRA,
    split_note,
)
from claims.bib.latex import decode_field, decode_name_list, decode_text, split_literal_list
from claims.enums import AccessedBasis, ContributorRole, SourceKind
from claims.records import Contributor, PartialDate, SourceRecord, too_long
from claims.urls import unsafe_scheme

_NEWS_TYPES = frozenset({"article", "newspaper_article", "newspaperarticle", "magazine_article"})
_REPORT_TYPES = frozenset({"techreport", "report"})
_WEB_TYPES = frozenset({"online", "www", "electronic", "webpage", "web_page", "web"})
_TYPE_KINDS = {
    "letter": SourceKind.LETTER,
    "legislation": SourceKind.LEGAL_TEXT,
    "legal": SourceKind.LEGAL_TEXT,
    "jurisdiction": SourceKind.LEGAL_TEXT,
    "blogpost": SourceKind.BLOG_POST,
    "blog": SourceKind.BLOG_POST,
}
# bibliographic fields without a column of their own, kept in SourceRecord.extra
EXTRA_FIELDS = (
    "volume",
    "number",
    "issue",
    "pages",
    "eid",
    "edition",
    "series",
    "isbn",
    "issn",
    "address",
    "location",
    "chapter",
    "school",
)
# fields the mapping above reads; any other field is kept in extra
_MAPPED_FIELDS = frozenset(
    [
        "author",
        "editor",
        "title",
        "subtitle",
        "url",
        "howpublished",
        "journal",
        "journaltitle",
        "publisher",
        "institution",
        "organization",
        "booktitle",
        "titleaddon",
        "type",
        "note",
        "addendum",
        "urldate",
        "date",
        "year",
        "month",
        "day",
        "langid",
        "language",
        "doi",
    ]
)
_KNOWN_FIELDS = _MAPPED_FIELDS | frozenset(EXTRA_FIELDS)
_KIND_VALUES = frozenset(k.value for k in SourceKind)
_SUBTYPES_SAID = _KIND_VALUES | {"newspaper"}  # an entrysubtype that says the kind
_LANGUAGES = {v: k for k, v in LANGIDS.items()} | {"german": "de", "chinese": "zh"}
_BCP47 = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_MACRO_NAME = re.compile(r"[^\s\"#%'(),={}]+")
_MONTH_MACRO_VALUES = {m: MONTHS[i] for i, m in enumerate(MONTH_MACROS)}
_MONTH_NAMES = (
    {n.lower(): i for i, n in enumerate(MONTHS, 1)}
    | {m: i for i, m in enumerate(MONTH_MACROS, 1)}
    | {"sept": 9}
)
_ISO_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$")
_URL_COMMAND = re.compile(r"\\url\s*\{([^{}]*)\}")
_KEY_IN_RAW = re.compile(r"@\s*\w+\s*[{(]\s*([^,\s{}()]+)\s*,")
_BAD_KEY = re.compile(r"[\s,{}\"#%'()=\\]")


def usable_key(key: str) -> str:
    """The key, or "" (one is given by the key rule) where it cannot be a citation key:
    Zotero's CSL-JSON ids are URLs, some RIS files number their entries."""
    key = key.strip()
    if not key or _BAD_KEY.search(key) or "://" in key or key.isdigit():
        return ""
    return key


class BibValueError(ValueError):
    """A field's value cannot be read (an undefined macro, a malformed date …)."""


@dataclass(frozen=True)
class ParsedEntry:
    """An entry read from a file; ``line`` is 1-based; the key is empty if the file has none."""

    record: SourceRecord
    line: int
    entry_type: str
    dropped: tuple[str, ...] = ()  # fields read but not kept (a second outlet, say)


@dataclass(frozen=True)
class FailedBlock:
    """A block that could not become a source, with where and why."""

    line: int
    key: str | None
    reason: str
    # the entry's key as written, when it was read as an entry (a later entry with it is a
    # duplicate): see BlockReader's ``track_keys``
    entry_key: str | None = field(default=None, compare=False)

    def describe(self) -> str:
        where = f"line {self.line}"
        return (
            f"{where}: entry '{self.key}': {self.reason}" if self.key else f"{where}: {self.reason}"
        )


@dataclass(frozen=True)
class ParsedBibliography:
    entries: tuple[ParsedEntry, ...]
    failures: tuple[FailedBlock, ...]
    strings: int = 0  # @string macros defined


@contextlib.contextmanager
def _quiet_bibtexparser() -> Iterator[None]:
    # its splitter logs every failed block as a warning; we report them ourselves
    logger = logging.getLogger("bibtexparser")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


# ------------------------------------------------------------------ values


_GROUP_MARK = re.compile(r"[\\{}]")


def _read_group(text: str, pos: int) -> tuple[str, int]:
    depth = 0
    start = pos
    search = _GROUP_MARK.search
    while (m := search(text, pos)) is not None:  # jump from brace to brace, not char by char
        pos = m.start()
        c = text[pos]
        if c == "\\":
            pos += 2
            continue
        if c == "{":
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return text[start + 1 : pos], pos + 1
        pos += 1
    raise BibValueError("unbalanced braces")


def _read_quoted(text: str, pos: int) -> tuple[str, int]:
    depth = 0
    start = pos
    pos += 1
    while pos < len(text):
        c = text[pos]
        if c == "\\":
            pos += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif c == '"' and depth == 0:
            return text[start + 1 : pos], pos + 1
        pos += 1
    raise BibValueError('unterminated "quoted" value')


def evaluate(raw: str, macros: dict[str, str]) -> str:
    """A raw field value (``{…}``, ``"…"``, a number, a macro, joined by ``#``) as LaTeX."""
    if raw[:1] == "{":  # the usual value, one group: read it without the general loop
        if raw[-1:] == "}" and _GROUP_MARK.search(raw, 1, len(raw) - 1) is None:
            return raw[1:-1]  # no brace or backslash inside
        value, end = _read_group(raw, 0)
        if end == len(raw) or raw[end:].isspace():
            return value
    parts: list[str] = []
    pos = 0
    expect_part = True
    while True:
        while pos < len(raw) and raw[pos].isspace():
            pos += 1
        if pos >= len(raw):
            break
        c = raw[pos]
        if not expect_part:
            if c != "#":
                raise BibValueError(f"expected '#' between parts, found {raw[pos : pos + 20]!r}")
            pos += 1
            expect_part = True
            continue
        if c == "{":
            value, pos = _read_group(raw, pos)
        elif c == '"':
            value, pos = _read_quoted(raw, pos)
        else:
            m = _MACRO_NAME.match(raw, pos)
            if m is None:
                raise BibValueError(f"cannot read value {raw[pos : pos + 20]!r}")
            name = m.group()
            pos = m.end()
            if name.isdigit():
                value = name
            elif name.lower() in macros:
                value = macros[name.lower()]
            else:
                raise BibValueError(f"undefined @string macro '{name}'")
        parts.append(value)
        expect_part = False
    if expect_part and parts:
        raise BibValueError("value ends with '#'")
    return "".join(parts)


# ------------------------------------------------------------------ fields


@functools.lru_cache(maxsize=1024)
def _year(value: str) -> tuple[int, int | None]:
    """The year, and a month when the year field carries one ("May 1987")."""
    text = decode_text(value)
    m = re.fullmatch(r"(\d{4})(?:\s*[\[(/].*)?", text)  # "1875 [2004]": the edition cited
    if m:
        return int(m.group(1)), None
    m = re.fullmatch(r"([A-Za-z]+)\.?\s+(\d{4})", text)
    if m and m.group(1).lower() in _MONTH_NAMES:
        return int(m.group(2)), _MONTH_NAMES[m.group(1).lower()]
    raise BibValueError(f"year is not a four-digit year: {text!r}")


@functools.lru_cache(maxsize=1024)
def _month(value: str) -> tuple[int, int | None]:
    """The month, and a day when the month field carries one ("july 11", "august 20–25")."""
    text = decode_text(value).strip().lower()
    if text.isdigit() and 1 <= int(text) <= 12:
        return int(text), None
    m = re.match(r"([a-z]+)\.?(?:[\s\u00a0]+(\d{1,2})\b)?", text)
    if m and m.group(1) in _MONTH_NAMES:
        return _MONTH_NAMES[m.group(1)], int(m.group(2)) if m.group(2) else None
    raise BibValueError(f"month is not a month: {text!r}")


@functools.lru_cache(maxsize=4096)  # frozen, so shared: many entries have the same dates
def _iso_date(value: str, name: str) -> PartialDate:
    # a biblatex range "2014-09-28/2014-09-30" is cited by its start
    text = decode_field(name, value).split("/")[0].strip()
    m = _ISO_DATE.match(text)
    if not m:
        raise BibValueError(f"{name} is not an ISO 8601 date: {text!r}")
    year, month, day = (int(g) if g else None for g in m.groups())
    assert year is not None
    try:
        return PartialDate(year, month, day)
    except ValueError as exc:
        raise BibValueError(f"{name} is not a valid date: {text!r}") from exc


def _issued(fields: dict[str, str]) -> PartialDate | None:
    if fields.get("date"):
        return _iso_date(fields["date"], "date")
    if not fields.get("year"):
        return None
    year, month = _year(fields["year"])
    day = None
    if fields.get("month"):
        month, day = _month(fields["month"])
    if month is not None and fields.get("day"):
        m = re.match(r"\d{1,2}\b", decode_text(fields["day"]))  # "4–7": a range starts at 4
        if m is None:
            raise BibValueError(f"day is not a number: {decode_text(fields['day'])!r}")
        day = int(m.group())
    try:
        return PartialDate(year, month, day if month is not None else None)
    except ValueError as exc:
        raise BibValueError(f"not a valid date: {year}-{month}-{day}") from exc


def _language(fields: dict[str, str]) -> str | None:
    for name in ("langid", "language"):
        if fields.get(name):
            text = decode_text(fields[name])
            if text.lower() in _LANGUAGES:
                return _LANGUAGES[text.lower()]
            if _BCP47.match(text):
                return text
    return None


def kind_of(etype: str, genre: str | None, has_url: bool) -> SourceKind:
    """The kind an entry type and genre name (the writers add ``entrysubtype`` otherwise)."""
    by_genre = GENRE_KINDS.get(genre.lower()) if genre else None
    if etype in _NEWS_TYPES:
        return SourceKind.NEWS_ARTICLE
    if etype in _REPORT_TYPES:
        return SourceKind.CLIENT_ALERT if by_genre is SourceKind.CLIENT_ALERT else SourceKind.REPORT
    if etype in _TYPE_KINDS:
        return _TYPE_KINDS[etype]
    if etype in _WEB_TYPES or etype == "misc":
        # a genre names the kind only where that kind is written with this entry type again
        web_again = etype == "misc" or has_url or by_genre in WEB_KINDS
        if by_genre is not None and by_genre not in REPORT_KINDS and web_again:
            return by_genre
        return SourceKind.WEB_PAGE if has_url or etype != "misc" else SourceKind.OTHER
    return SourceKind.OTHER


def record_from_fields(key: str, etype: str, fields: dict[str, str]) -> SourceRecord:
    """Map one entry's evaluated (still LaTeX) fields to a source record.

    The inverse of the writers: what they write reads back to a record that writes the
    same entry again.
    """

    get = fields.get

    def text(name: str) -> str | None:
        value = get(name)
        return (decode_field(name, value) or None) if value is not None else None

    contributors: tuple[Contributor, ...] = ()
    if authors := get("author"):
        contributors = decode_name_list(authors, ContributorRole.AUTHOR)
    if editors := get("editor"):
        contributors += decode_name_list(editors, ContributorRole.EDITOR)

    url = text("url")
    container = publisher = None
    howpublished = fields.get("howpublished")
    if howpublished and _URL_COMMAND.search(howpublished):
        url = url or _URL_COMMAND.search(howpublished).group(1).strip()  # type: ignore[union-attr]
        howpublished = None

    if etype in _NEWS_TYPES:
        container = text("journaltitle") or text("journal")
        publisher = text("publisher")
    elif etype in _REPORT_TYPES:
        publisher = text("institution") or text("publisher")
    elif etype in _WEB_TYPES and fields.get("organization"):
        orgs = split_literal_list(fields["organization"])
        container = orgs[0] if orgs else None
        publisher = orgs[1] if len(orgs) > 1 else None
    else:
        container = (decode_text(howpublished) or None) if howpublished else None
        container = container or text("booktitle") or text("journaltitle") or text("journal")
        publisher = (
            text("publisher") or text("organization") or text("institution") or text("school")
        )

    genre = text("titleaddon") if etype in _WEB_TYPES else text("type")
    subtype = text("entrysubtype")
    kind = SourceKind(subtype) if subtype in _KIND_VALUES else kind_of(etype, genre, bool(url))

    note = text("note") or ""
    accessed: dt.date | None = None
    archive: str | None = None
    if note:
        note, accessed, archive = split_note(note)
    addendum = text("addendum")
    if addendum:
        rest, _, addendum_archive = split_note(addendum)
        archive = archive or addendum_archive
        note = " ".join(p for p in (note, rest) if p)
    if fields.get("urldate"):
        accessed = _iso_date(fields["urldate"], "urldate").as_date()

    extra: dict[str, str] = {}
    for name in EXTRA_FIELDS:
        if name in fields and (value := text(name)):
            extra[name] = value
    if genre and genre != DEFAULT_GENRES.get(kind):
        extra[EXTRA_GENRE] = genre
    if archive:
        extra[EXTRA_ARCHIVE_URL] = archive
    if note:
        extra[EXTRA_NOTE] = note
    for name in sorted(n for n in fields if n not in _KNOWN_FIELDS):
        if name == "entrysubtype" and subtype in _SUBTYPES_SAID:
            continue  # it said the kind
        value = text(name)
        if value and name not in SPECIAL_EXTRA:
            extra[name] = value  # keywords, abstract, file …: kept and written back

    title = text("title")
    subtitle = text("subtitle")
    if title and subtitle:
        title = f"{title}{' ' if title[-1] in '?!:.' else ': '}{subtitle}"

    return SourceRecord(
        key=key,
        kind=kind,
        title=title or subtitle,
        contributors=contributors,
        container=container,
        publisher=publisher,
        issued=_issued(fields),
        url=url,
        accessed=accessed,
        # a person wrote the date into the file; "stated" is for dates a document prints
        accessed_basis=AccessedBasis.PERSON if accessed else AccessedBasis.UNKNOWN,
        language=_language(fields),
        doi=text("doi"),
        extra=extra,
    )


# ------------------------------------------------------------------ blocks


def _reason(block: ParsingFailedBlock) -> str:
    error = block.error
    reason = getattr(error, "abort_reason", None) or str(error) or type(error).__name__
    return " ".join(str(reason).split())


def _line(block_line: int | None) -> int:
    return (block_line or 0) + 1


CHUNK_BLOCKS = 200  # blocks handed to bibtexparser at a time: memory stays flat


_BLOCK_START = re.compile(r"^[ \t]*@", re.MULTILINE)


def chunks_of(texts: Iterable[str], size: int = CHUNK_BLOCKS) -> Iterator[tuple[int, str]]:
    """(first line number, text) pieces of a .bib file, each of about ``size`` blocks, from
    its text in any pieces that end at line ends (lines, or many lines at once).

    A piece ends only before a line that starts with ``@`` where the braces before it are
    balanced, so each piece parses as it does within the whole file (after an unbalanced
    entry the rest of the file stays one piece: bibtexparser reports it as in the whole).
    """
    buffer: list[str] = []  # text read since the last piece, less the current text's part
    blocks = 0
    depth = 0  # of the buffer and the current text up to ``counted``
    first = 1  # line number of the piece being gathered
    line = 1  # of the current text's start
    for text in texts:
        start = 0  # of the part of ``text`` not yet in a piece
        counted = 0
        for m in _BLOCK_START.finditer(text):
            if blocks >= size:
                at = m.start()
                # braces counted only here, over the text since the last count, in one go
                depth += text.count("{", counted, at) - text.count("}", counted, at)
                counted = at
                if depth == 0:
                    buffer.append(text[start:at])
                    yield first, "".join(buffer)
                    buffer, blocks, start = [], 0, at
                    first = line + text.count("\n", 0, at)
            blocks += 1
        depth += text.count("{", counted) - text.count("}", counted)
        buffer.append(text[start:] if start else text)
        line += text.count("\n")
    if any(buffer):
        yield first, "".join(buffer)


# ------------------------------------------------------------------ splitting

# bibtexparser's splitter walks the text mark by mark (every brace, quote, comma, "=" and
# line end) in Python: most of an import's time. The usual entry is split here by a few
# regular expressions instead, to exactly the fields bibtexparser gives; a piece with
# anything else (@string, @preamble, a "(" block, a value with an unclosed brace or a
# block start inside, a key used twice …) is left to bibtexparser whole. A test holds
# the two to the same result on generated and real files.
_SPLIT_BLOCK = re.compile(r"@\w*[ \t]*(?=[{(])")  # bibtexparser's block start
# text that is no mark of bibtexparser's: a brace or quote after a backslash is none;
# an "@" is, where a block could start
_BRACED_TEXT = r"(?:[^{}@\\]++|\\++[^\\@]|@(?!\w*+[ \t]*+[{(]))"
_QUOTED_TEXT = r'(?:[^"@\\]++|\\++[^\\@]|@(?!\w*+[ \t]*+[{(]))'


def _braced(depth: int) -> str:
    group = r"\{" + _BRACED_TEXT + r"*+\}"
    for _ in range(depth):  # groups nested this deep: deeper ones go to bibtexparser
        group = r"\{(?:" + _BRACED_TEXT + "|" + group + r")*+\}"
    return group


# a quote after "{" may be bibtexparser's {"} inside quotes: not taken as the closing one
_PART = "(?:" + _braced(4) + '|"' + _QUOTED_TEXT + r'*+(?<!\{)"|[^\s{}",=@\\#]++)'
_SPLIT_HEAD = re.compile(r"@(\w++)[ \t]*+\{([^{}\",=@\\\n]*+),")
_SPLIT_FIELD = re.compile(
    r"\s*+([^\s{}\",=@\\]++)\s*+=\s*+(" + _PART + r"(?:\s*+\#\s*+" + _PART + r")*+)\s*+([,}])"
)
_SPLIT_END = re.compile(r"\s*+\}")
_SPLIT_COMMENT = re.compile(r"@\w*[ \t]*+" + _braced(4))


class SplitEntry(NamedTuple):
    """An entry as bibtexparser's splitter gives it: its 0-based line in the text, type
    (lower case), key and fields (name and value as written, values still enclosed)."""

    line: int
    entry_type: str
    key: str
    fields: list[tuple[str, str]]
    start: int  # of its "@" in the text


def split_entries(text: str) -> list[SplitEntry] | None:
    """The entries of a piece of .bib text as bibtexparser splits them, or None where the
    piece holds anything but entries and comments of the usual form."""
    if "\\\n" in text:
        return None  # bibtexparser does not count such a line end: its line numbers differ
    out: list[SplitEntry] = []
    keys: set[str] = set()
    search, head, next_field, end = (
        _SPLIT_BLOCK.search,
        _SPLIT_HEAD.match,
        _SPLIT_FIELD.match,
        _SPLIT_END.match,
    )
    pos = line = 0
    while (block := search(text, pos)) is not None:
        at = block.start()
        line += text.count("\n", pos, at)
        mark = block.group().lower()
        if mark.startswith("@comment"):  # bibtexparser's test, in its order
            comment = _SPLIT_COMMENT.match(text, at)
            if comment is None:
                return None
            line += text.count("\n", at, comment.end())
            pos = comment.end()
            continue
        h = head(text, at)
        if h is None or mark.startswith(("@preamble", "@string")):
            return None
        entry_type = h.group(1).lower()
        key = h.group(2).strip()
        if key in keys:
            return None  # bibtexparser's duplicate block
        if key:  # keyless entries are not duplicates of each other (see _keyless_entry)
            keys.add(key)
        fields: list[tuple[str, str]] = []
        pos = h.end()
        while True:
            f = next_field(text, pos)
            if f is None:
                closing = end(text, pos)
                if closing is None:
                    return None
                pos = closing.end()
                break
            fields.append((f[1], f[2]))
            pos = f.end()
            if f[3] == "}":
                break
        if len(fields) != len({name for name, _ in fields}):
            return None  # bibtexparser's duplicate field
        out.append(SplitEntry(line, entry_type, key, fields, at))
        line += text.count("\n", at, pos)
    return out


def field_lines(text: str, entry: SplitEntry) -> list[int]:
    """The 0-based lines of an entry's fields (of their "="), as bibtexparser counts them."""
    head = _SPLIT_HEAD.match(text, entry.start)
    assert head is not None
    pos = head.end()
    out = []
    for _ in entry.fields:
        f = _SPLIT_FIELD.match(text, pos)
        assert f is not None
        out.append(text.count("\n", 0, text.index("=", f.start())))
        pos = f.end()
    return out


def parse_bibliography(text: str) -> ParsedBibliography:
    """Parse .bib text; every block that cannot become a source is a :class:`FailedBlock`."""
    entries: list[ParsedEntry] = []
    failures: list[FailedBlock] = []
    reader = BlockReader()
    for found in reader.read([(1, text)]):
        if isinstance(found, ParsedEntry):
            entries.append(found)
        else:
            failures.append(found)
    return ParsedBibliography(tuple(entries), tuple(failures), reader.strings)


class BlockReader:
    """Reads pieces of one .bib file in order: macros and keys carry over from piece to piece."""

    def __init__(self, *, track_keys: bool = True, split_fast: bool = True) -> None:
        """Without ``track_keys`` a key used in an earlier piece is not found here: the
        caller finds it (the importer, in the database), and holds no key per entry.
        Without ``split_fast`` every piece goes to bibtexparser (see :func:`split_entries`)."""
        self.macros: dict[str, str] = dict(_MONTH_MACRO_VALUES)
        self.strings = 0
        self._track = track_keys
        self._fast = split_fast
        self._keys: dict[str, int] = {}  # key → line first used, across pieces

    def read(self, chunks: Iterable[tuple[int, str]]) -> Iterator[ParsedEntry | FailedBlock]:
        for first_line, text in chunks:
            split = split_entries(text) if self._fast else None
            if split is not None:
                yield from self._split(split, text, first_line)
                continue
            with _quiet_bibtexparser():
                library = parse_string(text, parse_stack=[])
            yield from self._blocks(library.blocks, first_line - 1)

    def _split(
        self, entries: list[SplitEntry], text: str, first_line: int
    ) -> Iterator[ParsedEntry | FailedBlock]:
        for e in entries:

            def lines(e: SplitEntry = e) -> Sequence[int]:
                return [n + first_line for n in field_lines(text, e)]

            yield from self._entry(e.key, e.line + first_line, e.entry_type, e.fields, lines)

    def _entry(
        self,
        key: str,
        line: int,
        entry_type: str,
        fields: Iterable[tuple[str, str]],
        lines: Callable[[], Sequence[int]],
    ) -> Iterator[ParsedEntry | FailedBlock]:
        if not self._track:
            read = _read_entry(key, line, entry_type, fields, lines, macros=self.macros)
            if isinstance(read, FailedBlock):
                read = replace(read, entry_key=key)
            yield read
            return
        if key and key in self._keys:  # a duplicate in an earlier piece
            reason = f"duplicate key (first used at line {self._keys[key]})"
            yield FailedBlock(line, key, reason)
            return
        if key:
            self._keys[key] = line
        yield _read_entry(key, line, entry_type, fields, lines, macros=self.macros)

    def _blocks(self, blocks: Iterable[Block], offset: int) -> Iterator[ParsedEntry | FailedBlock]:
        macros = self.macros

        def line_of(block_line: int | None) -> int:
            return _line(block_line) + offset

        for found in blocks:
            if type(found) is Entry:  # the usual block: none of the checks below
                block: Block = found
            else:
                block = _keyless_entry(found) or found
            if isinstance(block, String) or (
                isinstance(block, DuplicateBlockKeyBlock)
                and isinstance(block.ignore_error_block, String)
            ):
                string = block if isinstance(block, String) else block.ignore_error_block
                assert isinstance(string, String)
                try:
                    macros[string.key.lower()] = evaluate(string.value, macros)
                    self.strings += 1
                except BibValueError as exc:
                    yield FailedBlock(
                        line_of(block.start_line), None, f"@string {string.key}: {exc}"
                    )
                continue
            if isinstance(block, DuplicateBlockKeyBlock):
                first = line_of(block.previous_block.start_line)
                reason = f"duplicate key (first used at line {first})"
                yield FailedBlock(line_of(block.start_line), block.key, reason)
                continue
            if isinstance(block, DuplicateFieldKeyBlock):
                dup = ", ".join(sorted(block.duplicate_keys))
                key = getattr(block.ignore_error_block, "key", None)
                yield FailedBlock(line_of(block.start_line), key, f"duplicate field {dup}")
                continue
            if isinstance(block, ParsingFailedBlock):
                m = _KEY_IN_RAW.match(block.raw or "")
                yield FailedBlock(
                    line_of(block.start_line), m.group(1) if m else None, _reason(block)
                )
                continue
            if not isinstance(block, Entry):
                continue  # comments and preambles carry no source
            line = line_of(block.start_line)

            def lines(block: Entry = block, line: int = line) -> Sequence[int]:
                return [line_of(f.start_line) if f.start_line else line for f in block.fields]

            yield from self._entry(
                block.key.strip(),
                line,
                block.entry_type.strip().lower(),
                [(f.key, str(f.value)) for f in block.fields],
                lines,
            )


def _keyless_entry(block: Block) -> Entry | None:
    """Entries without keys are not duplicates of each other: each gets a key on import."""
    if isinstance(block, DuplicateBlockKeyBlock):
        entry = block.ignore_error_block
        if isinstance(entry, Entry) and not entry.key.strip():
            return entry
    return None


def _read_entry(
    key: str,
    line: int,
    etype: str,
    raw_fields: Iterable[tuple[str, str]],
    field_lines: Callable[[], Sequence[int]],
    *,
    macros: dict[str, str],
) -> ParsedEntry | FailedBlock:
    """One entry: its key (stripped; may be empty: the importer then gives it one by the key
    rule), 1-based line, type (lower case) and fields as written (``field_lines`` gives
    their lines, wanted only to name a field that cannot be read)."""
    if _BAD_KEY.search(key):
        return FailedBlock(line, key, "citation key contains spaces, braces or quotes")
    fields: dict[str, str] = {}
    search = _GROUP_MARK.search
    for i, (written, raw) in enumerate(raw_fields):
        name = written.strip().lower()
        if raw[:1] == "{" and raw[-1:] == "}" and search(raw, 1, len(raw) - 1) is None:
            fields[name] = raw[1:-1]  # evaluate's short cut, without the call
            continue
        try:
            fields[name] = evaluate(raw, macros)
        except BibValueError as exc:
            return FailedBlock(field_lines()[i], key, f"{exc} in field '{name}'")
    try:
        record = record_from_fields(key, etype, fields)
    except BibValueError as exc:
        return FailedBlock(line, key, str(exc))
    problem = too_long(record)
    scheme = unsafe_scheme(record.url) if record.url else None
    if scheme is not None:
        problem = f"field 'url' is a {scheme}: URL, which is never a source"
    if problem is not None:
        return FailedBlock(line, key if len(key) <= 60 else key[:60] + "…", problem)
    return ParsedEntry(record, line, etype, _dropped(fields, record))


# fields that name an outlet, a publisher or a genre: one of them may go unused
_PLACE_FIELDS = (
    "howpublished",
    "journal",
    "journaltitle",
    "booktitle",
    "publisher",
    "institution",
    "organization",
    "titleaddon",
    "type",
)


def _dropped(fields: dict[str, str], record: SourceRecord) -> tuple[str, ...]:
    """The fields whose value the record does not hold anywhere."""
    kept = {
        v.casefold()
        for v in (
            record.container,
            record.publisher,
            record.extra.get(EXTRA_GENRE),
            DEFAULT_GENRES.get(record.kind),
        )
        if v
    }
    out = []
    for name in _PLACE_FIELDS:
        value = fields.get(name)
        if not value:
            continue
        if "url" in value and _URL_COMMAND.search(value):
            continue  # howpublished = {\url{…}} gave the URL
        values = split_literal_list(value) if name == "organization" else [decode_text(value)]
        if any(v.casefold() not in kept for v in values if v):
            out.append(name)
    return tuple(out)
