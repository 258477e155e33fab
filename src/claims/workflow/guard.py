"""The verification trail is append-only: the ORM refuses to change or delete an entry."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Mapper, ORMExecuteState, Session

from claims.errors import ConflictError
from claims.models import Verification

_TABLE = Verification.__tablename__


class AppendOnlyViolation(ConflictError):
    """Something tried to edit or delete an entry of a claim's verification trail."""


def _violation(what: str) -> AppendOnlyViolation:
    return AppendOnlyViolation(
        f"the verification trail is append-only: {what}",
        hint="record a new verdict with `claims verify` instead of changing an old one",
    )


def _refuse_update(_mapper: Mapper[Any], _connection: Any, target: Verification) -> None:
    raise _violation(f"verification {target.id} cannot be changed")


def _refuse_delete(_mapper: Mapper[Any], _connection: Any, target: Verification) -> None:
    raise _violation(f"verification {target.id} cannot be deleted")


def _refuse_bulk(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if getattr(table, "name", None) == _TABLE:
        verb = "updated" if state.is_update else "deleted"
        raise _violation(f"verifications cannot be {verb} in bulk")


def install() -> None:
    """Guard every session of this process; calling it again changes nothing.

    Raw SQL bypasses the ORM and so this guard; a database trigger would close that gap.
    """
    for name, fn in (("before_update", _refuse_update), ("before_delete", _refuse_delete)):
        if not event.contains(Verification, name, fn):
            event.listen(Verification, name, fn)
    if not event.contains(Session, "do_orm_execute", _refuse_bulk):
        event.listen(Session, "do_orm_execute", _refuse_bulk)


def installed() -> bool:
    return event.contains(Verification, "before_update", _refuse_update)
