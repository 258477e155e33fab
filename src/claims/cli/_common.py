"""What every command shares: the application state, consoles, JSON output, error rendering."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from typing import Any

import typer
from rich.console import Console
from rich.markup import escape

from claims.config import Settings
from claims.db import Database

stdout = Console(highlight=False, soft_wrap=False)
stderr = Console(stderr=True, highlight=False)


@dataclass
class AppState:
    settings: Settings
    _database: Database | None = field(default=None, repr=False)

    def database(self, *, first_use_only: bool = False) -> Database:
        """Opened on first need, so ``--help`` never touches the database."""
        if self._database is None:
            self._database = Database(self.settings.database_url, first_use_only=first_use_only)
        return self._database

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()
            self._database = None


def state(ctx: typer.Context) -> AppState:
    obj = ctx.find_root().obj
    assert isinstance(obj, AppState)
    return obj


def print_json(data: Any) -> None:
    """Stable JSON on stdout: plain text, never rich markup or wrapping."""
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str))
    sys.stdout.write("\n")
    sys.stdout.flush()


def error(message: str, hint: str | None = None) -> None:
    # messages quote user data (file text, keys): escape it so brackets are not read as markup
    stderr.print(
        f"[bold red]error:[/] {escape(message)}", markup=True, soft_wrap=True, highlight=False
    )
    if hint:
        stderr.print(f"[dim]hint:[/] {escape(hint)}", soft_wrap=True)


def warn(message: str) -> None:
    stderr.print(f"[yellow]warning:[/] {escape(message)}", soft_wrap=True)
