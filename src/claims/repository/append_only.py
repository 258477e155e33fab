"""An ORM guard that keeps a table append-only: sessions refuse to change or delete its rows
(the verification trail, the edit log). Raw SQL bypasses it; the trail also has triggers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Mapper, ORMExecuteState, Session

from claims.errors import ClaimsError


class AppendOnly:
    """Refuses UPDATE and DELETE of ``model``'s rows, one by one or in bulk.

    ``violation`` builds the error from what was tried; ``noun`` names one row in it.
    """

    def __init__(
        self, model: type[Any], noun: str, violation: Callable[[str], ClaimsError]
    ) -> None:
        self.model = model
        table = model.__tablename__

        def refuse_update(_mapper: Mapper[Any], _connection: Any, target: Any) -> None:
            raise violation(f"{noun} {target.id} cannot be changed")

        def refuse_delete(_mapper: Mapper[Any], _connection: Any, target: Any) -> None:
            raise violation(f"{noun} {target.id} cannot be deleted")

        def refuse_bulk(state: ORMExecuteState) -> None:
            if not (state.is_update or state.is_delete):
                return
            if getattr(getattr(state.statement, "table", None), "name", None) == table:
                verb = "updated" if state.is_update else "deleted"
                raise violation(f"{noun}s cannot be {verb} in bulk")

        self._row_hooks = (("before_update", refuse_update), ("before_delete", refuse_delete))
        self._bulk_hook = refuse_bulk

    def install(self) -> None:
        """Guard every session of this process; calling it again changes nothing."""
        for name, fn in self._row_hooks:
            if not event.contains(self.model, name, fn):
                event.listen(self.model, name, fn)
        if not event.contains(Session, "do_orm_execute", self._bulk_hook):
            event.listen(Session, "do_orm_execute", self._bulk_hook)

    def installed(self) -> bool:
        name, fn = self._row_hooks[0]
        return event.contains(self.model, name, fn)
