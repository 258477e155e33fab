"""The letter's page chrome ("Skip to main content", "Donate Now") stays out of view in
`claims show` and the HTML report, while the stored text and offsets stay whole."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import LETTER_DATASET, Cli

from claims.chrome import find_chrome, without_chrome

CHROME = ("Skip to main content", "Donate Now")


def test_without_chrome_cuts_only_chrome_lines() -> None:
    text = "Skip to main content\nDonate Now\nDear Sir:\nThe donations grew. Facts."
    assert tuple(text[s.start : s.end] for s in find_chrome(text)) == CHROME
    assert without_chrome(text, 0, len(text)) == "Dear Sir:\nThe donations grew. Facts."
    assert without_chrome(text, 5, 12) == ""
    assert without_chrome(text, 40, len(text)) == text[40:]


def test_show_and_report_leave_chrome_out(cli: Cli, tmp_path: Path) -> None:
    assert cli("load", str(LETTER_DATASET)).exit_code == 0
    shown = json.loads(cli("show", "facebook-blocked-in-china", "--json").stdout)
    assert shown["context"]["before"].startswith("Dear Mr. Zuckerberg:")
    assert shown["start"] == 176  # offsets into the whole text, chrome included
    text = (LETTER_DATASET / "letter.txt").read_text(encoding="utf-8")
    assert text[shown["start"] : shown["end"]] == shown["quote"]
    page = tmp_path / "letter.html"
    assert cli("report", "--format", "html", "-o", str(page)).exit_code == 0
    html = page.read_text(encoding="utf-8")
    for chrome in CHROME:
        assert chrome not in html
    assert "Dear Mr. Zuckerberg:" in html
