"""Consistent options: repeatable filters, every report group filterable, plurals, plain help."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys

import pytest
from tests.cli.test_cli_errors import LEAVES
from tests.conftest import LETTER_DATASET, Cli, ok_json
from tests.sample_document import build_sample

from claims.db import Database


@pytest.fixture
def letter(cli: Cli) -> Cli:
    assert cli("load", str(LETTER_DATASET)).exit_code == 0
    return cli


def test_status_repeats(letter: Cli) -> None:
    assert ok_json(letter, "verify", "facebook-gni-member", "--verdict", "disputed", "--by", "a")
    both = ok_json(letter, "list", "--status", "unverified", "--status", "disputed")
    assert {c["status"] for c in both} == {"unverified", "disputed"}
    assert len(both) == 13 + 1
    assert len(ok_json(letter, "list", "--status", "DISPUTED")) == 1


def test_every_health_group_of_the_report_is_a_filter(cli: Cli) -> None:
    database = Database(cli.url)
    with database.session() as s:
        build_sample(s)
    database.dispose()
    report = json.loads(cli("report", "--format", "json").stdout)
    groups = report["summary"]["sources_by_health"]
    assert "no-url" in groups
    for state, count in groups.items():
        listed = ok_json(cli, "sources", "list", "--health", state)
        assert len(listed) == count, state
    no_url = ok_json(cli, "sources", "list", "--health", "no-url")
    assert all(s["url"] is None for s in no_url)
    several = ok_json(cli, "sources", "list", "--health", "dead", "--health", "no-url")
    assert len(several) == groups["dead"] + groups["no-url"]


def test_one_is_singular(letter: Cli) -> None:
    result = letter("list", "--status", "disputed")
    assert result.stderr == "0 claims\n"
    letter("verify", "facebook-gni-member", "--verdict", "disputed", "--by", "a")
    assert letter("list", "--status", "disputed").stderr == "1 claim\n"
    one = letter("lint", "--rule", "issued-url-mismatch", "--document", "nope")
    assert one.exit_code == 2
    exported = letter("export", "bibtex", "--claim", "pu-zhiqiang-conviction-2015")
    assert exported.stderr == "1 entry (bibtex)\n"


@pytest.mark.parametrize(("path", "command"), LEAVES, ids=[p for p, _ in LEAVES])
def test_help_shows_plain_metavars(sqlite_cli: Cli, path: str, command: object) -> None:
    result = sqlite_cli(*path.split(), "--help")
    assert result.exit_code == 0, result.stderr
    usage = result.stdout.splitlines()[0]
    text = result.stdout
    params = text[min(i for i in (text.find("\nArguments:"), text.find("\nOptions:")) if i > 0) :]
    for text in (usage, params):
        assert not re.search(r"<[a-z]|\[\[|\]\.\.\.\]|\{[A-Za-z_]", text), text
    assert "--install-completion" not in params


def test_db_history_has_a_header_for_every_column(sqlite_cli: Cli) -> None:
    lines = sqlite_cli("db", "history").stdout.splitlines()
    assert lines[0].split() == ["revision", "down", "is", "message"]
    assert "head, current" in lines[1]


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    return subprocess.run(
        [sys.executable, "-m", "claims", *args],
        capture_output=True,
        text=True,
        env={**clean, **env},
        check=False,
    )


def test_no_color_means_no_styling_at_all(sqlite_url: str) -> None:
    Database(sqlite_url).dispose()
    styled = _run("--db", sqlite_url, "db", "history", FORCE_COLOR="1")
    assert "\x1b[" in styled.stdout  # a terminal gets a bold header
    plain = _run("--db", sqlite_url, "db", "history", FORCE_COLOR="1", NO_COLOR="1")
    assert plain.returncode == 0, plain.stderr
    assert "\x1b[" not in plain.stdout
    error = _run("--db", sqlite_url, "show", "nope", FORCE_COLOR="1", NO_COLOR="1")
    assert error.stderr.startswith("error: no claim with key 'nope'")
