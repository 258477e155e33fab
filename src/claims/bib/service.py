"""Export sources as BibTeX, biblatex or CSL-JSON; import .bib files; rekey sources."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from claims.bib.bibtex import ExportItem, write_entries
from claims.bib.common import ArchivedCopy, Dialect
from claims.bib.csljson import write_items
from claims.bib.keys import assign_keys
from claims.bib.reader import FailedBlock, ParsedEntry, parse_bibliography
from claims.curation import FieldChange, KeptValue, SourceMerge, merge_source, pinned_fields
from claims.errors import ConflictError, InputError, NotFoundError
from claims.models import Link
from claims.records import SourceRecord
from claims.repository import bibliography as repo
from claims.urls import normalize_url

EXPORT_BATCH = 1000  # sources read per query while exporting


class ExportFormat(StrEnum):
    BIBTEX = "bibtex"
    BIBLATEX = "biblatex"
    CSLJSON = "csljson"


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
    document: str | None = None,
    claims: Sequence[str] = (),
) -> ExportSummary:
    """Write the bibliography of all sources, or of those a document or some claims cite.

    Text goes to ``write`` chunk by chunk as sources stream from the database, so memory
    does not grow with the number of sources.

    Raises:
        NotFoundError: the document or a claim does not exist.
    """
    only = None
    if document is not None or claims:
        doc_id = None
        if document is not None:
            doc_id = repo.document_id(session, document)
            if doc_id is None:
                raise NotFoundError(f"no document with key {document!r}")
        found = repo.claim_ids(session, claims)
        missing = [k for k in claims if k not in found]
        if missing:
            raise NotFoundError(f"no claim with key {missing[0]!r}", hint="see: claims list")
        only = repo.cited_by(document_id=doc_id, claim_ids=list(found.values()))

    count = 0

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
    added: tuple[str, ...]
    updated: tuple[Update, ...]  # held sources the file changed
    skipped: tuple[Match, ...]
    invalid: tuple[FailedBlock, ...]
    keyed: tuple[tuple[int, str], ...]  # (line, key given) for entries that had no key
    unchanged: tuple[Update, ...] = ()  # held sources the file matched and left as they were
    dropped: tuple[Dropped, ...] = ()
    dry_run: bool = False

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


@functools.lru_cache(maxsize=4096)
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
) -> ImportSummary:
    """Add the entries of a .bib file as sources, in one transaction (the caller's session).

    An entry is the same as a source already held if it has the same key, else the same
    DOI, else the same normalised URL; ``on_conflict`` says what happens then (an update
    merges by :func:`claims.curation.merge_source`: pinned values and better renderings of
    the same value are kept). Entries without a key get one by the key rule. ``dry_run``
    computes everything and writes nothing. Blocks that cannot be read make the whole import
    fail (nothing is written) unless ``skip_invalid``.

    Raises:
        InvalidBibliography: blocks could not be read and ``skip_invalid`` is off.
        ConflictError: an entry matches a held source and ``on_conflict`` is ``fail``.
    """
    parsed = parse_bibliography(read_bib_file(path))
    if parsed.failures and not skip_invalid:
        raise InvalidBibliography(str(path), parsed.failures)
    entries = list(parsed.entries)

    by_key = repo.source_ids_by_key(session, [e.record.key for e in entries if e.record.key])
    by_doi: dict[str, int] = {}
    if any(e.record.doi for e in entries):
        for held_id, doi in repo.source_dois(session):
            by_doi.setdefault(normalize_doi(doi), held_id)
    by_url = repo.source_ids_by_link_url(
        session, [u for e in entries if (u := _normal_url(e.record.url))]
    )

    # what this file adds, so a second entry for the same work is not added twice
    in_file: dict[tuple[str, str], str] = {}

    to_add: list[ParsedEntry] = []
    held: list[tuple[ParsedEntry, int, str]] = []
    skipped: list[Match] = []
    for entry in entries:
        r = entry.record
        ids: list[tuple[str, str | None]] = [
            ("key", r.key),
            ("DOI", normalize_doi(r.doi) if r.doi else None),
            ("URL", _normal_url(r.url)),
        ]
        found: tuple[str, int] | None = None
        for (by, value), index in zip(ids, (by_key, by_doi, by_url), strict=True):
            match_id = index.get(value) if value else None
            if match_id is not None:
                found = (by, match_id)
                break
        if found is not None:
            held.append((entry, found[1], found[0]))
            continue
        twin = next(((by, in_file[by, v]) for by, v in ids if v and (by, v) in in_file), None)
        if twin is not None:
            skipped.append(Match(entry.line, r.key, twin[1], f"{twin[0]} as an earlier entry"))
            continue
        to_add.append(entry)
        for by, value in ids:
            if value:
                in_file.setdefault((by, value), r.key)

    keys = repo.source_keys_by_id(session, [source_id for _, source_id, _ in held])
    matches = [(e, i, Match(e.line, e.record.key, keys[i], by)) for e, i, by in held]
    if matches and on_conflict is OnConflict.FAIL:
        first = matches[0][2]
        more = f" (and {len(matches) - 1} more)" if len(matches) > 1 else ""
        raise ConflictError(
            f"{path}, {first.describe()}{more}; nothing was imported",
            hint="pass --on-conflict skip to keep what is held, or update to overwrite it",
        )
    to_update = matches if on_conflict is OnConflict.UPDATE else []
    if on_conflict is OnConflict.SKIP:
        skipped = [m for _, _, m in matches] + skipped
        skipped.sort(key=lambda m: m.line)

    # entries that came without a key get one by the rule, clear of every key in use
    keyless = [e for e in to_add if not e.record.key]
    keyed: list[tuple[int, str]] = []
    if keyless:
        taken = repo.all_source_keys(session) | {e.record.key for e in to_add}
        new_keys = assign_keys([e.record for e in keyless], taken)
        given = {id(e): k for e, k in zip(keyless, new_keys, strict=True)}
        to_add = [
            replace(e, record=replace(e.record, key=given[id(e)])) if id(e) in given else e
            for e in to_add
        ]
        keyed = [(e.line, given[id(e)]) for e in keyless]

    held_records = repo.source_records(session, [source_id for _, source_id, _ in to_update])
    pins = pinned_fields(session, [source_id for _, source_id, _ in to_update])
    merged: list[tuple[int, SourceMerge, Match]] = []
    for entry, source_id, match in to_update:
        held_record = held_records[source_id]
        merge = merge_source(held_record, entry.record, pinned=pins.get(source_id, ()))
        merged.append((source_id, merge, match))
    updates = [(i, mg, m) for i, mg, m in merged if mg.changed]

    if not dry_run:
        records = [e.record for e in to_add] + [mg.record for _, mg, _ in updates]
        links = repo.get_or_add_links(session, [u for r in records if (u := _normal_url(r.url))])

        def link_of(r: SourceRecord) -> Link | None:
            url = _normal_url(r.url)
            return links[url] if url else None

        repo.add_sources(session, [(e.record, link_of(e.record)) for e in to_add])
        held_sources = repo.get_sources(session, [source_id for source_id, _, _ in updates])
        for source_id, mg, _ in updates:
            repo.update_source(session, held_sources[source_id], mg.record, link_of(mg.record))
        session.flush()
    return ImportSummary(
        path=str(path),
        entries=len(entries),
        added=tuple(e.record.key for e in to_add),
        updated=tuple(Update(m, mg.changes, mg.kept) for _, mg, m in updates),
        skipped=tuple(skipped),
        invalid=parsed.failures,
        keyed=tuple(keyed),
        unchanged=tuple(Update(m, (), mg.kept) for _, mg, m in merged if not mg.changed),
        dropped=tuple(Dropped(e.line, e.record.key, e.dropped) for e in entries if e.dropped),
        dry_run=dry_run,
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
