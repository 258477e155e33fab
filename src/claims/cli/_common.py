"""What every command shares: the application state, consoles, JSON output, error rendering."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
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


def print_json_list(items: Iterable[Any]) -> None:
    """A JSON list on stdout, the same text as ``print_json(list(items))``, written item by
    item so that a list of 100,000 entries is never held as one string."""
    out = sys.stdout
    first = True
    out.write("[")
    for item in items:
        text = json.dumps(item, indent=2, ensure_ascii=False, default=str)
        out.write(("\n  " if first else ",\n  ") + text.replace("\n", "\n  "))
        first = False
    out.write("]\n" if first else "\n]\n")
    out.flush()


def error(message: str, hint: str | None = None) -> None:
    # messages quote user data (file text, keys): escape it so brackets are not read as markup
    stderr.print(
        f"[bold red]error:[/] {escape(message)}", markup=True, soft_wrap=True, highlight=False
    )
    if hint:
        stderr.print(f"[dim]hint:[/] {escape(hint)}", soft_wrap=True)


def warn(message: str) -> None:
    stderr.print(f"[yellow]warning:[/] {escape(message)}", soft_wrap=True)


# Beyond this many rows a table is written as plain aligned text: rich measures and wraps every
# cell (about a millisecond a row), which turns a 200,000-row report into minutes.
RICH_TABLE_MAX_ROWS = 1000
PLAIN_COLUMN_MAX_CHARS = 60  # a longer cell is written whole, pushing the rest of its row


def is_long(rows: int) -> bool:
    """Too many rows for a rich table."""
    return rows > RICH_TABLE_MAX_ROWS


@dataclass(frozen=True)
class PlainTable:
    """A long table as plain strings, written without rich (no colour, nothing cut)."""

    columns: tuple[str, ...]
    rows: Sequence[tuple[str, ...]]


def write_plain_table(console: Console, table: PlainTable) -> None:
    """Aligned columns, two spaces apart, straight to the console's file."""
    widths = [len(c) for c in table.columns]
    for row in table.rows:
        for i, cell in enumerate(row[:-1]):
            widths[i] = max(widths[i], min(len(cell), PLAIN_COLUMN_MAX_CHARS))

    def line(cells: Sequence[str]) -> str:
        padded = [cell.ljust(widths[i]) for i, cell in enumerate(cells[:-1])]
        return "  ".join([*padded, cells[-1]]).rstrip() + "\n"

    out = console.file
    out.write(line(table.columns))
    out.writelines(line(row) for row in table.rows)
    out.flush()
