"""Write a document from the database as a dataset folder that ``claims load`` reads back into
the same content: the text file and ``dataset.toml`` (docs/dataset.md).

What a dataset carries: the document, its footnotes, the sources its claims cite, its claims
with their citations and statuses, and the fields a person pinned. What stays in the database:
the verification trail, the edit log, link checks and snapshots.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import tempfile
import tomllib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from claims.dataset.model import DATASET_FILE, FORMAT_VERSION
from claims.dataset.reader import DatasetInvalid, read_dataset
from claims.enums import AccessedBasis, ClaimStatus, ContributorRole
from claims.errors import InputError, NotFoundError
from claims.models import Citation, Claim, Document
from claims.records import Contributor, SourceRecord
from claims.repository.bibliography import source_records
from claims.repository.documents import document_for_dump, pins_with_who, rejected_proposals

DEFAULT_TEXT_FILE = "document.txt"


@dataclass(frozen=True)
class DumpResult:
    document: str
    path: Path
    text_file: str
    footnotes: int
    sources: int
    claims: int
    citations: int
    pins: int
    replaced: bool  # the folder held a dataset before (--force)

    def as_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "path": str(self.path),
            "dataset": str(self.path / DATASET_FILE),
            "text": str(self.path / self.text_file),
            "footnotes": self.footnotes,
            "sources": self.sources,
            "claims": self.claims,
            "citations": self.citations,
            "pins": self.pins,
            "replaced": self.replaced,
        }


# ------------------------------------------------------------------ TOML values

_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f"}
_ESCAPES["\r"] = "\\r"
_CONTROL = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029]")
_SPECIAL = re.compile('[\x00-\x1f\x7f\x85\u2028\u2029"\\\\]')


def _escape(match: re.Match[str]) -> str:
    c = match.group()
    return _ESCAPES.get(c) or f"\\u{ord(c):04X}"


def toml_string(value: str) -> str:
    """A TOML string holding exactly ``value``: a literal '…' string when it has double quotes
    or backslashes and nothing a literal string cannot hold, else an escaped basic string.
    Controls TOML refuses and the line breaks editors (and str.splitlines) see are escaped."""
    if not _SPECIAL.search(value) and "'''" not in value:
        return '"' + value + '"'
    if "'" not in value and not _CONTROL.search(value):
        return "'" + value + "'"
    body = _SPECIAL.sub(_escape, value)
    if "'''" in value:
        body = body.replace("'", "\\u0027")  # three in a row read as a multi-line delimiter
    return '"' + body + '"'


def toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return toml_string(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        return "{ " + ", ".join(f"{toml_key(k)} = {toml_value(v)}" for k, v in value.items()) + " }"
    raise TypeError(f"no TOML for {value!r}")


def toml_key(name: str) -> str:
    """A bare key where TOML allows one (``family``), else a quoted one (``"extra.pages"``)."""
    return name if _BARE_KEY.match(name) else toml_string(name)


def _table(header: str, fields: Iterable[tuple[str, Any]]) -> str:
    lines = [header]
    lines += [f"{name} = {toml_value(value)}" for name, value in fields if value is not None]
    return "\n".join(lines)


# ------------------------------------------------------------------ the dataset


def _people(people: Iterable[Contributor]) -> list[dict[str, str]] | None:
    out = [p.as_json() for p in people]
    return out or None


def _pinned(pins: list[tuple[str, str | None]]) -> list[str] | dict[str, Any] | None:
    """``["title", …]``, or ``{ title = "ana", … }`` when any pin names who set it."""
    seen: dict[str, str | None] = {}
    for name, by in pins:
        seen.setdefault(name, by)
    if not seen:
        return None
    if all(by is None for by in seen.values()):
        return list(seen)
    return {name: by if by else True for name, by in seen.items()}


def _source_table(record: SourceRecord, pins: list[tuple[str, str | None]]) -> str:
    extra = dict(record.extra)
    genre = extra.pop("genre", None)
    basis: str | None = record.accessed_basis.value
    if record.accessed is None and record.accessed_basis is AccessedBasis.UNKNOWN:
        basis = None  # the default without a date
    return _table(
        "[[sources]]",
        [
            ("key", record.key),
            ("kind", record.kind.value),
            ("title", record.title),
            (
                "authors",
                _people(c for c in record.contributors if c.role is ContributorRole.AUTHOR),
            ),
            (
                "editors",
                _people(c for c in record.contributors if c.role is ContributorRole.EDITOR),
            ),
            ("container", record.container),
            ("publisher", record.publisher),
            ("genre", genre),
            ("issued", record.issued.iso() if record.issued else None),
            ("url", record.url),
            ("accessed", record.accessed.isoformat() if record.accessed else None),
            ("accessed_basis", basis),
            ("language", record.language),
            ("doi", record.doi),
            ("raw", record.raw),
            ("note", record.note),
            ("extra", extra or None),
            ("pinned", _pinned(pins)),
        ],
    )


def _footnote_sources(claims: Iterable[Claim]) -> dict[int, list[str]]:
    """The works each footnote cites, from the claims' citations (the database keeps no other
    list): the source most claims cite at each position, while the positions run 1, 2, …"""
    at: dict[int, dict[int, Counter[str]]] = {}
    for claim in claims:
        for citation in claim.citations:
            if citation.footnote is not None:
                slots = at.setdefault(citation.footnote.number, {})
                slots.setdefault(citation.position, Counter())[citation.source.key] += 1
    out: dict[int, list[str]] = {}
    for number, slots in at.items():
        keys = out[number] = []
        position = 1
        while position in slots:
            keys.append(slots[position].most_common(1)[0][0])
            position += 1
    return out


def _claim_citations(claim: Claim, cited: dict[int, list[str]]) -> list[tuple[str, Any]]:
    """``footnotes`` and ``sources`` when they say exactly what the claim cites, in the order
    it was cited; else every citation in ``citations``."""
    rows: list[Citation] = list(claim.citations)  # in the order they were made
    numbers: list[int] = []
    loose: list[str] = []
    for c in rows:
        if c.footnote is not None and c.footnote.number not in numbers:
            numbers.append(c.footnote.number)
    expected: list[tuple[int | None, int, str]]
    expected = [(n, p, k) for n in numbers for p, k in enumerate(cited[n], start=1)]
    loose_rows = [c for c in rows if c.footnote is None]
    loose = [c.source.key for c in loose_rows]
    expected += [(None, p, k) for p, k in enumerate(loose, start=1)]
    actual = [(c.footnote.number if c.footnote else None, c.position, c.source.key) for c in rows]
    if actual == expected and all(c.pinpoint is None for c in rows):
        return [("footnotes", numbers or None), ("sources", loose or None)]
    out: list[dict[str, Any]] = []
    last: dict[int | None, int] = {}
    for c in rows:
        number = c.footnote.number if c.footnote else None
        item: dict[str, Any] = {"source": c.source.key}
        if number is not None:
            item["footnote"] = number
        if c.position != last.get(number, 0) + 1:
            item["position"] = c.position
        if c.pinpoint is not None:
            item["pinpoint"] = c.pinpoint
        last[number] = c.position
        out.append(item)
    return [("citations", out)]


def _claim_table(
    claim: Claim, cited: dict[int, list[str]], pins: list[tuple[str, str | None]]
) -> str:
    citations = _claim_citations(claim, cited)
    derived = ClaimStatus.UNVERIFIED if claim.citations else ClaimStatus.NEEDS_SOURCE
    return _table(
        "[[claims]]",
        [
            ("key", claim.key),
            ("start", claim.start),
            ("end", claim.end),
            *citations,
            ("status", claim.status.value if claim.status is not derived else None),
            ("proposed", True if claim.proposed else None),
            ("pinned", _pinned(pins)),
            ("statement", claim.statement),
            ("quote", claim.quote),
        ],
    )


def _document_table(document: Document, text_file: str) -> str:
    return _table(
        "[document]",
        [
            ("key", document.key),
            ("title", document.title),
            ("author", document.author),
            ("publisher", document.publisher),
            ("published", document.published.isoformat() if document.published else None),
            ("url", document.url),
            ("file_sha256", document.file_sha256),
            ("text", text_file),
        ],
    )


@dataclass(frozen=True)
class _Rendered:
    toml: str
    text: str
    footnotes: int
    sources: int
    claims: int
    citations: int
    pins: int


def render_dataset(session: Session, key: str, text_file: str = DEFAULT_TEXT_FILE) -> _Rendered:
    """The document ``key`` as ``dataset.toml`` text and its text.

    Raises:
        NotFoundError: no document has ``key``.
    """
    document = document_for_dump(session, key)
    if document is None:
        raise NotFoundError(f"no document with key {key!r}", hint="`claims list` shows them")
    footnotes = sorted(document.footnotes, key=lambda f: f.number)
    claims = sorted(document.claims, key=lambda c: (c.start, c.id))
    cited = _footnote_sources(claims)
    for f in footnotes:
        cited.setdefault(f.number, [])
    # the works in the order they were added, as `claims sources list` shows them
    source_ids = sorted({c.source_id for claim in claims for c in claim.citations})
    records = source_records(session, source_ids)
    source_pins = pins_with_who(session, "source", source_ids)
    footnote_pins = pins_with_who(session, "footnote", [f.id for f in footnotes])
    claim_pins = pins_with_who(session, "claim", [c.id for c in claims])
    blocks = [
        "# Written by `claims dump`; the format is in docs/dataset.md. Load with `claims load`.",
        f"format = {FORMAT_VERSION}",
        _document_table(document, text_file),
    ]
    for f in footnotes:
        blocks.append(
            _table(
                "[[footnotes]]",
                [
                    ("number", f.number),
                    ("start", f.start),
                    ("end", f.end if f.start is not None else None),
                    ("sources", cited[f.number]),
                    ("pinned", _pinned(footnote_pins.get(f.id, []))),
                    ("text", f.text),
                ],
            )
        )
    blocks += [_source_table(records[i], source_pins.get(i, [])) for i in source_ids]
    blocks += [_claim_table(c, cited, claim_pins.get(c.id, [])) for c in claims]
    blocks += [
        _table("[[rejected_proposals]]", [("quote", r.quote), ("by", r.rejected_by)])
        for r in rejected_proposals(session, document.id)
    ]
    pins = sum(len(p) for m in (source_pins, footnote_pins, claim_pins) for p in m.values())
    return _Rendered(
        toml="\n\n".join(blocks) + "\n",
        text=document.text,
        footnotes=len(footnotes),
        sources=len(source_ids),
        claims=len(claims),
        citations=sum(len(c.citations) for c in claims),
        pins=pins,
    )


# ------------------------------------------------------------------ writing the folder


def _held_text_file(directory: Path) -> str | None:
    """The text file a folder's dataset names, when it is a plain file name in the folder."""
    try:
        data = tomllib.loads((directory / DATASET_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return None
    document = data.get("document")
    name = document.get("text") if isinstance(document, dict) else None
    if isinstance(name, str) and name and Path(name).name == name and name not in (".", ".."):
        return name
    return None


def dump_dataset(session: Session, key: str, directory: Path, *, force: bool = False) -> DumpResult:
    """Write the document ``key`` as a dataset folder ``directory``.

    The folder is built beside ``directory`` and read back with the loader's own checks
    before it takes its place, so a failure leaves ``directory`` as it was. An existing
    folder that is not empty is replaced only with ``force``; its other files (a README, a
    ``.git``) are kept, and its dataset and text file are replaced.

    Raises:
        NotFoundError: no document has ``key``.
        InputError: ``directory`` is a file, or a folder that is not empty (without ``force``).
    """
    shown_path = Path(directory)
    directory = Path(os.path.abspath(directory))  # "." and ".." name real folders to rename
    exists = directory.exists()
    if exists and not directory.is_dir():
        raise InputError(f"{shown_path}: exists and is not a folder")
    held = sorted(p.name for p in directory.iterdir()) if exists else []
    if held and not force:
        shown = ", ".join(held[:3]) + (", …" if len(held) > 3 else "")
        raise InputError(
            f"{shown_path}: the folder is not empty ({shown}); nothing was written",
            hint="give a new or empty folder, or --force to replace its dataset",
        )
    old_text = _held_text_file(directory) if held else None
    text_file = old_text or DEFAULT_TEXT_FILE
    rendered = render_dataset(session, key, text_file)
    try:
        directory.parent.mkdir(parents=True, exist_ok=True)
        work = Path(tempfile.mkdtemp(prefix=f".{directory.name}.dump-", dir=directory.parent))
    except OSError as exc:
        raise InputError(f"{shown_path}: cannot write here: {exc.strerror}") from exc
    try:
        (work / text_file).write_bytes(rendered.text.encode("utf-8"))
        (work / DATASET_FILE).write_bytes(rendered.toml.encode("utf-8"))
        try:
            read_dataset(work)  # what `claims load` would say, before anything is replaced
        except DatasetInvalid as exc:
            raise InputError(
                f"document {key!r} cannot be written as a dataset: {exc.issues[0].message}"
                + (f" (and {len(exc.issues) - 1} more)" if len(exc.issues) > 1 else ""),
                hint="correct it in the database (claims sources edit …) and dump again",
            ) from exc
        for name in (text_file, DATASET_FILE):
            with open(work / name, "rb") as f:
                os.fsync(f.fileno())
        _swap(
            work, directory, replaced={DATASET_FILE, text_file, *([old_text] if old_text else [])}
        )
    except OSError as exc:
        raise InputError(f"{shown_path}: cannot write the dataset: {exc.strerror}") from exc
    finally:
        if work.exists():
            shutil.rmtree(work, ignore_errors=True)
    return DumpResult(
        document=key,
        path=shown_path,
        text_file=text_file,
        footnotes=rendered.footnotes,
        sources=rendered.sources,
        claims=rendered.claims,
        citations=rendered.citations,
        pins=rendered.pins,
        replaced=bool(held),
    )


def _swap(work: Path, directory: Path, *, replaced: set[str]) -> None:
    """Put the folder ``work`` in the place of ``directory`` by renames: the folder's other
    entries move into ``work`` first, and are moved back if anything fails."""
    if not directory.exists():
        os.rename(work, directory)
        return
    moved: list[str] = []
    old = directory.with_name(work.name + ".old")
    try:
        for entry in sorted(os.listdir(directory)):
            if entry not in replaced:
                os.rename(directory / entry, work / entry)
                moved.append(entry)
        os.rename(directory, old)
    except OSError:
        for entry in moved:
            with contextlib.suppress(OSError):
                os.rename(work / entry, directory / entry)
        raise
    try:
        os.rename(work, directory)
    except OSError:
        os.rename(old, directory)
        for entry in moved:
            with contextlib.suppress(OSError):
                os.rename(work / entry, directory / entry)
        raise
    shutil.rmtree(old, ignore_errors=True)
