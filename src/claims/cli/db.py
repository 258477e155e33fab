"""``claims db``: inspect and move the database schema."""

from __future__ import annotations

import sys

import typer

from claims import db as dbmod
from claims.cli._common import Col, print_json, print_table, state, stdout
from claims.errors import InputError

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


@app.command(context_settings={"ignore_unknown_options": True})
def downgrade(
    ctx: typer.Context,
    revision: str = typer.Argument(..., help="Target revision: an id, 'base' or '-1'."),
    yes: bool = typer.Option(
        False, "--yes", "-y", help="Do not ask: the data of the tables dropped is lost."
    ),
) -> None:
    """Downgrade the schema to REVISION. Data in dropped tables is lost, so it asks first
    (without a terminal, --yes is needed).

    Example: claims db downgrade -1 --yes
    """
    database = state(ctx).database(first_use_only=True)
    at = dbmod.current_revision(database.engine) or "base"
    if not yes:
        question = (
            f"downgrade {database.url} from {at} to {revision}? data in dropped tables is lost"
        )
        if not sys.stdin.isatty():
            raise InputError(
                f"not downgrading from {at} to {revision} without confirmation",
                hint="pass --yes to downgrade (data in the tables dropped is lost)",
            )
        if not typer.confirm(question, default=False, err=True):
            raise typer.Abort()
    dbmod.downgrade(database.engine, revision)
    stdout.print(f"at revision {dbmod.current_revision(database.engine) or 'base'}")


@app.command()
def current(ctx: typer.Context) -> None:
    """Print the schema revision the database is at, and the newest one.

    Example: claims --db sqlite:///claims.db db current
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
    rows = []
    for r in revisions:
        marks = ", ".join(m for m, on in (("head", r.is_head), ("current", r.is_current)) if on)
        rows.append((r.revision, r.down_revision or "base", marks, r.message.splitlines()[0]))
    print_table(
        [Col("revision", "key"), Col("down", "key", drop=1), Col("is"), Col("message", "text")],
        rows,
    )
