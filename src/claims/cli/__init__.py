"""The ``claims`` command line: the only layer that imports typer and rich.

Commands are registered by name in ``COMMANDS`` and imported only when they run (or their
``--help`` is shown), so ``claims --help`` and ``claims --version`` never load the database
layer or the services. Every error reaches the user as one ``error: …`` line (and at most one
``hint: …``) with its exit code; see ``ClaimsGroup``.
"""

from __future__ import annotations

import atexit
import gc
import importlib
import os
import sys
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import typer
from typer._click.exceptions import ClickException, NoArgsIsHelpError, UsageError
from typer.core import TyperArgument, TyperGroup, TyperOption

from claims import __version__
from claims.cli._common import AppState, error, teardown_skipped
from claims.config import DATABASE_URL_ENV, Settings, resolve_database_url
from claims.errors import ClaimsError

try:
    from claims.cli._coerce import convert_without_pydantic
except ImportError:  # typer's internals moved: its own conversion, pydantic and all

    def convert_without_pydantic(command: Any, *, recursive: bool = True) -> None:
        return None


EXIT_USAGE = 2
EXIT_INTERNAL = 70  # a bug in claims (EX_SOFTWARE); CLAIMS_DEBUG=1 shows its traceback
DEBUG_ENV = "CLAIMS_DEBUG"


@dataclass(frozen=True)
class Lazy:
    """A command or group by where it lives: ``"module:attribute"``, a function (a command)
    or a ``typer.Typer`` (a group). ``also``: modules whose import adds subcommands to the
    group. ``help``: the line ``claims --help`` shows without importing anything."""

    target: str
    help: str
    also: tuple[str, ...] = ()


# Every command, in the order `claims --help` lists them. A new command is one line here.
COMMANDS: dict[str, Lazy] = {
    "db": Lazy("claims.cli.db:app", "Inspect and migrate the database schema (alembic)."),
    "load": Lazy(
        "claims.cli.dataset:load",
        "Load a curated dataset: its document, footnotes, sources and claims.",
    ),
    "dump": Lazy(
        "claims.cli.dataset:dump",
        "Write a document as a dataset folder that `claims load` reads back identically.",
    ),
    "list": Lazy(
        "claims.cli.dataset:list_",
        "List claims in text order: key, status, short text and the sources they cite.",
    ),
    "show": Lazy(
        "claims.cli.dataset:show",
        "Show a claim: its quote in context, its sources with their fields, access dates and…",
    ),
    "lint": Lazy(
        "claims.cli.dataset:lint_",
        "Report what a careful editor would catch, offline: sources with no access date, an…",
    ),
    "sources": Lazy(
        "claims.cli.dataset:sources_app",
        "Browse the cited works: fields, access dates, link health.",
        also=("claims.cli.bib", "claims.cli.curation"),
    ),
    "export": Lazy(
        "claims.cli.bib:export_app",
        "Write the sources as BibTeX, biblatex, CSL-JSON, RIS or formatted references.",
    ),
    "import": Lazy("claims.cli.bib:import_app", "Read sources from a bibliography file."),
    "check": Lazy(
        "claims.cli.check:check",
        "Check the cited URLs for rot: careful verdicts over time, archived copies near access.",
    ),
    "verify": Lazy(
        "claims.cli.workflow:verify_command",
        "Record a verdict on a claim and set its status.",
    ),
    "history": Lazy(
        "claims.cli.workflow:history_command",
        "Show a claim's verification trail, oldest verdict first.",
    ),
    "report": Lazy(
        "claims.cli.workflow:report_command",
        "Report where the claims stand: by status, link health, risk, access dates, archives.",
    ),
    "extract": Lazy(
        "claims.cli.extract:extract",
        "Find the footnotes in a document's text, parse every citation into fields, and…",
    ),
    "evidence": Lazy(
        "claims.cli.evidence:evidence",
        "Show what each cited page says about a claim: the best sentences of its newest…",
    ),
    "archive": Lazy(
        "claims.cli.evidence:archive",
        "Ask the Wayback Machine's Save Page Now to capture live links that have no…",
    ),
    "claims": Lazy(
        "claims.cli.curation:claims_app",
        "Add, edit and delete claims by their words (never by offsets).",
    ),
    "footnotes": Lazy(
        "claims.cli.curation:footnotes_app",
        "List a document's footnotes and correct their extent and citations.",
    ),
    "proposals": Lazy(
        "claims.cli.proposals:app",
        "Accept or reject the uncited claims `claims extract --save` proposed.",
    ),
    "flags": Lazy(
        "claims.cli.flags:app",
        "List and review the fields extraction was unsure of (open until resolved).",
    ),
}


# built once per process: a process that runs several commands (the tests' in-process CLI)
# would otherwise rebuild a group's click commands from their signatures every time
_loaded: dict[tuple[str, Lazy], Any] = {}


class _OneCommand:
    """Set by ``main``: this process runs one command, then ends."""

    process = False


def load_command(name: str, spec: Lazy) -> Any:
    """Import a command's module and build its click command (with plain metavars)."""
    command = _loaded.get((name, spec))
    if command is None:
        if not _OneCommand.process:
            command = _loaded[(name, spec)] = _build_command(name, spec)
            return command
        # a command's imports make objects that live as long as the process: collecting
        # while they run, and scanning them at every full collection after, finds nothing
        # (a tenth of a check's start-up: 0.17 of 1.63 G instructions)
        gc.disable()
        try:
            command = _loaded[(name, spec)] = _build_command(name, spec)
        finally:
            gc.freeze()
            gc.enable()
    return command


def _build_command(name: str, spec: Lazy) -> Any:
    module, _, attribute = spec.target.partition(":")
    for extra in spec.also:
        importlib.import_module(extra)
    target = getattr(importlib.import_module(module), attribute)
    command: Any
    if isinstance(target, typer.Typer):
        command = typer.main.get_group(target)  # a group even with one command
    else:
        holder = typer.Typer(rich_markup_mode=None, add_completion=False)
        holder.command(name)(target)
        command = typer.main.get_command(holder)
    plain_metavars(command)
    convert_without_pydantic(command)
    return command


def _metavar(param: TyperOption, ctx: Any) -> str:
    shown = param.display_type(ctx).strip("<>")
    if shown.startswith("list[") and shown.endswith("]"):
        shown = shown[5:-1]
    if "|" in shown:
        return shown
    return {"int": "N", "float": "NUMBER", "str": "TEXT"}.get(shown, shown.upper())


def _returning(value: str | None) -> Callable[..., str | None]:
    def constant(*_args: Any, **_kwargs: Any) -> str | None:
        return value

    return constant


def plain_metavars(command: Any) -> None:
    """Help shows ``KEY``, ``SOURCE_KEYS...`` and ``N``, not ``{KEY}``, ``[[X]...]...`` or
    ``<list[str]>`` (typer's own style). Also turns rich help off in every subcommand."""
    import typer._click as click

    ctx = click.Context(command)
    if hasattr(command, "rich_markup_mode"):
        command.rich_markup_mode = None
    for param in command.params:
        if isinstance(param, TyperArgument):
            name = (param.metavar or param.name or "ARG").strip("[].{}").upper()
            param.metavar = name
            many = "..." if param.nargs != 1 else ""
            usage = (name if param.required else f"[{name}]") + many
            # instance attributes win over typer's methods of the same name
            vars(param).update(
                _usage_display_name=_returning(usage),
                _rich_display_name=_returning(name + many),
                display_type_rich=_returning(None),
            )
        elif isinstance(param, TyperOption) and param.metavar is None and not param.is_flag:
            param.metavar = None if param.count else _metavar(param, ctx)
    for sub in getattr(command, "commands", {}).values():
        plain_metavars(sub)


def _usage_line(exc: UsageError) -> tuple[str, str]:
    """Click's message as one line and a hint: 'Did you mean …', else where help is."""
    lines = [line.strip() for line in exc.format_message().splitlines() if line.strip()]
    message = (lines[0] if lines else "bad usage").replace("Value error, ", "")
    message = message[:1].lower() + message[1:]
    path = exc.ctx.command_path if exc.ctx is not None else "claims"
    hint = " ".join(lines[1:]) if len(lines) > 1 else f"see `{path} --help`"
    return message, hint


class ClaimsGroup(TyperGroup):
    """The root: lazy commands, and every failure as one message, a hint and an exit code."""

    def list_commands(self, ctx: Any) -> list[str]:
        eager = [n for n in super().list_commands(ctx) if n not in COMMANDS]
        return [*COMMANDS, *eager]

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        command = super().get_command(ctx, cmd_name)
        if command is None and cmd_name in COMMANDS:
            command = load_command(cmd_name, COMMANDS[cmd_name])
            self.commands[cmd_name] = command
        return command

    def format_commands(self, ctx: Any, formatter: Any) -> None:
        rows = []
        limit = formatter.width - 6 - max(len(n) for n in self.list_commands(ctx))
        for name in self.list_commands(ctx):
            loaded = self.commands.get(name)
            if loaded is not None:
                if not loaded.hidden:
                    rows.append((name, loaded.get_short_help_str(limit)))
            else:
                text = COMMANDS[name].help
                rows.append((name, text if len(text) <= limit else text[: limit - 3] + "..."))
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except ClaimsError as exc:
            error(exc.message, exc.hint)
            raise typer.Exit(exc.exit_code) from exc
        finally:
            if isinstance(ctx.obj, AppState):
                ctx.obj.close()

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        convert_without_pydantic(self, recursive=False)  # commands: as they are loaded
        try:
            result = super().main(
                args,
                prog_name,
                complete_var,
                standalone_mode=False,
                windows_expand_args=windows_expand_args,
                **extra,
            )
            code = result if isinstance(result, int) else 0
        except NoArgsIsHelpError as exc:
            exc.show()  # `claims` alone, or a group without its command: the help
            code = exc.exit_code
        except UsageError as exc:
            error(*_usage_line(exc))
            code = EXIT_USAGE
        except ClickException as exc:
            error(" ".join(exc.format_message().split()))
            code = exc.exit_code
        except typer.Abort:
            error("aborted: nothing was changed")
            code = 1
        except ClaimsError as exc:  # raised while options were parsed
            error(exc.message, exc.hint)
            code = exc.exit_code
        except Exception as exc:
            if os.environ.get(DEBUG_ENV):
                raise
            error(
                f"unexpected {type(exc).__name__}: {' '.join(str(exc).split())}",
                hint=f"this is a bug in claims; {DEBUG_ENV}=1 shows where",
            )
            code = EXIT_INTERNAL
        if standalone_mode:
            sys.exit(code)
        return code


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
            f"Database URL or SQLite file (claims.db); beats ${DATABASE_URL_ENV}, default "
            "sqlite:///claims.db. PostgreSQL: postgresql+psycopg://user@host/dbname."
        ),
        show_default=False,
    ),
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    ctx.obj = AppState(Settings(database_url=resolve_database_url(db)))


def main() -> None:
    _OneCommand.process = True
    try:
        app()
    except SystemExit as exc:
        code = exc.code
        if teardown_skipped() and (code is None or isinstance(code, int)):
            _exit_at_once(code or 0)
        raise


def _exit_at_once(code: int) -> None:
    """End the process now: streams flushed and exit handlers run, no teardown. Returns
    (for the ordinary exit) when a stream cannot be flushed or a thread is still running."""
    if threading.active_count() != 1:
        return
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except (OSError, ValueError):
        return  # the ordinary exit reports it as it always has
    atexit._run_exitfuncs()
    os._exit(code)
