"""The report as clean GitHub-flavoured Markdown: headings, tables, lists, nothing raw."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from urllib.parse import quote

from claims.enums import ClaimStatus
from claims.report.json_report import iso_datetime
from claims.report.summary import Report, RiskReason, SourceRef

# Every ASCII punctuation mark may be backslash-escaped in CommonMark; these are the ones that
# can start markup inside a line (emphasis, code, links, HTML, entities, tables, strikethrough).
_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~!#])")
_WS = re.compile(r"\s+")
# control characters that are not whitespace: Markdown renderers drop or replace them
CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")


def one_line(value: str) -> str:
    """Controls dropped, every run of whitespace (newlines too) made one space."""
    return _WS.sub(" ", CONTROL.sub("", value)).strip()


def text(value: str | None) -> str:
    """Arbitrary text as inline Markdown that renders to exactly that text, on one line."""
    if not value:
        return ""
    return _SPECIAL.sub(r"\\\1", one_line(value))


def code(value: str, *, in_table: bool = False) -> str:
    """A code span holding ``value`` whatever backticks it contains."""
    value = _WS.sub(" ", CONTROL.sub("", value))
    longest = max((len(run) for run in re.findall(r"`+", value)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if value.startswith("`") or value.endswith("`") or not value.strip() else ""
    if in_table:
        value = value.replace("|", "\\|")  # GFM splits cells even inside code spans
    return f"{fence}{pad}{value}{pad}{fence}"


def link(url: str | None, label: str | None = None) -> str:
    """A link for http(s) URLs; anything else (javascript:, data:) stays inert text."""
    if not url:
        return ""
    shown = text(label if label is not None else url)
    if not re.match(r"(?i)^https?://", url):
        return shown
    target = quote(url, safe="/:?#[]@!$&'*+,;=%~-._")
    target = target.replace("(", "%28").replace(")", "%29")
    return f"[{shown}]({target})"


def _table(header: Sequence[str], rows: Iterable[Sequence[str]], align: str = "") -> list[str]:
    """``align`` has one letter per column: l or r (default l)."""
    marks = ["---:" if a == "r" else "---" for a in align.ljust(len(header), "l")]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(marks) + " |"]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [line.replace("|  |", "| |") for line in lines]


def _when(value: object) -> str:
    if isinstance(value, dt.datetime):
        stamp = iso_datetime(value) or ""
        return stamp.replace("T", " ").replace("Z", " UTC")
    return "never"


def _sources(refs: Sequence[SourceRef]) -> str:
    return ", ".join(f"{code(s.key)} ({s.state})" for s in refs)


def render_markdown(report: Report) -> str:
    out: list[list[str]] = []  # blocks, joined by one blank line

    if report.document is not None and len(report.documents) == 1:
        heading = f"# Claims report: {text(report.documents[0].title)}"
    else:
        heading = "# Claims report"
    if report.document is None:
        scope = "every document"
    elif len(report.documents) == 1:
        scope = f"document {code(report.document)}"
    else:
        scope = "documents " + ", ".join(code(d.key) for d in report.documents)
    out.append([heading])
    out.append([f"Generated {_when(report.generated_at)} for {scope}."])

    out.append(["## Summary"])
    lint = "not run" if report.lint is None else str(len(report.lint))
    out.append(
        _table(
            ["", "count"],
            [
                ["claims", str(report.total_claims)],
                ["sources", str(report.total_sources)],
                ["links", str(len(report.links))],
                ["claims at risk", str(len(report.claims_at_risk))],
                ["sources without an access date", str(len(report.sources_without_accessed))],
                ["lint findings", lint],
                ["open review flags", str(len(report.review_flags))],
                ["archived copies", str(len(report.archived_copies))],
            ],
            "lr",
        )
    )
    if len(report.documents) > 1:
        out.append(
            _table(
                ["document", "title", "claims", "sources"],
                [
                    [code(d.key, in_table=True), text(d.title), str(d.claims), str(d.sources)]
                    for d in report.documents
                ],
                "llrr",
            )
        )

    out.append(["## Claims by status"])
    out.append(
        _table(
            ["status", "claims"],
            [[s.value, str(n)] for s, n in report.claims_by_status.items()],
            "lr",
        )
    )
    for status in ClaimStatus:
        rows = [c for c in report.claims if c.status is status]
        if not rows:
            continue
        out.append([f"### {status.value} ({len(rows)})"])
        items = []
        for c in rows:
            item = f"- {code(c.key)} {text(c.statement)}"
            if c.last_verdict is not None:
                item += (
                    f" (last verdict {c.last_verdict.value} by {text(c.last_reviewer)}, "
                    f"{_when(c.last_verified_at)})"
                )
            passage = report.passages.get(c.key)
            if passage is not None:
                changed = (
                    " — **content-changed**: gone from the live page"
                    if (passage.content_changed)
                    else ""
                )
                item += (
                    f"\n  > best passage ({code(passage.source)}, {passage.score:.2f}): "
                    f"{text(passage.text)}{changed}"
                )
            items.append(item)
        out.append(items)

    out.append(["## Sources by link health"])
    out.append(
        _table(
            ["health", "sources"],
            [[state, str(n)] for state, n in report.sources_by_health.items()],
            "lr",
        )
    )

    out.append([f"## Claims at risk ({len(report.claims_at_risk)})"])
    if report.claims_at_risk:
        items = []
        for risk in report.claims_at_risk:
            why = (
                "no source"
                if risk.reason is RiskReason.NO_SOURCE
                else f"every source dead or suspect: {_sources(risk.sources)}"
            )
            items.append(f"- {code(risk.key)} ({risk.status.value}) {text(risk.statement)} — {why}")
        out.append(items)
    else:
        out.append(["None: every claim has a source whose link is not dead or suspect."])

    out.append([f"## Sources without an access date ({len(report.sources_without_accessed)})"])
    if report.sources_without_accessed:
        out.append(
            _table(
                ["source", "title", "URL", "health"],
                [
                    [code(s.key, in_table=True), text(s.title), link(s.url), s.state]
                    for s in report.sources_without_accessed
                ],
            )
        )
    else:
        out.append(["None."])

    out.append(["## Lint findings"])
    if report.lint is None:
        out.append(["Lint did not run."])
    elif not report.lint:
        out.append(["None."])
    else:
        out.append(
            _table(
                ["rule", "subject", "finding"],
                [
                    [
                        code(f.rule, in_table=True),
                        f"{f.subject} {code(f.key, in_table=True)}",
                        text(f"{f.field}: {f.message}" if f.field else f.message),
                    ]
                    for f in report.lint
                ],
            )
        )

    out.append([f"## Review flags ({len(report.review_flags)})"])
    if report.review_flags:
        out.append(
            [
                "Values extraction was unsure of, open until a person edits the field or marks"
                " it reviewed (`claims flags review`)."
            ]
        )
        out.append(
            _table(
                ["key", "field", "reason", "footnote", "detail"],
                [
                    [
                        f"{f.target} {code(f.key, in_table=True)}",
                        text(f.field or "*"),
                        text(f.reason),
                        "" if f.footnote is None else str(f.footnote),
                        text(f.detail or ""),
                    ]
                    for f in report.review_flags
                ],
            )
        )
    else:
        out.append(["None open."])

    out.append([f"## Archived copies ({len(report.archived_copies)})"])
    if report.archived_copies:
        out.append(
            _table(
                ["source", "link health", "archived", "copy"],
                [
                    [
                        code(c.source_key, in_table=True),
                        c.health.value,
                        _when(c.archived_at),
                        link(c.archive_url, f"{c.service} copy"),
                    ]
                    for c in report.archived_copies
                ],
            )
        )
    else:
        out.append(["None found yet."])

    out.append([f"## Links ({len(report.links)})"])
    if report.links:
        out.append(
            _table(
                ["URL", "health", "last checked", "sources"],
                [
                    [
                        link(row.url),
                        row.health.value,
                        _when(row.last_checked_at),
                        ", ".join(code(k, in_table=True) for k in row.sources),
                    ]
                    for row in report.links
                ],
            )
        )
    else:
        out.append(["None."])

    return "\n\n".join("\n".join(block) for block in out) + "\n"
