"""``claims sources edit | add | merge | delete | history``, pins respected by import and load
(SQLite and PostgreSQL, through the command line)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from claims.curation.guard import EditLogViolation
from claims.db import Database
from claims.models import Edit
from tests.conftest import Cli, ok_json
from tests.curation.conftest import LETTER

DOU = "douChinaEmbedInternet2015"


def test_edit_logs_pins_and_shows_history(loaded: Cli) -> None:
    result = loaded(
        "sources", "edit", DOU, "--set", "title=China Embeds Police", "--set", "issued=2015-08",
        "--set", "extra.pages=A1", "--author", "Dou, Eva", "--author", "Roe, Rick",
        "--by", "ana", "--note", "per the WSJ page",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "pinned: title, issued, extra.pages, authors" in result.stderr
    shown = ok_json(loaded, "sources", "show", DOU)
    assert shown["title"] == "China Embeds Police"
    assert shown["issued"] == "2015-08"
    assert shown["extra"] == {"pages": "A1"}
    assert [a["family"] for a in shown["authors"]] == ["Dou", "Roe"]
    history = ok_json(loaded, "sources", "history", DOU)
    assert [(e["field"], e["by"], e["note"]) for e in history] == [
        ("title", "ana", "per the WSJ page"),
        ("authors", "ana", "per the WSJ page"),
        ("issued", "ana", "per the WSJ page"),
        ("extra.pages", "ana", "per the WSJ page"),
    ]
    assert history[0]["old"] == "China to Embed Internet Police in Tech Firms"
    text = loaded("sources", "history", DOU).stdout
    assert "edit history" in text


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--set", "titel=x"], "error: unknown source field 'titel'"),
        (["--set", "issued=2015-13"], "error: issued='2015-13': not a valid date"),
        (["--set", "accessed=yesterday"], "error: accessed='yesterday': not a date"),
        (["--set", "kind=novel"], "error: kind='novel': kinds:"),
        (["--set", "title"], "error: --set 'title': expected FIELD=VALUE"),
        (["--unset", "kind"], "error: kind cannot be unset"),
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    loaded: Cli, args: list[str], message: str
) -> None:
    before = ok_json(loaded, "sources", "show", DOU)
    result = loaded("sources", "edit", DOU, "--set", "title=Changed", *args)
    assert result.exit_code == 2
    assert result.stderr.startswith(message), result.stderr
    assert len([line for line in result.stderr.splitlines() if line.startswith("error:")]) == 1
    assert ok_json(loaded, "sources", "show", DOU) == before
    assert ok_json(loaded, "sources", "history", DOU) == []


def test_unknown_key(loaded: Cli) -> None:
    result = loaded("sources", "edit", "noSuchKey", "--set", "title=x")
    assert result.exit_code == 2
    assert "error: no source with key 'noSuchKey'" in result.stderr


def test_pins_survive_import_update_and_load(loaded: Cli, tmp_path: Path) -> None:
    assert loaded("sources", "edit", DOU, "--set", "title=Corrected Title").exit_code == 0
    path = tmp_path / "letter.bib"
    assert loaded("export", "bibtex", "-o", str(path)).exit_code == 0
    text = path.read_text(encoding="utf-8")
    assert "title = {Corrected {Title}}" in text
    path.write_text(text.replace("title = {Corrected {Title}}", "title = {Other}"), "utf-8")
    result = loaded("import", "bibtex", str(path), "--on-conflict", "update")
    assert result.exit_code == 0, result.stderr
    assert f"kept the edited title of {DOU}; the file has 'Other'" in result.stderr
    assert ok_json(loaded, "sources", "show", DOU)["title"] == "Corrected Title"
    result = loaded("load", str(LETTER))
    assert result.exit_code == 0, result.stderr
    assert (
        f"kept the edited title of {DOU}; the file has "
        "'China to Embed Internet Police in Tech Firms'"
    ) in result.stderr
    assert ok_json(loaded, "sources", "show", DOU)["title"] == "Corrected Title"


def test_add_merge_delete(loaded: Cli) -> None:
    result = loaded(
        "sources", "add", "douTwin", "--set", "kind=news-article",
        "--set", "title=China to Embed Internet Police in Tech Firms",
        "--set", "extra.pages=B2", "--author", "Dou, Eva", "--by", "ana",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert loaded("sources", "add", "douTwin").exit_code == 2  # taken
    merged = ok_json(loaded, "sources", "merge", DOU, "douTwin", "--by", "ana")
    assert merged["merged"] == ["douTwin"]
    assert [c["field"] for c in merged["changes"]] == ["extra.pages"]  # the field DOU lacked
    assert merged["conflicts"] == []
    assert loaded("sources", "show", "douTwin").exit_code == 2
    history = ok_json(loaded, "sources", "history", DOU)
    assert [e["action"] for e in history] == ["merge", "set"]
    # cited: refused
    result = loaded("sources", "delete", DOU)
    assert result.exit_code == 2
    assert "is cited by 1 claim(s) (police-embedded-internet-companies)" in result.stderr
    assert loaded("sources", "add", "spare", "--set", "title=Spare").exit_code == 0
    assert loaded("sources", "delete", "spare", "--by", "ana").exit_code == 0
    assert loaded("sources", "show", "spare").exit_code == 2
    assert [e["action"] for e in ok_json(loaded, "sources", "history", "spare")] == [
        "add",
        "delete",
    ]


def test_merge_moves_citations(loaded: Cli) -> None:
    wong = "wongChinaPunishesNearly2015"
    merged = ok_json(loaded, "sources", "merge", DOU, wong)
    assert merged["moved_citations"] >= 1
    assert {c["field"] for c in merged["conflicts"]} >= {"title", "url"}
    claims = ok_json(loaded, "sources", "show", DOU)["claims"]
    assert "police-embedded-internet-companies" in claims
    assert len(claims) > 1


def test_the_edit_log_is_append_only(loaded: Cli, db_url: str) -> None:
    assert loaded("sources", "edit", DOU, "--set", "title=X").exit_code == 0
    database = Database(db_url)
    try:
        with database.session() as session:
            edit = session.scalars(select(Edit)).first()
            assert edit is not None
            edit.new = "forged"
            with pytest.raises(EditLogViolation):
                session.flush()
            session.rollback()
            edit = session.scalars(select(Edit)).first()
            session.delete(edit)
            with pytest.raises(EditLogViolation):
                session.flush()
            session.rollback()
    finally:
        database.dispose()


def test_a_source_a_verdict_names_is_kept_by_a_merge(loaded: Cli) -> None:
    wong = "wongChinaPunishesNearly2015"
    claim = ok_json(loaded, "sources", "show", wong)["claims"][0]
    verdict = loaded("verify", claim, "--verdict", "verified", "--by", "ana", "--source", wong)
    assert verdict.exit_code == 0, verdict.stderr
    # the trail is append-only: merging the named source away would rewrite it
    refused = loaded("sources", "merge", DOU, wong)
    assert refused.exit_code == 2
    assert f"source '{wong}' is named by 1 verdict(s)" in refused.stderr
    assert f"claims sources merge {wong} {DOU}" in refused.stderr
    assert loaded("sources", "show", DOU).exit_code == 0  # nothing was written
    merged = ok_json(loaded, "sources", "merge", wong, DOU)
    assert merged["merged"] == [DOU]
    history = ok_json(loaded, "history", claim)
    assert history["entries"][-1]["source"] == wong
