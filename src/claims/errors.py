"""The one exception tree: every error carries its exit code and an optional hint."""

from __future__ import annotations


class ClaimsError(Exception):
    """Base of all errors the CLI turns into a message and an exit code."""

    exit_code: int = 1

    def __init__(self, message: str, *, hint: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


class InputError(ClaimsError):
    """Bad input from the user: a file, a line or a value is wrong (exit 2)."""

    exit_code = 2


class NotFoundError(InputError):
    """A key named on the command line does not exist."""


class ConflictError(InputError):
    """The input clashes with what the database holds (a duplicate key, say)."""


class EnvironmentFailure(ClaimsError):
    """The environment failed: database unreachable, network unavailable (exit 3)."""

    exit_code = 3


class DatabaseUnavailable(EnvironmentFailure):
    """The database could not be opened or migrated."""


class NetworkUnavailable(EnvironmentFailure):
    """No host could be reached at all: we are offline, not looking at rot."""
