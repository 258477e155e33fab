"""``claims extract`` through the real CLI: output, exit codes, and --save on both databases."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import Any

from tests.conftest import LETTER_DATASET, Cli, ok_json

LETTER = str(LETTER_DATASET / "letter.txt")
SOURCE_FIELDS = [
    "key",
    "kind",
    "title",
    "authors",
    "container",
    "publisher",
    "issued",
    "url",
    "accessed",
    "accessed_basis",
    "doi",
    "raw",
    "note",
    "extra",
    "footnotes",
]


def _curated() -> dict[str, Any]:
    with (LETTER_DATASET / "dataset.toml").open("rb") as fh:
        return tomllib.load(fh)


def test_extract_json_yields_the_curated_footnotes_and_sources(sqlite_cli: Cli) -> None:
    result = sqlite_cli("extract", LETTER, "--json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert list(data) == [
        "file",
        "format",
        "sha256",
        "summary",
        "footnotes",
        "sources",
        "claims",
        "warnings",
        "chrome",
        "proposals",
        "saved",
    ]
    assert data["format"] == "text"
    assert data["summary"] == {
        "layout": "inline",
        "footnotes": 13,
        "citations": 17,
        "sources": 17,
        "claims": 13,
        "needs_review": 2,
        "warnings": 6,  # unsure fields in footnotes 1 and 2 among them
    }
    curated = _curated()
    assert [(f["number"], f["text"]) for f in data["footnotes"]] == [
        (f["number"], f["text"]) for f in curated["footnotes"]
    ]
    assert all(list(s) == SOURCE_FIELDS for s in data["sources"])
    for got, want in zip(data["sources"], curated["sources"], strict=True):
        for name in ("key", "kind", "title", "container", "publisher", "url", "raw"):
            assert got[name] == want.get(name), (want["key"], name)
        assert got["authors"] == want["authors"]
        assert got["issued"] == want.get("issued")
        assert got["accessed"] == want.get("accessed")
    assert data["saved"] is None
    by_footnote = [[c["source"] for c in f["citations"]] for f in data["footnotes"]]
    assert by_footnote == [f["sources"] for f in curated["footnotes"]]


def test_extract_prints_citations_claims_warnings_and_a_summary(sqlite_cli: Cli) -> None:
    result = sqlite_cli("extract", LETTER)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert "13 footnotes (inline layout)" in out
    assert "Morrison Foerster" in out
    assert "issued-differs-from-url" in out
    assert "In practice, such limits oblige foreign Internet" in out
    assert out.rstrip().endswith("2 citations need review")


def test_strict_exits_1_when_a_citation_needs_review(sqlite_cli: Cli) -> None:
    assert sqlite_cli("extract", LETTER, "--strict", "--json").exit_code == 1


def test_save_stores_the_extraction_and_saving_again_changes_nothing(cli: Cli) -> None:
    args = ("extract", LETTER, "--save", "--key", "hrw-letter-extracted", "--title", "Letter")
    first = ok_json(cli, *args, "--published", "2016-07-18")
    assert first["saved"]["changed"] is True
    # the 13 footnoted claims and the uncited ones proposed (stored as needs-source)
    assert first["saved"]["claims"]["created"] == 13 + len(first["proposals"])
    assert first["saved"]["sources"]["created"] == 17
    again = ok_json(cli, *args, "--published", "2016-07-18")
    assert again["saved"]["changed"] is False

    listed = ok_json(cli, "list", "--document", "hrw-letter-extracted")
    claims = [c for c in listed if "-fn" in c["key"]]
    assert [c["key"] for c in claims] == [f"hrw-letter-extracted-fn{n}" for n in range(1, 14)]
    assert {c["status"] for c in listed if "-fn" not in c["key"]} == {"needs-source"}
    assert claims[7]["footnotes"] == [8]
    assert len(claims[7]["sources"]) == 3
    assert all(c["status"] == "unverified" for c in claims)
    shown = ok_json(cli, "sources", "show", first["sources"][-1]["key"])
    assert shown["accessed"] == "2016-06-14"
    assert shown["accessed_basis"] == "stated"


def test_save_keeps_apart_works_that_get_the_same_key(cli: Cli, tmp_path: Path) -> None:
    one = tmp_path / "one.txt"
    two = tmp_path / "two.txt"
    one.write_text(
        'It happened.[1]\n\nNotes\n[1] "Report," Reuters, May 1, 2016, https://a.org/1.\n'
    )
    two.write_text(
        'It happened.[1]\n\nNotes\n[1] "Report," Reuters, May 1, 2016, https://b.org/2.\n'
    )
    first = ok_json(cli, "extract", str(one), "--save", "--key", "one")
    second = ok_json(cli, "extract", str(two), "--save", "--key", "two")
    key_one = first["sources"][0]["key"]
    key_two = second["sources"][0]["key"]
    assert key_two == key_one + "a"
    assert second["claims"][0]["sources"] == [key_two]
    assert ok_json(cli, "sources", "show", key_one)["url"] == "https://a.org/1"
    assert ok_json(cli, "sources", "show", key_two)["url"] == "https://b.org/2"


def test_save_never_overwrites_a_curated_document(cli: Cli) -> None:
    assert cli("load", str(LETTER_DATASET)).exit_code == 0
    before = ok_json(cli, "list", "--document", "hrw-2016-07-18-facebook-china")
    result = cli("extract", LETTER, "--save", "--key", "hrw-2016-07-18-facebook-china")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "holds claims extraction did not make" in result.stderr
    assert ok_json(cli, "list", "--document", "hrw-2016-07-18-facebook-china") == before


def test_input_errors_exit_2_with_one_line(sqlite_cli: Cli, tmp_path: Path) -> None:
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("caf\xe9".encode("latin-1"))
    cases = [
        (("extract", LETTER, "--save"), "--save needs --key"),
        (("extract", LETTER, "--key", "k"), "need --save"),
        (("extract", LETTER, "--save", "--key", "k", "--published", "2016-13-01"), "not a date"),
        (("extract", str(tmp_path / "missing.txt")), "no such file"),
        (("extract", str(latin)), "not UTF-8"),
    ]
    for args, message in cases:
        result = sqlite_cli(*args)
        assert result.exit_code == 2, args
        assert message in result.stderr, args
        assert result.stdout == ""


def test_saving_an_edited_text_updates_the_document_in_place(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    note = '"Report," Reuters, May 1, 2016, https://a.org/1.'
    path.write_text(f"It happened.[1] Then more.[2]\n\nNotes\n[1] {note}\n[2] {note}\n")
    ok_json(cli, "extract", str(path), "--save", "--key", "doc")
    path.write_text(f"It happened.[1]\n\nNotes\n[1] {note.replace('May 1', 'May 2')}\n")
    saved = ok_json(cli, "extract", str(path), "--save", "--key", "doc")["saved"]
    assert saved["documents"]["updated"] == 1
    assert saved["footnotes"]["deleted"] == 1
    assert saved["claims"]["deleted"] == 1
    assert saved["sources"]["updated"] == 1
    (claim,) = ok_json(cli, "list", "--document", "doc")
    assert claim["key"] == "doc-fn1"
    assert ok_json(cli, "sources", "show", claim["sources"][0])["issued"] == "2016-05-02"
