"""``claims db``: inspect and move the database schema."""

from __future__ import annotations

import typer
from rich.table import Table

from claims import db as dbmod
from claims.cli._common import print_json, state, stdout

app = typer.Typer(help="Inspect and migrate the database schema (alembic).", no_args_is_help=True)


@app.command()
def upgrade(
    ctx: typer.Context,
    revision: str = typer.Argument("head", help="Target revision (default: head)."),
) -> None:
    """Upgrade the schema to REVISION (default head).

    Example: claims db upgrade
    """
    database = state(ctx).database(first_use_only=True)
    dbmod.upgrade(database.engine, revision)
    stdout.print(f"at revision {dbmod.current_revision(database.engine) or 'base'}")


@app.command()
def downgrade(
    ctx: typer.Context,
    revision: str = typer.Argument(..., help="Target revision: an id, 'base' or '-1'."),
) -> None:
    """Downgrade the schema to REVISION. Data in dropped tables is lost.

    Example: claims db downgrade base
    """
    database = state(ctx).database(first_use_only=True)
    dbmod.downgrade(database.engine, revision)
    stdout.print(f"at revision {dbmod.current_revision(database.engine) or 'base'}")


@app.command()
def current(ctx: typer.Context) -> None:
    """Print the schema revision the database is at (a new database is migrated first).

    Example: claims --db sqlite:///new.db db current
    """
    database = state(ctx).database(first_use_only=True)
    rev = dbmod.current_revision(database.engine)
    head = dbmod.head_revision(database.engine)
    suffix = " (head)" if rev == head else f" (head is {head})"
    stdout.print(f"{rev or 'base'}{suffix}")


@app.command()
def history(
    ctx: typer.Context,
    as_json: bool = typer.Option(False, "--json", help="Print JSON for scripts."),
) -> None:
    """List the migrations, newest first, marking the current one.

    Example: claims db history --json
    """
    database = state(ctx).database(first_use_only=True)
    revisions = dbmod.history(database.engine)
    if as_json:
        print_json(
            [
                {
                    "revision": r.revision,
                    "down_revision": r.down_revision,
                    "message": r.message,
                    "head": r.is_head,
                    "current": r.is_current,
                }
                for r in revisions
            ]
        )
        return
    table = Table("revision", "down", "message", "")
    for r in revisions:
        marks = ", ".join(m for m, on in (("head", r.is_head), ("current", r.is_current)) if on)
        table.add_row(r.revision, r.down_revision or "base", r.message.splitlines()[0], marks)
    stdout.print(table)
