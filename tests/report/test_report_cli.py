"""claims report through the command line: every format, files, the document filter."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from tests.conftest import Cli
from tests.sample_document import build_sample

from claims.db import Database
from claims.report import load_schema


@pytest.fixture
def loaded(cli: Cli) -> Cli:
    db = Database(cli.url)
    with db.session() as s:
        build_sample(s)
    db.dispose()
    return cli


def test_text_report(loaded: Cli) -> None:
    result = loaded("report", "--document", "sample-doc")
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    for heading in (
        "Claims report: A <sample> letter & more",
        "Summary",
        "Claims by status (7)",
        "Sources by link health (5)",
        "Claims at risk (4)",
        "Sources without an access date (2)",
        "Lint findings",
        "Archived copies (4)",
        "Links (4)",
    ):
        assert heading in out, heading
    assert "\x1b[" not in out  # no colour codes when not on a terminal
    assert '<script>alert("title")</script>' in out


def test_json_report_is_valid(loaded: Cli) -> None:
    result = loaded("report", "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    jsonschema.validate(data, load_schema())
    assert data["document"] is None
    assert data["summary"]["claims"] == 8


def test_markdown_report(loaded: Cli) -> None:
    result = loaded("report", "--document", "sample-doc", "-f", "markdown")
    assert result.exit_code == 0
    assert result.stdout.startswith("# Claims report: A \\<sample\\> letter \\& more\n")


def test_html_report_to_a_file(loaded: Cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "letter.html"
    result = loaded("report", "--document", "sample-doc", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert f"wrote {target} (html, " in result.stderr
    html = target.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert 'data-claim="c-prices"' in html
    assert [p.name for p in out.iterdir()] == ["letter.html"]  # no temporary left over


@pytest.mark.parametrize(
    ("name", "start"),
    [("r.md", "# Claims report"), ("r.json", "{"), ("r.txt", "Claims report"), ("r", "Claims")],
)
def test_format_follows_the_file_suffix(loaded: Cli, tmp_path: Path, name: str, start: str) -> None:
    result = loaded("report", "-o", str(tmp_path / name))
    assert result.exit_code == 0, result.stderr
    content = (tmp_path / name).read_text(encoding="utf-8")
    assert content.startswith(start)
    assert "\x1b[" not in content


def test_explicit_format_beats_the_suffix(loaded: Cli, tmp_path: Path) -> None:
    target = tmp_path / "r.html"
    assert loaded("report", "-f", "json", "-o", str(target)).exit_code == 0
    json.loads(target.read_text(encoding="utf-8"))


def test_unknown_document(loaded: Cli) -> None:
    result = loaded("report", "--document", "ghost")
    assert result.exit_code == 2
    assert "no document with key 'ghost'" in result.stderr
    assert result.stdout == ""


def test_unwritable_output(loaded: Cli, tmp_path: Path) -> None:
    result = loaded("report", "-o", str(tmp_path / "missing" / "r.html"))
    assert result.exit_code == 2
    assert "cannot write" in result.stderr
    assert "missing" in result.stderr


def test_bad_format(loaded: Cli) -> None:
    result = loaded("report", "--format", "pdf")
    assert result.exit_code == 2
    assert "pdf" in result.stderr


def test_html_of_every_document(loaded: Cli, tmp_path: Path) -> None:
    target = tmp_path / "all.html"
    assert loaded("report", "-o", str(target)).exit_code == 0
    html = target.read_text(encoding="utf-8")
    assert 'data-claim="c-other"' in html
    assert 'data-claim="c-flood"' in html


def test_lint_findings_are_included_unless_left_out(loaded: Cli) -> None:
    with_lint = json.loads(loaded("report", "--document", "sample-doc", "-f", "json").stdout)
    rules = {(f["rule"], f["key"]) for f in with_lint["lint"]}
    assert ("unsourced-claim", "c-bridge") in rules
    assert ("no-access-date", "s-suspect") in rules
    assert all(f["key"] not in ("c-other", "s-other", "s-uncited") for f in with_lint["lint"])
    without = json.loads(loaded("report", "--no-lint", "-f", "json").stdout)
    assert without["lint"] is None
    assert without["summary"]["lint_findings"] is None
