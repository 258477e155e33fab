"""Rows of the append-only edit log, as every curation command writes them."""

from __future__ import annotations

from collections.abc import Sequence

from claims.curation.policy import FieldChange
from claims.models import Edit

DEFAULT_EDITOR = "cli"  # who edited when --by is not given


def logged(
    target: str,
    key: str,
    action: str,
    *,
    by: str | None,
    note: str | None,
    field: str | None = None,
    old: str | None = None,
    new: str | None = None,
    source_id: int | None = None,
    claim_id: int | None = None,
) -> Edit:
    """One entry: a field set or unset, or a whole add, merge or delete."""
    return Edit(
        by=by or DEFAULT_EDITOR,
        note=note,
        action=action,
        target=target,
        key=key,
        field=field,
        old=old,
        new=new,
        source_id=source_id,
        claim_id=claim_id,
    )


def field_edits(
    target: str,
    key: str,
    changes: Sequence[FieldChange],
    *,
    by: str | None,
    note: str | None,
    source_id: int | None = None,
    claim_id: int | None = None,
) -> list[Edit]:
    """One entry per changed field: ``set``, or ``unset`` where the new value is None."""
    return [
        logged(
            target,
            key,
            "unset" if c.new is None else "set",
            by=by,
            note=note,
            field=c.field,
            old=c.old,
            new=c.new,
            source_id=source_id,
            claim_id=claim_id,
        )
        for c in changes
    ]
