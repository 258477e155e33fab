"""``claims sources edit | add | merge | delete | history``, ``claims claims …`` and
``claims footnotes …``: curating by hand."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.text import Text

from claims.cli._common import Col, plural, print_json, print_table, state, stderr, stdout
from claims.cli.dataset import sources_app
from claims.curation import (
    ClaimChange,
    EditSpec,
    EditView,
    FootnoteChange,
    SourceChange,
    add_claim,
    add_source,
    delete_claim,
    delete_source,
    edit_claim,
    edit_footnote,
    edit_history,
    edit_source,
    footnote_key,
    list_footnotes,
    merge_sources,
)
from claims.errors import InputError

SET = typer.Option(
    None,
    "--set",
    metavar="FIELD=VALUE",
    help="Set a field (repeatable): kind, title, container, publisher, issued (YYYY[-MM[-DD]]), "
    "url, accessed (YYYY-MM-DD; basis person), accessed_basis, language, doi, raw, note, "
    "extra.NAME.",
)
UNSET = typer.Option(None, "--unset", metavar="FIELD", help="Clear a field (repeatable).")
AUTHOR = typer.Option(
    None,
    "--author",
    metavar='"FAMILY, GIVEN"',
    help="An author who is a person (repeatable; replaces the authors).",
)
ORGANISATION = typer.Option(
    None,
    "--organisation",
    metavar="NAME",
    help="An author that is an organisation (repeatable; after the persons).",
)
BY = typer.Option(None, "--by", metavar="NAME", help="Who makes the change (the edit log).")
NOTE = typer.Option(None, "--note", metavar="TEXT", help="Why (kept in the edit log).")
JSON = typer.Option(False, "--json", help="Print what changed as JSON on stdout.")


def _spec(
    *,
    sets: list[str] | None,
    unsets: list[str] | None,
    authors: list[str] | None,
    organisations: list[str] | None,
    by: str | None,
    note: str | None,
) -> EditSpec:
    pairs = []
    for item in sets or ():
        name, eq, value = item.partition("=")
        if not eq or not name.strip():
            raise InputError(f"--set {item!r}: expected FIELD=VALUE")
        pairs.append((name.strip(), value))
    return EditSpec(
        sets=tuple(pairs),
        unsets=tuple(u.strip() for u in unsets or ()),
        authors=tuple(authors) if authors else None,
        organisations=tuple(organisations or ()),
        by=by,
        note=note,
    )


def _report(change: SourceChange, as_json: bool) -> None:
    if as_json:
        print_json(change.as_json())
        return
    for c in change.changes:
        stdout.print(Text(f"{change.key}: {c.field}: {c.old!r} -> {c.new!r}"), soft_wrap=True)
    for c in change.conflicts:
        stdout.print(
            Text(f"{change.key}: kept {c.field} {c.old!r}; a merged source has {c.new!r}"),
            soft_wrap=True,
        )
    what = {
        "edit": f"edited {change.key}: {plural(len(change.changes), 'field')} changed",
        "add": f"added {change.key}",
        "merge": f"merged {', '.join(change.merged)} into {change.key}: "
        f"{plural(change.moved_citations, 'citation')} moved, "
        f"{plural(len(change.conflicts), 'conflict')}",
        "delete": f"deleted {change.key}",
    }[change.action]
    if change.pinned:
        what += f"; pinned: {', '.join(change.pinned)}"
    stderr.print(Text(what), soft_wrap=True)


@sources_app.command("edit")
def sources_edit(
    ctx: typer.Context,
    *,
    key: Annotated[str, typer.Argument(metavar="KEY", help="The source's citation key.")],
    sets: list[str] | None = SET,
    unsets: list[str] | None = UNSET,
    authors: list[str] | None = AUTHOR,
    organisations: list[str] | None = ORGANISATION,
    by: str | None = BY,
    note: str | None = NOTE,
    as_json: bool = JSON,
) -> None:
    """Correct a source's fields by hand. Every change goes into the edit log, and every field
    named is pinned: `claims load`, `claims extract --save` and `claims import … --on-conflict
    update` keep it. One transaction: a bad field or value writes nothing (exit 2).

    Example: claims sources edit douChinaEmbedInternet2015 --set title="China to Embed
    Internet Police" --author "Dou, Eva" --by ana --note "per the WSJ page"
    """
    spec = _spec(
        sets=sets, unsets=unsets, authors=authors, organisations=organisations, by=by, note=note
    )
    with state(ctx).database().session() as session:
        change = edit_source(session, key, spec)
    _report(change, as_json)


@sources_app.command("add")
def sources_add(
    ctx: typer.Context,
    *,
    key: Annotated[str, typer.Argument(metavar="KEY", help="The new source's citation key.")],
    sets: list[str] | None = SET,
    authors: list[str] | None = AUTHOR,
    organisations: list[str] | None = ORGANISATION,
    by: str | None = BY,
    note: str | None = NOTE,
    as_json: bool = JSON,
) -> None:
    """Add a source by hand (its fields are pinned, the addition is logged).

    Example: claims sources add hrwWorldReport2016 --set kind=report --set title="World
    Report 2016" --organisation "Human Rights Watch" --set issued=2016 --by ana
    """
    spec = _spec(
        sets=sets, unsets=None, authors=authors, organisations=organisations, by=by, note=note
    )
    with state(ctx).database().session() as session:
        change = add_source(session, key, spec)
    _report(change, as_json)


@sources_app.command("merge")
def sources_merge(
    ctx: typer.Context,
    *,
    keep: Annotated[str, typer.Argument(metavar="KEEP", help="The source to keep.")],
    others: Annotated[
        list[str], typer.Argument(metavar="OTHER", help="Duplicates merged into KEEP.")
    ],
    by: str | None = BY,
    note: str | None = NOTE,
    as_json: bool = JSON,
) -> None:
    """Merge duplicate sources into KEEP: their citations, verdicts' sources and pins move to
    it, fields KEEP lacks are filled from them, values that differ are listed (KEEP's stay),
    the merge is logged and the duplicates are deleted.

    Example: claims sources merge wongChinaPunishesNearly2015 wongChinaPunishesNearly2015a
    """
    with state(ctx).database().session() as session:
        change = merge_sources(session, keep, others, by=by, note=note)
    _report(change, as_json)


@sources_app.command("delete")
def sources_delete(
    ctx: typer.Context,
    *,
    key: Annotated[str, typer.Argument(metavar="KEY", help="The source's citation key.")],
    by: str | None = BY,
    note: str | None = NOTE,
    as_json: bool = JSON,
) -> None:
    """Delete a source no claim cites (refused, exit 2, while any claim cites it).

    Example: claims sources delete appendixLetterNameless2015 --by ana --note "duplicate"
    """
    with state(ctx).database().session() as session:
        change = delete_source(session, key, by=by, note=note)
    _report(change, as_json)


def render_history(edits: tuple[EditView, ...], title: str = "edit history") -> None:
    """The edit log as a table: at 80 columns old and new values are shortened (piped, whole)."""
    if not edits:
        stdout.print(Text(f"{title}: none (no hand edits)"))
        return
    stdout.print(Text(f"{title}:"))
    print_table(
        [
            Col("when"),
            Col("by", drop=2),
            Col("action", drop=3),
            Col("field"),
            Col("old", "text"),
            Col("new", "text"),
            Col("note", "text", drop=1),
        ],
        [
            (
                e.at.isoformat(timespec="seconds"),
                e.by,
                e.action,
                e.field or "—",
                "" if e.old is None else e.old,
                "" if e.new is None else e.new,
                e.note or "",
            )
            for e in edits
        ],
    )


@sources_app.command("history")
def sources_history(
    ctx: typer.Context,
    key: Annotated[str, typer.Argument(metavar="KEY", help="The source's citation key.")],
    as_json: bool = typer.Option(False, "--json", help="Print the edits as JSON on stdout."),
) -> None:
    """Show the hand edits of a source (the edit log), oldest first.

    Example: claims sources history douChinaEmbedInternet2015
    """
    with state(ctx).database().session(readonly=True) as session:
        edits = edit_history(session, "source", key)
    if as_json:
        print_json([e.as_json() for e in edits])
        return
    render_history(edits)


QUOTE = typer.Option(..., "--quote", metavar="TEXT", help="The document's exact words.")
CITES = typer.Option(
    None,
    "--cites",
    metavar="KEY[@FOOTNOTE]",
    help="A source it cites, optionally in a footnote (repeatable).",
)
UNCITES = typer.Option(
    None,
    "--uncites",
    metavar="KEY[@FOOTNOTE]",
    help="A source it no longer cites (in that footnote only, with @FOOTNOTE; repeatable).",
)
claims_app = typer.Typer(
    help="Add, edit and delete claims by their words (never by offsets).", no_args_is_help=True
)


def _report_claim(change: ClaimChange, as_json: bool) -> None:
    if as_json:
        print_json(change.as_json())
        return
    cites = ", ".join(change.sources) or "nothing (needs a source)"
    if change.action == "edit":
        for c in change.changes:
            stdout.print(Text(f"{change.key}: {c.field}: {c.old!r} -> {c.new!r}"), soft_wrap=True)
        for warning in change.warnings:
            stderr.print(Text(f"warning: {warning}"), soft_wrap=True)
        stderr.print(
            Text(
                f"edited claim {change.key}: {plural(len(change.changes), 'field')} changed; "
                f"pinned: {', '.join(change.pinned)}"
            ),
            soft_wrap=True,
        )
        return
    verb = "added" if change.action == "add" else "deleted"
    stderr.print(
        Text(f"{verb} claim {change.key} at {change.start}:{change.end}, citing {cites}"),
        soft_wrap=True,
    )


@claims_app.command("add")
def claims_add(
    ctx: typer.Context,
    document: Annotated[str, typer.Argument(metavar="DOCUMENT", help="The document's key.")],
    *,
    quote: str = QUOTE,
    occurrence: int | None = typer.Option(
        None, "--occurrence", metavar="N", help="Which occurrence (1 is the first) if several."
    ),
    key: str | None = typer.Option(
        None, "--key", metavar="KEY", help="The claim's key (default DOCUMENT-cN)."
    ),
    statement: str | None = typer.Option(
        None, "--statement", metavar="TEXT", help="The claim in your words (default the quote)."
    ),
    cites: list[str] | None = CITES,
    by: str | None = BY,
    note: str | None = NOTE,
    as_json: bool = JSON,
) -> None:
    """Add a claim by its exact words: the offsets, prefix and suffix are computed. A quote
    that is not in the text, or occurs more than once without --occurrence, is refused (exit
    2) naming where it does occur. The claim is logged and kept by `claims load` and
    `claims extract --save`.

    Example: claims claims add hrw-2016-07-18-facebook-china --quote "Facebook's mission"
    --statement "Facebook states a mission" --cites facebookFacebookMissionStatement@1
    """
    with state(ctx).database().session() as session:
        change = add_claim(
            session,
            document,
            quote=quote,
            key=key,
            occurrence=occurrence,
            statement=statement,
            cites=cites or (),
            by=by,
            note=note,
        )
    _report_claim(change, as_json)


@claims_app.command("edit")
def claims_edit(
    ctx: typer.Context,
    key: Annotated[str, typer.Argument(metavar="KEY", help="The claim's key.")],
    *,
    statement: str | None = typer.Option(
        None, "--statement", metavar="TEXT", help="The claim in your words."
    ),
    quote: str | None = typer.Option(
        None, "--quote", metavar="TEXT", help="The document's exact words, anchored anew."
    ),
    occurrence: int | None = typer.Option(
        None, "--occurrence", metavar="N", help="Which occurrence of --quote (1 is the first)."
    ),
    cites: list[str] | None = CITES,
    uncites: list[str] | None = UNCITES,
    by: str | None = BY,
    note: str | None = NOTE,
    as_json: bool = JSON,
) -> None:
    """Correct a claim's statement, its quote (found again by its words: offsets, prefix and
    suffix recomputed) or what it cites (--uncites first, then --cites). Each change goes into
    the edit log and each field named is pinned: `claims load` and `claims extract --save`
    keep it. One transaction: a bad key, quote or footnote writes nothing (exit 2).

    Example: claims claims edit pu-zhiqiang-conviction-2015 --statement "Pu Zhiqiang was
    convicted" --uncites humanChinaNewBan2015@8 --cites douChinaEmbedInternet2015 --by ana
    """
    with state(ctx).database().session() as session:
        change = edit_claim(
            session,
            key,
            statement=statement,
            quote=quote,
            occurrence=occurrence,
            cites=cites or (),
            uncites=uncites or (),
            by=by,
            note=note,
        )
    _report_claim(change, as_json)


@claims_app.command("delete")
def claims_delete(
    ctx: typer.Context,
    key: Annotated[str, typer.Argument(metavar="KEY", help="The claim's key.")],
    *,
    by: str | None = BY,
    note: str | None = NOTE,
    as_json: bool = JSON,
) -> None:
    """Delete a claim with no verification trail (one with a trail is refused, exit 2).

    Example: claims claims delete hrw-2016-07-18-facebook-china-c1 --by ana
    """
    with state(ctx).database().session() as session:
        change = delete_claim(session, key, by=by, note=note)
    _report_claim(change, as_json)


@claims_app.command("history")
def claims_history(
    ctx: typer.Context,
    key: Annotated[str, typer.Argument(metavar="KEY", help="The claim's key.")],
    as_json: bool = typer.Option(False, "--json", help="Print the edits as JSON on stdout."),
) -> None:
    """Show the hand edits of a claim (the edit log), oldest first.

    Example: claims claims history hrw-2016-07-18-facebook-china-c1
    """
    with state(ctx).database().session(readonly=True) as session:
        edits = edit_history(session, "claim", key)
    if as_json:
        print_json([e.as_json() for e in edits])
        return
    render_history(edits)


footnotes_app = typer.Typer(
    help="List a document's footnotes and correct their extent and citations.",
    no_args_is_help=True,
)
DOCUMENT = typer.Argument(..., metavar="DOCUMENT", help="The document's key.")
NUMBER = typer.Argument(..., metavar="NUMBER", help="The footnote's number.")
FOOTNOTE_CITES = typer.Option(
    None, "--cites", metavar="KEY", help="A source it cites, after the others (repeatable)."
)
FOOTNOTE_UNCITES = typer.Option(
    None, "--uncites", metavar="KEY", help="A source it does not cite (repeatable)."
)


@footnotes_app.command("list")
def footnotes_list(
    ctx: typer.Context,
    document: str = DOCUMENT,
    as_json: bool = typer.Option(False, "--json", help="Print the footnotes as JSON on stdout."),
) -> None:
    """List a document's footnotes: number, extent, what each cites, its claims and pins.

    Example: claims footnotes list hrw-2016-07-18-facebook-china
    """
    with state(ctx).database().session(readonly=True) as session:
        notes = list_footnotes(session, document)
    if as_json:
        print_json([n.as_json() for n in notes])
        return
    print_table(
        [
            Col("no", justify="right"),
            Col("extent"),
            Col("cites", "keys"),
            Col("claims", justify="right", drop=1),
            Col("pinned", drop=2),
            Col("text", "text"),
        ],
        [
            (
                n.number,
                "—" if n.start is None else f"{n.start}:{n.end}",
                ", ".join(n.sources) or "—",
                len(n.claims),
                ", ".join(n.pinned) or "—",
                n.text,
            )
            for n in notes
        ],
    )


def _report_footnote(change: FootnoteChange, as_json: bool) -> None:
    if as_json:
        print_json(change.as_json())
        return
    name = footnote_key(change.document, change.footnote.number)
    for c in change.changes:
        stdout.print(Text(f"{name}: {c.field}: {c.old!r} -> {c.new!r}"), soft_wrap=True)
    stderr.print(
        Text(
            f"edited footnote {name}: {plural(len(change.changes), 'field')} changed; "
            f"pinned: {', '.join(change.pinned)}"
        ),
        soft_wrap=True,
    )


@footnotes_app.command("edit")
def footnotes_edit(
    ctx: typer.Context,
    document: str = DOCUMENT,
    number: int = NUMBER,
    *,
    start_words: str | None = typer.Option(
        None, "--from", metavar="WORDS", help="The footnote's first words, exactly."
    ),
    end_words: str | None = typer.Option(
        None, "--to", metavar="WORDS", help="Its last words: the first occurrence after --from."
    ),
    occurrence: int | None = typer.Option(
        None, "--occurrence", metavar="N", help="Which occurrence of --from (1 is the first)."
    ),
    span: str | None = typer.Option(
        None, "--span", metavar="START:END", help="Offsets instead of words (advanced)."
    ),
    cites: list[str] | None = FOOTNOTE_CITES,
    uncites: list[str] | None = FOOTNOTE_UNCITES,
    by: str | None = BY,
    note: str | None = NOTE,
    as_json: bool = JSON,
) -> None:
    """Correct a footnote: where it starts and ends (by its first and last words, or offsets)
    and what it cites (for every claim citing it). Each change is logged and each field
    named pinned: `claims load` and `claims extract --save` keep it. Bad words, a span over
    another footnote or an unknown source write nothing (exit 2).

    Example: claims footnotes edit hrw-2016-07-18-facebook-china 5 --from "Eva Dou"
    --to "1438755985." --cites wongXiJinpingsNews2016 --by ana
    """
    with state(ctx).database().session() as session:
        change = edit_footnote(
            session,
            document,
            number,
            start_words=start_words,
            end_words=end_words,
            occurrence=occurrence,
            span=span,
            cites=cites or (),
            uncites=uncites or (),
            by=by,
            note=note,
        )
    _report_footnote(change, as_json)


@footnotes_app.command("history")
def footnotes_history(
    ctx: typer.Context,
    document: str = DOCUMENT,
    number: int = NUMBER,
    as_json: bool = typer.Option(False, "--json", help="Print the edits as JSON on stdout."),
) -> None:
    """Show the hand edits of a footnote (the edit log), oldest first.

    Example: claims footnotes history hrw-2016-07-18-facebook-china 5
    """
    with state(ctx).database().session(readonly=True) as session:
        list_footnotes(session, document)  # an unknown document is an error, not "none"
        edits = edit_history(session, "footnote", footnote_key(document, number))
    if as_json:
        print_json([e.as_json() for e in edits])
        return
    render_history(edits)


def register(app: typer.Typer) -> None:
    """``claims claims …``; the source commands are on ``sources_app``."""
    app.add_typer(claims_app, name="claims")
