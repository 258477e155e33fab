"""Queries for hand curation: pinned fields and the edit log."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from claims.models import Edit, Pin, ReviewFlag, utcnow


@dataclass(frozen=True)
class EditRow:
    """One entry of the edit log as plain data."""

    at: dt.datetime
    by: str
    note: str | None
    action: str
    target: str
    key: str
    field: str | None
    old: str | None
    new: str | None


_ID_COLUMNS = {"source": Pin.source_id, "claim": Pin.claim_id, "footnote": Pin.footnote_id}


def pins(session: Session, target: str, ids: Iterable[int]) -> dict[int, frozenset[str]]:
    """The pinned field names of each source, claim or footnote among ``ids``."""
    column = _ID_COLUMNS[target]
    wanted = sorted(set(ids))
    out: defaultdict[int, set[str]] = defaultdict(set)
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        for row_id, name in session.execute(select(column, Pin.field).where(column.in_(chunk))):
            if row_id is not None:
                out[row_id].add(name)
    return {k: frozenset(v) for k, v in out.items()}


def pin(session: Session, target: str, row_id: int, fields: Iterable[str], by: str | None) -> None:
    """Pin the fields; a person set them, so extraction's open review flags on them are
    resolved as edited."""
    names = set(fields)
    held = pins(session, target, [row_id]).get(row_id, frozenset())
    for name in sorted(names - held):
        session.add(Pin(**{f"{target}_id": row_id}, field=name, pinned_by=by))
    resolve_flags(session, target, row_id, names, by)


_FLAG_COLUMNS = {
    "source": ReviewFlag.source_id,
    "claim": ReviewFlag.claim_id,
    "footnote": ReviewFlag.footnote_id,
}


def resolve_flags(
    session: Session, target: str, row_id: int, fields: Iterable[str], by: str | None
) -> None:
    """Open review flags on these fields of one row are resolved as edited."""
    names = sorted(set(fields))
    if not names:
        return
    session.execute(
        update(ReviewFlag)
        .where(
            _FLAG_COLUMNS[target] == row_id,
            ReviewFlag.field.in_(names),
            ReviewFlag.resolution.is_(None),
        )
        .values(resolution="edited", resolved_at=utcnow(), resolved_by=by or "cli")
        .execution_options(synchronize_session=False)
    )


def unpin(session: Session, target: str, row_id: int, fields: Iterable[str]) -> None:
    names = sorted(set(fields))
    if names:
        column = _ID_COLUMNS[target]
        session.execute(delete(Pin).where(column == row_id, Pin.field.in_(names)))


def move_pins(session: Session, target: str, from_id: int, to_id: int) -> None:
    held = pins(session, target, [to_id]).get(to_id, frozenset())
    moved = pins(session, target, [from_id]).get(from_id, frozenset())
    pin(session, target, to_id, moved - held, None)


def add_edits(session: Session, edits: Sequence[Edit]) -> None:
    session.add_all(edits)


def history(session: Session, target: str, key: str, row_id: int | None = None) -> list[EditRow]:
    """The edits of one source or claim (by its row while it exists, else by key), oldest
    first."""
    condition = Edit.key == key
    if row_id is not None and target == "source":
        condition = or_(condition, Edit.source_id == row_id)
    elif row_id is not None and target == "claim":
        condition = or_(condition, Edit.claim_id == row_id)
    stmt = select(Edit).where(Edit.target == target, condition).order_by(Edit.at, Edit.id)
    return [
        EditRow(e.at, e.by, e.note, e.action, e.target, e.key, e.field, e.old, e.new)
        for e in session.scalars(stmt)
    ]
