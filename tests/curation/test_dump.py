"""``claims dump DOCUMENT DIR`` then ``claims load DIR`` into a fresh database reproduces the
database's content field by field: on the letter, after curation, on an extracted document,
and on generated databases (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SHARED_DIR, Cli, ok_json
from tests.curation.conftest import LETTER
from tests.curation.db_snapshot import snapshot_url

DOC = "hrw-2016-07-18-facebook-china"
TITLED = "douChinaEmbedInternet2015"
DEV_DOCUMENTS = SHARED_DIR / "citations-dev" / "documents"


def user_view(cli: Cli) -> dict[str, Any]:
    """What a person sees: every list and show command's JSON."""
    claims = ok_json(cli, "list")
    sources = ok_json(cli, "sources", "list")
    return {
        "claims": claims,
        "sources": sources,
        "show": {c["key"]: ok_json(cli, "show", c["key"]) for c in claims},
        "sources show": {s["key"]: ok_json(cli, "sources", "show", s["key"]) for s in sources},
    }


def files(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def dump_and_reload(cli: Cli, fresh_url: str, tmp_path: Path, document: str = DOC) -> Cli:
    """Dump ``document``, load the folder into the fresh database, and check that the two
    databases hold the same, and that the reloaded one dumps the same files."""
    first = tmp_path / "first"
    summary = ok_json(cli, "dump", document, str(first))
    assert summary["document"] == document
    fresh = Cli(fresh_url)
    assert ok_json(fresh, "load", str(first))["pinned"] == summary["pins"]
    assert snapshot_url(fresh_url) == snapshot_url(cli.url)
    second = tmp_path / "second"
    assert ok_json(fresh, "dump", document, str(second)) == {
        **summary,
        "path": str(second),
        "dataset": str(second / "dataset.toml"),
        "text": str(second / "document.txt"),
    }
    assert files(second) == files(first)
    return fresh


def test_the_letter_round_trips(loaded: Cli, fresh_url: str, tmp_path: Path) -> None:
    fresh = dump_and_reload(loaded, fresh_url, tmp_path)
    assert user_view(fresh) == user_view(loaded)
    # and the reloaded folder loaded again changes nothing
    again = ok_json(fresh, "load", str(tmp_path / "first"))
    assert again["changed"] is False


def test_curated_values_and_their_pins_round_trip_and_are_kept(
    loaded: Cli, fresh_url: str, tmp_path: Path
) -> None:
    edit = (
        "sources", "edit", TITLED, "--set", "title=China’s “Internet Police”", "--set",
        "issued=2015-08", "--set", "extra.pages=3–4", "--by", "ana", "--note", "per the page",
    )  # fmt: skip
    assert loaded(*edit).exit_code == 0
    assert loaded("sources", "edit", "peckDispatchesTimeFix2015", "--set", "accessed=2016-07-01",
                  "--organisation", "Human Rights Watch").exit_code == 0  # fmt: skip
    added = ok_json(
        loaded, "claims", "add", DOC, "--quote", "Facebook", "--occurrence", "3",
        "--statement", "Facebook is named", "--cites", f"{TITLED}@5",
        "--cites", "peckDispatchesTimeFix2015", "--by", "ana",
    )  # fmt: skip
    bare = ok_json(loaded, "claims", "add", DOC, "--quote", "Facebook", "--occurrence", "1")
    assert loaded("verify", "pu-zhiqiang-conviction-2015", "--verdict", "verified",
                  "--by", "ana").exit_code == 0  # fmt: skip
    fresh = dump_and_reload(loaded, fresh_url, tmp_path)
    view = user_view(fresh)
    held = user_view(loaded)
    # the trail and the edit log stay in the database they were recorded in; the status the
    # trail gave travels, and so does every value the edits set
    assert view["show"]["pu-zhiqiang-conviction-2015"]["status"] == "verified"
    assert view["show"]["pu-zhiqiang-conviction-2015"]["verifications"] == []
    assert held["sources show"][TITLED]["edits"]
    assert not view["sources show"][TITLED]["edits"]
    for shown in (*held["show"].values(), *view["show"].values()):
        shown.pop("verifications")
        shown.pop("edits")
    for shown in (*held["sources show"].values(), *view["sources show"].values()):
        shown.pop("edits")
    assert view == held
    assert ok_json(Cli(fresh_url), "load", str(tmp_path / "first"))["changed"] is False
    text = (tmp_path / "first" / "dataset.toml").read_text(encoding="utf-8")
    assert 'pinned = { "extra.pages" = "ana", issued = "ana", title = "ana" }' in text
    assert 'pinned = ["claim"]' in text  # the claim added with no --by
    # the original folder and a bibliography with the old values keep what a person set
    result = fresh("load", str(LETTER))
    assert result.exit_code == 0, result.stderr
    assert f"kept the edited title of {TITLED}" in result.stderr
    shown = ok_json(fresh, "sources", "show", TITLED)
    assert (shown["title"], shown["issued"]) == ("China’s “Internet Police”", "2015-08")
    keys = {c["key"] for c in ok_json(fresh, "list")}
    assert {added["key"], bare["key"]} <= keys
    bib = tmp_path / "old.bib"
    bib.write_text(
        f"@article{{{TITLED}, title = {{China to Embed Internet Police in Tech Firms}},"
        " journal = {Wall Street Journal}, date = {2015-08-05}, pages = {1}}\n",
        encoding="utf-8",
    )
    summary = ok_json(fresh, "import", "bibtex", str(bib), "--on-conflict", "update")
    assert summary["updated"] == []
    assert ok_json(fresh, "sources", "show", TITLED) == shown


def test_a_saved_extraction_round_trips(cli: Cli, fresh_url: str, tmp_path: Path) -> None:
    document = DEV_DOCUMENTS / "fordfoundation-roads-and-bridges-history.txt"
    if not document.exists():
        pytest.skip(f"needs the shared documents at {DEV_DOCUMENTS}")
    saved = cli("extract", str(document), "--save", "--key", "ford", "--title", "Roads")
    assert saved.exit_code == 0, saved.stderr
    proposed = [c["key"] for c in ok_json(cli, "list") if c["key"].startswith("ford-u")]
    assert cli("proposals", "reject", proposed[0], "--by", "ana").exit_code == 0
    assert cli("proposals", "accept", proposed[1]).exit_code == 0
    fresh = dump_and_reload(cli, fresh_url, tmp_path, "ford")
    text = (tmp_path / "first" / "dataset.toml").read_text(encoding="utf-8")
    assert "file_sha256 = " in text
    assert "proposed = true" in text
    assert "[[rejected_proposals]]" in text
    assert user_view(fresh) == user_view(cli)
    # saving the same file again over the reloaded database changes nothing
    again = fresh("extract", str(document), "--save", "--key", "ford", "--title", "Roads")
    assert again.exit_code == 0, again.stderr
    assert "already saved: nothing changed" in again.stderr


def test_a_non_empty_folder_is_refused_without_force(loaded: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "letter"
    folder.mkdir()
    (folder / "README.md").write_text("notes\n", encoding="utf-8")
    result = loaded("dump", DOC, str(folder))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {folder}: the folder is not empty (README.md)")
    assert files(folder) == {"README.md": b"notes\n"}
    ok_json(loaded, "dump", DOC, str(folder), "--force")
    assert set(files(folder)) == {"README.md", "dataset.toml", "document.txt"}
    # dumped over the letter's own folder (a copy): its text file keeps its name, README stays
    copy = tmp_path / "copy"
    copy.mkdir()
    for name, data in files(LETTER).items():
        (copy / name).write_bytes(data)
    summary = ok_json(loaded, "dump", DOC, str(copy), "--force")
    assert summary["replaced"] is True
    assert set(files(copy)) == {"README.md", "dataset.toml", "letter.txt"}
    assert (copy / "letter.txt").read_bytes() == (LETTER / "letter.txt").read_bytes()
    assert ok_json(loaded, "load", str(copy))["changed"] is False
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_bad_input_is_one_line_and_writes_nothing(loaded: Cli, tmp_path: Path) -> None:
    tmp_path = tmp_path / "work"
    tmp_path.mkdir()
    result = loaded("dump", "no-such-document", str(tmp_path / "x"))
    assert result.exit_code == 2
    assert result.stderr.startswith("error: no document with key 'no-such-document'")
    a_file = tmp_path / "file"
    a_file.write_text("x", encoding="utf-8")
    result = loaded("dump", DOC, str(a_file))
    assert result.exit_code == 2
    assert "exists and is not a folder" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["file"]


def test_a_dump_that_would_not_load_is_refused(loaded: Cli, tmp_path: Path) -> None:
    tmp_path = tmp_path / "work"
    tmp_path.mkdir()
    # a URL a .bib import stored ends with a full stop: the dataset's checks refuse it
    assert loaded("sources", "edit", TITLED, "--set", "url=https://example.org/a.").exit_code == 0
    result = loaded("dump", DOC, str(tmp_path / "out"))
    assert result.exit_code == 2, result.stderr
    assert "cannot be written as a dataset" in result.stderr
    assert "ends with punctuation" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_json_summary(loaded: Cli, tmp_path: Path) -> None:
    summary = ok_json(loaded, "dump", DOC, str(tmp_path / "out"))
    assert summary == {
        "document": DOC,
        "path": str(tmp_path / "out"),
        "dataset": str(tmp_path / "out" / "dataset.toml"),
        "text": str(tmp_path / "out" / "document.txt"),
        "footnotes": 13,
        "sources": 17,
        "claims": 48,
        "citations": 17,
        "pins": 0,
        "replaced": False,
    }
    plain = loaded("dump", DOC, str(tmp_path / "again"))
    assert plain.stdout.startswith(f"wrote {tmp_path / 'again' / 'dataset.toml'}")
    assert json.loads(json.dumps(summary)) == summary


def test_the_dataset_hashes_a_rejected_quote_as_extraction_does() -> None:
    from claims.dataset.loader import rejected_hash
    from claims.extract.proposals import quote_hash

    for quote in ("one", "  spaced\n out\twords ", "’quoted’ — dash"):
        assert rejected_hash(quote) == quote_hash(quote)
