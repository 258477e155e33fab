"""``claims evidence`` and ``claims archive``: what the cited pages say, and keeping them."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table
from rich.text import Text

from claims.cli._common import stdout
from claims.evidence.captures import CaptureView


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
