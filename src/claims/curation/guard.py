"""The edit log is append-only: the ORM refuses to change or delete an entry."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Mapper, ORMExecuteState, Session

from claims.errors import ConflictError
from claims.models import Edit

_TABLE = Edit.__tablename__


class EditLogViolation(ConflictError):
    """Something tried to change or delete an entry of the edit log."""


def _violation(what: str) -> EditLogViolation:
    return EditLogViolation(
        f"the edit log is append-only: {what}",
        hint="make a new edit instead of changing an old one",
    )


def _refuse_update(_mapper: Mapper[Any], _connection: Any, target: Edit) -> None:
    raise _violation(f"edit {target.id} cannot be changed")


def _refuse_delete(_mapper: Mapper[Any], _connection: Any, target: Edit) -> None:
    raise _violation(f"edit {target.id} cannot be deleted")


def _refuse_bulk(state: ORMExecuteState) -> None:
    if not (state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    if getattr(table, "name", None) == _TABLE:
        verb = "updated" if state.is_update else "deleted"
        raise _violation(f"edits cannot be {verb} in bulk")


def install() -> None:
    """Guard every session of this process; calling it again changes nothing."""
    for name, fn in (("before_update", _refuse_update), ("before_delete", _refuse_delete)):
        if not event.contains(Edit, name, fn):
            event.listen(Edit, name, fn)
    if not event.contains(Session, "do_orm_execute", _refuse_bulk):
        event.listen(Session, "do_orm_execute", _refuse_bulk)


def installed() -> bool:
    return event.contains(Edit, "before_update", _refuse_update)
