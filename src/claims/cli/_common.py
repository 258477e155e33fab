"""What every command shares: the application state, consoles, tables, JSON, error rendering.

Kept light on purpose: the root command imports it, so rich and the database layer are imported
only when a command first needs them (``claims --help`` and ``--version`` stay fast).
"""

from __future__ import annotations

import math
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from json.encoder import encode_basestring as _encode_str  # C, as ensure_ascii=False
from typing import TYPE_CHECKING, Any, Literal, cast

import typer

from claims.config import Settings

if TYPE_CHECKING:
    from rich.console import Console

    from claims.db import Database

_INDENTS = tuple("\n" + "  " * n for n in range(16))

NO_COLOR_ENV = "NO_COLOR"  # https://no-color.org: present and not empty turns styling off


def no_color() -> bool:
    return bool(os.environ.get(NO_COLOR_ENV))


class _LazyConsole:
    """A rich Console made on first use: importing rich costs a tenth of a second."""

    def __init__(self, *, stderr: bool) -> None:
        self._stderr = stderr
        self._console: Console | None = None

    def _get(self) -> Console:
        if self._console is None:
            from rich.console import Console

            self._console = Console(
                stderr=self._stderr,
                highlight=False,
                # NO_COLOR means no styling at all: rich alone would still send bold and dim
                color_system=None if no_color() else "auto",
            )
        return self._console

    def __getattr__(self, name: str) -> Any:
        return getattr(self._get(), name)


stdout = cast("Console", _LazyConsole(stderr=False))
stderr = cast("Console", _LazyConsole(stderr=True))


# Commands that may create a database (or migrate an empty one). Every other command needs
# one that exists: a read on a missing file is an error, not a new empty claims.db. Names are
# command paths below ``claims``; a new command that creates data belongs here.
CREATES_DATABASE = frozenset(
    {
        "load",
        "extract",
        "import bibtex",
        "import ris",
        "import csljson",
        "db upgrade",
        "add",
        "sources add",
    }
)


def _current_path() -> str:
    from typer._click.globals import get_current_context

    ctx = get_current_context(silent=True)
    names: list[str] = []
    while ctx is not None and ctx.parent is not None:
        names.append(ctx.info_name or "")
        ctx = ctx.parent
    return " ".join(reversed(names))


@dataclass
class AppState:
    settings: Settings
    _database: Database | None = field(default=None, repr=False)

    def database(
        self,
        *,
        first_use_only: bool = False,
        create: bool | None = None,
        sqlite_cache_kib: int | None = None,
    ) -> Database:
        """Opened on first need, so ``--help`` never touches the database.

        ``create`` defaults to whether the running command is in ``CREATES_DATABASE``;
        ``sqlite_cache_kib`` is SQLite's page cache per connection (its default otherwise).
        """
        if self._database is None:
            from claims.db import Database

            if create is None:
                create = _current_path() in CREATES_DATABASE
            self._database = Database(
                self.settings.database_url,
                first_use_only=first_use_only,
                create=create,
                sqlite_cache_kib=sqlite_cache_kib,
            )
        return self._database

    def close(self) -> None:
        if self._database is not None:
            self._database.dispose()
            self._database = None


class _Teardown:
    skip = False


def skip_teardown() -> None:
    """The running command closes what it opens and leaves no thread behind: once it is done,
    ``main`` ends the process without the interpreter's teardown (freeing every object of
    650 modules took a check 0.1–0.3 s, a tenth of its run at 2,000 URLs)."""
    _Teardown.skip = True


def teardown_skipped() -> bool:
    return _Teardown.skip


def state(ctx: typer.Context) -> AppState:
    obj = ctx.find_root().obj
    assert isinstance(obj, AppState)
    return obj


def _float_text(value: float) -> str:
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return float.__repr__(value)


def _key_text(key: Any) -> str:
    if isinstance(key, str):
        return _encode_str(key)
    if key is True or key is False or key is None:
        return {True: '"true"', False: '"false"', None: '"null"'}[key]
    if isinstance(key, int):
        return _encode_str(int.__repr__(key))
    if isinstance(key, float):
        return _encode_str(_float_text(key))
    raise TypeError(f"keys must be str, int, float, bool or None, not {type(key).__name__}")


_CONSTANTS = {None: "null", True: "true", False: "false"}


def json_text(value: Any, level: int = 0) -> str:
    """``json.dumps(value, indent=2, ensure_ascii=False, default=str)``, the same text, as if
    nested ``level`` deep. json.dumps with an indent runs its pure-Python encoder; this
    builds the text with the C string encoder (a check's --json of 2,000 results was a
    twentieth of its CPU)."""
    kind = type(value)
    if kind is str:
        return _encode_str(value)
    if value is None or kind is bool:
        return _CONSTANTS[value]
    if kind is int:
        return int.__repr__(value)
    if kind is dict:
        if not value:
            return "{}"
        inner = _INDENTS[level + 1] if level < 15 else "\n" + "  " * (level + 1)
        items = ("," + inner).join(
            [
                (_encode_str(k) if type(k) is str else _key_text(k))
                + ": "
                + json_text(v, level + 1)
                for k, v in value.items()
            ]
        )
        return "{" + inner + items + (_INDENTS[level] if level < 16 else "\n" + "  " * level) + "}"
    if kind is list or kind is tuple:
        if not value:
            return "[]"
        inner = _INDENTS[level + 1] if level < 15 else "\n" + "  " * (level + 1)
        items = ("," + inner).join([json_text(v, level + 1) for v in value])
        return "[" + inner + items + (_INDENTS[level] if level < 16 else "\n" + "  " * level) + "]"
    # subclasses (StrEnum, IntEnum, …) as json.dumps takes them, then anything else as str()
    if isinstance(value, str):
        return _encode_str(value)
    if isinstance(value, int):
        return int.__repr__(value)
    if isinstance(value, float):
        return _float_text(value)
    if isinstance(value, list | tuple | dict):
        return json_text(list(value) if not isinstance(value, dict) else dict(value), level)
    return _encode_str(str(value))


def print_json(data: Any) -> None:
    """Stable JSON on stdout: plain text, never rich markup or wrapping."""
    sys.stdout.write(json_text(data))
    sys.stdout.write("\n")
    sys.stdout.flush()


def print_json_list(items: Iterable[Any]) -> None:
    """A JSON list on stdout, the same text as ``print_json(list(items))``, written item by
    item so that a list of 100,000 entries is never held as one string."""
    out = sys.stdout
    first = True
    out.write("[")
    for item in items:
        out.write(("\n  " if first else ",\n  ") + json_text(item, 1))
        first = False
    out.write("]\n" if first else "\n]\n")
    out.flush()


def _styled(label: str, style: str, message: str) -> None:
    """One line on stderr, styled only on a terminal; the message is never read as markup."""
    from rich.text import Text

    line = Text()
    line.append(label, style=style)
    line.append(" " + " ".join(message.split("\n")))
    stderr.print(line, soft_wrap=True)


LISTED_PROBLEMS = 20  # of an error listing many problems, the first ones are printed


def error(message: str, hint: str | None = None) -> None:
    """``error: …`` in one line; a message listing several problems (one a line) gives the
    first in the error line and the others below it, before the hint."""
    first, *others = [line for line in message.splitlines() if line.strip()] or [""]
    more = f" (and {plural(len(others), 'more problem')}, below)" if others else ""
    _styled("error:", "bold red", first + more)
    for line in others[:LISTED_PROBLEMS]:
        stderr.print(_plain_text("  " + line), soft_wrap=True)
    if len(others) > LISTED_PROBLEMS:
        stderr.print(_plain_text(f"  … and {len(others) - LISTED_PROBLEMS} more"))
    if hint:
        _styled("hint:", "dim", hint)


def _plain_text(value: str) -> Any:
    from rich.text import Text

    return Text(value)


def warn(message: str) -> None:
    _styled("warning:", "yellow", message)


def note(message: str) -> None:
    """Information on stderr that is not a failure (offline, nothing to do)."""
    _styled("note:", "cyan", message)


def plural(n: int, singular: str, plural_form: str | None = None) -> str:
    """``1 claim``, ``2 claims``, ``1 entry``, ``3 entries``."""
    if n == 1:
        return f"1 {singular}"
    if plural_form is None:
        if singular.endswith("y") and singular[-2:-1] not in "aeiou":
            plural_form = singular[:-1] + "ies"
        elif singular.endswith(("s", "x", "ch", "sh")):
            plural_form = singular + "es"
        else:
            plural_form = singular + "s"
    return f"{n:,} {plural_form}"


class HealthFilter(StrEnum):
    """The link states a source can be listed by: the report's groups, ``no-url`` included."""

    UNCHECKED = "unchecked"
    ALIVE = "alive"
    SUSPECT = "suspect"
    DEAD = "dead"
    INCONCLUSIVE = "inconclusive"
    NO_URL = "no-url"
    # not a link state but the evidence signal: the supporting passage left the live page
    CONTENT_CHANGED = "content-changed"


_STATUS_STYLES = {
    "verified": "green",
    "disputed": "red",
    "unsupported": "magenta",
    "unverified": "yellow",
    "needs-source": "dark_orange",
}
_HEALTH_STYLES = {"alive": "green", "suspect": "yellow", "dead": "red"}
CONTENT_CHANGED_STYLE = "magenta"


def status_style(value: str) -> str | None:
    return _STATUS_STYLES.get(value)


def health_style(value: str) -> str | None:
    if value.endswith(HealthFilter.CONTENT_CHANGED.value):
        return CONTENT_CHANGED_STYLE
    quiet = value in {h.value for h in HealthFilter}
    return _HEALTH_STYLES.get(value, "bright_black" if quiet else None)


# --- tables --------------------------------------------------------------------------------


class ListFormat(StrEnum):
    """How list commands print rows (``--json`` is the third way)."""

    TABLE = "table"
    TSV = "tsv"


def documents_option(help: str) -> Any:
    """A ``--document``/``-d KEY`` option, repeatable where its type is a list."""
    return typer.Option("--document", "-d", metavar="KEY", help=help)


FORMAT_OPTION = typer.Option(
    ListFormat.TABLE,
    "--format",
    "-f",
    case_sensitive=False,
    help="table (fitted to the terminal) or tsv (tab-separated, every value whole, a header).",
)

ColumnKind = Literal["key", "fixed", "text", "keys"]
GAP = 2  # spaces between columns
TEXT_MIN_CELLS = 12  # a free-text column is never squeezed below this (or its width, if less)
TEXT_COMFORT_CELLS = 24  # optional columns give way before free text gets narrower than this


@dataclass(frozen=True)
class Col:
    """A table column.

    kind: ``key`` is never cut or wrapped (what users copy: keys, URLs); ``fixed`` is short and
    kept whole (dates, states, counts); ``text`` takes the width left and is shortened with an
    ellipsis; ``keys`` holds comma-separated keys, shown whole as far as they fit, then ``+N``.
    drop: columns with a higher number are left out first when the whole-valued columns do not
    fit the width (0: never left out).
    """

    header: str
    kind: ColumnKind = "fixed"
    drop: int = 0
    justify: Literal["left", "right"] = "left"
    style: Callable[[str], str | None] | None = None


@dataclass(frozen=True)
class PlainTable:
    """Rows as plain strings, printed by ``print_table``."""

    columns: tuple[Col, ...]
    rows: Sequence[Sequence[str]]


def cells(value: str) -> int:
    """Terminal cells a string takes (wide characters count two)."""
    if value.isascii():
        return len(value)
    from rich.cells import cell_len

    return cell_len(value)


def shorten(value: str, width: int) -> str:
    """The string in at most ``width`` cells, cut with an ellipsis."""
    if cells(value) <= width:
        return value
    if width <= 0:
        return ""
    if value.isascii():
        return value[: width - 1].rstrip() + "…"
    from rich.cells import set_cell_size

    return set_cell_size(value, width - 1).rstrip() + "…"


def _fit_keys(value: str, width: int) -> str:
    keys = [k for k in value.split(", ") if k]
    if cells(value) <= width or not keys:
        return value
    shown: list[str] = []
    for i, key in enumerate(keys):
        rest = len(keys) - i - 1
        candidate = ", ".join([*shown, key]) + (f", +{rest}" if rest else "")
        if cells(candidate) > width and shown:
            break
        if cells(candidate) > width:
            return f"+{len(keys)}" if cells(f"+{len(keys)}") <= width else ""
        shown.append(key)
    rest = len(keys) - len(shown)
    return ", ".join(shown) + (f", +{rest}" if rest else "")


def flat(value: object | None) -> str:
    """A cell's text on one line: whitespace runs (newlines, tabs) become one space."""
    if value is None:
        return ""
    return " ".join(str(value).split())


def table_width(console: Console) -> int | None:
    """The width a table must fit: the terminal's (``COLUMNS`` beats it); None when piped or
    written to a file, where nothing is cut or padded."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    if console.is_terminal:
        return console.width
    return None


def layout(
    columns: Sequence[Col], rows: Sequence[Sequence[str]], width: int | None
) -> tuple[list[int], list[int]]:
    """Which columns are shown (indices) and how wide each is."""
    natural = [
        max([cells(c.header), *(cells(row[i]) for row in rows)]) for i, c in enumerate(columns)
    ]
    shown = list(range(len(columns)))

    def first_keys(i: int) -> int:
        # the widest first key, with room for ", +N": the column is never wider than that
        first = max((cells(r[i].split(", ")[0]) for r in rows if r[i]), default=0)
        more = any(", " in r[i] for r in rows)
        return min(natural[i], max(first + (5 if more else 0), cells(columns[i].header)))

    def minimum(i: int, text_cells: int = TEXT_MIN_CELLS) -> int:
        c = columns[i]
        if c.kind == "text":
            return min(natural[i], max(text_cells, cells(c.header)))
        if c.kind == "keys":
            return first_keys(i)
        return natural[i]

    if width is None:
        return shown, natural

    def need(ids: list[int]) -> int:
        return sum(minimum(i, TEXT_COMFORT_CELLS) for i in ids) + GAP * (len(ids) - 1)

    for i in sorted(range(len(columns)), key=lambda i: -columns[i].drop):
        if need(shown) <= width or columns[i].drop == 0:
            break
        shown.remove(i)
    widths = {i: first_keys(i) if columns[i].kind == "keys" else natural[i] for i in shown}
    flexible = [i for i in shown if columns[i].kind == "text"]
    rigid = sum(widths[i] for i in shown if i not in flexible) + GAP * (len(shown) - 1)
    left = width - rigid
    if flexible and sum(natural[i] for i in flexible) > left:
        # share what is left: the narrowest first get all they need, the rest split the remainder
        pending = sorted(flexible, key=lambda i: natural[i])
        while pending:
            share = max(0, left) // len(pending)
            i = pending[0]
            if natural[i] <= share:
                widths[i] = natural[i]
            else:
                for j in pending:
                    widths[j] = max(minimum(j), share)
                break
            left -= widths[i]
            pending.pop(0)
    return shown, [widths[i] for i in shown]


def _cell(column: Col, value: str, width: int) -> str:
    if column.kind == "text":
        return shorten(value, width)
    if column.kind == "keys":
        return _fit_keys(value, width)
    return value


def print_table(
    columns: Sequence[Col],
    rows: Iterable[Sequence[object | None]],
    *,
    fmt: ListFormat = ListFormat.TABLE,
    console: Console | None = None,
    width: int | Literal["auto"] | None = "auto",
) -> None:
    """Rows under a header line, columns two spaces apart, nothing padded at the line's end.

    On a terminal (or with ``COLUMNS``) the table fits the width: key columns whole, free text
    shortened with an ellipsis, optional columns left out; piped or in a file every value is
    whole. ``tsv`` is tab-separated with a header, for scripts and spreadsheets.
    """
    out = console if console is not None else stdout
    data = [tuple(flat(v) for v in row) for row in rows]
    if fmt is ListFormat.TSV:
        write = out.file.write
        write("\t".join(c.header for c in columns) + "\n")
        for row in data:
            write("\t".join(row) + "\n")
        out.file.flush()
        return
    fit = table_width(out) if width == "auto" else width
    shown, widths = layout(columns, data, fit)
    styled = out.is_terminal and not no_color()

    def line(values: Sequence[str], header: bool) -> str:
        parts = []
        for n, (i, w) in enumerate(zip(shown, widths, strict=True)):
            column = columns[i]
            text = values[i] if header else _cell(column, values[i], w)
            pad = w - cells(text)
            last = n == len(shown) - 1
            if column.justify == "right":
                text = " " * pad + text
            elif not last:
                text = text + " " * pad
            parts.append(text)
        return (" " * GAP).join(parts).rstrip()

    headers = [c.header for c in columns]
    if not styled:
        write = out.file.write
        write(line(headers, True) + "\n")
        for row in data:
            write(line(row, False) + "\n")
        out.file.flush()
        return
    from rich.text import Text

    out.print(Text(line(headers, True), style="bold"), soft_wrap=True)
    for row in data:
        text = Text(line(row, False))
        offset = 0
        for i, w in zip(shown, widths, strict=True):
            column = columns[i]
            style = column.style(row[i]) if column.style else None
            if style:
                text.stylize(style, offset, offset + w)
            offset += w + GAP
        out.print(text, soft_wrap=True)
