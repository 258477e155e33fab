"""Export sources as BibTeX, biblatex or CSL-JSON; import .bib files; rekey sources."""

from __future__ import annotations

import bisect
import functools
import re
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from claims.bib.bibtex import ExportItem, write_entries
from claims.bib.common import ArchivedCopy, Dialect
from claims.bib.csljson import csl_item, parse_csljson, write_items
from claims.bib.formatted import Note, Rendered, Renderer, Style, TextFormat, layout, resolve_style
from claims.bib.keys import assign_keys
from claims.bib.reader import (
    BlockReader,
    FailedBlock,
    ParsedEntry,
    chunks_of,
)
from claims.bib.ris import parse_ris, write_references
from claims.bib.rowwriter import write_batches
from claims.curation import FieldChange, KeptValue, SourceMerge, merge_source, pinned_fields
from claims.errors import ConflictError, InputError, NotFoundError
from claims.repository import bibliography as repo
from claims.urls import credentials_warning, has_credentials, normalize_url

EXPORT_BATCH = 1000  # sources read per query while exporting
IMPORT_BATCH = 1000  # entries matched and written at a time


class ExportFormat(StrEnum):
    BIBTEX = "bibtex"
    BIBLATEX = "biblatex"
    CSLJSON = "csljson"
    RIS = "ris"


class ImportFormat(StrEnum):
    BIBTEX = "bibtex"
    CSLJSON = "csljson"
    RIS = "ris"


class OnConflict(StrEnum):
    """What an import does with an entry that matches a source already held."""

    SKIP = "skip"
    UPDATE = "update"
    FAIL = "fail"


def _writer(fmt: ExportFormat) -> Callable[[Iterable[ExportItem], bool], Iterator[str]]:
    """The chunked writer of each format; exhaustive, so a new format cannot be forgotten."""
    match fmt:
        case ExportFormat.BIBTEX:
            return lambda items, ascii: write_entries(items, Dialect.BIBTEX, ascii=ascii)
        case ExportFormat.BIBLATEX:
            return lambda items, ascii: write_entries(items, Dialect.BIBLATEX, ascii=ascii)
        case ExportFormat.CSLJSON:
            return lambda items, ascii: write_items(items, ascii=ascii)
        case ExportFormat.RIS:
            return lambda items, _ascii: write_references(items)


@dataclass(frozen=True)
class ExportSummary:
    format: ExportFormat
    entries: int

    def as_json(self) -> dict[str, Any]:
        return {"format": self.format.value, "entries": self.entries}


def export_bibliography(
    session: Session,
    fmt: ExportFormat,
    write: Callable[[str], object],
    *,
    ascii: bool = False,
    document: Documents = None,
    claims: Sequence[str] = (),
) -> ExportSummary:
    """Write the bibliography of all sources, or of those some documents or claims cite.

    Text goes to ``write`` chunk by chunk as sources stream from the database, so memory
    does not grow with the number of sources.

    Raises:
        NotFoundError: the document or a claim does not exist.
    """
    only = _scope(session, document, claims)
    count = 0
    if fmt in (ExportFormat.BIBTEX, ExportFormat.BIBLATEX):
        # BibTeX and biblatex are written from the rows themselves: no record per source
        dialect = Dialect.BIBTEX if fmt is ExportFormat.BIBTEX else Dialect.BIBLATEX

        def batches() -> Iterator[repo.ExportBatch]:
            nonlocal count
            for batch in repo.iter_export_batches(session, only=only, batch_size=EXPORT_BATCH):
                count += len(batch.rows)
                yield batch

        for chunk in write_batches(batches(), dialect, ascii=ascii):
            write(chunk)
        return ExportSummary(fmt, count)

    def items() -> Iterator[ExportItem]:
        nonlocal count
        for row in repo.iter_export_rows(session, only=only, batch_size=EXPORT_BATCH):
            count += 1
            archive = None
            if row.archive_url:
                day = row.archived_at.date() if row.archived_at else None
                archive = ArchivedCopy(row.archive_url, day)
            yield ExportItem(row.record, archive)

    for chunk in _writer(fmt)(items(), ascii):
        write(chunk)
    return ExportSummary(fmt, count)


@dataclass(frozen=True)
class FormattedExport:
    """References or notes rendered in a CSL style, ready to print."""

    style: Style
    format: TextFormat
    text: str
    entries: int
    notes: bool


Documents = str | Sequence[str] | None  # one document's key, any of several, or every one


def _document_ids(session: Session, document: Documents) -> list[int] | None:
    """The ids of the documents named, None for every one; an unknown key is an error."""
    keys = [document] if isinstance(document, str) else list(dict.fromkeys(document or ()))
    if not keys:
        return None
    ids = []
    for key in keys:
        found = repo.document_id(session, key)
        if found is None:
            raise NotFoundError(f"no document with key {key!r}")
        ids.append(found)
    return ids


def _scope(session: Session, document: Documents, claims: Sequence[str]) -> Any:
    """The select of the source ids documents and/or claims cite (None: every source)."""
    doc_id = _document_ids(session, document)
    if doc_id is None and not claims:
        return None
    found = repo.claim_ids(session, claims)
    missing = [k for k in claims if k not in found]
    if missing:
        raise NotFoundError(f"no claim with key {missing[0]!r}", hint="see: claims list")
    return repo.cited_by(document_id=doc_id, claim_ids=list(found.values()))


def _csl_items(session: Session, only: Any) -> list[dict[str, Any]]:
    items = []
    for row in repo.iter_export_rows(session, only=only, batch_size=EXPORT_BATCH):
        archive = None
        if row.archive_url:
            archive = ArchivedCopy(
                row.archive_url, row.archived_at.date() if row.archived_at else None
            )
        items.append(csl_item(ExportItem(row.record, archive)))
    return items


def export_formatted(
    session: Session,
    style: str,
    fmt: TextFormat = TextFormat.TEXT,
    *,
    notes: bool = False,
    document: Documents = None,
    claims: Sequence[str] = (),
) -> FormattedExport:
    """The sources as a bibliography in a CSL style, or with ``notes`` one note per footnote.

    Notes follow each document's footnotes in order, one per footnote citing its sources in
    the order the footnote does (so a note style's later citations of a work are short).
    A bibliography is in the style's order.

    Raises:
        InputError: no such style, or the file is not a CSL style.
        NotFoundError: the document or a claim does not exist.
    """
    chosen = resolve_style(style)
    if notes:
        doc_id = _document_ids(session, document)
        footnotes = repo.footnote_sources(session, doc_id)
        items = _csl_items(session, repo.source_ids_cited_in_footnotes(doc_id))
        keys = repo.source_keys_by_id(session, {i for _, _, ids in footnotes for i in ids})
        documents = list(dict.fromkeys(key for key, _, _ in footnotes))
        parts = []
        count = 0
        for doc_key in documents:
            wanted = [
                Note(n, tuple(keys[i] for i in ids)) for d, n, ids in footnotes if d == doc_key
            ]
            # a fresh processor per document: "first citation" starts again with each one
            rendered = list(Renderer(chosen, items, fmt).notes(wanted))
            count += len(rendered)
            heading = doc_key if len(documents) > 1 else None
            parts.append(layout(rendered, fmt, heading=heading))
        return FormattedExport(chosen, fmt, "\n".join(parts), count, notes=True)
    items = _csl_items(session, _scope(session, document, claims))
    entries: list[Rendered] = (
        list(Renderer(chosen, items, fmt).bibliography([i["id"] for i in items])) if items else []
    )
    text = layout(entries, fmt) if entries else ""
    return FormattedExport(chosen, fmt, text, len(entries), notes=False)


# ------------------------------------------------------------------ import


@dataclass(frozen=True)
class Match:
    """An entry of the file that is a source already held (or one earlier in the file)."""

    line: int
    key: str
    existing: str
    by: str  # "key", "DOI" or "URL"

    def describe(self) -> str:
        same = "" if self.key == self.existing else f" as '{self.existing}'"
        return f"line {self.line}: entry '{self.key}' is already held{same} (same {self.by})"

    def as_json(self) -> dict[str, Any]:
        return {"line": self.line, "key": self.key, "existing": self.existing, "by": self.by}


@dataclass(frozen=True)
class Update:
    """A held source an entry updates: the fields it changes and the values it keeps."""

    match: Match
    changes: tuple[FieldChange, ...]
    kept: tuple[KeptValue, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            **self.match.as_json(),
            "changes": [c.as_json() for c in self.changes],
            "kept": [k.as_json() for k in self.kept],
        }


@dataclass(frozen=True)
class Dropped:
    """Fields of an entry whose values no source field holds."""

    line: int
    key: str
    fields: tuple[str, ...]

    def describe(self) -> str:
        return f"line {self.line}: entry '{self.key}': dropped {', '.join(self.fields)}"


@dataclass(frozen=True)
class ImportSummary:
    path: str
    entries: int
    added: tuple[str, ...]  # the keys, when listed (list_added); else ()
    updated: tuple[Update, ...]  # held sources the file changed
    skipped: tuple[Match, ...]
    invalid: tuple[FailedBlock, ...]
    keyed: tuple[tuple[int, str], ...]  # (line, key given) for entries that had no key
    warnings: tuple[str, ...] = ()  # imported, but worth a look (credentials in a URL)
    unchanged: tuple[Update, ...] = ()  # held sources the file matched and left as they were
    dropped: tuple[Dropped, ...] = ()
    dry_run: bool = False
    added_count: int | None = None  # how many were added; None: len(added)

    @property
    def added_total(self) -> int:
        return len(self.added) if self.added_count is None else self.added_count

    @property
    def clean(self) -> bool:
        return not self.invalid

    @property
    def kept(self) -> tuple[KeptValue, ...]:
        return tuple(k for u in (*self.updated, *self.unchanged) for k in u.kept)

    def as_json(self) -> dict[str, Any]:
        return {
            "file": self.path,
            "entries": self.entries,
            "added": list(self.added),
            "updated": [u.as_json() for u in self.updated],
            "unchanged": [u.as_json() for u in self.unchanged],
            "skipped": [m.as_json() for m in self.skipped],
            "invalid": [{"line": f.line, "key": f.key, "reason": f.reason} for f in self.invalid],
            "keys_given": [{"line": line, "key": key} for line, key in self.keyed],
            "warnings": list(self.warnings),
            "dropped": [
                {"line": d.line, "key": d.key, "fields": list(d.fields)} for d in self.dropped
            ],
            "dry_run": self.dry_run,
        }


class InvalidBibliography(InputError):
    """Some blocks of the file cannot be imported; all of them are listed in ``failures``."""

    def __init__(self, path: str, failures: Sequence[FailedBlock]) -> None:
        first = failures[0]
        more = f" (and {len(failures) - 1} more)" if len(failures) > 1 else ""
        super().__init__(
            f"{path}, {first.describe()}{more}; nothing was imported",
            hint="fix the file, or pass --skip-invalid to import the entries that are valid",
        )
        self.failures = tuple(failures)


def normalize_doi(doi: str) -> str:
    """``10.1000/ABC`` for ``https://doi.org/10.1000/abc`` and ``doi:10.1000/abc``."""
    text = doi.strip().lower()
    return re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", text)


@functools.lru_cache(maxsize=4 * IMPORT_BATCH)
def _normal_url(url: str | None) -> str | None:
    if not url:
        return None
    try:
        return normalize_url(url)
    except ValueError:
        return None


def read_bib_file(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(
            f"{path}, line {line}: not UTF-8 (byte 0x{data[exc.start]:02x})",
            hint="convert the file to UTF-8 first, e.g. iconv -f latin1 -t utf-8",
        ) from exc


def import_bibtex(
    session: Session,
    path: Path,
    *,
    on_conflict: OnConflict = OnConflict.SKIP,
    skip_invalid: bool = False,
    dry_run: bool = False,
    list_added: bool = True,
) -> ImportSummary:
    """Add the entries of a .bib file as sources (see :func:`import_bibliography`)."""
    return import_bibliography(
        session,
        path,
        ImportFormat.BIBTEX,
        on_conflict=on_conflict,
        skip_invalid=skip_invalid,
        dry_run=dry_run,
        list_added=list_added,
    )


def import_bibliography(
    session: Session,
    path: Path,
    fmt: ImportFormat,
    *,
    on_conflict: OnConflict = OnConflict.SKIP,
    skip_invalid: bool = False,
    dry_run: bool = False,
    list_added: bool = True,
) -> ImportSummary:
    """Add the entries of a .bib, CSL-JSON or RIS file as sources, in one transaction (the
    caller's session).

    An entry is the same as a source already held if it has the same key, else the same
    DOI, else the same normalised URL; ``on_conflict`` says what happens then (an update
    merges by :func:`claims.curation.merge_source`: pinned values and better renderings of
    the same value are kept). Entries without a key get one by the key rule. ``dry_run``
    computes everything and writes nothing. Blocks that cannot be read make the whole import
    fail (nothing is written) unless ``skip_invalid``. Without ``list_added`` the summary
    counts the sources added and does not list their keys (memory stays flat).

    Raises:
        InvalidBibliography: blocks could not be read and ``skip_invalid`` is off.
        ConflictError: an entry matches a held source and ``on_conflict`` is ``fail``.
    """
    # a savepoint: batches are written as they are read, and a failure found later undoes
    # them even when the caller goes on to commit its transaction
    savepoint = session.begin_nested()
    try:
        # .bib keys used twice in the file are found here, not by the reader: it would hold
        # every key (see _ImportRun.duplicate_keys)
        bib = fmt is ImportFormat.BIBTEX
        run = _ImportRun(session, path, on_conflict, list_added=list_added, check_keys=bib)
        failures = run.failures
        # entries, and blocks refused whose key a later entry may use again
        batch: list[ParsedEntry | FailedBlock] = []
        for found in _read_entries(fmt, path):
            if isinstance(found, FailedBlock) and not found.entry_key:
                failures.append(found)
                continue
            if isinstance(found, ParsedEntry):
                run.entries += 1
            if failures and not skip_invalid:
                # nothing more is written; the rest is read only to list every failure
                batch.append(found)
                if len(batch) >= IMPORT_BATCH:
                    run.duplicate_keys(batch, read_only=True)
                    batch = []
                continue
            batch.append(found)
            if len(batch) >= IMPORT_BATCH:
                run.import_batch(batch)
                batch = []
        if failures and not skip_invalid:
            run.duplicate_keys(batch, read_only=True)
            raise InvalidBibliography(str(path), sorted(failures, key=lambda f: f.line))
        if batch:
            run.import_batch(batch)
        if failures and not skip_invalid:  # a duplicate key in the last batch
            raise InvalidBibliography(str(path), sorted(failures, key=lambda f: f.line))
        run.finish()
        session.flush()
    except BaseException:
        savepoint.rollback()
        raise
    if dry_run:
        savepoint.rollback()  # everything was worked out as if written; nothing is
    else:
        savepoint.commit()
    return ImportSummary(
        path=str(path),
        entries=run.entries,
        added=tuple(run.added),
        added_count=run.added_count,
        updated=tuple(run.updated),
        skipped=tuple(sorted(run.skipped, key=lambda m: m.line)),
        invalid=tuple(sorted(failures, key=lambda f: f.line)),
        keyed=tuple(run.keyed),
        warnings=tuple(run.warnings),
        unchanged=tuple(run.unchanged),
        dropped=tuple(run.dropped),
        dry_run=dry_run,
    )


def read_lines(path: Path) -> Iterator[str]:
    """The lines of a UTF-8 file one by one; a line that is not UTF-8 is named."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with handle:
        for number, data in enumerate(handle, 1):
            try:
                line = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                raise InputError(
                    f"{path}, line {number}: not UTF-8 (byte 0x{data[exc.start]:02x})",
                    hint="convert the file to UTF-8 first, e.g. iconv -f latin1 -t utf-8",
                ) from exc
            yield line.lstrip("\ufeff") if number == 1 else line


def read_texts(path: Path, size: int = 1 << 16) -> Iterator[str]:
    """The text of a UTF-8 file in pieces of whole lines, about ``size`` bytes each (as
    :func:`read_lines`, a line that is not UTF-8 is named)."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    with handle:
        number = 1  # of the first line read next
        while lines := handle.readlines(size):
            data = b"".join(lines)
            try:
                text = data.decode("utf-8")
            except UnicodeDecodeError as exc:
                line = number + data.count(b"\n", 0, exc.start)
                raise InputError(
                    f"{path}, line {line}: not UTF-8 (byte 0x{data[exc.start]:02x})",
                    hint="convert the file to UTF-8 first, e.g. iconv -f latin1 -t utf-8",
                ) from exc
            yield text.lstrip("\ufeff") if number == 1 else text
            number += len(lines)


def _read_entries(fmt: ImportFormat, path: Path) -> Iterator[ParsedEntry | FailedBlock]:
    """Each format's entries as a stream (.bib and RIS line by line; CSL-JSON is one JSON
    document, read whole)."""
    match fmt:
        case ImportFormat.BIBTEX:
            return BlockReader(track_keys=False).read(chunks_of(read_texts(path)))
        case ImportFormat.CSLJSON:
            return parse_csljson(read_bib_file(path))
        case ImportFormat.RIS:
            return parse_ris("".join(read_lines(path)))


class IdRanges:
    """A set of ids kept as sorted, non-overlapping ranges: the ids one import adds are
    mostly consecutive, so a file of any size takes a few ranges."""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._ends: list[int] = []

    def update(self, ids: Iterable[int]) -> None:
        for i in sorted(ids):
            if i in self:
                continue
            if self._ends and self._ends[-1] + 1 == i:
                self._ends[-1] = i
            elif not self._ends or i > self._ends[-1]:
                self._starts.append(i)
                self._ends.append(i)
            else:  # out of order: a range of its own
                at = bisect.bisect_left(self._starts, i)
                self._starts.insert(at, i)
                self._ends.insert(at, i)

    def __contains__(self, i: object) -> bool:
        if not isinstance(i, int):
            return False
        at = bisect.bisect_right(self._starts, i) - 1
        return at >= 0 and i <= self._ends[at]

    def __len__(self) -> int:
        return sum(e - s + 1 for s, e in zip(self._starts, self._ends, strict=True))


class _ImportRun:
    """The state of one import across its batches: what it added, matched and skipped."""

    def __init__(
        self,
        session: Session,
        path: Path,
        on_conflict: OnConflict,
        *,
        list_added: bool,
        check_keys: bool = False,
    ) -> None:
        self.session = session
        self.path = path
        self.on_conflict = on_conflict
        self.entries = 0
        self.list_added = list_added
        self.failures: list[FailedBlock] = []
        self.check_keys = check_keys
        # where each key of the file was first used: for the entries this import added,
        # (id, line) in two arrays (the key itself is in the database); for the others
        # (matched, skipped, refused: all listed in the summary anyway) by key
        self._added_ids = array("q")
        self._added_lines = array("q")
        self._other_keys: dict[str, int] = {}
        self.added: list[str] = []  # keys, if listed
        self.added_count = 0
        # ids, not keys, of the sources added: held as ranges, so memory does not grow with
        # the file (earlier entries are found in the database like held sources)
        self.added_ids = IdRanges()
        self.updated: list[Update] = []  # held sources the file changed
        self.unchanged: list[Update] = []  # held sources it matched and left as they were
        self.dropped: list[Dropped] = []
        self.skipped: list[Match] = []
        self.conflicts: list[Match] = []
        self.keyed: list[tuple[int, str]] = []
        self.warnings: list[str] = []
        self._dois: dict[str, int] | None = None
        self._taken: set[str] | None = None

    def _by_doi(self) -> dict[str, int]:
        if self._dois is None:
            self._dois = {}
            for held_id, doi in repo.source_dois(self.session):
                self._dois.setdefault(normalize_doi(doi), held_id)
        return self._dois

    def _first_line(self, source_id: int) -> int | None:
        at = bisect.bisect_left(self._added_ids, source_id)
        if at < len(self._added_ids) and self._added_ids[at] == source_id:
            return self._added_lines[at]
        return None  # added under a key the import gave it: not a key the file used

    def duplicate_keys(
        self, items: Sequence[ParsedEntry | FailedBlock], *, read_only: bool = False
    ) -> tuple[list[ParsedEntry], dict[str, int]]:
        """The entries whose key no earlier entry of the file used, and the held sources by
        key; an entry (or refused block) that uses a key again is a failure, ``duplicate
        key``, as the reader finds it within one piece of the file."""
        keys = [
            k for i in items if (k := i.entry_key if isinstance(i, FailedBlock) else i.record.key)
        ]
        by_key = repo.source_ids_by_key(self.session, keys) if keys else {}
        entries: list[ParsedEntry] = []
        here: dict[str, int] = {}
        for item in items:
            refused = isinstance(item, FailedBlock)
            key = item.entry_key if isinstance(item, FailedBlock) else item.record.key
            if not key or not self.check_keys:
                if isinstance(item, FailedBlock):
                    self.failures.append(item)
                else:
                    entries.append(item)
                continue
            first = here.get(key) or self._other_keys.get(key)
            if first is None and (held := by_key.get(key)) is not None:
                first = self._first_line(held) if held in self.added_ids else None
            if first is not None:
                reason = f"duplicate key (first used at line {first})"
                self.failures.append(FailedBlock(item.line, key, reason))
                if not refused:
                    self.entries -= 1  # a block refused, as the reader refuses one
                continue
            here[key] = item.line
            if isinstance(item, FailedBlock):
                self.failures.append(item)
                self._other_keys.setdefault(key, item.line)  # never added
            else:
                entries.append(item)
        if read_only:
            for key, line in here.items():
                self._other_keys.setdefault(key, line)
        return entries, by_key

    def import_batch(self, items: Sequence[ParsedEntry | FailedBlock]) -> None:
        session = self.session
        entries, by_key = self.duplicate_keys(items)
        self.warnings.extend(
            credentials_warning(e.record.url, f"{self.path}, line {e.line}: entry '{e.record.key}'")
            for e in entries
            if e.record.url and has_credentials(e.record.url)
        )
        urls = {id(e): _normal_url(e.record.url) for e in entries}
        keyed_lines = {e.record.key: e.line for e in entries if e.record.key}
        by_doi = self._by_doi() if any(e.record.doi for e in entries) else {}
        held_links = repo.links_by_url(session, [u for u in urls.values() if u])
        by_url = {u: source_id for u, (_, source_id) in held_links.items() if source_id is not None}
        candidates = set(by_key.values()) | set(by_url.values())
        candidates |= {
            by_doi[normalize_doi(e.record.doi)]
            for e in entries
            if e.record.doi and normalize_doi(e.record.doi) in by_doi
        }
        keys = repo.source_keys_by_id(session, candidates)

        to_add: list[ParsedEntry] = []
        held: list[tuple[ParsedEntry, int, Match]] = []
        indexes = (by_key, by_doi, by_url)
        in_batch: dict[tuple[str, str], str] = {}  # what this batch adds, by identity
        for entry in entries:
            r = entry.record
            ids: list[tuple[str, str | None]] = [
                ("key", r.key),
                ("DOI", normalize_doi(r.doi) if r.doi else None),
                ("URL", urls[id(entry)]),
            ]
            found: tuple[str, int] | None = None
            matched = [
                index.get(v) if v else None for (_, v), index in zip(ids, indexes, strict=True)
            ]
            for (by, _), match_id in zip(ids, matched, strict=True):
                # a source this import added is an earlier entry, not one held before
                if match_id is not None and match_id not in self.added_ids:
                    found = (by, match_id)
                    break
            if found is not None:
                held.append((entry, found[1], Match(entry.line, r.key, keys[found[1]], found[0])))
                continue
            # an earlier entry: written by an earlier batch (the database knows it), or
            # earlier in this one
            twin: tuple[str, str] | None = None
            for (by, v), match_id in zip(ids, matched, strict=True):
                if match_id is not None:
                    twin = (by, keys[match_id])
                elif v and (by, v) in in_batch:
                    twin = (by, in_batch[by, v])
                if twin is not None:
                    break
            if twin is not None:
                self.skipped.append(
                    Match(entry.line, r.key, twin[1], f"{twin[0]} as an earlier entry")
                )
                continue
            to_add.append(entry)
            for by, value in ids:
                if value:
                    in_batch.setdefault((by, value), r.key)

        added_keys = {e.record.key for e in to_add if e.record.key}
        for key, line in keyed_lines.items():
            if key not in added_keys:
                self._other_keys.setdefault(key, line)
        if self.on_conflict is OnConflict.FAIL:
            self.conflicts += [m for _, _, m in held]
            if self.conflicts:
                for key in added_keys:  # not added after all
                    self._other_keys.setdefault(key, keyed_lines[key])
                return  # nothing more is written: the import will fail as a whole
        if self.on_conflict is OnConflict.SKIP:
            self.skipped += [m for _, _, m in held]
        to_update = held if self.on_conflict is OnConflict.UPDATE else []

        # entries that came without a key get one by the rule, clear of every key in use
        keyless = [e for e in to_add if not e.record.key]
        if keyless:
            if self._taken is None:
                self._taken = repo.all_source_keys(session)
            taken = self._taken | {e.record.key for e in to_add}
            new_keys = assign_keys([e.record for e in keyless], taken)
            given = {id(e): k for e, k in zip(keyless, new_keys, strict=True)}
            self.keyed += [(e.line, given[id(e)]) for e in keyless]
            to_add = [
                replace(e, record=replace(e.record, key=given[id(e)])) if id(e) in given else e
                for e in to_add
            ]

        # what an entry may overwrite in the source it matches: claims.curation decides
        held_ids = [source_id for _, source_id, _ in to_update]
        held_records = repo.source_records(session, held_ids)
        pins = pinned_fields(session, held_ids)
        updates: list[tuple[int, SourceMerge]] = []
        for entry, source_id, match in to_update:
            merge = merge_source(
                held_records[source_id], entry.record, pinned=pins.get(source_id, ())
            )
            if merge.changed:
                updates.append((source_id, merge))
                self.updated.append(Update(match, merge.changes, merge.kept))
            else:
                self.unchanged.append(Update(match, (), merge.kept))
        self.dropped += [Dropped(e.line, e.record.key, e.dropped) for e in entries if e.dropped]

        link_of = repo.link_ids(
            session,
            [u for e in to_add if (u := _normal_url(e.record.url))],
            known={u: link_id for u, (link_id, _) in held_links.items()},
        )
        new_ids = repo.add_sources(
            session, [(e.record, link_of.get(_normal_url(e.record.url) or "")) for e in to_add]
        )
        self.added_ids.update(new_ids.values())
        if self.check_keys:
            firsts = sorted((new_ids[k], keyed_lines[k]) for k in added_keys)
            if firsts and self._added_ids and firsts[0][0] < self._added_ids[-1]:
                firsts = sorted(
                    [*zip(self._added_ids, self._added_lines, strict=True), *firsts]
                )  # rare
                self._added_ids, self._added_lines = array("q"), array("q")
            self._added_ids.extend(i for i, _ in firsts)
            self._added_lines.extend(line for _, line in firsts)
        if self._dois is not None:  # read before this batch: its DOIs go in as they are added
            for e in to_add:
                if e.record.doi:
                    self._dois.setdefault(normalize_doi(e.record.doi), new_ids[e.record.key])
        if updates:
            wanted = [u for _, m in updates if (u := _normal_url(m.record.url))]
            links = repo.get_or_add_links(session, wanted)
            held_sources = repo.get_sources(session, [source_id for source_id, _ in updates])
            for source_id, merge in updates:
                url = _normal_url(merge.record.url)
                repo.update_source(
                    session, held_sources[source_id], merge.record, links[url] if url else None
                )
        self.added_count += len(to_add)
        if self.list_added:
            self.added += [e.record.key for e in to_add]
        if self._taken is not None:
            self._taken.update(e.record.key for e in to_add)
        session.flush()
        session.expunge_all()  # the batch's rows are written: hold none of them

    def finish(self) -> None:
        if self.conflicts:
            first = self.conflicts[0]
            more = f" (and {len(self.conflicts) - 1} more)" if len(self.conflicts) > 1 else ""
            raise ConflictError(
                f"{self.path}, {first.describe()}{more}; nothing was imported",
                hint="pass --on-conflict skip to keep what is held, or update to overwrite it",
            )


# ------------------------------------------------------------------ rekey


@dataclass(frozen=True)
class Rename:
    old: str
    new: str

    def as_json(self) -> dict[str, str]:
        return {"old": self.old, "new": self.new}


@dataclass(frozen=True)
class RekeySummary:
    sources: int
    renames: tuple[Rename, ...]
    dry_run: bool

    def as_json(self) -> dict[str, Any]:
        return {
            "sources": self.sources,
            "renamed": [r.as_json() for r in self.renames],
            "dry_run": self.dry_run,
        }


def rekey_sources(session: Session, *, dry_run: bool = False) -> RekeySummary:
    """Give every source the key the key rule gives it now (clashes get a, b, c …).

    Keys are otherwise never changed once assigned; this is the one command that does.
    """
    records = repo.all_source_records(session)
    new_keys = assign_keys(records)
    renames = tuple(Rename(r.key, k) for r, k in zip(records, new_keys, strict=True) if r.key != k)
    if not dry_run:
        repo.rename_sources(session, {r.old: r.new for r in renames})
        session.flush()
    return RekeySummary(len(records), renames, dry_run)
