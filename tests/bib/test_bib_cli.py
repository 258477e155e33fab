"""``claims export``, ``claims import bibtex`` and ``claims sources rekey`` through the CLI:
exit codes, stdout and stderr kept apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bib_support import FIXTURES, LETTER_DATASET
from tests.conftest import Cli


@pytest.fixture
def loaded(cli: Cli) -> Cli:
    result = cli("load", str(LETTER_DATASET))
    assert result.exit_code == 0, result.stderr
    return cli


def test_export_to_stdout_and_to_a_file(loaded: Cli, tmp_path: Path) -> None:
    result = loaded("export", "bibtex")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("@misc{facebookFacebookMissionStatement,\n")
    assert result.stdout.count("\n@") == 16
    assert result.stderr.strip() == "17 entries (bibtex)"

    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "letter.bib"
    result = loaded(
        "export", "biblatex", "-o", str(out), "--document", "hrw-2016-07-18-facebook-china"
    )
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8").count("@") >= 17
    assert "entrysubtype = {newspaper}" in out.read_text(encoding="utf-8")
    assert [p.name for p in out.parent.iterdir()] == ["letter.bib"]  # no temporary left behind

    result = loaded("export", "csljson", "--claim", "pu-zhiqiang-conviction-2015")
    assert result.exit_code == 0, result.stderr
    (item,) = json.loads(result.stdout)
    assert item["id"] == "richardsonDispatchesShowingDiplomatic2015"


def test_export_ascii(loaded: Cli) -> None:
    result = loaded("export", "biblatex", "--ascii")
    assert result.exit_code == 0
    assert result.stdout.isascii()
    assert r"Xi {Jinping\textquoteright{}s} {News}" in result.stdout


def test_export_unknown_key_writes_nothing(loaded: Cli, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "x.bib"
    result = loaded("export", "bibtex", "-o", str(out), "--claim", "no-such-claim")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "error: no claim with key 'no-such-claim'" in result.stderr
    assert not out.exists()
    assert list(out.parent.iterdir()) == []


def test_import_round_trip(loaded: Cli, tmp_path: Path, sqlite_url: str) -> None:
    first = tmp_path / "first.bib"
    assert loaded("export", "bibtex", "-o", str(first)).exit_code == 0
    fresh = Cli(f"sqlite:///{tmp_path / 'fresh.db'}")
    result = fresh("import", "bibtex", str(first), "--json")
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert len(summary["added"]) == 17
    assert summary["invalid"] == []
    assert "17 entries read; 17 added, 0 updated, 0 already held, 0 invalid" in result.stderr
    again = fresh("export", "bibtex")
    assert again.stdout == first.read_text(encoding="utf-8")

    # importing the same file again adds nothing
    result = fresh("import", "bibtex", str(first))
    assert result.exit_code == 0
    assert "0 added, 0 updated, 17 already held" in result.stderr
    result = fresh("import", "bibtex", str(first), "--on-conflict", "fail")
    assert result.exit_code == 2
    assert "is already held (same key) (and 16 more); nothing was imported" in result.stderr


def test_import_invalid_file(cli: Cli) -> None:
    path = FIXTURES / "broken.bib"
    result = cli("import", "bibtex", str(path))
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    (error,) = [line for line in lines if line.startswith("error: ")]
    assert error.startswith(f"error: {path}, line 8: entry 'unbalanced': ")
    assert lines[-1].startswith("hint: ")
    assert not any(line.startswith(f"{path}, line 8:") for line in lines)  # said once
    assert f"{path}, line 21: entry 'undefinedmacro': undefined @string macro 'nosuchmacro'" in (
        result.stderr
    )
    assert "nothing was imported" in result.stderr
    assert cli("sources", "list", "--json").stdout.strip() == "[]"

    result = cli("import", "bibtex", str(path), "--skip-invalid")
    assert result.exit_code == 1  # it ran, and found blocks it could not import
    assert "3 added, 0 updated, 0 already held, 6 invalid" in result.stderr
    assert f"{path}, line 25: entry without a key is now 'noKey'" in result.stderr


def test_import_missing_file(cli: Cli, tmp_path: Path) -> None:
    result = cli("import", "bibtex", str(tmp_path / "nope.bib"))
    assert result.exit_code == 2
    assert "cannot read" in result.stderr


def test_rekey(loaded: Cli) -> None:
    result = loaded("sources", "rekey", "--dry-run", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"sources": 17, "renamed": [], "dry_run": True}
    assert "would rename 0 of 17 sources" in result.stderr
    result = loaded("sources", "rekey")
    assert result.exit_code == 0
    assert "renamed 0 of 17 sources" in result.stderr
