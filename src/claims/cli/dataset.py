"""``claims load | list | show | lint`` and ``claims sources list | show``: the curated data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Column, Table
from rich.text import Text

from claims.cli._common import (
    PlainTable,
    is_long,
    print_json,
    print_json_list,
    state,
    stderr,
    stdout,
    write_plain_table,
)
from claims.dataset import (
    ClaimDetail,
    LintRule,
    SourceDetail,
    SourceView,
    lint,
    list_claims,
    list_sources,
    load_dataset,
    read_dataset,
    show_claim,
    show_source,
)
from claims.enums import ClaimStatus, LinkHealth
from claims.records import Contributor

SHORT_TEXT_CHARS = 60

sources_app = typer.Typer(
    help="Browse the cited works: fields, access dates, link health.", no_args_is_help=True
)

JSON_OPTION = typer.Option(False, "--json", help="Print stable JSON on stdout for scripts.")


def _text(value: object | None) -> Text:
    """Data as plain text: never parsed as rich markup (quotes may hold brackets)."""
    return Text("" if value is None else str(value))


def _say(value: object, *, style: str | None = None, err: bool = False) -> None:
    """One line of plain text, never hard-wrapped (so it can be grepped whole)."""
    console = stderr if err else stdout
    text = value if isinstance(value, Text) else _text(value)
    console.print(text, style=style, soft_wrap=True)


def _short(value: str, limit: int = SHORT_TEXT_CHARS) -> str:
    flat = " ".join(value.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def _names(people: tuple[Contributor, ...]) -> str:
    return "; ".join(p.display() for p in people)


def load(
    ctx: typer.Context,
    path: Annotated[
        Path,
        typer.Argument(
            metavar="PATH", help="A dataset folder holding dataset.toml (or the file itself)."
        ),
    ],
    check: bool = typer.Option(
        False, "--check", help="Only read and check the dataset; write nothing."
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Load a curated dataset: its document, footnotes, sources and claims.

    Everything is checked first; any problem is reported with its file and line, exit code 2,
    and nothing is written. Loading is one transaction and idempotent: loading again changes
    nothing, and an edited dataset updates in place, keeping verification history and link
    checks.

    Example: claims load data/hrw-2016-07-18-facebook-china
    """
    dataset = read_dataset(path)
    if check:
        summary = {
            "document": dataset.document.key,
            "footnotes": len(dataset.footnotes),
            "sources": len(dataset.sources),
            "claims": len(dataset.claims),
        }
        if as_json:
            print_json({"valid": True, **summary})
        else:
            _say(
                f"{dataset.path}: valid: {summary['footnotes']} footnotes, "
                f"{summary['sources']} sources, {summary['claims']} claims"
            )
        return
    # one transaction, run again if it loses a lock race with a concurrent writer
    result = state(ctx).database().transaction(lambda session: load_dataset(session, dataset))
    for kept in result.kept:
        _say(kept.describe(), err=True)
    if as_json:
        print_json(result.as_json())
        return
    table = Table("rows", "created", "updated", "deleted", "unchanged", title=result.document)
    for name, changes in result.counts().items():
        table.add_row(
            name,
            str(changes.created),
            str(changes.updated),
            str(changes.deleted),
            str(changes.unchanged),
        )
    stdout.print(table)
    _say("loaded" if result.changed else "already up to date: nothing changed")


def list_(
    ctx: typer.Context,
    document: str | None = typer.Option(
        None, "--document", "-d", metavar="KEY", help="Only this document."
    ),
    status: Annotated[
        ClaimStatus | None,
        typer.Option(
            "--status",
            metavar="STATUS",
            help="Only claims with this status: " + ", ".join(s.value for s in ClaimStatus) + ".",
        ),
    ] = None,
    as_json: bool = JSON_OPTION,
) -> None:
    """List claims in text order: key, status, short text and the sources they cite.

    JSON: a list of {key, status, statement, quote, start, end, footnotes, sources}.

    Example: claims list --status needs-source
    """
    with state(ctx).database().session(readonly=True) as session:
        claims = list_claims(session, document=document, status=status)
    if as_json:
        print_json_list(c.as_json() for c in claims)
        return
    if is_long(len(claims)):
        rows = [
            (c.key, c.status.value, _short(c.statement), ", ".join(c.sources) or "—")
            for c in claims
        ]
        write_plain_table(stdout, PlainTable(("key", "status", "claim", "sources"), rows))
        _say(f"{len(claims)} claims", err=True)
        return
    table = Table("key", Column("status", no_wrap=True), "claim", "sources")
    table.columns[0].overflow = "fold"
    table.columns[1].no_wrap = True
    table.columns[3].overflow = "fold"
    for claim in claims:
        table.add_row(
            _text(claim.key),
            _text(claim.status.value),
            _text(_short(claim.statement)),
            _text("\n".join(claim.sources) or "—"),
        )
    stdout.print(table)
    _say(f"{len(claims)} claims", err=True)


def _field_grid(rows: list[tuple[str, object | None]]) -> Table:
    """Name and value pairs; values fold rather than lose characters (URLs, keys)."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold", no_wrap=True)
    grid.add_column(overflow="fold")
    for name, value in rows:
        if value is not None:
            grid.add_row(_text(name), _text(value))
    return grid


def _source_rows(s: SourceView) -> list[tuple[str, object | None]]:
    accessed = f"{s.accessed.isoformat()} ({s.accessed_basis.value})" if s.accessed else None
    return [
        ("key", s.key),
        ("kind", s.kind.value),
        ("title", s.title),
        ("authors", _names(s.authors) or None),
        ("container", s.container),
        ("publisher", s.publisher),
        ("issued", s.issued.iso() if s.issued else None),
        ("url", s.url),
        ("accessed", accessed or "—"),
        ("health", s.health.value if s.health else None),
    ]


def _render_claim(detail: ClaimDetail) -> None:
    claim = detail.claim
    head = Text()
    head.append(claim.key, style="bold")
    head.append(f"  [{claim.status.value}]")
    stdout.print(head)
    _say(f"document: {detail.document_title} ({claim.document})")
    _say(f"statement: {claim.statement}")
    notes = ", ".join(str(n) for n in claim.footnotes) or "none"
    _say(f"quote at {claim.start}:{claim.end} (footnotes: {notes}):")
    context = Text("…" + detail.before, style="dim")
    context.append(claim.quote, style="bold")
    context.append(detail.after + "…", style="dim")
    stdout.print(context)
    stdout.print()
    if detail.citations:
        for c in detail.citations:
            where = f"footnote {c.footnote}" if c.footnote is not None else "outside any footnote"
            _say(f"source {c.position} of {where}:", style="bold")
            stdout.print(_field_grid(_source_rows(c.source)))
            stdout.print()
    else:
        _say("sources: none (the claim needs a source)")
    if detail.verifications:
        table = Table("when", "verdict", "reviewer", "source", "note")
        for v in detail.verifications:
            table.add_row(
                _text(v.at.isoformat(timespec="seconds")),
                _text(v.verdict.value),
                _text(v.reviewer),
                _text(v.source or "—"),
                _text(v.note or ""),
            )
        _say("verification history:")
        stdout.print(table)
    else:
        _say("verification history: none yet")


def show(
    ctx: typer.Context,
    key: str = typer.Argument(..., help="The claim's key (see `claims list`)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Show a claim: its quote in context, its sources with their fields, access dates and link
    health, and its verification history.

    Example: claims show pu-zhiqiang-conviction-2015
    """
    with state(ctx).database().session(readonly=True) as session:
        detail = show_claim(session, key)
    if as_json:
        print_json(detail.as_json())
        return
    _render_claim(detail)


def lint_(
    ctx: typer.Context,
    rule: Annotated[
        list[LintRule] | None,
        typer.Option(
            "--rule",
            "-r",
            metavar="RULE",
            help="Run only this rule (repeat for several); default all. Rules: "
            + ", ".join(r.value for r in LintRule)
            + ".",
        ),
    ] = None,
    document: str | None = typer.Option(
        None,
        "--document",
        "-d",
        metavar="KEY",
        help="Only this document's claims and the sources they cite.",
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Report what a careful editor would catch, offline: sources with no access date, an issued
    date that disagrees with a date in the URL, fields missing for a source's kind, sources no
    claim cites, claims that cite no source, duplicate URLs. Exit code 1 when anything is found.

    Example: claims lint --document hrw-2016-07-18-facebook-china --rule issued-url-mismatch
    """
    with state(ctx).database().session(readonly=True) as session:
        report = lint(session, rule or None, document=document)
    if as_json:
        print_json(report.as_json())
    else:
        if is_long(len(report.findings)):
            rows = [(f.rule.value, f.key, f.message) for f in report.findings]
            write_plain_table(stdout, PlainTable(("rule", "key", "finding"), rows))
        elif report.findings:
            table = Table(Column("rule", no_wrap=True), "key", "finding")
            table.columns[0].no_wrap = True
            table.columns[1].overflow = "fold"
            for f in report.findings:
                table.add_row(_text(f.rule.value), _text(f.key), _text(f.message))
            stdout.print(table)
        counts = ", ".join(f"{n} {name}" for name, n in report.counts().items() if n)
        _say(
            f"{len(report.findings)} findings ({counts}) in {report.sources_checked} sources"
            f" and {report.claims_checked} claims"
            if report.findings
            else f"clean: {report.sources_checked} sources, {report.claims_checked} claims",
            err=True,
        )
    if report.findings:
        raise typer.Exit(1)


@sources_app.command("list")
def sources_list(
    ctx: typer.Context,
    document: str | None = typer.Option(
        None, "--document", "-d", metavar="KEY", help="Only sources this document's claims cite."
    ),
    health: Annotated[
        list[LinkHealth] | None,
        typer.Option(
            "--health",
            metavar="HEALTH",
            case_sensitive=False,
            help="Only sources whose link has this health (repeat for several): "
            + ", ".join(h.value for h in LinkHealth)
            + ".",
        ),
    ] = None,
    as_json: bool = JSON_OPTION,
) -> None:
    """List sources: key, kind, title, issued and accessed dates, link health.

    JSON: a list of {key, kind, title, authors, container, publisher, issued, url, accessed,
    accessed_basis, health, claims}.

    Example: claims sources list --health dead --health suspect --json
    """
    with state(ctx).database().session(readonly=True) as session:
        sources = list_sources(session, document=document, health=tuple(health or ()))
    if as_json:
        print_json_list(s.as_json() for s in sources)
        return
    if is_long(len(sources)):
        rows = [
            (
                s.key,
                s.kind.value,
                s.issued.iso() if s.issued else "—",
                s.accessed.isoformat() if s.accessed else "—",
                s.health.value if s.health else "—",
                _short(s.title or "—", 50),
            )
            for s in sources
        ]
        columns = ("key", "kind", "issued", "accessed", "health", "title")
        write_plain_table(stdout, PlainTable(columns, rows))
        _say(f"{len(sources)} sources", err=True)
        return
    table = Table("key", "kind", "issued", "accessed", "health", "title")
    table.columns[0].overflow = "fold"
    for column in table.columns[1:5]:
        column.no_wrap = True
    for s in sources:
        table.add_row(
            _text(s.key),
            _text(s.kind.value),
            _text(s.issued.iso() if s.issued else "—"),
            _text(s.accessed.isoformat() if s.accessed else "—"),
            _text(s.health.value if s.health else "—"),
            _text(_short(s.title or "—", 50)),
        )
    stdout.print(table)
    _say(f"{len(sources)} sources", err=True)


def _render_source(detail: SourceDetail) -> None:
    rows = _source_rows(detail.source)
    rows[-1:-1] = [
        ("language", detail.language),
        ("doi", detail.doi),
        *((name, value) for name, value in sorted(detail.extra.items())),
        ("raw", detail.raw),
        ("note", detail.note),
    ]
    stdout.print(_field_grid(rows))
    if detail.checks:
        table = Table("checked", "outcome", "status", "final url", title="link checks")
        for check in detail.checks:
            table.add_row(
                _text(check.checked_at.isoformat(timespec="seconds")),
                _text(check.outcome),
                _text(check.http_status or "—"),
                _text(check.final_url or "—"),
            )
        stdout.print(table)
    elif detail.link_url:
        _say("link checks: none yet")
    if detail.citations:
        table = Table("claim", "document", "footnote", title="cited by")
        for c in detail.citations:
            table.add_row(
                _text(c.claim),
                _text(c.document),
                _text(c.footnote if c.footnote is not None else "—"),
            )
        stdout.print(table)
    else:
        _say("cited by: no claim")


@sources_app.command("show")
def sources_show(
    ctx: typer.Context,
    key: str = typer.Argument(..., help="The source's citation key (see `claims sources list`)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Show a source: every field, the raw citation, link health and checks, citing claims.

    Example: claims sources show vlastelicaInstagramReportedlyBlocked2014
    """
    with state(ctx).database().session(readonly=True) as session:
        detail = show_source(session, key)
    if as_json:
        print_json(detail.as_json())
        return
    _render_source(detail)


def register(app: typer.Typer) -> None:
    """Add the top-level commands and the ``sources`` group to the application."""
    app.command("load")(load)
    app.command("list")(list_)
    app.command("show")(show)
    app.command("lint")(lint_)
    app.add_typer(sources_app, name="sources")
