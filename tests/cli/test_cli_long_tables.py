"""Long lists print as plain aligned text (rich would take minutes), whole and one row a line."""

from __future__ import annotations

import json

import pytest
from tests.conftest import LETTER_DATASET, Cli

from claims.cli import _common


@pytest.fixture
def letter(sqlite_cli: Cli, monkeypatch: pytest.MonkeyPatch) -> Cli:
    assert sqlite_cli("load", str(LETTER_DATASET)).exit_code == 0
    monkeypatch.setattr(_common, "RICH_TABLE_MAX_ROWS", 3)
    return sqlite_cli


def test_a_long_claim_list_is_one_line_a_claim(letter: Cli) -> None:
    keys = [c["key"] for c in json.loads(letter("list", "--json").stdout)]
    result = letter("list")
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["key", "status", "claim", "sources"]
    assert [line.split()[0] for line in lines[1:]] == keys
    assert result.stderr == f"{len(keys)} claims\n"


def test_a_long_source_list_keeps_every_key(letter: Cli) -> None:
    sources = json.loads(letter("sources", "list", "--json").stdout)
    result = letter("sources", "list")
    assert result.exit_code == 0, result.stderr
    rows = result.stdout.splitlines()[1:]
    assert [row.split()[0] for row in rows] == [s["key"] for s in sources]
    assert all(row.split()[4] in {"unchecked", "—"} for row in rows)


def test_a_long_report_prints_every_link_whole(letter: Cli) -> None:
    report = json.loads(letter("report", "--format", "json").stdout)
    result = letter("report")
    assert result.exit_code == 0, result.stderr
    for link in report["links"]:
        assert any(line.startswith(link["url"] + " ") for line in result.stdout.splitlines())
    for claim in report["claims"]:
        assert f"\n{claim['key']} " in result.stdout


def test_long_lint_findings(letter: Cli) -> None:
    result = letter("lint")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["rule", "key", "finding"]
    assert sum(line.startswith("issued-url-mismatch ") for line in lines) == 2
