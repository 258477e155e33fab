"""The verification trail is append-only: the ORM refuses to change or delete an entry (and
database triggers refuse raw SQL, see the i18_hardening migration)."""

from __future__ import annotations

from claims.errors import ConflictError
from claims.models import Verification
from claims.repository.append_only import AppendOnly


class AppendOnlyViolation(ConflictError):
    """Something tried to edit or delete an entry of a claim's verification trail."""


def _violation(what: str) -> AppendOnlyViolation:
    return AppendOnlyViolation(
        f"the verification trail is append-only: {what}",
        hint="record a new verdict with `claims verify` instead of changing an old one",
    )


_GUARD = AppendOnly(Verification, "verification", _violation)
install = _GUARD.install
installed = _GUARD.installed
