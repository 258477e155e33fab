"""Read a dataset folder and check all of it, collecting every problem with its file and line."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from claims.anchors import locate
from claims.curation.policy import EXTRA_PREFIX, SOURCE_FIELDS
from claims.dataset.locator import TomlLocator
from claims.dataset.model import (
    DATASET_FILE,
    FORMAT_VERSION,
    CitationSpec,
    ClaimSpec,
    Dataset,
    DocumentSpec,
    FootnoteSpec,
    PinSpec,
    RejectedSpec,
)
from claims.enums import AccessedBasis, ClaimStatus, ContributorRole, SourceKind
from claims.errors import InputError
from claims.records import MAX_URL_CHARS, Contributor, PartialDate, SourceRecord
from claims.urls import has_trailing_punctuation, normalize_url

_TOML_POSITION = re.compile(r"\(at line (\d+), column \d+\)")
KEY_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")
# a source key is a citation key: whatever a .bib file or `claims sources add` accepts
SOURCE_KEY_PATTERN = re.compile(r'^[^\s,{}"#%\\]+$')
_SHA256 = re.compile(r"^[0-9a-f]{64}$")
MAX_KEY_CHARS = 200  # the key columns' width

_ROOT_FIELDS = {"format", "document", "footnotes", "sources", "claims", "rejected_proposals"}
_REJECTED_FIELDS = {"quote", "by"}
_DOCUMENT_FIELDS = {
    "key",
    "title",
    "author",
    "publisher",
    "published",
    "url",
    "text",
    "file_sha256",
}
_FOOTNOTE_FIELDS = {"number", "text", "start", "end", "sources", "pinned"}
_SOURCE_FIELDS = {
    "key",
    "kind",
    "title",
    "authors",
    "editors",
    "container",
    "publisher",
    "genre",
    "issued",
    "url",
    "accessed",
    "accessed_basis",
    "language",
    "raw",
    "note",
    "doi",
    "extra",
    "pinned",
}
_CLAIM_FIELDS = {
    "key",
    "statement",
    "quote",
    "start",
    "end",
    "footnotes",
    "sources",
    "citations",
    "status",
    "proposed",
    "pinned",
}
_PERSON_FIELDS = {"family", "given", "literal"}
_CITATION_FIELDS = {"source", "footnote", "position", "pinpoint"}

T = TypeVar("T")


@dataclass(frozen=True)
class Issue:
    """One problem in a dataset file, where an editor can find it."""

    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"


class DatasetInvalid(InputError):
    """The dataset has problems; nothing was loaded. ``issues`` lists them all, in file order."""

    def __init__(self, issues: list[Issue]) -> None:
        self.issues = tuple(sorted(issues, key=lambda i: (i.path, i.line)))
        super().__init__(
            "\n".join(str(i) for i in self.issues),
            hint="fix these and load again; nothing was written",
        )


def dataset_file(path: Path) -> Path:
    """A dataset folder's ``dataset.toml``, or the file itself when given one."""
    return path / DATASET_FILE if path.is_dir() else path


class _Checker:
    """Collects issues while turning the parsed TOML into records."""

    def __init__(self, path: Path, raw: str) -> None:
        self.path = path
        self.shown = str(path)
        self.locator = TomlLocator(raw)
        self.issues: list[Issue] = []

    def issue(
        self,
        message: str,
        table: str = "",
        index: int = 0,
        field: str | None = None,
        value: str | None = None,
    ) -> None:
        line = self.locator.line(table, index, field, value)
        self.issues.append(Issue(self.shown, line, message))

    # --- typed field access ------------------------------------------------------------

    def get(
        self,
        data: dict[str, Any],
        name: str,
        kind: type[T],
        where: tuple[str, int],
        label: str,
        *,
        required: bool = False,
    ) -> T | None:
        value = data.get(name)
        if value is None:
            if required:
                self.issue(f"{label}: missing required field {name!r}", *where)
            return None
        # bool is an int in Python; TOML keeps them apart and so do we
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.issue(
                f"{label}: {name} must be {_type_name(kind)}, not {_toml_type(value)}",
                *where,
                name,
            )
            return None
        if isinstance(value, str) and required and not value.strip():
            self.issue(f"{label}: {name} is empty or blank", *where, name)
            return None
        return value

    def text(
        self,
        data: dict[str, Any],
        name: str,
        where: tuple[str, int],
        label: str,
        *,
        req: bool = False,
    ) -> str | None:
        return self.get(data, name, str, where, label, required=req)

    def strings(
        self, data: dict[str, Any], name: str, where: tuple[str, int], label: str
    ) -> tuple[str, ...]:
        value = self.get(data, name, list, where, label)
        if value is None:
            return ()
        if not all(isinstance(v, str) for v in value):
            self.issue(f"{label}: {name} must be a list of strings", *where, name)
            return ()
        return tuple(value)

    def unknown_fields(
        self, data: dict[str, Any], allowed: set[str], where: tuple[str, int], label: str
    ) -> None:
        for name in data:
            if name not in allowed:
                self.issue(
                    f"{label}: unknown field {name!r}"
                    f" (expected one of {', '.join(sorted(allowed))})",
                    *where,
                    name,
                )

    def key(
        self, data: dict[str, Any], where: tuple[str, int], label: str, *, source: bool = False
    ) -> str | None:
        key = self.text(data, "key", where, label, req=True)
        if key is None:
            return None
        if source:
            if not SOURCE_KEY_PATTERN.match(key) or len(key) > MAX_KEY_CHARS:
                self.issue(
                    f'{label}: key {key!r} must have no spaces and none of , {{ }} " # % \\'
                    f" (at most {MAX_KEY_CHARS} characters)",
                    *where,
                    "key",
                )
                return None
            return key
        if not KEY_PATTERN.match(key) or len(key) > MAX_KEY_CHARS:
            self.issue(
                f"{label}: key {key!r} must be letters, digits and . _ : - (at most "
                f"{MAX_KEY_CHARS}), starting with a letter or digit",
                *where,
                "key",
            )
            return None
        return key

    def enum(
        self,
        data: dict[str, Any],
        name: str,
        enum: Callable[[str], T],
        *,
        choices: list[str],
        where: tuple[str, int],
        label: str,
        required: bool = False,
    ) -> T | None:
        value = self.text(data, name, where, label, req=required)
        if value is None:
            return None
        try:
            return enum(value)
        except ValueError:
            self.issue(
                f"{label}: {name} {value!r} is not one of {', '.join(choices)}", *where, name
            )
            return None

    def pins(
        self,
        data: dict[str, Any],
        where: tuple[str, int],
        label: str,
        check: Callable[[str], bool] = bool,
    ) -> tuple[PinSpec, ...]:
        """``pinned = ["title", …]``, or ``pinned = { title = "ana", … }`` naming who pinned
        each (``true`` when nobody is named)."""
        value = data.get("pinned")
        if value is None:
            return ()
        pairs: list[tuple[Any, Any]]
        if isinstance(value, list):
            pairs = [(name, True) for name in value]
        elif isinstance(value, dict):
            pairs = list(value.items())
        else:
            self.issue(
                f"{label}: pinned must be a list of field names or a table of field = who, "
                f"not {_toml_type(value)}",
                *where,
                "pinned",
            )
            return ()
        out: list[PinSpec] = []
        for name, who in pairs:
            if not isinstance(name, str) or not check(name):
                self.issue(f"{label}: pinned: not a field: {name!r}", *where, "pinned")
            elif who is True:
                out.append(PinSpec(name))
            elif isinstance(who, str) and who:
                out.append(PinSpec(name, who))
            else:
                self.issue(
                    f"{label}: pinned: {name} = {who!r}: give who pinned it, or true",
                    *where,
                    "pinned",
                )
        if len({p.field for p in out}) != len(out):
            self.issue(f"{label}: pinned names a field twice", *where, "pinned")
            return ()
        return tuple(out)

    def partial_date(
        self, data: dict[str, Any], name: str, where: tuple[str, int], label: str
    ) -> PartialDate | None:
        value = data.get(name)
        if value is None:
            return None
        if type(value) is dt.date:
            return PartialDate(value.year, value.month, value.day)
        if not isinstance(value, str):
            self.issue(
                f"{label}: {name} must be a date string YYYY, YYYY-MM or YYYY-MM-DD, "
                f"not {_toml_type(value)}",
                *where,
                name,
            )
            return None
        try:
            return PartialDate.parse(value)
        except ValueError as exc:
            self.issue(f"{label}: malformed {name} date: {exc}", *where, name)
            return None

    def full_date(
        self, data: dict[str, Any], name: str, where: tuple[str, int], label: str
    ) -> dt.date | None:
        value = data.get(name)
        if value is None:
            return None
        if type(value) is dt.date:
            return value
        date = self.partial_date(data, name, where, label)
        if date is None:
            return None
        if date.day is None:
            self.issue(f"{label}: {name} needs a full date YYYY-MM-DD, not {value!r}", *where, name)
            return None
        return date.as_date()

    def url(
        self, data: dict[str, Any], name: str, where: tuple[str, int], label: str
    ) -> str | None:
        url = self.text(data, name, where, label)
        if url is None:
            return None
        if url != url.strip():
            self.issue(f"{label}: {name} has surrounding whitespace: {url!r}", *where, name)
            return None
        if len(url) > MAX_URL_CHARS:
            self.issue(f"{label}: {name} is longer than {MAX_URL_CHARS:,} characters", *where, name)
            return None
        try:
            normalize_url(url)
        except ValueError as exc:
            self.issue(f"{label}: {exc}", *where, name)
            return None
        if has_trailing_punctuation(url):
            self.issue(
                f"{label}: {name} ends with punctuation (copied from the sentence?): {url!r}",
                *where,
                name,
            )
            return None
        return url


def _type_name(kind: type[Any]) -> str:
    names = {str: "a string", int: "an integer", list: "a list", dict: "a table"}
    return {**names, bool: "true or false"}.get(kind, kind.__name__)


def _toml_type(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def read_dataset(path: Path) -> Dataset:
    """Read and check a dataset folder (or its ``dataset.toml``).

    Raises:
        InputError: the file is missing or not TOML.
        DatasetInvalid: the dataset has problems; every one is listed with its file and line.
    """
    toml_path = dataset_file(path)
    try:
        raw_bytes = toml_path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(
            f"{toml_path}: no such dataset file",
            hint=f"give a folder holding {DATASET_FILE}, or the file itself",
        ) from exc
    except OSError as exc:
        raise InputError(f"{toml_path}: cannot read: {exc.strerror}") from exc
    try:
        raw = raw_bytes.decode("utf-8")
        data = tomllib.loads(raw)
    except UnicodeDecodeError as exc:
        raise InputError(f"{toml_path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    except tomllib.TOMLDecodeError as exc:
        # Python 3.11 puts the position only in the message: "… (at line 2, column 7)"
        found = _TOML_POSITION.search(str(exc))
        where = f"{toml_path}:{found.group(1)}" if found else str(toml_path)
        raise InputError(f"{where}: not valid TOML: {exc}") from exc
    checker = _Checker(toml_path, raw)
    dataset = _check(checker, data)
    if checker.issues or dataset is None:
        raise DatasetInvalid(checker.issues)
    return dataset


def _check(c: _Checker, data: dict[str, Any]) -> Dataset | None:
    c.unknown_fields(data, _ROOT_FIELDS, ("", 0), "dataset")
    version = data.get("format")
    if version != FORMAT_VERSION:
        c.issue(
            f"dataset: format must be {FORMAT_VERSION}, not {version!r}"
            if version is not None
            else f"dataset: missing 'format = {FORMAT_VERSION}'",
            "",
            0,
            "format",
        )
    document = _check_document(c, data.get("document"))
    text = document.text if document else None
    source_tables = _tables(c, data, "sources")
    footnote_tables = _tables(c, data, "footnotes")
    # references are checked against what is declared, so one broken entry is one issue
    source_keys = {t["key"] for t in source_tables if isinstance(t.get("key"), str)}
    numbers = {t["number"] for t in footnote_tables if type(t.get("number")) is int}
    source_pins: dict[str, tuple[PinSpec, ...]] = {}
    sources = _check_sources(c, source_tables, source_pins)
    footnotes = _check_footnotes(c, footnote_tables, text, source_keys)
    claims = _check_claims(c, _tables(c, data, "claims"), text, numbers, source_keys)
    rejected = _check_rejected(c, _tables(c, data, "rejected_proposals"))
    if document is None:
        return None
    return Dataset(
        path=c.path,
        document=document,
        footnotes=tuple(footnotes),
        sources=tuple(sources),
        claims=tuple(claims),
        source_pins=source_pins,
        rejected=rejected,
    )


def _check_rejected(c: _Checker, tables: list[dict[str, Any]]) -> tuple[RejectedSpec, ...]:
    out = []
    for index, data in enumerate(tables):
        where = ("rejected_proposals", index)
        label = f"rejected proposal #{index + 1}"
        c.unknown_fields(data, _REJECTED_FIELDS, where, label)
        quote = c.text(data, "quote", where, label, req=True)
        by = c.text(data, "by", where, label)
        if quote is not None:
            out.append(RejectedSpec(quote, by or None))
    return tuple(out)


def _tables(c: _Checker, data: dict[str, Any], name: str) -> list[dict[str, Any]]:
    value = data.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        c.issue(f"dataset: {name} must be an array of tables ([[{name}]])", "", 0, name)
        return []
    return value


def _check_document(c: _Checker, data: Any) -> DocumentSpec | None:
    where = ("document", 0)
    if not isinstance(data, dict):
        c.issue("dataset: missing the [document] table")
        return None
    label = "document"
    c.unknown_fields(data, _DOCUMENT_FIELDS, where, label)
    key = c.key(data, where, label)
    title = c.text(data, "title", where, label, req=True)
    text_name = c.text(data, "text", where, label, req=True)
    author = c.text(data, "author", where, label)
    publisher = c.text(data, "publisher", where, label)
    published = c.full_date(data, "published", where, label)
    url = c.url(data, "url", where, label)
    file_sha256 = c.text(data, "file_sha256", where, label)
    if file_sha256 is not None and not _SHA256.match(file_sha256):
        c.issue("document: file_sha256 must be 64 lower-case hex digits", *where, "file_sha256")
        file_sha256 = None
    if text_name is None:
        return None
    text_file = c.path.parent / text_name
    try:
        # bytes, then decode: reading in text mode would translate line endings and shift offsets
        text = text_file.read_bytes().decode("utf-8")
    except FileNotFoundError:
        c.issue(f"document: text file not found: {text_file}", *where, "text")
        return None
    except UnicodeDecodeError as exc:
        c.issue(f"document: {text_file} is not UTF-8 ({exc.reason} at byte {exc.start})", *where)
        return None
    except OSError as exc:
        c.issue(f"document: cannot read {text_file}: {exc.strerror}", *where, "text")
        return None
    if not text.strip():
        # one issue, not one per footnote and claim that cannot be found in nothing
        c.issue(f"document: text file is empty: {text_file}", *where, "text")
        return None
    if key is None or title is None:
        return None
    return DocumentSpec(
        key=key,
        title=title,
        text=text,
        text_file=text_file,
        author=author,
        publisher=publisher,
        published=published,
        url=url,
        file_sha256=file_sha256,
    )


def _check_offsets(
    c: _Checker,
    data: dict[str, Any],
    quote: str,
    text: str,
    *,
    where: tuple[str, int],
    label: str,
    what: str,
    field: str,
    required: bool,
) -> tuple[int, int] | None:
    """Offsets of ``quote`` in ``text``: as given (and checked), or found when not given."""
    start = c.get(data, "start", int, where, label, required=required)
    end = c.get(data, "end", int, where, label, required=required)
    if ("start" in data) != ("end" in data):
        c.issue(f"{label}: give both start and end, or neither", *where)
        return None
    # the common case first: offsets right, no need to search the whole text
    if start is not None and end is not None and text[start:end] == quote and 0 <= start <= end:
        return start, end
    found = locate(text, quote, near=start)
    if start is None or end is None:
        if "start" in data:
            return None  # already reported as mistyped
        if found is None:
            c.issue(f"{label}: {what} not found in the document text", *where, field)
            return None
        if text.count(quote) > 1:
            c.issue(
                f"{label}: {what} occurs {text.count(quote)} times in the document text; "
                f"give start and end",
                *where,
                field,
            )
            return None
        return found.start, found.end
    if found is None:
        c.issue(f"{label}: {what} not found in the document text", *where, field)
    else:
        c.issue(
            f"{label}: {what} is not at {start}:{end}; it occurs at {found.start}:{found.end}",
            *where,
            "start",
        )
    return None


def _check_footnotes(
    c: _Checker,
    tables: list[dict[str, Any]],
    text: str | None,
    source_keys: set[str],
) -> list[FootnoteSpec]:
    out: list[FootnoteSpec] = []
    first_line: dict[int, int] = {}
    for index, data in enumerate(tables):
        where = ("footnotes", index)
        number = c.get(data, "number", int, where, f"footnote #{index + 1}", required=True)
        label = f"footnote {number}" if number is not None else f"footnote #{index + 1}"
        c.unknown_fields(data, _FOOTNOTE_FIELDS, where, label)
        if number is not None and number < 1:
            c.issue(f"{label}: number must be 1 or more", *where, "number")
            number = None
        if number is not None:
            line = c.locator.line(*where, "number")
            if number in first_line:
                c.issue(
                    f"duplicate footnote number {number} (first at line {first_line[number]})",
                    *where,
                    "number",
                )
                number = None
            else:
                first_line[number] = line
        note_text = c.text(data, "text", where, label, req=True)
        if "sources" not in data:
            c.issue(f"{label}: missing required field 'sources'", *where)
        keys = c.strings(data, "sources", where, label)
        for key in keys:
            if key not in source_keys:
                c.issue(f"{label}: unknown source key {key!r}", *where, "sources", key)
        span = None
        if note_text is not None and text is not None:
            span = _check_offsets(
                c,
                data,
                note_text,
                text,
                where=where,
                label=label,
                what="footnote text",
                field="text",
                required=False,
            )
        pinned = c.pins(data, where, label)
        if number is None or note_text is None or span is None:
            continue
        out.append(
            FootnoteSpec(
                number=number,
                text=note_text,
                start=span[0],
                end=span[1],
                sources=keys,
                pinned=pinned,
            )
        )
    return out


def _check_contributors(
    c: _Checker, data: dict[str, Any], name: str, where: tuple[str, int], label: str
) -> tuple[Contributor, ...]:
    role = ContributorRole.AUTHOR if name == "authors" else ContributorRole.EDITOR
    value = c.get(data, name, list, where, label)
    if value is None:
        return ()
    out: list[Contributor] = []
    for position, person in enumerate(value, start=1):
        who = f"{label}: {name}[{position}]"
        if not isinstance(person, dict):
            c.issue(f"{who} must be a table {{family, given}} or {{literal}}", *where, name)
            continue
        unknown = set(person) - _PERSON_FIELDS
        if unknown:
            c.issue(f"{who}: unknown field(s) {', '.join(sorted(unknown))}", *where, name)
            continue
        if not all(isinstance(v, str) and v.strip() for v in person.values()):
            c.issue(f"{who}: names must be non-empty strings", *where, name)
            continue
        if "literal" in person:
            if len(person) > 1:
                c.issue(f"{who}: an organisation is one literal name, alone", *where, name)
                continue
            out.append(Contributor(literal=person["literal"], role=role))
        elif "family" in person:
            out.append(Contributor(family=person["family"], given=person.get("given"), role=role))
        else:
            c.issue(f"{who}: a person needs a family name", *where, name)
    return tuple(out)


def _source_field(name: str) -> bool:
    return name in SOURCE_FIELDS or (name.startswith(EXTRA_PREFIX) and name != EXTRA_PREFIX)


def _check_sources(
    c: _Checker, tables: list[dict[str, Any]], pins: dict[str, tuple[PinSpec, ...]]
) -> list[SourceRecord]:
    out: list[SourceRecord] = []
    first_line: dict[str, int] = {}
    kinds = [k.value for k in SourceKind]
    bases = [b.value for b in AccessedBasis]
    for index, data in enumerate(tables):
        where = ("sources", index)
        key = c.key(data, where, f"source #{index + 1}", source=True)
        label = f"source {key}" if key else f"source #{index + 1}"
        c.unknown_fields(data, _SOURCE_FIELDS, where, label)
        if key is not None:
            if key in first_line:
                c.issue(
                    f"duplicate source key {key!r} (first at line {first_line[key]})",
                    *where,
                    "key",
                )
                key = None
            else:
                first_line[key] = c.locator.line(*where, "key")
        kind = c.enum(
            data, "kind", SourceKind, choices=kinds, where=where, label=label, required=True
        )
        contributors = _check_contributors(c, data, "authors", where, label)
        contributors += _check_contributors(c, data, "editors", where, label)
        issued = c.partial_date(data, "issued", where, label)
        url = c.url(data, "url", where, label)
        accessed = c.full_date(data, "accessed", where, label)
        basis = c.enum(
            data, "accessed_basis", AccessedBasis, choices=bases, where=where, label=label
        )
        if basis is None:
            # a curator typed the date: "person" unless they say the document states it
            basis = AccessedBasis.PERSON if accessed is not None else AccessedBasis.UNKNOWN
        extra: dict[str, str] = {}
        raw_extra = c.get(data, "extra", dict, where, label)
        if raw_extra is not None:
            if all(isinstance(v, str) for v in raw_extra.values()):
                extra.update(raw_extra)
            else:
                c.issue(f"{label}: extra must map names to strings", *where, "extra")
        genre = c.text(data, "genre", where, label)
        if genre is not None:
            extra["genre"] = genre
        fields = {
            name: c.text(data, name, where, label)
            for name in ("title", "container", "publisher", "language", "raw", "note", "doi")
        }
        pinned = c.pins(data, where, label, _source_field)
        if key is None or kind is None:
            continue
        if pinned:
            pins[key] = pinned
        out.append(
            SourceRecord(
                key=key,
                kind=kind,
                contributors=contributors,
                issued=issued,
                url=url,
                accessed=accessed,
                accessed_basis=basis,
                extra=extra,
                **fields,
            )
        )
    return out


def _check_claims(
    c: _Checker,
    tables: list[dict[str, Any]],
    text: str | None,
    footnote_numbers: set[int],
    source_keys: set[str],
) -> list[ClaimSpec]:
    out: list[ClaimSpec] = []
    first_line: dict[str, int] = {}
    statuses = [s.value for s in ClaimStatus]
    for index, data in enumerate(tables):
        where = ("claims", index)
        key = c.key(data, where, f"claim #{index + 1}")
        label = f"claim {key}" if key else f"claim #{index + 1}"
        c.unknown_fields(data, _CLAIM_FIELDS, where, label)
        if key is not None:
            if key in first_line:
                c.issue(
                    f"duplicate claim key {key!r} (first at line {first_line[key]})",
                    *where,
                    "key",
                )
                key = None
            else:
                first_line[key] = c.locator.line(*where, "key")
        statement = c.text(data, "statement", where, label, req=True)
        quote = c.get(data, "quote", str, where, label, required=True)
        status = c.enum(data, "status", ClaimStatus, choices=statuses, where=where, label=label)
        numbers: list[int] = []
        raw_numbers = c.get(data, "footnotes", list, where, label)
        for number in raw_numbers or []:
            if not isinstance(number, int) or isinstance(number, bool):
                c.issue(f"{label}: footnotes must be a list of numbers", *where, "footnotes")
            elif number in numbers:
                c.issue(f"{label}: footnote {number} listed twice", *where, "footnotes")
            elif number not in footnote_numbers:
                c.issue(f"{label}: unknown footnote {number}", *where, "footnotes")
            else:
                numbers.append(number)
        keys = c.strings(data, "sources", where, label)
        for source_key in keys:
            if source_key not in source_keys:
                c.issue(
                    f"{label}: unknown source key {source_key!r}", *where, "sources", source_key
                )
        citations = _check_citations(c, data, where, label, footnote_numbers, source_keys)
        if citations is not None and ("footnotes" in data or "sources" in data):
            c.issue(
                f"{label}: give citations, or footnotes and sources, not both",
                *where,
                "citations",
            )
        proposed = c.get(data, "proposed", bool, where, label)
        pinned = c.pins(data, where, label)
        if status is ClaimStatus.NEEDS_SOURCE and (numbers or keys or citations):
            c.issue(f"{label}: status needs-source but the claim cites sources", *where, "status")
        span = None
        if quote is not None and text is not None:
            span = _check_offsets(
                c,
                data,
                quote,
                text,
                where=where,
                label=label,
                what="quote",
                field="quote",
                required=True,
            )
        if key is None or statement is None or quote is None or span is None:
            continue
        out.append(
            ClaimSpec(
                key=key,
                statement=statement,
                quote=quote,
                start=span[0],
                end=span[1],
                footnotes=tuple(numbers),
                sources=keys,
                status=status,
                citations=citations,
                proposed=bool(proposed),
                pinned=pinned,
            )
        )
    return out


def _check_citations(  # noqa: PLR0917
    c: _Checker,
    data: dict[str, Any],
    where: tuple[str, int],
    label: str,
    footnote_numbers: set[int],
    source_keys: set[str],
) -> tuple[CitationSpec, ...] | None:
    """``citations = [{ source = "KEY", footnote = 3, position = 2, pinpoint = "p. 4" }, …]``:
    every citation in order; a position defaults to the next one in its footnote (or outside
    any)."""
    value = c.get(data, "citations", list, where, label)
    if value is None:
        return None
    out: list[CitationSpec] = []
    last: dict[int | None, int] = {}
    taken: set[tuple[int | None, int]] = set()
    for n, item in enumerate(value, start=1):
        who = f"{label}: citations[{n}]"
        if not isinstance(item, dict):
            c.issue(f"{who} must be a table {{ source = KEY, footnote = N }}", *where, "citations")
            continue
        unknown = set(item) - _CITATION_FIELDS
        if unknown:
            c.issue(f"{who}: unknown field(s) {', '.join(sorted(unknown))}", *where, "citations")
            continue
        key, number = item.get("source"), item.get("footnote")
        position, pinpoint = item.get("position"), item.get("pinpoint")
        if not isinstance(key, str) or key not in source_keys:
            c.issue(f"{who}: unknown source key {key!r}", *where, "citations")
            continue
        if number is not None and (type(number) is not int or number not in footnote_numbers):
            c.issue(f"{who}: unknown footnote {number!r}", *where, "citations")
            continue
        if position is None:
            position = last.get(number, 0) + 1
        if type(position) is not int or position < 1:
            c.issue(f"{who}: position must be a number, 1 or more", *where, "citations")
            continue
        if pinpoint is not None and not isinstance(pinpoint, str):
            c.issue(f"{who}: pinpoint must be a string", *where, "citations")
            continue
        if (number, position) in taken:
            c.issue(f"{who}: position {position} is taken twice", *where, "citations")
            continue
        taken.add((number, position))
        last[number] = position
        out.append(CitationSpec(key, number, position, pinpoint))
    return tuple(out)
