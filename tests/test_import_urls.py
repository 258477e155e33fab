"""Cited URLs at import (issue 18.8): no javascript:/data: source, credentials warned about."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import LETTER_DATASET, Cli, ok_json

SOURCE_URL = 'url = "https://www.hrw.org/news/2016/01/27/china-reverse-downward-rights-spiral-0"'


@pytest.mark.parametrize(
    "url",
    [
        "javascript:alert(document.domain)",
        "JavaScript:void(0)",
        "data:text/html,<script>x</script>",
    ],
)
def test_bib_import_refuses_script_and_data_urls(cli: Cli, tmp_path: Path, url: str) -> None:
    path = tmp_path / "unsafe.bib"
    path.write_text(
        "@online{fine, title={Fine}, url={https://example.org/a}}\n"
        f"@online{{unsafe, title={{Click}}, url={{{url}}}}}\n",
        encoding="utf-8",
    )
    result = cli("import", "bibtex", str(path))
    assert result.exit_code == 2
    assert "entry 'unsafe': field 'url' is a " in result.stderr
    assert "nothing was imported" in result.stderr
    skipped = cli("import", "bibtex", str(path), "--skip-invalid")
    assert skipped.exit_code == 1
    assert [s["key"] for s in ok_json(cli, "sources", "list")] == ["fine"]


def test_bib_import_warns_about_credentials(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "creds.bib"
    path.write_text(
        "@online{secret, title={Intranet}, url={https://alice:s3cret@example.org/page}}\n",
        encoding="utf-8",
    )
    result = cli("import", "bibtex", str(path))
    assert result.exit_code == 0, result.stderr
    assert "warning:" in result.stderr
    assert "line 1: entry 'secret': the URL carries a user name or password" in result.stderr
    as_json = cli("import", "bibtex", str(path), "--json", "--on-conflict", "skip")
    assert json.loads(as_json.stdout)["warnings"]


@pytest.fixture
def letter_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "letter"
    shutil.copytree(LETTER_DATASET, folder)
    return folder


def _set_url(folder: Path, url: str) -> None:
    path = folder / "dataset.toml"
    text = path.read_text("utf-8")
    assert text.count(SOURCE_URL) == 1
    path.write_text(text.replace(SOURCE_URL, f'url = "{url}"'), "utf-8")


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,hi"])
def test_dataset_load_refuses_script_and_data_urls(cli: Cli, letter_copy: Path, url: str) -> None:
    _set_url(letter_copy, url)
    result = cli("load", str(letter_copy))
    assert result.exit_code == 2
    assert "dataset.toml" in result.stderr
    assert url in result.stderr
    assert cli("sources", "list", "--json").stdout.strip() == "[]"


def test_dataset_load_refuses_a_url_longer_than_its_column(cli: Cli, letter_copy: Path) -> None:
    _set_url(letter_copy, "https://example.org/" + "a" * 2100)
    result = cli("load", str(letter_copy))
    assert result.exit_code == 2
    assert "longer than 2,048 characters" in result.stderr
    assert "Traceback" not in result.stderr


def test_dataset_load_warns_about_credentials(cli: Cli, letter_copy: Path) -> None:
    _set_url(letter_copy, "https://bob:hunter2@www.hrw.org/news/2016/01/27/x")
    result = cli("load", str(letter_copy))
    assert result.exit_code == 0, result.stderr
    assert "warning:" in result.stderr
    assert "user name or password" in result.stderr
