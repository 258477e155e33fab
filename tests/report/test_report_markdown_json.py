"""Markdown is clean GitHub-flavoured Markdown; JSON follows its published schema."""

from __future__ import annotations

import datetime as dt
import json
import re
from types import MappingProxyType
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from tests.sample_document import EVIL_TITLE, build_sample

from claims.db import Database
from claims.enums import ClaimStatus
from claims.report import (
    SOURCE_STATES,
    LintFinding,
    Report,
    SourceRef,
    build_report,
    load_schema,
    render_json,
    render_markdown,
    report_to_json,
)
from claims.report.markdown import code, link, one_line, text
from claims.workflow import verify

NOW = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)


@pytest.fixture
def report(database: Database) -> Report:
    with database.session() as s:
        build_sample(s)
        verify(s, "c-flood", "verified", "Ann | <b>Bee</b>", note="x", source_key="s-alive")
    with database.session() as s:
        return build_report(
            s,
            "sample-doc",
            lint=lambda _s: [
                LintFinding("issued-url-mismatch", "source", "s-dead", "2016-04 | url", "issued")
            ],
            now=NOW,
        )


def _md() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table").enable("strikethrough")


def _cells(markdown: str) -> list[list[str]]:
    """Every table row's cells as rendered text."""
    tokens = _md().parse(markdown)
    rows: list[list[str]] = []
    for i, token in enumerate(tokens):
        if token.type == "tr_open":
            rows.append([])
        elif token.type == "inline" and i > 0 and tokens[i - 1].type in ("th_open", "td_open"):
            rows[-1].append(_plain(token))
    return rows


def _plain(inline: Any) -> str:
    out = []
    for child in inline.children or []:
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            out.append("\n")
    return "".join(out)


def test_markdown_is_clean(report: Report) -> None:
    md = render_markdown(report)
    assert md.endswith("\n")
    assert not md.endswith("\n\n")
    assert "\n\n\n" not in md
    assert "\t" not in md
    for number, line in enumerate(md.splitlines(), 1):
        assert line == line.rstrip(), f"trailing space on line {number}: {line!r}"
    # tables: every row has as many cells as its header
    for block in md.split("\n\n"):
        lines = block.splitlines()
        if lines and lines[0].startswith("|"):
            widths = {len(re.split(r"(?<!\\)\|", line)) for line in lines}
            assert len(widths) == 1, block
    tokens = _md().parse(md)
    assert not [t for t in tokens if t.type == "html_block"]
    for t in tokens:
        assert not [c for c in t.children or [] if c.type == "html_inline"], t.content
    headings = [
        _plain(t) for i, t in enumerate(tokens) if i and tokens[i - 1].type == "heading_open"
    ]
    assert headings[0] == "Claims report: A <sample> letter & more"
    for expected in (
        "Summary",
        "Claims by status",
        "Sources by link health",
        "Claims at risk (4)",
        "Sources without an access date (2)",
        "Lint findings",
        "Archived copies (4)",
        "Links (4)",
    ):
        assert expected in headings


def test_markdown_tables_render_the_data_as_text(report: Report) -> None:
    rows = _cells(render_markdown(report))
    assert ["s-evil", EVIL_TITLE, "javascript:alert(1)", "unchecked"] in rows
    assert ["issued-url-mismatch", "source s-dead", "issued: 2016-04 | url"] in rows
    assert ["claims at risk", "4"] in rows
    html = _md().render(render_markdown(report))
    assert "<script>" not in html
    assert 'href="javascript' not in html
    assert '<a href="http://dead.example/a">http://dead.example/a</a>' in html


def test_markdown_list_items_keep_hostile_statements_as_text(report: Report) -> None:
    html = _md().render(render_markdown(report))
    assert (
        "Prices rose &quot;sharply&quot; &lt;/script&gt;&lt;script&gt;alert(3)&lt;/script&gt;"
        in html
    )
    assert "Ann | &lt;b&gt;Bee&lt;/b&gt;" in html


@given(st.text(max_size=60))
def test_any_text_survives_a_table_cell(value: str) -> None:
    row = f"| {text(value)} | {code(value or 'x', in_table=True)} |"
    md = f"| a | b |\n| --- | --- |\n{row}\n"
    tokens = _md().parse(md)
    assert not [t for t in tokens if t.type == "html_block"]
    for t in tokens:
        assert not [c for c in t.children or [] if c.type == "html_inline"]
    cells = _cells(md)
    assert len(cells) == 2
    assert cells[1][0] == one_line(value)
    assert cells[1][1].strip() == one_line(value or "x") or not one_line(value)


@given(st.text(max_size=60))
def test_any_text_survives_a_list_item(value: str) -> None:
    md = f"- {code('key')} {text(value)}\n"
    tokens = _md().parse(md)
    assert [t.type for t in tokens] == [
        "bullet_list_open",
        "list_item_open",
        "paragraph_open",
        "inline",
        "paragraph_close",
        "list_item_close",
        "bullet_list_close",
    ]
    assert _plain(tokens[3]) == f"key {one_line(value)}".rstrip()


def test_links_only_for_web_urls() -> None:
    assert link("javascript:alert(1)") == "javascript:alert(1)"
    assert (
        link("https://a.example/x_(y)")
        == "[https://a.example/x\\_(y)](https://a.example/x_%28y%29)"
    )
    assert (
        link("https://a.example/<b> c")
        == "[https://a.example/\\<b\\> c](https://a.example/%3Cb%3E%20c)"
    )


# --- JSON ------------------------------------------------------------------------------------


def test_json_matches_the_schema_and_the_data(report: Report) -> None:
    data = json.loads(render_json(report))
    jsonschema.validate(data, load_schema())
    assert data["report_version"] == 1
    assert data["generated_at"] == "2026-01-02T03:04:05Z"
    assert data["document"] == "sample-doc"
    assert data["summary"]["claims_by_status"] == {
        "unverified": 2,
        "verified": 1,
        "disputed": 1,
        "unsupported": 0,
        "needs-source": 3,
    }
    assert list(data["summary"]["sources_by_health"]) == list(SOURCE_STATES)
    assert data["summary"]["lint_findings"] == 1
    flood = next(c for c in data["claims"] if c["key"] == "c-flood")
    assert flood["last_verification"]["by"] == "Ann | <b>Bee</b>"
    assert flood["last_verification"]["verdict"] == "verified"
    risky = {c["key"]: c for c in data["claims_at_risk"]}
    assert risky["c-denial"]["reason"] == "sources-failing"
    assert [s["health"] for s in risky["c-denial"]["sources"]] == ["dead", "suspect"]
    assert risky["c-bridge"] == {
        "key": "c-bridge",
        "document": "sample-doc",
        "status": "needs-source",
        "statement": "The bridge closed.",
        "reason": "no-source",
        "sources": [],
    }
    assert data["archived_copies"][0] == {
        "source": "s-dead",
        "url": "http://dead.example/a",
        "health": "dead",
        "service": "wayback",
        "archive_url": "https://archive.example/web/20160430120000/http://dead.example/a",
        "archived_at": "2016-04-30T12:00:00Z",
        "original_status": 200,
    }
    assert {link["url"]: link["last_checked_at"] for link in data["links"]}[
        "http://dead.example/a"
    ] == "2024-05-02T12:00:00Z"
    assert data["lint"] == [
        {
            "rule": "issued-url-mismatch",
            "subject": "source",
            "key": "s-dead",
            "field": "issued",
            "message": "2016-04 | url",
        }
    ]


def test_json_of_an_empty_report_matches_the_schema() -> None:
    empty = Report(
        generated_at=NOW,
        document=None,
        documents=(),
        claims_by_status=MappingProxyType(dict.fromkeys(ClaimStatus, 0)),
        sources_by_health=MappingProxyType(dict.fromkeys(SOURCE_STATES, 0)),
        claims=(),
        claims_at_risk=(),
        sources_without_accessed=(SourceRef("k", None, "https://x.example", "unchecked"),),
        lint=None,
        archived_copies=(),
        links=(),
    )
    data = report_to_json(empty)
    jsonschema.validate(data, load_schema())
    assert data["lint"] is None
    assert data["summary"]["lint_findings"] is None
    jsonschema.Draft202012Validator.check_schema(load_schema())
