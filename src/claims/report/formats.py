"""The report's output formats and the one place that picks a renderer for each."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from claims.errors import InputError
from claims.report.html import render_html
from claims.report.json_report import render_json
from claims.report.markdown import render_markdown
from claims.report.summary import Report


class ReportFormat(StrEnum):
    TEXT = "text"  # rich, rendered by the CLI
    MARKDOWN = "markdown"
    JSON = "json"
    HTML = "html"

    @property
    def needs_text(self) -> bool:
        """The HTML view shows the documents' text; the others only summarise."""
        return self is ReportFormat.HTML


_SUFFIXES = {
    ".md": ReportFormat.MARKDOWN,
    ".markdown": ReportFormat.MARKDOWN,
    ".json": ReportFormat.JSON,
    ".html": ReportFormat.HTML,
    ".htm": ReportFormat.HTML,
    ".txt": ReportFormat.TEXT,
}


def format_for(path: Path | None, given: ReportFormat | None) -> ReportFormat:
    """The format asked for; else the one the output file's suffix names; else text."""
    if given is not None:
        return given
    if path is not None:
        return _SUFFIXES.get(path.suffix.lower(), ReportFormat.TEXT)
    return ReportFormat.TEXT


def render(report: Report, fmt: ReportFormat) -> str:
    """Markdown, JSON or HTML; text needs a terminal renderer, so the CLI draws it."""
    match fmt:
        case ReportFormat.MARKDOWN:
            return render_markdown(report)
        case ReportFormat.JSON:
            return render_json(report)
        case ReportFormat.HTML:
            if not report.views and report.documents:
                raise InputError("the HTML report needs the documents' text (with_text=True)")
            return render_html(report)
        case ReportFormat.TEXT:
            raise InputError("the text report is drawn by the command line")
