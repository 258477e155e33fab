"""The ``claims`` command line: the only layer that imports typer and rich."""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from claims import __version__
from claims.cli import bib as bib_cli
from claims.cli import check as check_cli
from claims.cli import curation as curation_cli
from claims.cli import dataset as dataset_cli
from claims.cli import db as db_cli
from claims.cli import extract as extract_cli
from claims.cli import workflow as workflow_cli
from claims.cli._common import AppState, error
from claims.config import DATABASE_URL_ENV, Settings, resolve_database_url
from claims.errors import ClaimsError


class ClaimsGroup(TyperGroup):
    """Turns a ClaimsError from any command into one message, a hint and its exit code."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except ClaimsError as exc:
            error(exc.message, exc.hint)
            raise typer.Exit(exc.exit_code) from exc
        finally:
            if isinstance(ctx.obj, AppState):
                ctx.obj.close()


app = typer.Typer(
    cls=ClaimsGroup,
    name="claims",
    help=(
        "A structured citation-and-claims database: anchor a document's claims to its words, "
        "link them to their sources, check the links for rot, export bibliographies."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"claims {__version__}")
        raise typer.Exit()


@app.callback()
def root(
    ctx: typer.Context,
    db: str | None = typer.Option(
        None,
        "--db",
        metavar="URL",
        help=(
            f"Database URL; beats ${DATABASE_URL_ENV}, default sqlite:///claims.db. "
            "PostgreSQL: postgresql+psycopg://user@host/dbname."
        ),
        show_default=False,
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    ctx.obj = AppState(Settings(database_url=resolve_database_url(db)))


app.add_typer(db_cli.app, name="db")
dataset_cli.register(app)
bib_cli.register(app)
curation_cli.register(app)
app.command("check")(check_cli.check)
app.command("verify")(workflow_cli.verify_command)
app.command("history")(workflow_cli.history_command)
app.command("report")(workflow_cli.report_command)
extract_cli.register(app)


def main() -> None:
    app()
