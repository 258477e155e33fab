"""The HTML report in a real headless Chromium: highlighted, clickable, keyboard-usable, safe.

Screenshots (desktop and phone) and a printed PDF are saved under ``artifacts/`` (ignored by
git; ``CLAIMS_ARTIFACTS_DIR`` moves it) and their paths printed.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import REPO_ROOT
from tests.report.chromium import Chromium, find_chromium
from tests.report.letter_data import DOCUMENT, PU, SCRIPT_TITLE, load_letter
from tests.sample_document import EVIL_TITLE, build_sample

from claims.db import Database
from claims.report import LintFinding, build_report, render_html
from claims.workflow import verify

pytestmark = pytest.mark.external_tool

ARTIFACTS = Path(os.environ.get("CLAIMS_ARTIFACTS_DIR", REPO_ROOT / "artifacts"))

# For each claim: how many parts, and whether one is drawn with a visible highlight.
HIGHLIGHTS_JS = """
(() => {
  const out = {};
  for (const m of document.querySelectorAll("mark.claim[data-claim]")) {
    const r = m.getBoundingClientRect();
    const style = getComputedStyle(m);
    const drawn = r.width > 0 && r.height > 0 && style.visibility === "visible"
      && style.display !== "none" && style.backgroundColor !== "rgba(0, 0, 0, 0)";
    const entry = out[m.dataset.claim] || (out[m.dataset.claim] = {parts: 0, drawn: false});
    entry.parts += 1;
    entry.drawn = entry.drawn || drawn;
  }
  return out;
})()
"""

# A point inside the claim's first part where the claim itself (not a nested one) is on top.
POINT_JS = """
((key) => {
  const part = [...document.querySelectorAll("mark.claim[data-claim]")]
    .find(m => m.dataset.claim === key && m.hasAttribute("tabindex"));
  part.scrollIntoView({block: "center"});
  for (const r of part.getClientRects()) {
    for (let x = r.left + 2; x < r.right; x += 4) {
      const y = r.top + r.height / 2;
      const hit = document.elementFromPoint(x, y);
      const mark = hit && hit.closest("mark.claim[data-claim]");
      if (mark && mark.dataset.claim === key) return {x, y};
    }
  }
  return null;
})(%s)
"""

PANEL_JS = """
(() => {
  const panel = document.getElementById("panel");
  const r = panel.getBoundingClientRect();
  const style = getComputedStyle(panel);
  return {
    shown: !panel.hidden && style.display !== "none" && r.width > 0 && r.height > 0,
    text: document.getElementById("panel-body").innerText,
    active: [...new Set([...document.querySelectorAll("mark.claim.active")]
      .map(m => m.dataset.claim))],
    expanded: [...document.querySelectorAll("mark.claim[aria-expanded=true]")]
      .map(m => m.dataset.claim),
    focus: document.activeElement ? (document.activeElement.id || "") : "",
    focusClaim: document.activeElement && document.activeElement.dataset
      ? (document.activeElement.dataset.claim || "") : "",
    hash: location.hash,
    bottom: r.bottom,
    height: innerHeight,
    width: innerWidth,
    scrollWidth: document.documentElement.scrollWidth,
    injected: document.querySelectorAll("#panel-body script, #panel-body img").length,
    scripts: document.scripts.length,
  };
})()
"""


@pytest.fixture(scope="module")
def chromium_binary() -> str:
    binary = find_chromium()
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is missing in CI: .ci/run installs it")
        pytest.skip("chromium is not installed (apt-get install chromium): browser tests skipped")
    return binary


@pytest.fixture
def browser(chromium_binary: str, tmp_path: Path) -> Iterator[Chromium]:
    profile = tmp_path / "profile"  # a fresh user data dir for every test
    profile.mkdir()
    chromium = Chromium(chromium_binary, profile, tmp_path / "chromium.log")
    try:
        yield chromium
    finally:
        chromium.close()


def _artifact(name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / name


def _announce(capsys: pytest.CaptureFixture[str], *paths: Path) -> None:
    with capsys.disabled():
        for path in paths:
            print(f"\n  artifact: {path}")


def _write_sample_report(url: str, path: Path) -> list[str]:
    database = Database(url)
    try:
        with database.session() as s:
            sample = build_sample(s)
            verify(s, "c-flood", "verified", "Ann Reviewer", note="matches", source_key="s-alive")
            verify(s, "c-denial", "disputed", "Bob Reviewer")
        with database.session() as s:
            report = build_report(s, sample.document, with_text=True)
    finally:
        database.dispose()
    path.write_text(render_html(report), encoding="utf-8")
    return list(sample.claims)


def _panel(browser: Chromium) -> dict[str, Any]:
    state: dict[str, Any] = browser.evaluate(PANEL_JS)
    return state


def _click_claim(browser: Chromium, key: str) -> None:
    point = browser.evaluate(POINT_JS % json.dumps(key))
    assert point is not None, f"no clickable point for {key}"
    browser.click(point["x"], point["y"])


def test_sample_report_in_a_browser(
    browser: Chromium, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "sample.html"
    keys = _write_sample_report(sqlite_url, page)
    browser.viewport(1280, 900)
    browser.navigate(page.as_uri())
    assert browser.evaluate("document.documentElement.dataset.ready") == "true"

    # every claim is highlighted, and nothing was fetched but the file itself
    highlights = browser.evaluate(HIGHLIGHTS_JS)
    assert sorted(highlights) == sorted(keys)
    assert all(h["drawn"] for h in highlights.values()), highlights
    requests = [e["params"]["request"]["url"] for e in browser.seen("Network.requestWillBeSent")]
    assert requests
    assert all(url.startswith("file://") for url in requests), requests

    # a click shows the claim's footnotes and sources
    _click_claim(browser, "c-denial")
    panel = _panel(browser)
    assert panel["shown"]
    assert panel["active"] == ["c-denial"]
    assert panel["expanded"] == ["c-denial"]
    assert panel["hash"] == "#claim=c-denial"
    for expected in ("Dead news", "Wobbly page", "s-dead", "s-suspect", "2016-05-02", "dead"):
        assert expected in panel["text"], expected
    assert "wayback copy of 2016-04-30" in panel["text"]
    assert "Bob Reviewer" in panel["text"]

    # the keyboard works too: focus a claim, Enter opens it, Escape closes it
    browser.evaluate(
        """[...document.querySelectorAll("mark.claim[tabindex]")]
             .find(m => m.dataset.claim === "c-prices").focus()"""
    )
    browser.press("Enter", 13)
    panel = _panel(browser)
    assert panel["active"] == ["c-prices"]
    assert panel["focus"] == "panel"
    # a source title holding <script> is shown as text and runs nothing
    assert EVIL_TITLE in panel["text"]
    assert panel["injected"] == 0
    assert panel["scripts"] == 1
    assert "javascript:alert(1)" in panel["text"]
    assert browser.evaluate("document.querySelectorAll('a[href^=javascript]').length") == 0
    browser.press("Escape", 27)
    panel = _panel(browser)
    assert panel["active"] == []
    assert panel["focusClaim"] == "c-prices"

    # a claim nested inside another is reachable from its overlapping neighbour's panel
    _click_claim(browser, "c-flood")
    browser.evaluate(
        """[...document.querySelectorAll("#panel-body [data-activate]")]
             .find(b => b.dataset.activate === "c-dam").click()"""
    )
    assert _panel(browser)["active"] == ["c-dam"]

    assert not browser.seen("Page.javascriptDialogOpening")
    assert not browser.seen("Runtime.exceptionThrown")

    _click_claim(browser, "c-denial")
    browser.evaluate("window.scrollTo(0, 0)")
    desktop = browser.screenshot(_artifact("report-sample-desktop.png"))

    # a phone: the panel becomes a sheet at the bottom, nothing scrolls sideways
    browser.viewport(390, 844, mobile=True, scale=2)
    browser.navigate("about:blank")
    browser.navigate(page.as_uri() + "#claim=c-denial")
    panel = _panel(browser)
    assert panel["shown"]
    assert panel["active"] == ["c-denial"]
    assert panel["bottom"] <= panel["height"] + 1
    assert panel["scrollWidth"] <= panel["width"]
    phone = browser.screenshot(_artifact("report-sample-phone.png"))

    # print: the panel is hidden, the text and the lists remain
    browser.page("Emulation.setEmulatedMedia", {"media": "print"})
    assert browser.evaluate("getComputedStyle(document.getElementById('panel')).display") == "none"
    browser.page("Emulation.setEmulatedMedia", {"media": ""})
    printed = browser.pdf(_artifact("report-sample.pdf"))
    assert printed.read_bytes().startswith(b"%PDF")
    _announce(capsys, desktop, phone, printed)


def test_letter_report_in_a_browser(
    browser: Chromium, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = Database(sqlite_url)
    try:
        load_letter(database, hostile_title=True)
        with database.session() as s:
            report = build_report(s, DOCUMENT, with_text=True)
    finally:
        database.dispose()
    keys = [c.key for c in report.claims]
    assert len(keys) == 48
    page = tmp_path / "letter.html"
    page.write_text(render_html(report), encoding="utf-8")

    browser.viewport(1280, 900)
    browser.navigate(page.as_uri())
    highlights = browser.evaluate(HIGHLIGHTS_JS)
    assert sorted(highlights) == sorted(keys)
    assert [k for k, h in highlights.items() if not h["drawn"]] == []

    _click_claim(browser, PU)
    panel = _panel(browser)
    assert panel["shown"]
    assert panel["active"] == [PU]
    assert "Dispatches: Showing Diplomatic Solidarity at Lawyer’s Trial in China" in panel["text"]
    assert "Sophie Richardson" in panel["text"]
    assert "dead" in panel["text"]
    assert "wayback copy of 2015-12-11" in panel["text"]
    desktop = browser.screenshot(_artifact("report-letter-desktop.png"))

    # the source whose title holds <script> shows it as text and runs nothing
    browser.evaluate(
        """[...document.querySelectorAll("mark.claim[tabindex]")]
             .find(m => m.dataset.claim === "instagram-blocked-2014").focus()"""
    )
    browser.press("Enter", 13)
    panel = _panel(browser)
    assert panel["active"] == ["instagram-blocked-2014"]
    assert SCRIPT_TITLE in panel["text"]
    assert panel["injected"] == 0
    assert panel["scripts"] == 1
    assert not browser.seen("Page.javascriptDialogOpening")
    assert not browser.seen("Runtime.exceptionThrown")

    browser.viewport(390, 844, mobile=True, scale=2)
    browser.navigate("about:blank")
    browser.navigate(page.as_uri() + "#claim=" + PU)
    panel = _panel(browser)
    assert panel["shown"]
    assert panel["scrollWidth"] <= panel["width"]
    phone = browser.screenshot(_artifact("report-letter-phone.png"))
    browser.viewport(1280, 900)
    printed = browser.pdf(_artifact("report-letter.pdf"))
    _announce(capsys, desktop, phone, printed)


# What the reader sees after filtering: the claims listed, the claims drawn in the text, the
# source cards shown, and the count.
FILTERED_JS = """
(() => {
  const visible = (el) => !el.hidden && el.getClientRects().length > 0;
  const drawn = new Set();
  for (const m of document.querySelectorAll("mark.claim[data-claim]")) {
    if (getComputedStyle(m).backgroundColor !== "rgba(0, 0, 0, 0)") drawn.add(m.dataset.claim);
  }
  return {
    listed: [...document.querySelectorAll(".claim-index li[data-claim]")]
      .filter(visible).map(li => li.dataset.claim),
    drawn: [...drawn],
    cards: [...document.querySelectorAll(".sources article.source[data-source]")]
      .filter(visible).map(c => c.dataset.source),
    count: document.getElementById("f-count").textContent,
  };
})()
"""

CENTER_JS = """
((selector) => {
  const el = document.querySelector(selector);
  el.scrollIntoView({block: "center"});
  const r = el.getBoundingClientRect();
  return {x: r.left + r.width / 2, y: r.top + r.height / 2};
})(%s)
"""


def _click_on(browser: Chromium, selector: str) -> None:
    point = browser.evaluate(CENTER_JS % json.dumps(selector))
    browser.click(point["x"], point["y"])


def _type(browser: Chromium, selector: str, text: str) -> None:
    _click_on(browser, selector)
    browser.page("Input.insertText", {"text": text})


def _filtered(browser: Chromium) -> dict[str, Any]:
    state: dict[str, Any] = browser.evaluate(FILTERED_JS)
    return state


def test_filters_and_search_in_a_browser(
    browser: Chromium, sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database = Database(sqlite_url)
    try:
        with database.session() as s:
            build_sample(s)
            verify(s, "c-flood", "verified", "Ann Reviewer", source_key="s-alive")
        with database.session() as s:
            report = build_report(s, None, with_text=True, lint=_sample_lint)
    finally:
        database.dispose()
    page = tmp_path / "filters.html"
    page.write_text(render_html(report), encoding="utf-8")
    views = report.views
    claims = [c for v in views for c in v.claims]
    every = [c.key for c in claims]
    states = {c.key: {v.sources[k].state for k in c.sources} for v in views for c in v.claims}
    sources_of = {c.key: set(c.sources) for c in claims}

    browser.viewport(1280, 900)
    browser.navigate(page.as_uri())
    start = _filtered(browser)
    assert sorted(start["listed"]) == sorted(every)
    assert sorted(start["drawn"]) == sorted(every)
    assert start["count"] == f"{len(every)} of {len(every)} claims shown"

    # hide the claims that need a source: one click on the checkbox
    _click_on(browser, "#f-hide-unsourced")
    unsourced = {c.key for c in claims if c.status.value == "needs-source"}
    assert unsourced
    hidden = _filtered(browser)
    assert sorted(hidden["listed"]) == sorted(set(every) - unsourced)
    assert sorted(hidden["drawn"]) == sorted(set(every) - unsourced)
    assert browser.evaluate("document.querySelector('input[value=needs-source]').checked") is False
    _click_on(browser, "#f-hide-unsourced")

    # by status: only verified
    for status in ("unverified", "disputed", "unsupported", "needs-source"):
        _click_on(browser, f"input[name=f-status][value={status}]")
    verified = _filtered(browser)
    assert (
        verified["listed"] == [c.key for c in claims if c.status.value == "verified"] == ["c-flood"]
    )
    _click_on(browser, "#f-reset")
    assert len(_filtered(browser)["listed"]) == len(every)

    # by a source's link health: the keyboard picks "dead" in the select
    browser.evaluate("document.getElementById('f-health').focus()")
    options = browser.evaluate("[...document.getElementById('f-health').options].map(o => o.value)")
    for _ in range(options.index("dead")):
        browser.press("ArrowDown", 40)
    assert browser.evaluate("document.getElementById('f-health').value") == "dead"
    dead = _filtered(browser)
    assert sorted(dead["listed"]) == sorted(k for k in every if "dead" in states[k])
    assert set(dead["cards"]) == {
        k for v in views for k, s in v.sources.items() if s.state == "dead"
    }
    _click_on(browser, "#f-reset")

    # at risk
    _click_on(browser, "#f-risk")
    risky = _filtered(browser)
    assert sorted(risky["listed"]) == sorted(r.key for r in report.claims_at_risk)
    assert risky["count"] == f"{len(report.claims_at_risk)} of {len(every)} claims shown"
    _click_on(browser, "#f-reset")

    # search: a word of a source's title finds the claims citing it, and the source's card
    _type(browser, "#f-search", "WOBBLY")
    found = _filtered(browser)
    assert sorted(found["listed"]) == sorted(k for k in every if "s-suspect" in sources_of[k])
    assert found["cards"] == ["s-suspect"]
    _type(browser, "#f-search", " page")  # every word must match
    assert _filtered(browser)["cards"] == ["s-suspect"]
    _click_on(browser, "#f-reset")
    # a word of a claim's own text
    _type(browser, "#f-search", "bridge")
    bridge = _filtered(browser)
    assert bridge["listed"]
    assert all("bridge" in k for k in bridge["listed"])
    filtered_marks = browser.evaluate("document.querySelectorAll('mark.claim.filtered').length")
    assert filtered_marks > 0
    desktop = browser.screenshot(_artifact("report-filters-desktop.png"))
    _click_on(browser, "#f-reset")

    # link health in the text: a flag on the claim whose sources are dead or suspect
    flags = browser.evaluate(
        """[...document.querySelectorAll("mark.claim .link-flag")].map(f => [
             f.closest("mark.claim").dataset.claim,
             getComputedStyle(f, "::after").content])"""
    )
    by_claim = dict(flags)
    for key in every:
        worst = next((s for s in ("dead", "suspect", "alive") if s in states[key]), None)
        if worst == "dead":
            assert by_claim.get(key) == '"dead link"', key
        elif worst == "suspect":
            assert by_claim.get(key) == '"suspect link"', key
    # quieter: a claim that needs a source has no wavy line and a faint tint
    quiet = browser.evaluate(
        """(() => { const m = document.querySelector("mark.claim.s-needs-source[tabindex]");
             const s = getComputedStyle(m);
             return [s.textDecorationStyle, s.borderBottomStyle, s.backgroundColor]; })()"""
    )
    assert quiet[0] != "wavy"
    assert quiet[1] == "dashed"
    assert quiet[2] != "rgba(0, 0, 0, 0)"

    # lint findings grouped by rule; a source's key goes to its card, a claim's opens it
    rules = browser.evaluate(
        "[...document.querySelectorAll('details.lint-rule')].map(d => d.dataset.rule)"
    )
    assert rules == sorted({f.rule for f in report.lint or ()})
    _click_on(browser, "details.lint-rule a[href^='#src-']")
    target = browser.evaluate("location.hash")
    assert browser.evaluate(f"document.querySelector('{target}').dataset.source")
    _click_on(browser, "details.lint-rule button[data-activate]")
    assert _panel(browser)["active"] != []
    assert not browser.seen("Runtime.exceptionThrown")
    _announce(capsys, desktop)


def _sample_lint(session: Any) -> list[LintFinding]:
    return [
        LintFinding("no-access-date", "source", "s-suspect", "has a URL but no access date"),
        LintFinding("unsourced-claim", "claim", "c-bridge", "cites no source"),
        LintFinding("no-access-date", "source", "s-dead", "has a URL but no access date"),
    ]
