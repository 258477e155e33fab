"""Extraction's review flags: kept when a document is saved, open until a person resolves them.

A flag is resolved as ``edited`` when a person edits (pins) its field, as ``reviewed`` when
a person marks it so, and as ``cleared`` when saving the document again no longer raises it.
Saving again never re-opens a resolved flag, nor raises one on a pinned field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from claims.errors import InputError, NotFoundError
from claims.models import Claim, Document, Edit, Footnote, ReviewFlag, Source, utcnow
from claims.repository import curation as repo

EDITED = "edited"
REVIEWED = "reviewed"
CLEARED = "cleared"  # saving again no longer raises it
EXTRACTOR = "extract"  # who clears a flag extraction no longer raises
DEFAULT_REVIEWER = "cli"
WHOLE = "*"  # how a flag on the whole citation or footnote (no field) is shown and named


@dataclass(frozen=True)
class RaisedFlag:
    """A doubt extraction raises about a saved source (by key) or footnote (by number)."""

    target: str  # "source" or "footnote"
    key: str  # the source's key, or the footnote's number as text
    field: str | None  # None: the whole citation or footnote
    reason: str
    detail: str | None = None
    footnote: int | None = None  # the note it was raised in


@dataclass(frozen=True)
class FlagView:
    id: int
    target: str
    key: str
    document: str | None
    field: str | None
    reason: str
    detail: str | None
    footnote: int | None
    created_at: dt.datetime
    resolved_at: dt.datetime | None
    resolved_by: str | None
    resolution: str | None
    note: str | None

    @property
    def open(self) -> bool:
        return self.resolution is None

    def message(self) -> str:
        where = f" (footnote {self.footnote})" if self.footnote is not None else ""
        detail = f": {self.detail}" if self.detail else ""
        return f"{self.field or WHOLE}: {self.reason}{detail}{where}"

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "subject": self.target,
            "key": self.key,
            "document": self.document,
            "field": self.field,
            "reason": self.reason,
            "detail": self.detail,
            "footnote": self.footnote,
            "created_at": self.created_at.isoformat(),
            "resolved_at": self.resolved_at.isoformat() if self.resolved_at else None,
            "resolved_by": self.resolved_by,
            "resolution": self.resolution,
            "note": self.note,
        }


@dataclass(frozen=True)
class FlagSync:
    """What saving a document did to its review flags."""

    raised: int = 0  # new open flags
    still_open: int = 0
    kept_resolved: int = 0  # raised again, but a person already resolved them
    pinned: int = 0  # raised on a field a person set: not kept
    cleared: int = 0  # open flags this extraction no longer raises

    def as_json(self) -> dict[str, int]:
        return {
            "raised": self.raised,
            "still_open": self.still_open,
            "kept_resolved": self.kept_resolved,
            "pinned": self.pinned,
            "cleared": self.cleared,
        }


def footnote_key(document: str, number: int) -> str:
    """A footnote as the edit log names it."""
    return f"{document}#{number}"


_Identity = tuple[str, int, str | None, str]  # target, row id, field, reason


def _identity(flag: ReviewFlag) -> _Identity:
    row = flag.source_id if flag.target == "source" else flag.footnote_id
    assert row is not None
    return (flag.target, row, flag.field, flag.reason)


def sync_flags(session: Session, document_key: str, raised: Sequence[RaisedFlag]) -> FlagSync:
    """Keep the flags a saved extraction of ``document_key`` raises (call after saving)."""
    document = session.scalars(select(Document).where(Document.key == document_key)).one()
    notes = {f.number: f.id for f in document.footnotes}
    keys = sorted({f.key for f in raised if f.target == "source"})
    stmt_ids = select(Source.key, Source.id).where(Source.key.in_(keys))
    source_ids: dict[str, int] = dict(session.execute(stmt_ids).all())
    rows: dict[_Identity, RaisedFlag] = {}
    for flag in raised:
        row = source_ids.get(flag.key) if flag.target == "source" else notes.get(int(flag.key))
        if row is not None:
            rows.setdefault((flag.target, row, flag.field, flag.reason), flag)
    pins = {
        "source": repo.pins(session, "source", source_ids.values()),
        "footnote": repo.pins(session, "footnote", notes.values()),
    }
    held: dict[_Identity, ReviewFlag] = {}
    stmt = select(ReviewFlag).where(
        (ReviewFlag.document_id == document.id)
        | ReviewFlag.source_id.in_(list(source_ids.values()))
        | ReviewFlag.footnote_id.in_(list(notes.values()))
    )
    for kept in session.scalars(stmt.order_by(ReviewFlag.id)):
        if kept.source_id is None and kept.footnote_id is None:
            continue  # its row is gone (merged or deleted)
        held.setdefault(_identity(kept), kept)
    counts = dict.fromkeys(("raised", "still_open", "kept_resolved", "pinned", "cleared"), 0)
    now = utcnow()
    for identity, flag in rows.items():
        target, row_id, field, _ = identity
        if field is not None and field in pins[target].get(row_id, frozenset()):
            counts["pinned"] += 1
            continue
        existing = held.get(identity)
        if existing is None:
            display = flag.key if target == "source" else footnote_key(document_key, int(flag.key))
            session.add(
                ReviewFlag(
                    target=target,
                    key=display,
                    document_id=document.id,
                    source_id=row_id if target == "source" else None,
                    footnote_id=row_id if target == "footnote" else None,
                    field=field,
                    reason=flag.reason,
                    detail=flag.detail,
                    footnote=flag.footnote,
                    created_at=now,
                )
            )
            counts["raised"] += 1
        elif existing.resolution is None:
            if existing.detail != flag.detail:
                existing.detail = flag.detail
            counts["still_open"] += 1
        else:
            counts["kept_resolved"] += 1
    for identity, existing in held.items():
        if (
            existing.resolution is None
            and existing.document_id == document.id
            and identity not in rows
        ):
            existing.resolution = CLEARED
            existing.resolved_at = now
            existing.resolved_by = EXTRACTOR
            counts["cleared"] += 1
    session.flush()
    return FlagSync(**counts)


def _view(flag: ReviewFlag, documents: dict[int, str]) -> FlagView:
    return FlagView(
        id=flag.id,
        target=flag.target,
        key=flag.key,
        document=documents.get(flag.document_id) if flag.document_id is not None else None,
        field=flag.field,
        reason=flag.reason,
        detail=flag.detail,
        footnote=flag.footnote,
        created_at=flag.created_at,
        resolved_at=flag.resolved_at,
        resolved_by=flag.resolved_by,
        resolution=flag.resolution,
        note=flag.note,
    )


def _document_keys(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted(i for i in set(ids) if i is not None)
    stmt = select(Document.id, Document.key).where(Document.id.in_(wanted))
    return dict(session.execute(stmt).all()) if wanted else {}


def _current_keys(session: Session, flags: Sequence[ReviewFlag]) -> dict[int, str]:
    """Flag id → the key its source has now (a source may be rekeyed after it was flagged)."""
    ids = {f.source_id for f in flags if f.source_id is not None}
    stmt = select(Source.id, Source.key).where(Source.id.in_(sorted(ids)))
    keys = dict(session.execute(stmt).all())
    return {f.id: keys[f.source_id] for f in flags if f.source_id in keys}


def list_flags(
    session: Session,
    *,
    document: str | Sequence[str] | None = None,
    resolved: bool = False,
    source_keys: Iterable[str] | None = None,
) -> tuple[FlagView, ...]:
    """The open review flags (with ``resolved``, every flag), of one document, several or
    all, in the order they were raised; flags whose source or footnote is gone are left out.

    Raises:
        NotFoundError: ``document`` names no document.
    """
    stmt = select(ReviewFlag).where(
        ReviewFlag.source_id.is_not(None) | ReviewFlag.footnote_id.is_not(None)
    )
    keys = (document,) if isinstance(document, str) else tuple(dict.fromkeys(document or ()))
    if keys:
        ids = []
        for key in keys:
            document_id = session.scalar(select(Document.id).where(Document.key == key))
            if document_id is None:
                raise NotFoundError(f"no document with key {key!r}")
            ids.append(document_id)
        stmt = stmt.where(ReviewFlag.document_id.in_(ids))
    if not resolved:
        stmt = stmt.where(ReviewFlag.resolution.is_(None))
    if source_keys is not None:
        wanted = select(Source.id).where(Source.key.in_(sorted(set(source_keys))))
        stmt = stmt.where(ReviewFlag.source_id.in_(wanted))
    flags = list(session.scalars(stmt.order_by(ReviewFlag.id)))
    if not flags:
        return ()
    documents = _document_keys(session, {f.document_id for f in flags})
    current = _current_keys(session, flags)
    out = []
    for flag in flags:
        view = _view(flag, documents)
        if flag.id in current and current[flag.id] != view.key:
            view = FlagView(**{**view.__dict__, "key": current[flag.id]})
        out.append(view)
    return tuple(out)


def _target_of(session: Session, key: str) -> tuple[str, int]:
    """("source", id) for a source key, ("footnote", id) for ``DOCUMENT#N``."""
    source_id = session.scalar(select(Source.id).where(Source.key == key))
    if source_id is not None:
        return "source", source_id
    document, hash_, number = key.rpartition("#")[0], "#" in key, key.rpartition("#")[2]
    if hash_ and number.isdigit():
        footnote_id = session.scalar(
            select(Footnote.id)
            .join(Document, Document.id == Footnote.document_id)
            .where(Document.key == document, Footnote.number == int(number))
        )
        if footnote_id is not None:
            return "footnote", footnote_id
    if session.scalar(select(Claim.id).where(Claim.key == key)) is not None:
        raise InputError(f"claim {key!r} has no review flags", hint="flags are on sources")
    raise NotFoundError(
        f"no source or footnote {key!r}",
        hint="a source's key, or DOCUMENT#N for a footnote; `claims flags list` shows them",
    )


def review_flags(
    session: Session,
    key: str,
    fields: Sequence[str] = (),
    *,
    by: str | None = None,
    note: str | None = None,
) -> tuple[FlagView, ...]:
    """Mark the open flags of a source (or footnote ``DOC#N``) reviewed: those on ``fields``
    (``*`` names the flags on the whole citation), or all of them. Each is logged.

    Raises:
        NotFoundError: no source or footnote ``key``.
        InputError: it has no open flag (on a field named).
    """
    target, row_id = _target_of(session, key)
    column = ReviewFlag.source_id if target == "source" else ReviewFlag.footnote_id
    open_ = list(
        session.scalars(
            select(ReviewFlag)
            .where(column == row_id, ReviewFlag.resolution.is_(None))
            .order_by(ReviewFlag.id)
        )
    )
    if not open_:
        raise InputError(f"{key!r} has no open review flags")
    chosen = open_
    if fields:
        names = {(f.field or WHOLE) for f in open_}
        unknown = [f for f in fields if f not in names]
        if unknown:
            raise InputError(
                f"{key!r} has no open review flag on {unknown[0]!r}",
                hint="open flags on: " + ", ".join(sorted(names)),
            )
        chosen = [f for f in open_ if (f.field or WHOLE) in set(fields)]
    who = by or DEFAULT_REVIEWER
    now = utcnow()
    for flag in chosen:
        flag.resolution = REVIEWED
        flag.resolved_at = now
        flag.resolved_by = who
        flag.note = note
        session.add(
            Edit(
                at=now,
                by=who,
                note=note,
                action="review",
                target=target,
                key=key,
                field=flag.field,
                old=flag.reason,
                new=REVIEWED,
                source_id=row_id if target == "source" else None,
            )
        )
    session.flush()
    documents = _document_keys(session, {f.document_id for f in chosen})
    return tuple(_view(f, documents) for f in chosen)
