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


@pytest.fixture
def sample(cli: Cli) -> Cli:
    database = Database(cli.url)
    with database.session() as s:
        build_sample(s)
    database.dispose()
    assert cli("load", str(LETTER_DATASET)).exit_code == 0
    return cli


LETTER = "hrw-2016-07-18-facebook-china"
DOCS = ("sample-doc", LETTER)


def _docs(*keys: str) -> list[str]:
    return [arg for key in keys for arg in ("--document", key)]


def _report(cli: Cli, *args: str) -> dict[str, object]:
    result = cli("report", "--format", "json", *args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_document_repeats_on_every_command(sample: Cli) -> None:
    claims = {d: {c["key"] for c in ok_json(sample, "list", "-d", d)} for d in DOCS}
    both = ok_json(sample, "list", *_docs(*DOCS))
    assert {c["key"] for c in both} == claims[DOCS[0]] | claims[DOCS[1]]
    sources = {d: {s["key"] for s in ok_json(sample, "sources", "list", "-d", d)} for d in DOCS}
    listed = ok_json(sample, "sources", "list", *_docs(*DOCS))
    cited = sources[DOCS[0]] | sources[DOCS[1]]
    assert {s["key"] for s in listed} == cited
    assert len(cited) < len(ok_json(sample, "sources", "list"))  # the filter filters
    lint = sample("lint", *_docs(*DOCS), "--json")
    assert lint.exit_code == 1, lint.stderr  # findings
    linted = json.loads(lint.stdout)
    assert linted["claims_checked"] == len(claims[DOCS[0]]) + len(claims[DOCS[1]])
    assert linted["sources_checked"] == len(cited)
    for fmt in ("bibtex", "biblatex", "csljson", "ris"):
        result = sample("export", fmt, *_docs(*DOCS))
        assert result.exit_code == 0, result.stderr
        assert result.stderr.startswith(f"{len(cited)} entries"), (fmt, result.stderr)
    formatted = sample("export", "formatted", "--style", "apa", *_docs(*DOCS))
    assert formatted.exit_code == 0, formatted.stderr
    notes = sample("export", "formatted", "--style", "apa", "--notes", *_docs(*DOCS))
    assert notes.exit_code == 0, notes.stderr
    assert "sample-doc" in notes.stdout
    assert LETTER in notes.stdout
    text = sample("report", *_docs(*DOCS), "--no-lint").stdout
    assert f"for documents {LETTER}, sample-doc." in text  # in key order, as listed
    markdown = sample("report", *_docs(*DOCS), "--format", "markdown").stdout
    assert f"for documents `{LETTER}`, `sample-doc`." in markdown
    report = _report(sample, *_docs(*DOCS))
    assert report["document"] == ", ".join(DOCS)
    assert [d["key"] for d in report["documents"]] == sorted(DOCS)  # type: ignore[attr-defined]
    assert {c["key"] for c in report["claims"]} == claims[DOCS[0]] | claims[DOCS[1]]  # type: ignore[attr-defined]
    # a key named twice counts once; an unknown one among them is one error line
    assert len(ok_json(sample, "list", *_docs(LETTER, LETTER))) == len(claims[LETTER])
    assert ok_json(sample, "flags", "list", *_docs(*DOCS)) == []
    commands = (["list"], ["sources", "list"], ["lint"], ["export", "ris"], ["report"])
    for command in (*commands, ["flags", "list"]):
        result = sample(*command, *_docs(LETTER, "nope"))
        assert result.exit_code == 2, command
        assert result.stderr.splitlines()[0] == "error: no document with key 'nope'", command


def test_at_risk_no_access_date_and_archived_groups_of_the_report_are_filters(sample: Cli) -> None:
    for scope in ([], ["-d", "sample-doc"], _docs(*DOCS)):
        report = _report(sample, *scope)
        at_risk = {c["key"] for c in report["claims_at_risk"]}  # type: ignore[attr-defined]
        assert at_risk, scope
        listed = ok_json(sample, "list", "--at-risk", *scope)
        assert {c["key"] for c in listed} == at_risk, scope
        undated = {s["key"] for s in report["sources_without_accessed"]}  # type: ignore[attr-defined]
        assert undated, scope
        sources = ok_json(sample, "sources", "list", "--no-accessed", *scope)
        assert {s["key"] for s in sources} == undated, scope
        assert all(s["url"] and s["accessed"] is None for s in sources)
        copies = {c["source"] for c in report["archived_copies"]}  # type: ignore[attr-defined]
        archived = ok_json(sample, "sources", "list", "--archived", *scope)
        assert {s["key"] for s in archived} == copies, scope
    assert copies  # the sample has archived copies to find
    # with the other filters: both must hold
    risky = ok_json(sample, "list", "--at-risk", "--status", "needs-source")
    assert risky
    assert all(c["status"] == "needs-source" and not c["sources"] for c in risky)
    dead = ok_json(sample, "sources", "list", "--no-accessed", "--health", "unchecked")
    assert all(s["health"] in (None, "unchecked") and s["accessed"] is None for s in dead)


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
