"""``claims flags list | review``: extraction's review flags, open until a person resolves them."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.text import Text

from claims.cli._common import (
    FORMAT_OPTION,
    Col,
    ListFormat,
    documents_option,
    plural,
    print_json,
    print_table,
    state,
    stderr,
)
from claims.curation.review import WHOLE, FlagView, list_flags, review_flags

app = typer.Typer(
    help="List and review the fields extraction was unsure of (open until resolved).",
    no_args_is_help=True,
)


def _rows(flags: tuple[FlagView, ...], resolved: bool) -> list[tuple[str, ...]]:
    rows = []
    for f in flags:
        row = [f.key, f.field or WHOLE, f.reason, str(f.footnote or ""), f.detail or ""]
        if resolved:
            row.append(f"{f.resolution} by {f.resolved_by}" if f.resolution else "open")
        rows.append(tuple(row))
    return rows


@app.command("list")
def list_command(
    ctx: typer.Context,
    document: Annotated[
        list[str] | None,
        documents_option("Only the flags this document raised (repeat for several)."),
    ] = None,
    resolved: bool = typer.Option(
        False, "--all", help="Also the resolved flags (edited, reviewed, cleared), and by whom."
    ),
    fmt: ListFormat = FORMAT_OPTION,
    as_json: bool = typer.Option(False, "--json", help="Print stable JSON on stdout."),
) -> None:
    """List the review flags `claims extract --save` kept: the source (or footnote DOC#N), the
    field (* for the whole citation), why, and the note it was raised in. A flag is open until
    a person edits the field (`claims sources edit`) or marks it reviewed (`claims flags
    review`).

    Example: claims flags list --document deese-remarks
    """
    with state(ctx).database().session(readonly=True) as session:
        flags = list_flags(session, document=document, resolved=resolved)
    if as_json:
        print_json([f.as_json() for f in flags])
        return
    columns = [
        Col("key", "key"),
        Col("field"),
        Col("reason", drop=2),
        Col("fn", justify="right", drop=1),
        Col("detail", "text"),
    ]
    if resolved:
        columns.append(Col("resolution", "text"))
    if flags or fmt is ListFormat.TSV:
        print_table(columns, _rows(flags, resolved), fmt=fmt)
    open_ = sum(1 for f in flags if f.open)
    stderr.print(Text(f"{plural(open_, 'open review flag')}"), soft_wrap=True)


@app.command("review")
def review_command(
    ctx: typer.Context,
    *,
    key: Annotated[
        str, typer.Argument(metavar="KEY", help="A source's key, or DOCUMENT#N for a footnote.")
    ],
    fields: Annotated[
        list[str] | None,
        typer.Argument(metavar="FIELD…", help="Only the flags on these fields (* the whole)."),
    ] = None,
    by: str | None = typer.Option(None, "--by", metavar="NAME", help="Who reviewed it."),
    note: str | None = typer.Option(None, "--note", metavar="TEXT", help="What was checked."),
    as_json: bool = typer.Option(False, "--json", help="Print the flags resolved as JSON."),
) -> None:
    """Mark a source's open review flags reviewed (all, or those on FIELD…): the value was
    checked and stands. Logged in the edit log; saving the document again does not raise
    them anew. Exit 2 when there is no such open flag.

    Example: claims flags review milkisTheodoreRooseveltDomestic issued --by ana --note "undated"
    """
    with state(ctx).database().session() as session:
        done = review_flags(session, key, fields or (), by=by, note=note)
    if as_json:
        print_json([f.as_json() for f in done])
        return
    names = ", ".join(dict.fromkeys(f"{f.field or WHOLE} ({f.reason})" for f in done))
    stderr.print(Text(f"reviewed {plural(len(done), 'flag')} of {key}: {names}"), soft_wrap=True)
