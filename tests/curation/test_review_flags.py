"""Extraction's review flags, kept by ``extract --save`` until a person resolves them, through
the command line on real documents (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from claims.report import load_schema
from tests.conftest import SHARED_DIR, Cli, ok_json

DOCUMENTS = SHARED_DIR / "citations-dev" / "documents"
DEESE = DOCUMENTS / "whitehouse-deese-competition-agenda-remarks.txt"  # 25 notes, legal style
MUELLER = DOCUMENTS / "usdoj-mueller-report-vol2-campaign-response.txt"
APP_STORES = DOCUMENTS / "gdhrnet-power-of-app-stores.txt"  # one note has no marker

pytestmark = pytest.mark.skipif(not DEESE.exists(), reason="the shared corpus is not here")

CASE = "uNorthernSecuritiesCo1904"  # "Northern Securities Co. v. United States, 193 U.S. …"
SPEECH = "milkisTheodoreRooseveltDomestic"  # an undated speech: missing-date, leftover text


def _save(cli: Cli, path: Path, key: str) -> Any:
    return ok_json(cli, "extract", str(path), "--save", "--key", key)


def _flags(cli: Cli, *args: str) -> list[dict[str, Any]]:
    flags: list[dict[str, Any]] = ok_json(cli, "flags", "list", *args)
    return flags


def _open(cli: Cli) -> set[tuple[str, str | None, str]]:
    return {(f["key"], f["field"], f["reason"]) for f in _flags(cli)}


def _lint_flags(cli: Cli) -> list[dict[str, Any]]:
    result = cli("lint", "--rule", "review-flag", "--json")
    assert result.exit_code in (0, 1), result.stderr
    findings: list[dict[str, Any]] = json.loads(result.stdout)["findings"]
    return findings


def test_saving_keeps_the_flags_and_lint_lists_them(cli: Cli) -> None:
    saved = _save(cli, DEESE, "deese")
    flags = _flags(cli)
    assert saved["saved"]["review_flags"]["raised"] == len(flags) == 72
    found = _open(cli)
    assert (CASE, "url", "missing-url") in found
    assert (SPEECH, "issued", "missing-date") in found
    assert (SPEECH, None, "leftover-text") in found  # the whole citation: "of Va.: Miller Ctr"
    speech = next(f for f in flags if f["key"] == SPEECH and f["field"] is None)
    assert speech["detail"] == "of Va.: Miller Ctr"
    assert speech["footnote"] == 5
    assert speech["document"] == "deese"
    # the Ibid. of note 25 is sure of itself: its source is flagged only from note 24
    assert {f["footnote"] for f in flags if f["key"] == "fedExecOrderNo2021"} == {24}

    table = cli("flags", "list", "--document", "deese")
    assert table.exit_code == 0
    assert table.stdout.splitlines()[0].split() == ["key", "field", "reason", "fn", "detail"]
    rows = [line.split(None, 4) for line in table.stdout.splitlines()[1:]]
    assert [SPEECH, "*", "leftover-text", "5", "of Va.: Miller Ctr"] in rows
    assert f"{len(flags)} open review flags" in table.stderr

    result = cli("lint", "--document", "deese")
    assert result.exit_code == 1
    assert "review-flag" in result.stdout
    assert "issued: missing-date: no publication date found (footnote 5)" in result.stdout
    findings = _lint_flags(cli)
    assert len(findings) == len(flags)
    assert {
        "rule": "review-flag",
        "subject": "source",
        "key": CASE,
        "field": "url",
        "message": "url: missing-url: no URL found (footnote 2)",
    } in findings


def test_the_labellers_doubts_are_flagged_per_field(cli: Cli) -> None:
    _save(cli, MUELLER, "mueller")
    # note 8, prose read as a citation ("As discussed in Volume I, while …"): the calibrated
    # risk of its title and of its container (and of its authors and date) reach the threshold
    doubts = [f for f in _flags(cli) if f["reason"] == "unsure" and f["footnote"] == 8]
    key = doubts[0]["key"]
    assert {"title", "container"} <= {f["field"] for f in doubts}
    # a person fixes the title: that flag goes, the other doubt stays
    edited = cli("sources", "edit", key, "--set", "title=A fixed title", "--by", "ana")
    assert edited.exit_code == 0, edited.stderr
    left = {(k, f) for k, f, r in _open(cli) if r == "unsure"}
    assert (key, "title") not in left
    assert (key, "container") in left


def test_edit_and_review_resolve_flags_and_saving_again_keeps_them_resolved(cli: Cli) -> None:
    _save(cli, DEESE, "deese")
    total = len(_flags(cli))
    # editing the field resolves its flag as "edited", by the editor
    url = "https://supreme.justia.com/cases/federal/us/193/197/"
    assert cli("sources", "edit", CASE, "--set", f"url={url}", "--by", "ana").exit_code == 0
    # marking one reviewed: gone from lint and the open list, kept in the history
    done = ok_json(
        cli, "flags", "review", SPEECH, "issued", "--by", "bo", "--note", "an undated speech"
    )
    assert [(f["field"], f["reason"], f["resolution"]) for f in done] == [
        ("issued", "missing-date", "reviewed")
    ]
    found = _open(cli)
    assert (CASE, "url", "missing-url") not in found
    assert (SPEECH, "issued", "missing-date") not in found
    assert (SPEECH, None, "leftover-text") in found  # reviewing one field leaves the others
    lint_keys = {(f["key"], f["field"]) for f in _lint_flags(cli)}
    assert (CASE, "url") not in lint_keys
    assert (SPEECH, "issued") not in lint_keys
    assert lint_keys == {(f["key"], f["field"]) for f in _flags(cli)}
    assert len(_flags(cli)) == total - 2

    history = ok_json(cli, "sources", "history", SPEECH)
    assert [(e["action"], e["field"], e["old"], e["new"], e["by"], e["note"]) for e in history] == [
        ("review", "issued", "missing-date", "reviewed", "bo", "an undated speech")
    ]

    def resolved() -> dict[tuple[str, str | None, str], tuple[str | None, str | None]]:
        return {
            (f["key"], f["field"], f["reason"]): (f["resolution"], f["resolved_by"])
            for f in _flags(cli, "--all")
        }

    before = resolved()
    assert before[(CASE, "url", "missing-url")] == ("edited", "ana")
    assert before[(SPEECH, "issued", "missing-date")] == ("reviewed", "bo")

    again = _save(cli, DEESE, "deese")
    sync = again["saved"]["review_flags"]
    assert sync == {
        "raised": 0, "still_open": total - 2, "kept_resolved": 1, "pinned": 1, "cleared": 0
    }  # fmt: skip
    assert resolved() == before  # nothing re-opened, nothing duplicated
    assert len(_flags(cli, "--all")) == total
    assert len(_flags(cli)) == total - 2


def test_a_flag_the_next_extraction_no_longer_raises_is_cleared(cli: Cli, tmp_path: Path) -> None:
    copy = tmp_path / "deese.txt"
    copy.write_text(DEESE.read_text(encoding="utf-8"), encoding="utf-8")
    _save(cli, copy, "deese")
    text = copy.read_text(encoding="utf-8")
    printed = "Northern Securities Co. v. United States, 193 U.S. 197 (1904)."
    assert printed in text
    copy.write_text(
        text.replace(printed, printed[:-1] + ", https://supreme.justia.com/us/193/197/."),
        encoding="utf-8",
    )
    again = _save(cli, copy, "deese")
    assert again["saved"]["review_flags"]["cleared"] == 1
    assert (CASE, "url", "missing-url") not in _open(cli)
    cleared = [f for f in _flags(cli, "--all") if f["key"] == CASE and f["field"] == "url"]
    assert [(f["resolution"], f["resolved_by"]) for f in cleared] == [("cleared", "extract")]


def test_a_footnote_without_a_marker_is_flagged_and_reviewed(cli: Cli) -> None:
    _save(cli, APP_STORES, "apps")
    notes = [f for f in _flags(cli) if f["subject"] == "footnote"]
    assert [(f["key"], f["field"], f["reason"]) for f in notes] == [
        ("apps#22", None, "marker-not-found")
    ]
    findings = [f for f in _lint_flags(cli) if f["subject"] == "footnote"]
    assert [f["key"] for f in findings] == ["apps#22"]
    report = json.loads(cli("report", "-f", "json").stdout)  # every document
    jsonschema.validate(report, load_schema())
    assert [f["key"] for f in report["review_flags"] if f["subject"] == "footnote"] == ["apps#22"]
    done = ok_json(cli, "flags", "review", "apps#22", "--by", "ana")
    assert [f["key"] for f in done] == ["apps#22"]
    assert not [f for f in _flags(cli) if f["subject"] == "footnote"]


def test_the_report_shows_the_open_flags(cli: Cli, tmp_path: Path) -> None:
    _save(cli, DEESE, "deese")
    assert cli("flags", "review", SPEECH, "--by", "bo").exit_code == 0  # both of its flags
    n = len(_flags(cli))
    data = json.loads(cli("report", "--document", "deese", "-f", "json").stdout)
    jsonschema.validate(data, load_schema())
    assert data["summary"]["review_flags"] == len(data["review_flags"]) == n
    keys = [f["key"] for f in data["review_flags"]]
    assert SPEECH not in keys
    assert keys.index("goodwinBullyPulpitTheodore2013") < keys.index("roseConcernsCompetition2019")
    goodwin = [f for f in data["review_flags"] if f["key"] == "goodwinBullyPulpitTheodore2013"]
    # the title's own commas ("…, William Howard Taft, and the Golden Age …") leave nothing over
    reasons = [(f["field"], f["reason"], f["footnote"]) for f in goodwin]
    assert ("url", "missing-url", 5) in reasons
    assert not [r for r in reasons if r[1] == "leftover-text"]
    assert not [f for f in data["lint"] if f["rule"] == "review-flag"]  # not listed twice

    text = cli("report", "--document", "deese").stdout
    assert f"Review flags ({n})" in text
    assert "goodwinBullyPulpitTheodore2013" in text.split(f"Review flags ({n})")[1]
    markdown = cli("report", "--document", "deese", "-f", "markdown").stdout
    assert f"## Review flags ({n})" in markdown
    assert "| source `goodwinBullyPulpitTheodore2013` | url | missing-url | 5 |" in markdown
    out = tmp_path / "report.html"
    assert cli("report", "--document", "deese", "-o", str(out)).exit_code == 0
    html = out.read_text(encoding="utf-8")
    assert html.count('class="review-flag"') == n
    assert f'data-key="{SPEECH}"' not in html


def test_bad_review_input_exits_2_and_writes_nothing(cli: Cli) -> None:
    _save(cli, DEESE, "deese")
    before = _flags(cli, "--all")
    for args, message in (
        (("nosuchKey",), "no source or footnote 'nosuchKey'"),
        ((SPEECH, "title"), f"{SPEECH!r} has no open review flag on 'title'"),
        ((SPEECH, "issued", "nosuch"), "no open review flag on 'nosuch'"),
        (("deese#99",), "no source or footnote 'deese#99'"),
    ):
        result = cli("flags", "review", *args)
        assert result.exit_code == 2, (args, result.stderr)
        assert message in result.stderr
    assert _flags(cli, "--all") == before
    assert cli("flags", "review", SPEECH).exit_code == 0
    again = cli("flags", "review", SPEECH)
    assert again.exit_code == 2
    assert "has no open review flags" in again.stderr
    missing = cli("flags", "list", "--document", "nosuch")
    assert missing.exit_code == 2
    assert "no document with key 'nosuch'" in missing.stderr


def test_words_proposed_twice_are_saved_as_one_proposed_claim(cli: Cli) -> None:
    """The app-stores excerpt prints its running head twice; saving it used to abort."""
    saved = _save(cli, APP_STORES, "apps")
    quotes = [p["quote"] for p in saved["proposals"]]
    assert len(quotes) > len(set(quotes))
    listed = ok_json(cli, "list", "--document", "apps")
    assert len([c for c in listed if c["key"].startswith("apps-u")]) == len(set(quotes))
