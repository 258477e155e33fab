"""claims verify and claims history through the command line."""

from __future__ import annotations

import json

import pytest
from tests.conftest import Cli
from tests.sample_document import build_sample

from claims.db import Database


@pytest.fixture
def loaded(cli: Cli) -> Cli:
    db = Database(cli.url)
    with db.session() as s:
        build_sample(s)
    db.dispose()
    return cli


def test_verify_then_history(loaded: Cli) -> None:
    result = loaded(
        "verify", "c-flood", "--verdict", "verified", "--by", "Ada [b]", "--note", "ok",
        "--source", "s-alive",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("c-flood: unverified → verified (verdict by Ada [b], ")
    assert result.stderr == ""
    again = loaded("verify", "c-flood", "--verdict", "DISPUTED", "--by", "Bob")
    assert again.exit_code == 0, again.stderr

    history = loaded("history", "c-flood", "--json")
    assert history.exit_code == 0, history.stderr
    data = json.loads(history.stdout)
    assert data["claim"] == "c-flood"
    assert data["status"] == "disputed"
    assert [(e["verdict"], e["by"], e["note"], e["source"]) for e in data["entries"]] == [
        ("verified", "Ada [b]", "ok", "s-alive"),
        ("disputed", "Bob", None, None),
    ]
    assert all(e["at"].endswith("Z") for e in data["entries"])

    table = loaded("history", "c-flood")
    assert table.exit_code == 0
    assert "Ada [b]" in table.stdout
    assert "disputed" in table.stdout


def test_verify_warns_on_failing_sources_and_suggests_archives(loaded: Cli) -> None:
    result = loaded("verify", "c-denial", "--verdict", "verified", "--by", "Ada")
    assert result.exit_code == 0
    assert "c-denial: unverified → verified" in result.stdout
    assert "every source of claim 'c-denial' is dead or suspect" in result.stderr
    assert "https://archive.example/web/20160430120000/http://dead.example/a" in result.stderr
    assert "archive.example" not in result.stdout


def test_verify_json(loaded: Cli) -> None:
    result = loaded("verify", "c-denial", "--verdict", "unsupported", "--by", "Ada", "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["status"] == "unsupported"
    assert data["previous_status"] == "unverified"
    assert data["sources_failing"] is True
    assert [c["source"] for c in data["archived_copies"]] == ["s-dead", "s-dead", "s-suspect"]
    assert data["warnings"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["verify", "ghost", "--verdict", "verified", "--by", "A"], "no claim with key 'ghost'"),
        (
            ["verify", "c-flood", "--verdict", "verified", "--by", "A", "--source", "s-ghost"],
            "no source with key 's-ghost'",
        ),
        (["verify", "c-flood", "--verdict", "verified", "--by", " "], "--by needs"),
        (["history", "ghost"], "no claim with key 'ghost'"),
    ],
)
def test_errors_name_the_key_and_exit_2(loaded: Cli, args: list[str], message: str) -> None:
    result = loaded(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""
    trail = loaded("history", "c-flood", "--json")
    assert json.loads(trail.stdout)["entries"] == []


def test_a_verdict_outside_the_choices_is_a_usage_error(loaded: Cli) -> None:
    result = loaded("verify", "c-flood", "--verdict", "needs-source", "--by", "A")
    assert result.exit_code == 2
    assert "needs-source" in result.stderr
