"""``claims verify``, ``claims history`` and ``claims report``: verdicts and where things stand."""

from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.text import Text
from sqlalchemy.orm import Session

from claims.cli._common import documents_option, print_json, state, stderr, stdout, warn
from claims.cli._report_text import (
    print_history,
    print_report,
    summary_lines,
    verified_line,
    when,
)
from claims.enums import Verdict
from claims.errors import InputError
from claims.report import LintFinding, LintProvider, ReportFormat, build_report, format_for, render
from claims.report.json_report import iso_datetime
from claims.workflow import ClaimHistory, TrailEntry, VerifyResult, history, verify

TEXT_FILE_WIDTH = 120  # columns for a text report written to a file


def lint_provider(document: Sequence[str] | None = None) -> LintProvider:
    """The report's lint findings are those of ``claims lint`` (every rule), for the documents
    the report covers: linting only what is reported keeps a one-document report fast on a
    large database."""
    from claims.dataset import lint
    from claims.dataset.lint import LintRule

    # review flags have their own section in the report
    rules = [r for r in LintRule if r is not LintRule.REVIEW_FLAG]

    def findings(session: Session) -> list[LintFinding]:
        return [
            LintFinding(f.rule.value, f.subject, f.key, f.message, f.field)
            for f in lint(session, rules, document=document).findings
        ]

    return findings


def _entry_json(e: TrailEntry) -> dict[str, Any]:
    return {
        "at": iso_datetime(e.at),
        "verdict": e.verdict.value,
        "by": e.reviewer,
        "note": e.note,
        "source": e.source_key,
    }


def _verify_json(result: VerifyResult) -> dict[str, Any]:
    return {
        "claim": result.claim_key,
        "verdict": result.verdict.value,
        "previous_status": result.previous_status.value,
        "status": result.status.value,
        "entry": _entry_json(result.entry),
        "sources": [
            {"key": s.key, "url": s.url, "health": s.health.value if s.health else None}
            for s in result.sources
        ],
        "sources_failing": result.sources_failing,
        "archived_copies": [
            {
                "source": c.source_key,
                "url": c.url,
                "archive_url": c.archive_url,
                "archived_at": iso_datetime(c.archived_at),
            }
            for c in result.archived_copies
        ],
        "warnings": list(result.warnings),
    }


def _history_json(trail: ClaimHistory) -> dict[str, Any]:
    return {
        "claim": trail.claim_key,
        "status": trail.status.value,
        "statement": trail.statement,
        "entries": [_entry_json(e) for e in trail.entries],
    }


def verify_command(
    ctx: typer.Context,
    claim_key: str = typer.Argument(..., metavar="CLAIM_KEY", help="The claim's key."),
    *,
    verdict: Annotated[
        Verdict, typer.Option("--verdict", case_sensitive=False, help="What you found.")
    ],
    by: str = typer.Option(..., "--by", metavar="NAME", help="Who reviewed the claim."),
    note: str | None = typer.Option(None, "--note", metavar="TEXT", help="Why, in a sentence."),
    source: str | None = typer.Option(
        None, "--source", metavar="KEY", help="The source you consulted (its citation key)."
    ),
    as_json: bool = typer.Option(False, "--json", help="Print the result as JSON."),
) -> None:
    """Record a verdict on a claim and set its status. The trail is append-only.

    Warns (on stderr) when every source of the claim is dead or suspect, and suggests the
    archived copies found for them.

    Example: claims verify pu-conviction --verdict verified --by "Ana Reviewer" --source nyt-pu
    """
    database = state(ctx).database()
    result = database.transaction(
        lambda session: verify(session, claim_key, verdict, by, note=note, source_key=source)
    )
    if as_json:
        print_json(_verify_json(result))
    else:
        stdout.print(verified_line(result), soft_wrap=True)
    for message in result.warnings:
        warn(message)
    for copy in result.archived_copies:
        stderr.print(
            Text(f"  {copy.source_key}: {copy.archive_url} (archived {when(copy.archived_at)})"),
            soft_wrap=True,
        )


def history_command(
    ctx: typer.Context,
    claim_key: str = typer.Argument(..., metavar="CLAIM_KEY", help="The claim's key."),
    as_json: bool = typer.Option(False, "--json", help="Print the trail as JSON."),
) -> None:
    """Show a claim's verification trail, oldest verdict first.

    Example: claims history pu-zhiqiang-conviction --json
    """
    database = state(ctx).database()
    with database.session(readonly=True) as session:
        trail = history(session, claim_key)
    if as_json:
        print_json(_history_json(trail))
    else:
        print_history(stdout, trail)


def _write_atomically(path: Path, content: str) -> None:
    """All or nothing: a report is never left half-written."""
    directory = path.parent if str(path.parent) else Path(".")
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
        Path(tmp).replace(path)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from exc


def report_command(
    ctx: typer.Context,
    *,
    document: Annotated[
        list[str] | None,
        documents_option("Report on this document (repeat for several; default: all)."),
    ] = None,
    fmt: Annotated[
        ReportFormat | None,
        typer.Option(
            "--format",
            "-f",
            case_sensitive=False,
            help="text (default), markdown, json or html; with -o, guessed from the file's suffix.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output", "-o", metavar="FILE", help="Write to FILE instead of standard output."
        ),
    ] = None,
    with_lint: Annotated[
        bool,
        typer.Option(
            "--lint/--no-lint",
            help="Include the findings of claims lint for what the report covers.",
        ),
    ] = True,
    summary: Annotated[
        bool,
        typer.Option(
            "--summary", help="Only the counts, in four lines (text format, standard output)."
        ),
    ] = False,
) -> None:
    """Report where the claims stand: by status, link health, risk, access dates, archives.

    The HTML format is one self-contained page showing the text with every claim highlighted.

    --summary prints only the counts, in four lines.

    Example: claims report --document hrw-2016-07-18-facebook-china --format html -o letter.html
    """
    from claims.evidence.passages import best_passages

    chosen = format_for(output, fmt)
    if summary and (output is not None or chosen is not ReportFormat.TEXT):
        raise InputError("--summary is text on standard output: leave out --format and -o")
    database = state(ctx).database()
    with database.session(readonly=True) as session:
        lint = lint_provider(document) if with_lint else None
        report = build_report(
            session, document, lint=lint, with_text=chosen.needs_text, evidence=best_passages
        )

    if summary:
        for line in summary_lines(report):
            stdout.print(Text(line), soft_wrap=True)
        return
    if chosen is ReportFormat.TEXT:
        if output is None:
            print_report(stdout, report)
            return
        buffer = io.StringIO()
        # in a file nothing is cut and no line is padded to a width
        print_report(
            Console(file=buffer, width=TEXT_FILE_WIDTH, color_system=None), report, width=None
        )
        content = buffer.getvalue()
    else:
        content = render(report, chosen)

    if output is None:
        typer.echo(content, nl=False)
        return
    _write_atomically(output, content)
    size = len(content.encode())
    stderr.print(Text(f"wrote {output} ({chosen.value}, {size:,} bytes)"), soft_wrap=True)
