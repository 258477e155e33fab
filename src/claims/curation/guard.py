"""The edit log is append-only: the ORM refuses to change or delete an entry."""

from __future__ import annotations

from claims.errors import ConflictError
from claims.models import Edit
from claims.repository.append_only import AppendOnly


class EditLogViolation(ConflictError):
    """Something tried to change or delete an entry of the edit log."""


def _violation(what: str) -> EditLogViolation:
    return EditLogViolation(
        f"the edit log is append-only: {what}",
        hint="make a new edit instead of changing an old one",
    )


_GUARD = AppendOnly(Edit, "edit", _violation)
install = _GUARD.install
installed = _GUARD.installed
