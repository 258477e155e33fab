"""What may overwrite what: the one place that decides how a held source takes new values.

Every command that writes sources from a file or an extraction (``import --on-conflict
update``, ``load``, ``extract --save``) merges through :func:`merge_source`, so a curated value
is never replaced by a poorer rendering of itself, nor a pinned value by anything.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any
from urllib.parse import unquote

from claims.enums import AccessedBasis, ContributorRole, SourceKind
from claims.records import Contributor, PartialDate, SourceRecord
from claims.urls import normalize_url

# the fields of a source a person can edit and pin; ``extra.NAME`` for other fields
SOURCE_FIELDS = (
    "kind",
    "title",
    "authors",
    "editors",
    "container",
    "publisher",
    "issued",
    "url",
    "accessed",
    "accessed_basis",
    "language",
    "doi",
    "raw",
    "note",
)
EXTRA_PREFIX = "extra."
# kinds that say less than the others: a file's "web-page" does not replace a "blog-post"
GENERIC_KINDS = frozenset({SourceKind.WEB_PAGE, SourceKind.OTHER})


class Mode(StrEnum):
    """How much a file is trusted over what is held."""

    # a bibliography or an extraction: it replaces a value only by a different one it carries
    UPDATE = "update"
    # the curated dataset: it says what every field is, except what a person pinned since
    LOAD = "load"


class KeptReason(StrEnum):
    PINNED = "pinned"  # a person set the held value
    SAME = "same"  # the file has the same value in a poorer rendering


@dataclass(frozen=True)
class FieldChange:
    """One field of a source: the value held, and the value it gets (or would get)."""

    field: str
    old: str | None
    new: str | None

    def as_json(self) -> dict[str, Any]:
        return {"field": self.field, "old": self.old, "new": self.new}


@dataclass(frozen=True)
class KeptValue:
    """A held value the file would have replaced, and why it was kept."""

    key: str
    field: str
    held: str | None
    offered: str | None
    reason: KeptReason

    def describe(self) -> str:
        what = "edited " if self.reason is KeptReason.PINNED else ""
        offered = "nothing" if self.offered is None else repr(self.offered)
        return f"kept the {what}{self.field} of {self.key}; the file has {offered}"

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "field": self.field,
            "held": self.held,
            "offered": self.offered,
            "reason": self.reason.value,
        }


@dataclass(frozen=True)
class SourceMerge:
    record: SourceRecord  # what the source holds after the merge
    changes: tuple[FieldChange, ...]
    kept: tuple[KeptValue, ...]

    @property
    def changed(self) -> bool:
        return bool(self.changes)


# ------------------------------------------------------------------ renderings


_FOLD = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u00a0": " ",
        "\u2009": " ",
    }
)


def fold(text: str) -> str:
    """A value with typography, width, case, spacing and a closing full stop (which joining
    sentences adds) folded away, for comparing renderings."""
    flat = unicodedata.normalize("NFKC", text).translate(_FOLD).replace("\u2026", "...")
    # control characters are written as spaces
    flat = "".join(" " if unicodedata.category(c).startswith("C") else c for c in flat)
    return " ".join(flat.split()).casefold().rstrip(". ")


def same_rendering(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    return fold(a) == fold(b)


def render_people(people: Iterable[Contributor]) -> str | None:
    names = [
        c.literal if c.literal is not None else ", ".join(p for p in (c.family, c.given) if p)
        for c in people
    ]
    return "; ".join(names) or None


def _people(record: SourceRecord, role: ContributorRole) -> tuple[Contributor, ...]:
    return tuple(c for c in record.contributors if c.role is role)


def field_value(record: SourceRecord, name: str) -> str | None:
    """A field of a record as text (for diffs, the edit log and pins)."""
    if name.startswith(EXTRA_PREFIX):
        return record.extra.get(name[len(EXTRA_PREFIX) :])
    match name:
        case "kind":
            return record.kind.value
        case "authors":
            return render_people(_people(record, ContributorRole.AUTHOR))
        case "editors":
            return render_people(_people(record, ContributorRole.EDITOR))
        case "issued":
            return record.issued.iso() if record.issued else None
        case "accessed":
            return record.accessed.isoformat() if record.accessed else None
        case "accessed_basis":
            return record.accessed_basis.value
    value = getattr(record, name)
    return None if value is None else str(value)


def record_fields(record: SourceRecord) -> list[str]:
    """The field names a record has, the extra ones included."""
    return [*SOURCE_FIELDS, *(EXTRA_PREFIX + k for k in sorted(record.extra))]


def diff_records(old: SourceRecord, new: SourceRecord) -> tuple[FieldChange, ...]:
    names = list(dict.fromkeys([*record_fields(old), *record_fields(new)]))
    out = []
    for name in names:
        a, b = field_value(old, name), field_value(new, name)
        if a != b:
            out.append(FieldChange(name, a, b))
    return tuple(out)


def _same_url(a: str, b: str) -> bool:
    """The same address, however escaped (a .bib file percent-encodes braces and spaces)."""
    if "".join(unquote(a).split()) == "".join(unquote(b).split()):
        return True
    try:
        return normalize_url(a) == normalize_url(b)
    except ValueError:
        return False


def _same_doi(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return a is b
    return same_rendering(unquote(a), unquote(b))


def _coarser(offered: PartialDate, held: PartialDate) -> bool:
    """``2016`` offered for a held ``2016-01-27``: the same date, less precisely."""
    if offered.year != held.year:
        return False
    if offered.month is None:
        return True
    return offered.month == held.month and offered.day is None and held.day is not None


def _same_people(a: tuple[Contributor, ...], b: tuple[Contributor, ...]) -> bool:
    # a name as written: a person whose name a file cannot split comes back as one literal
    def name(c: Contributor) -> str:
        if c.literal is not None:
            return fold(c.literal)
        given = fold(c.given or "")
        return fold(c.family or "") + ("," + given if given else "")

    return [name(x) for x in a] == [name(y) for y in b]


# ------------------------------------------------------------------ merging


@dataclass
class _Merge:
    key: str
    held: SourceRecord
    offered: SourceRecord
    pinned: frozenset[str]
    mode: Mode
    kept: list[KeptValue]

    def keep(self, name: str, reason: KeptReason) -> None:
        self.kept.append(
            KeptValue(
                self.key,
                name,
                field_value(self.held, name),
                field_value(self.offered, name),
                reason,
            )
        )

    def takes(self, name: str, *, absent: bool, same: bool) -> bool:
        """Whether the offered value of ``name`` replaces the held one."""
        held, offered = field_value(self.held, name), field_value(self.offered, name)
        if held == offered:
            return False
        if name in self.pinned:
            if not (absent and self.mode is Mode.UPDATE):
                self.keep(name, KeptReason.PINNED)
            return False
        if self.mode is Mode.LOAD:
            return True
        if absent:  # the file does not say: it carries no value to replace this one
            return False
        if same:
            self.keep(name, KeptReason.SAME)
            return False
        return True


def merge_source(
    held: SourceRecord,
    offered: SourceRecord,
    *,
    pinned: Iterable[str] = (),
    mode: Mode = Mode.UPDATE,
) -> SourceMerge:
    """The record a held source becomes when a file or an extraction offers ``offered``.

    A pinned field (one a person set) keeps its value. With :attr:`Mode.UPDATE` a value is
    replaced only by a different value the file really carries: never by nothing, nor by the
    same value in a poorer rendering (straight for typographic quotes, the publisher given as
    the outlet, a generic kind for a specific one, a year for a full date, the same URL
    written differently). The key always stays.
    """
    m = _Merge(held.key, held, offered, frozenset(pinned), mode, [])
    h, o = held, offered
    out: dict[str, Any] = {}

    kind_same = o.kind in GENERIC_KINDS and h.kind not in GENERIC_KINDS
    if m.takes("kind", absent=False, same=kind_same):
        out["kind"] = o.kind

    for name in ("title", "language", "doi", "raw", "note"):
        a, b = getattr(h, name), getattr(o, name)
        same = _same_doi(a, b) if name == "doi" else same_rendering(a, b)
        if m.takes(name, absent=b is None, same=same):
            out[name] = b

    # outlet and publisher: the same names moved between the two are the same values
    held_names = {fold(v) for v in (h.container, h.publisher) if v}
    offered_names = {fold(v) for v in (o.container, o.publisher) if v}
    moved = bool(offered_names) and offered_names <= held_names
    for name in ("container", "publisher"):
        a, b = getattr(h, name), getattr(o, name)
        if m.takes(name, absent=b is None, same=moved or same_rendering(a, b)):
            out[name] = b

    people: dict[ContributorRole, tuple[Contributor, ...]] = {}
    for name, role in (("authors", ContributorRole.AUTHOR), ("editors", ContributorRole.EDITOR)):
        a, b = _people(h, role), _people(o, role)
        people[role] = a
        if m.takes(name, absent=not b, same=_same_people(a, b)):
            people[role] = b
    contributors = people[ContributorRole.AUTHOR] + people[ContributorRole.EDITOR]
    if contributors != h.contributors:
        out["contributors"] = contributors

    if m.takes(
        "issued",
        absent=o.issued is None,
        same=o.issued is not None and h.issued is not None and _coarser(o.issued, h.issued),
    ):
        out["issued"] = o.issued

    if m.takes(
        "url",
        absent=o.url is None,
        same=o.url is not None and h.url is not None and _same_url(o.url, h.url),
    ):
        out["url"] = o.url

    accessed: dt.date | None = h.accessed
    if m.takes("accessed", absent=o.accessed is None, same=False):
        out["accessed"] = accessed = o.accessed
        if "accessed_basis" not in m.pinned:
            out["accessed_basis"] = o.accessed_basis
    elif (
        accessed is not None
        and h.accessed_basis is AccessedBasis.UNKNOWN
        and o.accessed == accessed
        and o.accessed_basis is not AccessedBasis.UNKNOWN
    ):
        # a held date nobody vouched for takes the basis the file gives the same date
        out["accessed_basis"] = o.accessed_basis
    if (
        m.mode is Mode.LOAD
        and "accessed" not in out
        and m.takes("accessed_basis", absent=False, same=False)
    ):
        out["accessed_basis"] = o.accessed_basis

    extra = dict(h.extra)
    for name in sorted(set(h.extra) | set(o.extra)):
        a, b = h.extra.get(name), o.extra.get(name)
        same = same_rendering(a, b) or (a is not None and b is not None and _same_url(a, b))
        if m.takes(EXTRA_PREFIX + name, absent=b is None, same=same):
            if b is None:
                extra.pop(name, None)
            else:
                extra[name] = b
    if extra != h.extra:
        out["extra"] = extra

    record = replace(h, **out)
    return SourceMerge(record, diff_records(h, record), tuple(m.kept))
