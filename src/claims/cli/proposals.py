"""``claims proposals accept|reject KEY``: decide on a proposed uncited claim."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.text import Text

from claims.cli._common import print_json, state, stdout

app = typer.Typer(
    help="Accept or reject the uncited claims `claims extract --save` proposed.",
    no_args_is_help=True,
)


@app.command("accept")
def accept(
    ctx: typer.Context,
    key: Annotated[str, typer.Argument(metavar="CLAIM_KEY", help="The proposed claim's key.")],
    as_json: bool = typer.Option(False, "--json", help="Print stable JSON on stdout."),
) -> None:
    """Keep a proposed claim as a claim of its document (status needs-source).

    Example: claims proposals accept letter-u1a2b3c4d
    """
    from claims.extract.review import accept_proposal

    with state(ctx).database().session() as session:
        decision = accept_proposal(session, key)
    if as_json:
        print_json(decision.as_json())
    else:
        stdout.print(Text(f"accepted {key}: now a claim needing a source"), soft_wrap=True)


@app.command("reject")
def reject(
    ctx: typer.Context,
    key: Annotated[str, typer.Argument(metavar="CLAIM_KEY", help="The proposed claim's key.")],
    by: str | None = typer.Option(None, "--by", metavar="NAME", help="Who rejects it."),
    as_json: bool = typer.Option(False, "--json", help="Print stable JSON on stdout."),
) -> None:
    """Delete a proposed claim; saving its document again will not propose it again.

    Example: claims proposals reject letter-u1a2b3c4d --by ana
    """
    from claims.extract.review import reject_proposal

    with state(ctx).database().session() as session:
        decision = reject_proposal(session, key, by)
    if as_json:
        print_json(decision.as_json())
    else:
        stdout.print(Text(f"rejected {key}: it will not be proposed again"), soft_wrap=True)


def register(parent: typer.Typer) -> None:
    parent.add_typer(app, name="proposals")
