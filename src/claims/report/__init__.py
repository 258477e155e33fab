"""Reports on where documents stand: a summary, and renderers for Markdown, JSON and HTML."""

from __future__ import annotations

from claims.report.document import ClaimView, DocumentView, SourceView
from claims.report.formats import ReportFormat, format_for, render
from claims.report.html import render_html
from claims.report.json_report import load_schema, render_json, report_to_json
from claims.report.markdown import render_markdown
from claims.report.scope import NO_URL, SOURCE_STATES
from claims.report.summary import (
    ClaimAtRisk,
    ClaimRow,
    DocumentSummary,
    LinkRow,
    LintFinding,
    LintProvider,
    Report,
    RiskReason,
    SourceRef,
    build_report,
)

__all__ = [
    "NO_URL",
    "SOURCE_STATES",
    "ClaimAtRisk",
    "ClaimRow",
    "ClaimView",
    "DocumentSummary",
    "DocumentView",
    "LinkRow",
    "LintFinding",
    "LintProvider",
    "Report",
    "ReportFormat",
    "RiskReason",
    "SourceRef",
    "SourceView",
    "build_report",
    "format_for",
    "load_schema",
    "render",
    "render_html",
    "render_json",
    "render_markdown",
    "report_to_json",
]
