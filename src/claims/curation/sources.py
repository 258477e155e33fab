"""Sources by hand: edit, add, merge and delete, each recorded in the edit log and pinned."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from claims.curation.log import field_edits, logged
from claims.curation.policy import (
    EXTRA_PREFIX,
    SOURCE_FIELDS,
    FieldChange,
    diff_records,
    field_value,
    record_fields,
    same_rendering,
)
from claims.enums import AccessedBasis, ContributorRole, SourceKind
from claims.errors import ConflictError, InputError, NotFoundError
from claims.models import Citation, Link, Source, Verification
from claims.records import Contributor, PartialDate, SourceRecord
from claims.repository import bibliography as bib_repo
from claims.repository import curation as repo
from claims.urls import normalize_url

_CLEARABLE = frozenset(SOURCE_FIELDS) - {"kind", "accessed_basis"}


@dataclass(frozen=True)
class EditSpec:
    """A hand change to a source, as the command line gives it."""

    sets: tuple[tuple[str, str], ...] = ()  # (field, value as text)
    unsets: tuple[str, ...] = ()
    authors: tuple[str, ...] | None = None  # "Family, Given" each; None: leave the authors
    organisations: tuple[str, ...] = ()  # organisation authors, after the persons
    by: str | None = None
    note: str | None = None

    @property
    def touches_authors(self) -> bool:
        return self.authors is not None or bool(self.organisations)


@dataclass(frozen=True)
class SourceChange:
    """What a hand command did to one source."""

    key: str
    action: str
    changes: tuple[FieldChange, ...]
    pinned: tuple[str, ...]
    conflicts: tuple[FieldChange, ...] = ()  # merge: values of the others that were not kept
    merged: tuple[str, ...] = ()  # merge: the keys merged into ``key``
    moved_citations: int = 0

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "action": self.action,
            "changes": [c.as_json() for c in self.changes],
            "pinned": list(self.pinned),
            "conflicts": [c.as_json() for c in self.conflicts],
            "merged": list(self.merged),
            "moved_citations": self.moved_citations,
        }


# ------------------------------------------------------------------ values


def _bad(field: str, value: str, why: str) -> InputError:
    return InputError(f"{field}={value!r}: {why}")


def check_field(name: str) -> str:
    """The field name, or an input error naming it."""
    if name in SOURCE_FIELDS or (name.startswith(EXTRA_PREFIX) and len(name) > len(EXTRA_PREFIX)):
        return name
    raise InputError(
        f"unknown source field {name!r}",
        hint="fields: " + ", ".join(SOURCE_FIELDS) + ", extra.NAME for any other",
    )


def person(text: str) -> Contributor:
    """``Family, Given`` (or a family name alone) as a person."""
    family, _, given = text.partition(",")
    if not family.strip():
        raise _bad("author", text, 'a person is "Family, Given"')
    return Contributor(family=family.strip(), given=given.strip() or None)


def with_field(record: SourceRecord, name: str, text: str | None) -> SourceRecord:
    """The record with one field set from text (``None`` clears it).

    Raises:
        InputError: an unknown field, or a value that is not one (a bad date, kind or URL).
    """
    check_field(name)
    if name.startswith(EXTRA_PREFIX):
        extra = dict(record.extra)
        if text is None:
            extra.pop(name[len(EXTRA_PREFIX) :], None)
        else:
            extra[name[len(EXTRA_PREFIX) :]] = text
        return replace(record, extra=extra)
    if text is None:
        if name not in _CLEARABLE:
            raise InputError(f"{name} cannot be unset", hint=f"set it: --set {name}=VALUE")
        if name in ("authors", "editors"):
            role = ContributorRole.AUTHOR if name == "authors" else ContributorRole.EDITOR
            return replace(
                record, contributors=tuple(c for c in record.contributors if c.role is not role)
            )
        if name == "accessed":
            return replace(record, accessed=None, accessed_basis=AccessedBasis.UNKNOWN)
        cleared: dict[str, Any] = {name: None}
        return replace(record, **cleared)
    value: Any = text
    match name:
        case "kind":
            try:
                value = SourceKind(text)
            except ValueError:
                raise _bad(name, text, "kinds: " + ", ".join(k.value for k in SourceKind)) from None
        case "accessed_basis":
            try:
                value = AccessedBasis(text)
            except ValueError:
                raise _bad(
                    name, text, "bases: " + ", ".join(b.value for b in AccessedBasis)
                ) from None
        case "issued":
            try:
                value = PartialDate.parse(text)
            except ValueError as exc:
                raise _bad(name, text, str(exc)) from None
        case "accessed":
            try:
                day = dt.date.fromisoformat(text.strip())
            except ValueError:
                raise _bad(name, text, "not a date (YYYY-MM-DD)") from None
            return replace(record, accessed=day, accessed_basis=AccessedBasis.PERSON)
        case "url":
            try:
                normalize_url(text)
            except ValueError as exc:
                raise _bad(name, text, str(exc)) from None
        case "authors" | "editors":
            role = ContributorRole.AUTHOR if name == "authors" else ContributorRole.EDITOR
            people = tuple(replace(person(p), role=role) for p in text.split(";") if p.strip())
            others = tuple(c for c in record.contributors if c.role is not role)
            ordered = people + others if role is ContributorRole.AUTHOR else others + people
            return replace(record, contributors=ordered)
        case _:
            if not text.strip():
                raise _bad(name, text, "empty; use --unset to clear a field")
    return replace(record, **{name: value})


def apply_spec(record: SourceRecord, spec: EditSpec) -> tuple[SourceRecord, list[str]]:
    """The record with the spec's changes, and the fields it names (to pin)."""
    named: list[str] = []
    for name in spec.unsets:
        record = with_field(record, name, None)
        named.append(name)
    basis_given = any(n == "accessed_basis" for n, _ in spec.sets)
    for name, text in spec.sets:
        record = with_field(record, name, text)
        named.append(name)
    if basis_given:  # --set accessed=… makes the basis "person" unless the basis is given too
        text = next(t for n, t in reversed(spec.sets) if n == "accessed_basis")
        record = with_field(record, "accessed_basis", text)
    if "accessed" in named and "accessed_basis" not in named:
        named.append("accessed_basis")
    if spec.touches_authors:
        people = [person(p) for p in spec.authors or ()]
        people += [Contributor(literal=o.strip()) for o in spec.organisations if o.strip()]
        editors = tuple(c for c in record.contributors if c.role is ContributorRole.EDITOR)
        record = replace(record, contributors=tuple(people) + editors)
        named.append("authors")
    return record, list(dict.fromkeys(named))


# ------------------------------------------------------------------ writing


def _link(session: Session, url: str | None) -> Link | None:
    if not url:
        return None
    normal = normalize_url(url)
    return bib_repo.get_or_add_links(session, [normal])[normal]


def _log(
    session: Session,
    source: Source,
    *,
    key: str,
    action: str,
    changes: Sequence[FieldChange],
    spec: EditSpec,
) -> None:
    rows = field_edits("source", key, changes, by=spec.by, note=spec.note, source_id=source.id)
    if action != "edit":  # an add: its fields logged as the add, or the add alone
        for row in rows:
            row.action = action
        rows = rows or [logged("source", key, action, by=spec.by, note=spec.note,
                               source_id=source.id)]  # fmt: skip
    repo.add_edits(session, rows)


def _held(session: Session, key: str) -> tuple[Source, SourceRecord]:
    ids = bib_repo.source_ids_by_key(session, [key])
    if key not in ids:
        raise NotFoundError(
            f"no source with key {key!r}", hint="`claims sources list` shows the keys"
        )
    record = bib_repo.source_records(session, [ids[key]])[ids[key]]
    return bib_repo.get_sources(session, [ids[key]])[ids[key]], record


def edit_source(session: Session, key: str, spec: EditSpec) -> SourceChange:
    """Change fields of a source by hand; every change is logged and every named field pinned.

    Raises:
        NotFoundError: no source has ``key``.
        InputError: an unknown field or a bad value (nothing is written).
    """
    if not (spec.sets or spec.unsets or spec.touches_authors):
        raise InputError("nothing to change", hint="give --set FIELD=VALUE, --unset FIELD …")
    source, held = _held(session, key)
    record, named = apply_spec(held, spec)
    changes = diff_records(held, record)
    bib_repo.update_source(session, source, record, _link(session, record.url))
    if record.raw is None:
        source.raw = None
    if record.note is None:
        source.note = None
    session.flush()
    _log(session, source, key=key, action="edit", changes=changes, spec=spec)
    repo.pin(session, "source", source.id, named, spec.by)
    session.flush()
    return SourceChange(key, "edit", changes, tuple(named))


def add_source(session: Session, key: str, spec: EditSpec) -> SourceChange:
    """A new source from the command line; its fields are a person's, so all are pinned.

    Raises:
        ConflictError: the key is taken.
        InputError: an unknown field or a bad value.
    """
    if not key.strip() or any(c.isspace() or c in ',{}"#%' for c in key):
        raise InputError(f"not a citation key: {key!r}", hint="letters, digits, - _ : . /")
    if bib_repo.source_ids_by_key(session, [key]):
        raise ConflictError(f"source key {key!r} is taken", hint=f"claims sources edit {key} …")
    kind = next((t for n, t in spec.sets if n == "kind"), None)
    base = SourceRecord(
        key=key, kind=SourceKind(kind) if kind in set(SourceKind) else SourceKind.OTHER
    )
    record, named = apply_spec(base, spec)
    source = bib_repo.add_source(session, record, _link(session, record.url))
    session.flush()
    empty = SourceRecord(key=key, kind=record.kind)
    changes = diff_records(empty, record)
    _log(session, source, key=key, action="add", changes=changes, spec=spec)
    pinned = list(dict.fromkeys([*named, *(c.field for c in changes)]))
    repo.pin(session, "source", source.id, pinned, spec.by)
    session.flush()
    return SourceChange(key, "add", changes, tuple(pinned))


def _richer(keep: SourceRecord, other: SourceRecord) -> tuple[SourceRecord, list[FieldChange]]:
    """Fill the fields ``keep`` lacks from ``other``; list the values that differ."""
    conflicts: list[FieldChange] = []
    out = keep
    for name in record_fields(other):
        if name in ("authors", "editors", "accessed_basis"):
            continue
        a, b = field_value(keep, name), field_value(other, name)
        if b is None or a == b:
            continue
        if a is None:
            out = with_field(out, name, b) if name != "kind" else out
            if name == "accessed":
                out = replace(out, accessed_basis=other.accessed_basis)
        elif not same_rendering(a, b) and not (name == "kind" and other.kind is SourceKind.OTHER):
            conflicts.append(FieldChange(name, a, b))
    for role, name in ((ContributorRole.AUTHOR, "authors"), (ContributorRole.EDITOR, "editors")):
        mine = tuple(c for c in keep.contributors if c.role is role)
        theirs = tuple(c for c in other.contributors if c.role is role)
        if not mine and theirs:
            rest = tuple(c for c in out.contributors if c.role is not role)
            out = replace(out, contributors=theirs + rest if name == "authors" else rest + theirs)
        elif theirs and field_value(keep, name) != field_value(other, name):
            conflicts.append(FieldChange(name, field_value(keep, name), field_value(other, name)))
    return out, conflicts


def merge_sources(
    session: Session, keep: str, others: Sequence[str], *, by: str | None, note: str | None
) -> SourceChange:
    """Merge duplicates into ``keep``: their citations and pins move to it, the fields it lacks
    are filled from them, the values that differ are listed, and they are deleted.

    Raises:
        NotFoundError: a key does not exist.
        InputError: ``keep`` is among ``others``.
    """
    if keep in others:
        raise InputError(f"cannot merge {keep!r} into itself")
    if not others:
        raise InputError("name the sources to merge into KEEP")
    source, held = _held(session, keep)
    record = held
    conflicts: list[FieldChange] = []
    doomed: list[tuple[str, Source]] = []
    for other_key in dict.fromkeys(others):
        other, other_record = _held(session, other_key)
        named = session.scalar(
            select(func.count()).select_from(Verification).where(Verification.source_id == other.id)
        )
        if named:
            # the trail is append-only (a trigger refuses any UPDATE): a verdict keeps the
            # source it names, so that source must be the one kept
            raise ConflictError(
                f"source {other_key!r} is named by {named} verdict(s) on the trail; "
                "it cannot be merged away",
                hint=f"keep it instead: claims sources merge {other_key} {keep}",
            )
        record, found = _richer(record, other_record)
        conflicts += found
        doomed.append((other_key, other))
    changes = diff_records(held, record)
    bib_repo.update_source(session, source, record, _link(session, record.url))
    session.flush()
    moved = 0
    spec = EditSpec(by=by, note=note)
    for other_key, other in doomed:
        result = session.execute(
            update(Citation).where(Citation.source_id == other.id).values(source_id=source.id)
        )
        moved += int(getattr(result, "rowcount", 0) or 0)
        repo.move_pins(session, "source", other.id, source.id)
        session.add(
            logged(
                "source",
                keep,
                "merge",
                by=by,
                note=note,
                old=other_key,
                new=keep,
                source_id=source.id,
            )
        )
        session.flush()
        session.expire_all()
        session.delete(session.get(Source, other.id))
        session.flush()
    source = session.get(Source, source.id)  # type: ignore[assignment]
    _log(session, source, key=keep, action="edit", changes=changes, spec=spec)
    session.flush()
    return SourceChange(
        keep,
        "merge",
        changes,
        (),
        conflicts=tuple(conflicts),
        merged=tuple(k for k, _ in doomed),
        moved_citations=moved,
    )


def delete_source(session: Session, key: str, *, by: str | None, note: str | None) -> SourceChange:
    """Delete a source no claim cites.

    Raises:
        NotFoundError: no source has ``key``.
        ConflictError: a claim cites it.
    """
    source, held = _held(session, key)
    citing = sorted(
        set(session.scalars(select(Citation.claim_id).where(Citation.source_id == source.id)))
    )
    if citing:
        from claims.models import Claim

        keys = sorted(session.scalars(select(Claim.key).where(Claim.id.in_(citing))))
        shown = ", ".join(keys[:3]) + (", …" if len(keys) > 3 else "")
        raise ConflictError(
            f"source {key!r} is cited by {len(keys)} claim(s) ({shown}); nothing was deleted",
            hint=f"merge it into another source: claims sources merge KEEP {key}",
        )
    session.add(
        logged(
            "source",
            key,
            "delete",
            by=by,
            note=note,
            old=field_value(held, "title"),
            source_id=source.id,
        )
    )
    session.flush()
    session.delete(source)
    session.flush()
    return SourceChange(key, "delete", (), ())


@dataclass(frozen=True)
class EditView:
    at: dt.datetime
    by: str
    action: str
    key: str
    field: str | None
    old: str | None
    new: str | None
    note: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "by": self.by,
            "action": self.action,
            "key": self.key,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "note": self.note,
        }


def edit_history(session: Session, target: str, key: str) -> tuple[EditView, ...]:
    """The hand edits of a source or a claim, oldest first (an unknown key has none)."""
    row_id: int | None = None
    if target == "source":
        row_id = bib_repo.source_ids_by_key(session, [key]).get(key)
    elif target == "claim":
        row_id = bib_repo.claim_ids(session, [key]).get(key)
    return tuple(
        EditView(r.at, r.by, r.action, r.key, r.field, r.old, r.new, r.note)
        for r in repo.history(session, target, key, row_id)
    )


def pinned_fields(session: Session, source_ids: Sequence[int]) -> dict[int, frozenset[str]]:
    """The fields a person pinned, per source id."""
    return repo.pins(session, "source", source_ids)
