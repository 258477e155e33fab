"""The report on the real letter: counts, risk, lint, and every claim in the HTML."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from sqlalchemy import select
from tests.conftest import Cli
from tests.report.letter_data import DOCUMENT, PU, PU_ARCHIVE, RUMOR, load_letter
from tests.report.test_report_html import Page

from claims.chrome import without_chrome
from claims.db import Database
from claims.models import Document
from claims.report import load_schema


@pytest.fixture
def letter(cli: Cli) -> Cli:
    database = Database(cli.url)
    try:
        load_letter(database)
    finally:
        database.dispose()
    return cli


def test_json_report_on_the_letter(letter: Cli) -> None:
    result = letter("report", "--document", DOCUMENT, "--format", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    jsonschema.validate(data, load_schema())
    summary = data["summary"]
    assert summary["claims"] == 48
    assert summary["sources"] == 17
    assert summary["links"] == 17
    assert summary["claims_by_status"] == {
        "unverified": 11,
        "verified": 1,
        "disputed": 1,
        "unsupported": 0,
        "needs-source": 35,
    }
    assert summary["sources_by_health"] == {
        "unchecked": 11,
        "alive": 1,
        "suspect": 1,
        "dead": 3,
        "inconclusive": 1,
        "no-url": 0,
    }
    risky = {c["key"]: c["reason"] for c in data["claims_at_risk"]}
    assert risky[PU] == "sources-failing"
    assert risky[RUMOR] == "sources-failing"
    assert sum(r == "no-source" for r in risky.values()) == 35
    assert len(risky) == 37
    # the letter gives two access dates; the other fifteen sources have none
    assert summary["sources_without_accessed"] == 15
    mismatches = sorted(f["key"] for f in data["lint"] if f["rule"] == "issued-url-mismatch")
    assert mismatches == ["buckleyCrackdownBloggersMounted2013", "wongXiJinpingsNews2016"]
    assert [c["archive_url"] for c in data["archived_copies"]] == [PU_ARCHIVE]
    checked = [link for link in data["links"] if link["last_checked_at"]]
    assert len(checked) == 6


def test_text_report_shows_the_counts(letter: Cli) -> None:
    result = letter("report")
    assert result.exit_code == 0, result.stderr
    for expected in (
        "Claims by status (48)",
        "Sources by link health (17)",
        "Claims at risk (37)",
        "Sources without an access date (15)",
        "issued-url-mismatch",
        "Archived copies (1)",
        "Links (17)",
    ):
        assert expected in result.stdout, expected


def test_verdict_on_the_pu_claim_suggests_its_archived_copy(letter: Cli) -> None:
    result = letter("verify", PU, "--verdict", "verified", "--by", "Ana Reviewer")
    assert result.exit_code == 0
    assert "every source of claim 'pu-zhiqiang-conviction-2015' is dead or suspect" in result.stderr
    assert PU_ARCHIVE in result.stderr


def test_html_highlights_every_claim_of_the_letter(letter: Cli, tmp_path: Path) -> None:
    target = tmp_path / "letter.html"
    result = letter("report", "--document", DOCUMENT, "--format", "html", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    page = Page(target.read_text(encoding="utf-8"))
    focusable = [m["data-claim"] for m in page.marks() if m.get("tabindex") == "0"]
    assert len(focusable) == 48
    assert len(set(focusable)) == 48
    database = Database(letter.url)
    try:
        with database.session() as s:
            text = s.scalars(select(Document.text).where(Document.key == DOCUMENT)).one()
    finally:
        database.dispose()
    # the text as stored, less its page chrome (kept out of view; offsets unchanged)
    assert without_chrome(text, 0, len(text)) in page.text
    assert "Skip to main content" not in page.text
    assert "Dispatches: Showing Diplomatic Solidarity at Lawyer’s Trial in China" in page.text
