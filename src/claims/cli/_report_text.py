"""The report drawn with rich for a terminal (``claims report``'s default format).

Every value from the database goes in as ``rich.text.Text``, never as markup, so a title
holding ``[bold]`` or ``[/]`` prints as written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any, Literal

from rich.console import Console, Group, RenderableType
from rich.text import Text

from claims.cli._common import Col, PlainTable, health_style, plural, print_table, status_style
from claims.enums import ClaimStatus
from claims.report import ClaimAtRisk, ClaimRow, Report, RiskReason
from claims.workflow import ClaimHistory, VerifyResult

STATUS_STYLES = {
    ClaimStatus.VERIFIED: "green",
    ClaimStatus.DISPUTED: "red",
    ClaimStatus.UNSUPPORTED: "magenta",
    ClaimStatus.UNVERIFIED: "yellow",
    ClaimStatus.NEEDS_SOURCE: "dark_orange",
}
HEALTH_STYLES = {
    "alive": "green",
    "suspect": "yellow",
    "dead": "red",
    "inconclusive": "bright_black",
    "unchecked": "bright_black",
    "no-url": "bright_black",
}


def when(value: dt.datetime | None) -> str:
    if value is None:
        return "never"
    return value.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")


def status_text(status: ClaimStatus | str) -> Text:
    value = ClaimStatus(status)
    return Text(value.value, style=STATUS_STYLES[value])


def health_text(state: str) -> Text:
    return Text(state, style=HEALTH_STYLES.get(state, ""))


def _heading(title: str, count: int | None = None) -> Group:
    label = title if count is None else f"{title} ({count})"
    return Group(Text(), Text(label, style="bold"), Text("─" * len(label), style="dim"))


def _last_verdict(row: ClaimRow) -> str:
    if row.last_verdict is None:
        return ""
    return f"{row.last_verdict.value} by {row.last_reviewer}, {when(row.last_verified_at)}"


def _why(r: ClaimAtRisk) -> str:
    if r.reason is RiskReason.NO_SOURCE:
        return "no source"
    return "all sources failing: " + ", ".join(f"{s.key} ({s.state})" for s in r.sources)


def report_key_header(report: Report) -> str:
    """Lint findings name a source or a claim: say which when they are all of one kind."""
    subjects = {f.subject for f in report.lint or ()}
    return next(iter(subjects)) if len(subjects) == 1 else "key"


def _count_table(label: str, counts: Iterable[tuple[str, int]], style: Any) -> PlainTable:
    return PlainTable(
        (Col(label, style=style), Col("count", justify="right")),
        [(name, str(n)) for name, n in counts],
    )


def report_renderables(report: Report) -> Iterable[RenderableType | PlainTable]:
    """The report's parts in order: headings and notes as rich text, tables as PlainTables
    (fitted to the width by ``print_table``: keys and URLs whole, free text shortened)."""
    if report.document is None:
        scope, title = "every document", "all documents"
    elif len(report.documents) > 1:
        keys = ", ".join(d.key for d in report.documents)
        scope, title = f"documents {keys}", f"{len(report.documents)} documents"
    else:
        scope, title = f"document {report.document}", report.documents[0].title
    yield Text.assemble(("Claims report: ", "bold"), (title, "bold"))
    yield Text(f"Generated {when(report.generated_at)} for {scope}.", style="dim")

    lint = "not run" if report.lint is None else str(len(report.lint))
    yield _heading("Summary")
    yield PlainTable(
        (Col(""), Col("count", justify="right")),
        [
            ("claims", str(report.total_claims)),
            ("sources", str(report.total_sources)),
            ("links", str(len(report.links))),
            ("claims at risk", str(len(report.claims_at_risk))),
            ("sources without an access date", str(len(report.sources_without_accessed))),
            ("lint findings", lint),
            ("open review flags", str(len(report.review_flags))),
            ("archived copies", str(len(report.archived_copies))),
        ],
    )

    yield _heading("Claims by status", report.total_claims)
    yield _count_table(
        "status", ((s.value, n) for s, n in report.claims_by_status.items()), status_style
    )
    if report.claims:
        yield Text()
        yield PlainTable(
            (
                Col("claim", "key"),
                Col("status", style=status_style),
                Col("sources", justify="right", drop=1),
                Col("statement", "text"),
                Col("last verdict", "text", drop=2),
            ),
            [
                (row.key, row.status.value, str(row.sources), row.statement, _last_verdict(row))
                for row in report.claims
            ],
        )

    yield _heading("Sources by link health", report.total_sources)
    yield _count_table("health", report.sources_by_health.items(), health_style)

    yield _heading("Claims at risk", len(report.claims_at_risk))
    if report.claims_at_risk:
        yield PlainTable(
            (
                Col("claim", "key"),
                Col("status", style=status_style, drop=1),
                Col("why", "text"),
                Col("statement", "text", drop=2),
            ),
            [(r.key, r.status.value, _why(r), r.statement) for r in report.claims_at_risk],
        )
    else:
        yield Text("None.")

    yield _heading("Sources without an access date", len(report.sources_without_accessed))
    if report.sources_without_accessed:
        yield PlainTable(
            (
                Col("source", "key"),
                Col("health", style=health_style, drop=1),
                Col("title", "text", drop=2),
                Col("url", "key"),
            ),
            [(s.key, s.state, s.title or "", s.url or "") for s in report.sources_without_accessed],
        )
    else:
        yield Text("None.")

    yield _heading("Lint findings", None if report.lint is None else len(report.lint))
    if report.lint is None:
        yield Text("Lint did not run.")
    elif not report.lint:
        yield Text("None.")
    else:
        yield PlainTable(
            (Col("rule"), Col(report_key_header(report), "key"), Col("finding", "text")),
            [
                (
                    f.rule,
                    f.key,
                    f"{f.field}: {f.message}" if f.field else f.message,
                )
                for f in report.lint
            ],
        )

    yield _heading("Review flags", len(report.review_flags))
    if report.review_flags:
        yield PlainTable(
            (
                Col("key", "key"),
                Col("field"),
                Col("reason"),
                Col("fn", justify="right", drop=1),
                Col("detail", "text", drop=2),
            ),
            [
                (f.key, f.field or "*", f.reason, str(f.footnote or ""), f.detail or "")
                for f in report.review_flags
            ],
        )
    else:
        yield Text("None open.")

    yield _heading("Archived copies", len(report.archived_copies))
    if report.archived_copies:
        yield PlainTable(
            (
                Col("source", "key"),
                Col("health", style=health_style, drop=1),
                Col("archived", drop=2),
                Col("copy", "key"),
            ),
            [
                (c.source_key, c.health.value, when(c.archived_at), c.archive_url)
                for c in report.archived_copies
            ],
        )
    else:
        yield Text("None found yet.")

    yield _heading("Links", len(report.links))
    if report.links:
        # the URL last: it is never cut, so a long one runs on without pushing the others
        yield PlainTable(
            (
                Col("health", style=health_style),
                Col("last checked", drop=1),
                Col("sources", "keys", drop=2),
                Col("url", "key"),
            ),
            [
                (link.health.value, when(link.last_checked_at), ", ".join(link.sources), link.url)
                for link in report.links
            ],
        )
    else:
        yield Text("None.")


def summary_lines(report: Report) -> list[str]:
    """The report in four lines: what a person reads first (``claims report --summary``)."""
    title = (
        report.documents[0].title
        if len(report.documents) == 1
        else plural(len(report.documents), "document")
    )

    def parts(counts: Iterable[tuple[str, int]]) -> str:
        return ", ".join(f"{n} {name}" for name, n in counts if n) or "none"

    lint = "lint not run" if report.lint is None else plural(len(report.lint), "lint finding")
    return [
        f"{title}:",
        f"  {plural(report.total_claims, 'claim')}: "
        + parts((s.value, n) for s, n in report.claims_by_status.items()),
        f"  {plural(report.total_sources, 'source')} by link health: "
        + parts(report.sources_by_health.items()),
        f"  {plural(len(report.claims_at_risk), 'claim')} at risk (no source, or every source"
        f" dead or suspect); {len(report.sources_without_accessed)} without an access date;"
        f" {lint}; {plural(len(report.archived_copies), 'archived copy', 'archived copies')}",
    ]


def print_report(
    console: Console, report: Report, *, width: int | Literal["auto"] | None = "auto"
) -> None:
    """``width``: "auto" fits the terminal (nothing cut when piped); None cuts nothing."""
    for part in report_renderables(report):
        if isinstance(part, PlainTable):
            print_table(part.columns, part.rows, console=console, width=width)
        else:
            console.print(part, soft_wrap=True)


def print_history(console: Console, trail: ClaimHistory) -> None:
    console.print(
        Text.assemble(("claim ", "bold"), (trail.claim_key, "bold"), "  "),
        status_text(trail.status),
    )
    console.print(Text(trail.statement))
    if not trail.entries:
        console.print(Text("No verdict recorded yet.", style="dim"))
        return
    print_table(
        (
            Col("when"),
            Col("verdict", style=status_style),
            Col("by", "text", drop=1),
            Col("source", "key", drop=2),
            Col("note", "text"),
        ),
        [(when(e.at), e.verdict.value, e.reviewer, e.source_key, e.note) for e in trail.entries],
        console=console,
    )


def verified_line(result: VerifyResult) -> Text:
    line = Text.assemble(
        (result.claim_key, "bold"), ": ", status_text(result.previous_status), " → "
    )
    line.append_text(status_text(result.status))
    line.append(f" (verdict by {result.entry.reviewer}, {when(result.entry.at)})")
    return line
