"""``claims evidence`` and ``claims archive``: what the cited pages say, and keeping them."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Annotated

import typer
from rich.table import Table
from rich.text import Text

from claims.cli._common import print_json, state, stdout
from claims.linkcheck.preserve import (
    DEFAULT_SAVE_ENDPOINT,
    DEFAULT_SAVE_INTERVAL_S,
    DEFAULT_SAVE_TIMEOUT_S,
    SAVE_ENDPOINT_ENV,
)

if TYPE_CHECKING:  # the evidence modules load on use: they cost a quarter second to import
    from claims.evidence.captures import CaptureView
    from claims.evidence.passages import ChangedClaim, ClaimEvidence, Passage


def _text(value: object | None) -> Text:
    return Text("" if value is None else str(value))


def render_captures(captures: Sequence[CaptureView]) -> None:
    """The captures table of ``claims sources show`` (newest first)."""
    if not captures:
        stdout.print(Text("captures: none yet"), soft_wrap=True)
        return
    table = Table("captured", "last seen", "kind", "status", "chars", "sha256", title="captures")
    for c in captures:
        table.add_row(
            _text(c.captured_at.strftime("%Y-%m-%d %H:%M")),
            _text(c.last_seen_at.strftime("%Y-%m-%d %H:%M")),
            _text(c.kind if c.archived_at is None else f"{c.kind} {c.archived_at:%Y-%m-%d}"),
            _text(c.http_status if c.http_status is not None else "—"),
            _text(f"{c.chars}{'+' if c.truncated else ''}"),
            _text(c.sha256[:12]),
        )
    stdout.print(table)


def _say(value: object, *, style: str | None = None) -> None:
    stdout.print(value if isinstance(value, Text) else _text(value), style=style, soft_wrap=True)


def render_evidence(evidence: ClaimEvidence) -> None:
    _say(f"claim {evidence.claim}: {evidence.text}")
    if not evidence.sources:
        _say("cites no source")
    for source in evidence.sources:
        _say("")
        _say(f"source {source.source}  {source.url or '(no link)'}", style="bold")
        if source.capture_id is None:
            _say("  no capture yet: `claims check` keeps one when it reads the page")
            continue
        assert source.captured_at is not None
        support = f"{source.support:.2f}" if source.support is not None else "—"
        _say(f"  capture {source.capture_id} of {source.captured_at:%Y-%m-%d %H:%M}, "
             f"support {support}")  # fmt: skip
        for rank_, passage in enumerate(source.passages, 1):
            _say(f"  {rank_}. [{passage.score:.2f}] {passage.text}")
        if source.parts:
            marks = ", ".join(
                f"{p.text} ({p.kind}) {'found' if p.found else 'MISSING'}" for p in source.parts
            )
            _say(f"  checkable parts: {marks}")
        if source.change is not None:
            change = source.change
            old, new = f"{change.old_captured_at:%Y-%m-%d}", f"{change.new_captured_at:%Y-%m-%d}"
            _say(f"  content-changed: the passage of {old} is gone from the capture of {new}",
                 style="yellow")  # fmt: skip
            _say(f"    was: {change.old_text}")
            _say(f"    now: {change.new_text or '(nothing close)'}")


def evidence(
    ctx: typer.Context,
    key: str = typer.Argument(..., help="The claim's key (see `claims list`)."),
    as_json: bool = typer.Option(False, "--json", help="Print stable JSON on stdout for scripts."),
) -> None:
    """Show what each cited page says about a claim: the best sentences of its newest capture,
    the claim's numbers, dates, names and quoted words found or missing there, and a
    content-changed signal when the passage seen near the access date is gone.

    Captures are kept by `claims check`. Example: claims evidence facebook-blocked-in-china
    """
    from claims.evidence.passages import claim_evidence

    with state(ctx).database().session(readonly=True) as session:
        result = claim_evidence(session, key)
    if as_json:
        print_json(result.as_json())
        return
    render_evidence(result)


def render_best_passage(best: tuple[str, Passage] | None) -> None:
    """The line ``claims show`` adds: the best passage over the claim's sources' captures."""
    if best is None:
        _say("best passage: none (no capture of a cited page yet)")
        return
    key, passage = best
    _say(f"best passage ({key}, {passage.score:.2f}): {passage.text}")


def archive(
    ctx: typer.Context,
    source_keys: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="[SOURCE_KEYS]...", help="Only these sources' links (default: all)."
        ),
    ] = None,
    *,
    endpoint: Annotated[
        str,
        typer.Option(
            "--endpoint",
            envvar=SAVE_ENDPOINT_ENV,
            help=f"Save Page Now endpoint (or a stand-in); the link's URL is appended. "
            f"Also {SAVE_ENDPOINT_ENV}.",
        ),
    ] = DEFAULT_SAVE_ENDPOINT,
    interval: Annotated[
        float, typer.Option("--interval", help="Seconds between two requests to the service.")
    ] = DEFAULT_SAVE_INTERVAL_S,
    timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds one capture request may take.")
    ] = DEFAULT_SAVE_TIMEOUT_S,
    force: Annotated[
        bool,
        typer.Option("--force", help="Ask even for links archived since their access date."),
    ] = False,
    as_json: bool = typer.Option(False, "--json", help="Print stable JSON on stdout for scripts."),
) -> None:
    """Ask the Wayback Machine's Save Page Now to capture live links that have no archived copy
    since their access date, one request at a time (Retry-After obeyed); each capture is
    stored as an archived copy. Exit code 1 when a capture failed.

    Example: claims archive vlastelicaInstagramReportedlyBlocked2014 --interval 10
    """
    from claims.linkcheck.preserve import preserve_links

    if interval < 0:
        raise typer.BadParameter(f"must not be negative, got {interval:g}", param_hint="--interval")
    if timeout <= 0:
        raise typer.BadParameter(f"must be positive, got {timeout:g}", param_hint="--timeout")
    report = preserve_links(
        state(ctx).database(),
        source_keys=tuple(source_keys or ()),
        endpoint=endpoint,
        interval_s=interval,
        timeout_s=timeout,
        force=force,
    )
    if as_json:
        print_json(report.as_json())
    else:
        for r in report.results:
            where = f" → {r.archive_url}" if r.archive_url else ""
            why = f" ({r.error})" if r.error else ""
            _say(f"{r.outcome:<16} {r.url}{where}{why}")
        counts = ", ".join(f"{n} {name}" for name, n in report.as_json()["summary"].items())
        stdout.print(Text(counts or "no live link to archive"), soft_wrap=True)
    if report.failed():
        raise typer.Exit(1)


def render_changes(changed: Sequence[ChangedClaim]) -> None:
    """The content-changed lines ``claims check`` prints after its tables."""
    for c in changed:
        old = f"{c.change.old_captured_at:%Y-%m-%d}"
        _say(
            f"content-changed: {c.claim} cites {c.source}; the passage of {old} is gone",
            style="yellow",
        )
        _say(f"    was: {c.change.old_text}")
        _say(f"    now: {c.change.new_text or '(nothing close)'}")
