"""``claims load | list | show | lint`` and ``claims sources list | show``: the curated data."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table
from rich.text import Text

from claims.cli._common import (
    FORMAT_OPTION,
    Col,
    HealthFilter,
    ListFormat,
    documents_option,
    health_style,
    plural,
    print_json,
    print_json_list,
    print_table,
    state,
    status_style,
    stderr,
    stdout,
    warn,
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
from claims.enums import ClaimStatus
from claims.records import Contributor

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
                f"{dataset.path}: valid: {plural(len(dataset.footnotes), 'footnote')}, "
                f"{plural(len(dataset.sources), 'source')}, {plural(len(dataset.claims), 'claim')}"
            )
        return
    # one transaction, run again if it loses a lock race with a concurrent writer
    result = state(ctx).database().transaction(lambda session: load_dataset(session, dataset))
    for kept in result.kept:
        _say(kept.describe(), err=True)
    if as_json:
        print_json(result.as_json())
        return
    _say(f"document {result.document}")
    print_table(
        [
            Col("rows"),
            Col("created", justify="right"),
            Col("updated", justify="right"),
            Col("deleted", justify="right"),
            Col("unchanged", justify="right"),
        ],
        [
            (name, c.created, c.updated, c.deleted, c.unchanged)
            for name, c in result.counts().items()
        ],
    )
    for conflict in (*result.conflicts, *result.warnings):
        warn(conflict)
    if result.pinned:
        _say(f"pinned {plural(result.pinned, 'field')} a person set")
    if result.rejected:
        _say(f"remembered {plural(result.rejected, 'rejected proposal')}")
    _say("loaded" if result.changed else "already up to date: nothing changed")


def dump(
    ctx: typer.Context,
    document: Annotated[str, typer.Argument(metavar="DOCUMENT", help="The document's key.")],
    directory: Annotated[
        Path,
        typer.Argument(metavar="DIR", help="The dataset folder to write (new or empty)."),
    ],
    force: bool = typer.Option(
        False,
        "--force",
        help="Replace the dataset in a folder that is not empty (its other files stay).",
    ),
    as_json: bool = JSON_OPTION,
) -> None:
    """Write a document as a dataset folder that `claims load` reads back identically.

    The folder gets the document's text file and dataset.toml (docs/dataset.md): the
    document, its footnotes, the sources its claims cite, its claims with their citations and
    statuses, the fields a person pinned and the proposals rejected. Not in a dataset: the
    verification trail, the edit log, link checks and snapshots; they stay in the database.
    The folder is written beside DIR and renamed into place, so nothing half-written is left;
    a folder that is not empty is refused without --force.

    Example: claims dump hrw-2016-07-18-facebook-china curated/letter
    """
    from claims.dataset.dump import dump_dataset

    with state(ctx).database().session(readonly=True) as session:
        result = dump_dataset(session, document, directory, force=force)
    if as_json:
        print_json(result.as_json())
        return
    _say(
        f"wrote {result.path / 'dataset.toml'} and {result.path / result.text_file}: "
        f"{plural(result.footnotes, 'footnote')}, {plural(result.sources, 'source')}, "
        f"{plural(result.claims, 'claim')}, {plural(result.citations, 'citation')}, "
        f"{plural(result.pins, 'pinned field')}"
    )


def list_(
    ctx: typer.Context,
    *,
    document: Annotated[
        list[str] | None,
        documents_option("Only this document (repeat for several)."),
    ] = None,
    status: Annotated[
        list[ClaimStatus] | None,
        typer.Option(
            "--status",
            metavar="STATUS",
            case_sensitive=False,
            help="Only claims with this status (repeat for several): "
            + ", ".join(s.value for s in ClaimStatus)
            + ".",
        ),
    ] = None,
    at_risk: bool = typer.Option(
        False,
        "--at-risk",
        help="Only claims at risk, as the report counts them: no source, or every source's "
        "link dead or suspect.",
    ),
    fmt: ListFormat = FORMAT_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """List claims in text order: key, status, short text and the sources they cite.

    The table fits the terminal: keys are whole, the text is shortened; piped, or with
    --format tsv, every value is whole. Claims the uncited-claim finder proposed and no one
    accepted yet show "needs-source proposed". JSON: a list of {key, status, statement,
    quote, start, end, footnotes, sources, proposed}.

    Example: claims list --status unverified --status disputed --at-risk
    """
    with state(ctx).database().session(readonly=True) as session:
        claims = list_claims(
            session, document=document, status=tuple(status or ()), at_risk=at_risk
        )
    if as_json:
        print_json_list(c.as_json() for c in claims)
        return
    print_table(
        [
            Col("key", "key"),
            Col("status", style=lambda value: status_style(value.split()[0])),
            Col("claim", "text"),
            Col("sources", "keys", drop=1),
        ],
        [
            (
                c.key,
                c.status.value + (" proposed" if c.proposed else ""),
                c.statement,
                ", ".join(c.sources) or "—",
            )
            for c in claims
        ],
        fmt=fmt,
    )
    _say(plural(len(claims), "claim"), err=True)


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
    if claim.proposed:
        _say(
            "proposed by the uncited-claim finder: `claims proposals accept|reject "
            f"{claim.key}` keeps or drops it"
        )
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
        _say("verification history:")
        print_table(
            [
                Col("when"),
                Col("verdict", style=status_style),
                Col("reviewer", "text", drop=1),
                Col("source", "key", drop=2),
                Col("note", "text"),
            ],
            [
                (
                    v.at.isoformat(timespec="seconds"),
                    v.verdict.value,
                    v.reviewer,
                    v.source or "—",
                    v.note or "",
                )
                for v in detail.verifications
            ],
        )
    else:
        _say("verification history: none yet")


def show(
    ctx: typer.Context,
    key: str = typer.Argument(..., help="The claim's key (see `claims list`)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Show a claim: its quote in context, its sources with their fields, access dates and link
    health, its verification history, the best passage of its sources' captured pages, and its
    hand edits.

    Example: claims show pu-zhiqiang-conviction-2015
    """
    from claims.cli.curation import render_history
    from claims.cli.evidence import render_best_passage
    from claims.curation import edit_history
    from claims.evidence.passages import claim_evidence

    with state(ctx).database().session(readonly=True) as session:
        detail = show_claim(session, key)
        best = claim_evidence(session, key, k=1).best()
        edits = edit_history(session, "claim", key)
    if as_json:
        passage = None if best is None else {"source": best[0], **best[1].as_json()}
        print_json(
            {**detail.as_json(), "best_passage": passage, "edits": [e.as_json() for e in edits]}
        )
        return
    _render_claim(detail)
    render_best_passage(best)
    if edits:
        render_history(edits, "edits")


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
    document: Annotated[
        list[str] | None,
        documents_option(
            "Only this document's claims and the sources they cite (repeat for several)."
        ),
    ] = None,
    fmt: ListFormat = FORMAT_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """Report what a careful editor would catch, offline: sources with no access date, an issued
    date that disagrees with a date in the URL, fields missing for a source's kind, sources no
    claim cites, claims that cite no source, duplicate URLs, and the review flags extraction
    left open (`claims flags list`). Exit code 1 when anything is found.

    Example: claims lint --document hrw-2016-07-18-facebook-china --rule issued-url-mismatch
    """
    with state(ctx).database().session(readonly=True) as session:
        report = lint(session, rule or None, document=document)
    if as_json:
        print_json(report.as_json())
    else:
        if report.findings or fmt is ListFormat.TSV:
            print_table(
                [Col("rule"), Col("key", "key"), Col("finding", "text")],
                [(f.rule.value, f.key, f.message) for f in report.findings],
                fmt=fmt,
            )
        counts = ", ".join(f"{n} {name}" for name, n in report.counts().items() if n)
        sources = plural(report.sources_checked, "source")
        claims = plural(report.claims_checked, "claim")
        _say(
            f"{plural(len(report.findings), 'finding')} ({counts}) in {sources} and {claims}"
            if report.findings
            else f"clean: {sources}, {claims}",
            err=True,
        )
    if report.findings:
        raise typer.Exit(1)


@sources_app.command("list")
def sources_list(
    ctx: typer.Context,
    *,
    document: Annotated[
        list[str] | None,
        documents_option("Only sources this document's claims cite (repeat for several)."),
    ] = None,
    health: Annotated[
        list[HealthFilter] | None,
        typer.Option(
            "--health",
            metavar="HEALTH",
            case_sensitive=False,
            help="Only sources whose link has this health (repeat for several): "
            + ", ".join(h.value for h in HealthFilter)
            + " (a source without a URL).",
        ),
    ] = None,
    no_accessed: bool = typer.Option(
        False,
        "--no-accessed",
        help="Only sources with a URL and no access date (the report's group of them).",
    ),
    archived: bool = typer.Option(
        False,
        "--archived",
        help="Only sources whose link has an archived copy (the report's group of them).",
    ),
    fmt: ListFormat = FORMAT_OPTION,
    as_json: bool = JSON_OPTION,
) -> None:
    """List sources: key, link health, issued and accessed dates, kind, title.

    At 80 columns the kind and access date give way to the title; --format tsv has every
    column. JSON: a list of {key, kind, title, authors, container, publisher, issued, url,
    accessed, accessed_basis, health, claims}.

    --health content-changed lists the sources whose passage supporting a claim is gone from
    the live page (see claims evidence); the health column and the JSON's "signals" say so.

    Example: claims sources list --health dead --health suspect --json
    """
    wanted = {h.value for h in health or ()}
    signal = HealthFilter.CONTENT_CHANGED.value
    asked = signal in wanted
    changed: set[str] = set()
    with state(ctx).database().session(readonly=True) as session:
        if asked:
            from claims.evidence.passages import changed_sources

            wanted.discard(signal)
            changed = set(changed_sources(session))
            states = (
                {
                    s.key
                    for s in list_sources(
                        session,
                        document=document,
                        health=tuple(wanted),
                        no_accessed=no_accessed,
                        archived=archived,
                    )
                }
                if wanted
                else set()
            )
            sources = [
                s
                for s in list_sources(
                    session, document=document, no_accessed=no_accessed, archived=archived
                )
                if s.key in changed or s.key in states
            ]
        else:
            sources = list_sources(
                session,
                document=document,
                health=tuple(wanted),
                no_accessed=no_accessed,
                archived=archived,
            )
    if as_json:
        print_json_list(
            {**s.as_json(), "signals": [signal] if s.key in changed else []}
            if asked
            else s.as_json()
            for s in sources
        )
        return
    print_table(
        [
            Col("key", "key"),
            Col("health", style=health_style),
            Col("issued", drop=1),
            Col("accessed", drop=3),
            Col("kind", drop=2),
            Col("title", "text"),
        ],
        [
            (
                s.key,
                (s.health.value if s.health else ("no-url" if s.url is None else "unchecked"))
                + (f", {signal}" if s.key in changed else ""),
                s.issued.iso() if s.issued else "—",
                s.accessed.isoformat() if s.accessed else "—",
                s.kind.value,
                s.title or "—",
            )
            for s in sources
        ],
        fmt=fmt,
    )
    _say(plural(len(sources), "source"), err=True)


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
        _say("link checks:")
        print_table(
            [Col("checked"), Col("outcome"), Col("status"), Col("final url", "key")],
            [
                (
                    check.checked_at.isoformat(timespec="seconds"),
                    check.outcome,
                    check.http_status or "—",
                    check.final_url or "—",
                )
                for check in detail.checks
            ],
        )
    elif detail.link_url:
        _say("link checks: none yet")
    if detail.citations:
        _say("cited by:")
        print_table(
            [Col("claim", "key"), Col("footnote", justify="right"), Col("document", "key")],
            [
                (c.claim, c.footnote if c.footnote is not None else "—", c.document)
                for c in detail.citations
            ],
        )
    else:
        _say("cited by: no claim")


@sources_app.command("show")
def sources_show(
    ctx: typer.Context,
    key: str = typer.Argument(..., help="The source's citation key (see `claims sources list`)."),
    as_json: bool = JSON_OPTION,
) -> None:
    """Show a source: every field, the raw citation, link health and checks, citing claims,
    the captures of its page's main text, and its hand edits.

    Example: claims sources show vlastelicaInstagramReportedlyBlocked2014
    """
    from claims.cli.curation import render_history
    from claims.cli.evidence import render_captures
    from claims.curation import edit_history
    from claims.evidence.captures import capture_json, source_captures

    with state(ctx).database().session(readonly=True) as session:
        detail = show_source(session, key)
        captures = source_captures(session, key)
        edits = edit_history(session, "source", key)
    if as_json:
        print_json(
            {
                **detail.as_json(),
                "captures": [capture_json(c) for c in captures],
                "edits": [e.as_json() for e in edits],
            }
        )
        return
    _render_source(detail)
    render_captures(captures)
    if edits:
        render_history(edits, "edits")
