"""``claims extract --save`` again keeps corrections: pinned values, matched sources, no
``…a`` duplicates (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Cli, ok_json
from tests.curation.conftest import LETTER

TEXT = str(LETTER / "letter.txt")
ARGS = ("extract", TEXT, "--save", "--key", "x-letter", "--title", "Letter")


def test_saving_again_keeps_corrected_sources_attached(cli: Cli, tmp_path: Path) -> None:
    first = ok_json(cli, *ARGS)
    key = first["sources"][1]["key"]
    claim = "x-letter-fn2"
    assert key in ok_json(cli, "show", claim)["sources"]
    # a person corrects the title and the URL of the second source
    edited = cli(
        "sources", "edit", key, "--set", "title=A Corrected Title",
        "--set", "url=https://example.org/corrected", "--by", "ana",
    )  # fmt: skip
    assert edited.exit_code == 0, edited.stderr
    result = cli(*ARGS, "--json")
    assert result.exit_code == 0, result.stderr
    assert f"kept the edited title of {key}" in result.stderr
    keys = [s["key"] for s in ok_json(cli, "sources", "list")]
    assert len(keys) == 17
    assert not any(k.endswith("a") and k[:-1] in keys for k in keys)  # no twin
    shown = ok_json(cli, "sources", "show", key)
    assert shown["title"] == "A Corrected Title"
    assert shown["url"] == "https://example.org/corrected"
    assert claim in shown["claims"]


def test_a_bib_correction_survives_saving_again(cli: Cli, tmp_path: Path) -> None:
    ok_json(cli, *ARGS)
    path = tmp_path / "fix.bib"
    path.write_text(
        "@article{vlastelicaInstagramReportedlyBlocked2014,"
        " title = {Instagram Reportedly Blocked in China amid Hong Kong Protests},"
        " journal = {Reuters}, keywords = {censorship}}\n",
        encoding="utf-8",
    )
    assert cli("import", "bibtex", str(path), "--on-conflict", "update").exit_code == 0
    again = ok_json(cli, *ARGS)
    assert again["saved"]["sources"]["created"] == 0
    shown = ok_json(cli, "sources", "show", "vlastelicaInstagramReportedlyBlocked2014")
    assert shown["extra"].get("keywords") == "censorship"
    assert "x-letter-fn2" in shown["claims"]
