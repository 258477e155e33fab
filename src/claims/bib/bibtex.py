"""BibTeX and biblatex entries from sources, written with bibtexparser."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice

from bibtexparser.entrypoint import write_string
from bibtexparser.library import Library
from bibtexparser.middlewares import AddEnclosingMiddleware
from bibtexparser.model import Entry, Field
from bibtexparser.writer import BibtexFormat

from claims.bib.common import (
    EXTRA_NOTE,
    MONTH_MACROS,
    SPECIAL_EXTRA,
    ArchivedCopy,
    Dialect,
    accessed_sentence,
    archive_of,
    archived_sentence,
    genre_of,
    join_sentences,
    without_blanks,
)
from claims.bib.latex import (
    ENCODE_CACHE,
    encode_literal_list,
    encode_names,
    encode_text,
    encode_value,
    normalise_space,
)
from claims.enums import ContributorRole, SourceKind
from claims.records import Contributor, PartialDate, SourceRecord

_FIELD_NAME = re.compile(r"[a-z][a-z0-9_-]*")
WRITE_BATCH = 500  # entries per bibtexparser library: bounds memory while streaming

WEB_KINDS = frozenset({SourceKind.PRESS_RELEASE, SourceKind.WEB_PAGE, SourceKind.BLOG_POST})
REPORT_KINDS = frozenset({SourceKind.REPORT, SourceKind.CLIENT_ALERT})

# extra fields (volume, pages …) carried over where the entry type has them
_EXTRA_FIELDS = {
    (Dialect.BIBTEX, "article"): ("volume", "number", "pages"),
    (Dialect.BIBLATEX, "article"): ("volume", "number", "issue", "pages", "eid"),
    (Dialect.BIBTEX, "techreport"): ("number", "pages"),
    (Dialect.BIBLATEX, "report"): ("number", "pages"),
}

# BCP 47 language tags and the babel names that biblatex's langid expects
LANGIDS = {
    "en": "english",
    "en-US": "american",
    "en-GB": "british",
    "fr": "french",
    "de": "ngerman",
    "es": "spanish",
    "it": "italian",
    "pt": "portuguese",
    "nl": "dutch",
    "ru": "russian",
}


@dataclass(frozen=True)
class ExportItem:
    """A source as exported, with the archived copy of its page if one is known."""

    record: SourceRecord
    archive: ArchivedCopy | None = None


def entry_type(kind: SourceKind, dialect: Dialect, *, has_url: bool) -> str:
    if kind is SourceKind.NEWS_ARTICLE:
        return "article"
    if kind in REPORT_KINDS:
        return "techreport" if dialect is Dialect.BIBTEX else "report"
    if dialect is Dialect.BIBTEX:
        return "misc"
    return "online" if kind in WEB_KINDS or has_url else "misc"


_ROLE_FIELDS = ((ContributorRole.AUTHOR, "author"), (ContributorRole.EDITOR, "editor"))


def _distinct(*values: str | None) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and normalise_space(v) and v not in out:
            out.append(v)
    return out


def _named(c: Contributor) -> bool:
    return bool(normalise_space(c.literal if c.literal is not None else c.family or ""))


def people_fields(
    contributors: Iterable[Contributor], *, ascii: bool
) -> list[tuple[str, str, bool]]:
    """The author and editor fields (see :func:`entry_parts`)."""
    return named_fields([_person(c, ascii) for c in contributors])


def named_fields(
    people: Sequence[tuple[ContributorRole, str | None]],
) -> list[tuple[str, str, bool]]:
    """The author and editor fields of contributors as :func:`person_name` gives them."""
    out = []
    for role, name in _ROLE_FIELDS:
        names = [text for r, text in people if r is role and text is not None]
        if names and (text := " and ".join(names)):  # encode_names of the named ones
            out.append((name, text, True))
    return out


def person_name(c: Contributor, *, ascii: bool) -> tuple[ContributorRole, str | None]:
    """The role and the encoded name of a contributor; no name if it has none to write."""
    return _person(c, ascii)


@functools.lru_cache(maxsize=ENCODE_CACHE)  # people are cited again and again
def _person(c: Contributor, ascii: bool) -> tuple[ContributorRole, str | None]:
    """The role and the encoded name of a contributor; no name if it has none to write."""
    return c.role, encode_names([c], ascii=ascii) if _named(c) else None


def issued_fields(issued: PartialDate, *, bibtex: bool) -> list[tuple[str, str, bool]]:
    """The date fields (see :func:`entry_parts`): digits and ISO 8601, nothing to encode."""
    out = []
    if bibtex:
        out.append(("year", f"{issued.year:04d}", True))
        if issued.month is not None:
            # a macro, unbraced: BibTeX styles print the name
            out.append(("month", MONTH_MACROS[issued.month - 1], False))
    out.append(("date", issued.iso(), True))
    return out


def entry_parts(
    item: ExportItem, dialect: Dialect, *, ascii: bool
) -> tuple[str, list[tuple[str, str, bool]]]:
    """The entry type and the encoded fields of one source, in a fixed order, as
    (name, value, braced) — ``braced`` is false for a month macro.

    BibTeX output is always LaTeX-encoded ASCII; biblatex keeps Unicode unless ``ascii``.
    """
    r = without_blanks(item.record)
    bibtex = dialect is Dialect.BIBTEX
    ascii = ascii or bibtex  # classic BibTeX reads bytes, not Unicode
    etype = entry_type(r.kind, dialect, has_url=bool(r.url))
    if etype == "online" and r.publisher and r.container in (None, r.publisher):
        # @online has one list for outlet and publisher: a publisher alone (or the same name
        # twice) would read back as the outlet; @misc says which is which
        etype = "misc"
    fields: list[tuple[str, str, bool]] = []

    def add(name: str, value: str | None, *, encoded: bool = False) -> None:
        if value:
            text = value if encoded else encode_value(name, value, ascii)
            if text:  # blank values are left out, not written as {}
                fields.append((name, text, True))

    if r.contributors:
        fields += people_fields(r.contributors, ascii=ascii)
    add("title", r.title)

    genre = genre_of(r)
    if etype == "article":
        add("journal" if bibtex else "journaltitle", r.container or r.publisher)
        if not bibtex:
            add("entrysubtype", "newspaper")
    elif etype in ("techreport", "report"):
        add("type", genre)
        add("institution", r.publisher or r.container)
    elif etype == "online":
        add("titleaddon", genre)
        orgs = _distinct(r.container, r.publisher)
        if orgs:
            add("organization", encode_literal_list(orgs, ascii=ascii), encoded=True)
    else:  # misc: howpublished is the outlet, organization the publisher, each read back so
        add("howpublished", r.container)
        add("organization", r.publisher)
        add("type", genre)
    if read_back_kind(etype, genre, has_url=bool(r.url)) is not r.kind:
        add("entrysubtype", r.kind.value)  # the kind neither the type nor the genre tells

    for name in _EXTRA_FIELDS.get((dialect, etype), ()):
        add(name, r.extra.get(name))

    if r.issued is not None:
        fields += issued_fields(r.issued, bibtex=bibtex)
    if r.url:
        add("url", r.url)
    if r.accessed is not None:
        add("urldate", r.accessed.isoformat())
    add("doi", r.doi)
    if r.language:
        add("language" if bibtex else "langid", LANGIDS.get(r.language))

    archive = archive_of(r, item.archive)
    if bibtex:
        note = join_sentences(
            [
                r.extra.get(EXTRA_NOTE, ""),
                accessed_sentence(r.accessed) if r.accessed else "",
                archived_sentence(archive) if archive else "",
            ]
        )
        add("note", note)
    else:
        if archive:
            add("addendum", encode_text(archived_sentence(archive), ascii=ascii), encoded=True)
        add("note", r.extra.get(EXTRA_NOTE))
    # other fields (keywords, abstract, file … of an imported file): written back, not lost
    if r.extra.keys() - SPECIAL_EXTRA:
        written = {name for name, _, _ in fields}
        for name in sorted(r.extra):
            if name not in written and name not in SPECIAL_EXTRA and _FIELD_NAME.fullmatch(name):
                add(name, r.extra[name])
    return etype, fields


def entry_fields(item: ExportItem, dialect: Dialect, *, ascii: bool) -> tuple[str, list[Field]]:
    """:func:`entry_parts` as bibtexparser fields."""
    etype, parts = entry_parts(item, dialect, ascii=ascii)
    fields = []
    for name, value, braced in parts:
        field = Field(name, value)
        if not braced:
            field.enclosing = "no-enclosing"
        fields.append(field)
    return etype, fields


def read_back_kind(etype: str, genre: str | None, *, has_url: bool) -> SourceKind:
    """The kind the importer gives an entry of this type and genre."""
    return _read_back_kind(etype, genre, has_url)


@functools.lru_cache(maxsize=256)  # a few types and genres, asked once per entry written
def _read_back_kind(etype: str, genre: str | None, has_url: bool) -> SourceKind:
    from claims.bib.reader import kind_of  # the reader imports this module

    return kind_of(etype, genre, has_url)


def to_entry(item: ExportItem, dialect: Dialect, *, ascii: bool = False) -> Entry:
    etype, fields = entry_fields(item, dialect, ascii=ascii)
    return Entry(etype, item.record.key, fields)


def _format() -> BibtexFormat:
    fmt = BibtexFormat()  # type: ignore[no-untyped-call]
    fmt.indent = "  "
    fmt.block_separator = "\n"
    fmt.trailing_comma = True
    return fmt


def write_with_bibtexparser(
    items: Iterable[ExportItem], dialect: Dialect, *, ascii: bool = False
) -> str:
    """The .bib text as bibtexparser writes it: the reference :func:`write_entries` equals."""
    stack = [
        AddEnclosingMiddleware(
            reuse_previous_enclosing=False,
            enclose_integers=True,
            default_enclosing="{",
            allow_inplace_modification=True,
        )
    ]
    library = Library([to_entry(i, dialect, ascii=ascii) for i in items])
    return write_string(library, unparse_stack=stack, bibtex_format=_format())


def _entry_text(etype: str, key: str, fields: list[tuple[str, str, bool]]) -> str:
    # bibtexparser's layout for _format() (two-space indent, trailing commas, values
    # braced but the month macro): the same text without building its model per entry
    body = "".join(
        f"  {name} = {{{value}}},\n" if braced else f"  {name} = {value},\n"
        for name, value, braced in fields
    )
    return f"@{etype}{{{key},\n{body}}}\n"


def write_entries(
    items: Iterable[ExportItem], dialect: Dialect, *, ascii: bool = False
) -> Iterator[str]:
    """The .bib text of the items, in chunks of :data:`WRITE_BATCH` entries.

    The text is exactly what bibtexparser writes (:func:`write_with_bibtexparser`, checked
    by the tests), laid out here directly: its model and middleware cost more than all
    the rest of an export. Memory stays flat however many sources stream through.
    """
    it = iter(items)
    first = True
    while batch := list(islice(it, WRITE_BATCH)):
        pieces = []
        for item in batch:
            etype, fields = entry_parts(item, dialect, ascii=ascii)
            pieces.append(_entry_text(etype, item.record.key, fields))
        text = "\n".join(pieces)
        yield text if first else "\n" + text
        first = False


def format_bibliography(
    items: Iterable[ExportItem], dialect: Dialect, *, ascii: bool = False
) -> str:
    return "".join(write_entries(items, dialect, ascii=ascii))
