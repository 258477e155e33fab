"""The report drawn with rich for a terminal (``claims report``'s default format).

Every value from the database goes in as ``rich.text.Text``, never as markup, so a title
holding ``[bold]`` or ``[/]`` prints as written.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from rich.console import Console, Group, RenderableType
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from claims.cli._common import PlainTable, is_long, write_plain_table
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


def _plain(value: str | None) -> Text:
    return Text(value or "")


def _heading(title: str, count: int | None = None) -> Group:
    label = title if count is None else f"{title} ({count})"
    return Group(Text(), Rule(Text(label, style="bold"), align="left"))


def _table(*columns: str) -> Table:
    table = Table(*columns, box=None, pad_edge=False, header_style="bold", expand=False)
    for column in table.columns:
        if column.header in ("url", "copy"):
            column.overflow = "fold"  # a URL cut short is useless
    return table


def _last_verdict(row: ClaimRow) -> str:
    if row.last_verdict is None:
        return ""
    return f"{row.last_verdict.value} by {row.last_reviewer}, {when(row.last_verified_at)}"


def _why(r: ClaimAtRisk) -> str:
    if r.reason is RiskReason.NO_SOURCE:
        return "no source"
    return "all sources failing: " + ", ".join(f"{s.key} ({s.state})" for s in r.sources)


def report_renderables(report: Report) -> Iterable[RenderableType | PlainTable]:
    """The report's parts in order; a table too long for rich comes as a PlainTable."""
    scope = f"document {report.document}" if report.document else "every document"
    title = (
        report.documents[0].title
        if report.document is not None and len(report.documents) == 1
        else "all documents"
    )
    yield Text.assemble(("Claims report: ", "bold"), (title, "bold"))
    yield Text(f"Generated {when(report.generated_at)} for {scope}.", style="dim")

    summary = _table("", "count")
    summary.columns[1].justify = "right"
    lint = "not run" if report.lint is None else str(len(report.lint))
    for label, value in (
        ("claims", str(report.total_claims)),
        ("sources", str(report.total_sources)),
        ("links", str(len(report.links))),
        ("claims at risk", str(len(report.claims_at_risk))),
        ("sources without an access date", str(len(report.sources_without_accessed))),
        ("lint findings", lint),
        ("archived copies", str(len(report.archived_copies))),
    ):
        summary.add_row(label, value)
    yield _heading("Summary")
    yield summary

    yield _heading("Claims by status", report.total_claims)
    by_status = _table("status", "claims")
    by_status.columns[1].justify = "right"
    for status, n in report.claims_by_status.items():
        by_status.add_row(status_text(status), str(n))
    yield by_status
    if report.claims and is_long(len(report.claims)):
        yield Text()
        yield PlainTable(
            ("claim", "status", "sources", "statement", "last verdict"),
            [
                (row.key, row.status.value, str(row.sources), row.statement, _last_verdict(row))
                for row in report.claims
            ],
        )
    elif report.claims:
        claims = _table("claim", "status", "sources", "statement", "last verdict")
        claims.columns[2].justify = "right"
        for row in report.claims:
            claims.add_row(
                _plain(row.key),
                status_text(row.status),
                str(row.sources),
                _plain(row.statement),
                Text(_last_verdict(row)),
            )
        yield Text()
        yield claims

    yield _heading("Sources by link health", report.total_sources)
    health = _table("health", "sources")
    health.columns[1].justify = "right"
    for state, n in report.sources_by_health.items():
        health.add_row(health_text(state), str(n))
    yield health

    yield _heading("Claims at risk", len(report.claims_at_risk))
    if is_long(len(report.claims_at_risk)):
        yield PlainTable(
            ("claim", "status", "why", "statement"),
            [(r.key, r.status.value, _why(r), r.statement) for r in report.claims_at_risk],
        )
    elif report.claims_at_risk:
        risk = _table("claim", "status", "why", "statement")
        for r in report.claims_at_risk:
            risk.add_row(_plain(r.key), status_text(r.status), Text(_why(r)), _plain(r.statement))
        yield risk
    else:
        yield Text("None.")

    yield _heading("Sources without an access date", len(report.sources_without_accessed))
    if is_long(len(report.sources_without_accessed)):
        yield PlainTable(
            ("source", "health", "title", "url"),
            [(s.key, s.state, s.title or "", s.url or "") for s in report.sources_without_accessed],
        )
    elif report.sources_without_accessed:
        missing = _table("source", "health", "title", "url")
        for s in report.sources_without_accessed:
            missing.add_row(_plain(s.key), health_text(s.state), _plain(s.title), _plain(s.url))
        yield missing
    else:
        yield Text("None.")

    yield _heading("Lint findings", None if report.lint is None else len(report.lint))
    if report.lint is None:
        yield Text("Lint did not run.")
    elif not report.lint:
        yield Text("None.")
    elif is_long(len(report.lint)):
        yield PlainTable(
            ("rule", "subject", "finding"),
            [
                (
                    f.rule,
                    f"{f.subject} {f.key}",
                    f"{f.field}: {f.message}" if f.field else f.message,
                )
                for f in report.lint
            ],
        )
    else:
        lint_table = _table("rule", "subject", "finding")
        for f in report.lint:
            message = f"{f.field}: {f.message}" if f.field else f.message
            lint_table.add_row(_plain(f.rule), _plain(f"{f.subject} {f.key}"), _plain(message))
        yield lint_table

    yield _heading("Archived copies", len(report.archived_copies))
    if is_long(len(report.archived_copies)):
        yield PlainTable(
            ("source", "health", "archived", "copy"),
            [
                (c.source_key, c.health.value, when(c.archived_at), c.archive_url)
                for c in report.archived_copies
            ],
        )
    elif report.archived_copies:
        copies = _table("source", "health", "archived", "copy")
        for c in report.archived_copies:
            copies.add_row(
                _plain(c.source_key),
                health_text(c.health.value),
                when(c.archived_at),
                _plain(c.archive_url),
            )
        yield copies
    else:
        yield Text("None found yet.")

    yield _heading("Links", len(report.links))
    if is_long(len(report.links)):
        yield PlainTable(
            ("url", "health", "last checked", "sources"),
            [
                (link.url, link.health.value, when(link.last_checked_at), ", ".join(link.sources))
                for link in report.links
            ],
        )
    elif report.links:
        links = _table("url", "health", "last checked", "sources")
        for link in report.links:
            links.add_row(
                _plain(link.url),
                health_text(link.health.value),
                when(link.last_checked_at),
                _plain(", ".join(link.sources)),
            )
        yield links
    else:
        yield Text("None.")


def print_report(console: Console, report: Report) -> None:
    for part in report_renderables(report):
        if isinstance(part, PlainTable):
            write_plain_table(console, part)
        else:
            console.print(part)


def print_history(console: Console, trail: ClaimHistory) -> None:
    console.print(
        Text.assemble(("claim ", "bold"), (trail.claim_key, "bold"), "  "),
        status_text(trail.status),
    )
    console.print(Text(trail.statement))
    if not trail.entries:
        console.print(Text("No verdict recorded yet.", style="dim"))
        return
    table = _table("when", "verdict", "by", "source", "note")
    for e in trail.entries:
        table.add_row(
            when(e.at),
            status_text(e.verdict.value),
            _plain(e.reviewer),
            _plain(e.source_key),
            _plain(e.note),
        )
    console.print(table)


def verified_line(result: VerifyResult) -> Text:
    line = Text.assemble(
        (result.claim_key, "bold"), ": ", status_text(result.previous_status), " → "
    )
    line.append_text(status_text(result.status))
    line.append(f" (verdict by {result.entry.reviewer}, {when(result.entry.at)})")
    return line
