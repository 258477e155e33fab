"""``claims evidence`` and content-changed against loopback servers that change their pages."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

from evidence_pages import PARAGRAPHS, article
from hypothesis import given
from hypothesis import strategies as st
from linkcheck_servers import HOSTS, Servers
from tests.conftest import Cli, ok_json

from claims.db import Database
from claims.enums import SourceKind
from claims.evidence import rank
from claims.evidence.captures import page_recorder
from claims.evidence.passages import CONTEXT_CHARS
from claims.linkcheck import CheckOptions
from claims.linkcheck.service import check_links
from claims.models import Citation, Claim, Document, Footnote, Source
from claims.repository import captures as repo

A = HOSTS[0]
T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
FAST = CheckOptions(
    allow_private=True, timeout_s=2.0, host_interval_s=0.0, archive=False, force=True
)
STATEMENT = "Facebook has been blocked in China since July 2009, after riots in Urumqi."


def add_claim(database: Database, url: str) -> None:
    with database.session() as s:
        doc = Document(key="doc", title="A letter", text="Facebook remains blocked.",
                       text_hash="0" * 64)  # fmt: skip
        src = Source(key="story", kind=SourceKind.NEWS_ARTICLE, title="Facebook and China",
                     url=url, accessed=dt.date(2016, 7, 18))  # fmt: skip
        note = Footnote(document=doc, number=1, text="Jane Doe, “Facebook and China,” …")
        claim = Claim(key="blocked", document=doc, quote="Facebook remains blocked", start=0,
                      end=24, statement=STATEMENT)  # fmt: skip
        claim.citations.append(Citation(source=src, footnote=note, position=1))
        s.add_all([doc, claim])


class Checks:
    """Runs a check of every link a day after the last one."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.now = T0

    def __call__(self, database: Database) -> None:
        with page_recorder(database) as on_page:
            check_links(database, options=FAST, clock=lambda: self.now, on_page=on_page)
        self.now += dt.timedelta(days=1)


def evidence_of(cli: Cli, key: str) -> dict[str, Any]:
    document = ok_json(cli, "evidence", key)
    [source] = document["sources"]
    assert isinstance(source, dict)
    return source


def evidence(cli: Cli) -> dict[str, Any]:
    return evidence_of(cli, "blocked")


def test_evidence_content_changed_exactly_when_the_passage_goes(cli: Cli, servers: Servers) -> None:
    url = servers.route(A, "/story", article())
    database = Database(cli.url)
    checks = Checks(url)
    try:
        add_claim(database, url)
        assert evidence(cli)["capture"] is None  # nothing read yet
        checks(database)
        first = evidence(cli)
        assert first["passages"][0]["text"] == PARAGRAPHS[0]
        parts = {p["text"]: p["found"] for p in first["parts"]}
        assert parts == {"Facebook": True, "China": True, "July 2009": True, "Urumqi": True}
        assert first["signals"] == []
        assert first["support"] > 0.8  # the chance of whole support, as fitted on WiCE

        # navigation, dates and ads change: no new capture, no signal
        servers.route(A, "/story", article(nav="Home · Sport · Weather", ad="Win a cruise!",
                                           dateline="Updated 2 March 2026, 09:00"))  # fmt: skip
        checks(database)
        assert evidence(cli)["capture"] == first["capture"]
        # the page's other paragraphs change, and the passage gets a small edit: no signal
        edited = (PARAGRAPHS[0].replace("riots", "the riots"), "A new paragraph on Instagram.")
        servers.route(A, "/story", article(paragraphs=edited))
        checks(database)
        second = evidence(cli)
        assert second["capture"] != first["capture"]
        assert second["signals"] == []

        # the supporting passage goes: content-changed, with the old and the new text
        rewritten = ("Facebook has expanded its offices in Hong Kong.", *PARAGRAPHS[1:])
        servers.route(A, "/story", article(paragraphs=rewritten))
        checks(database)
        third = evidence(cli)
        [signal] = third["signals"]
        assert signal["signal"] == "content-changed"
        assert signal["old"]["text"] == PARAGRAPHS[0]
        assert signal["old"]["capture"] == first["capture"]["id"]
        assert signal["new"]["text"] in ("Facebook and China", rewritten[0])  # best left
        parts = {p["text"]: p["found"] for p in third["parts"]}
        assert parts["July 2009"] is False
        assert parts["Urumqi"] is False
    finally:
        database.dispose()

    human = cli("evidence", "blocked")
    assert human.exit_code == 0, human.stderr
    assert "content-changed" in human.stdout
    assert "MISSING" in human.stdout
    shown = cli("show", "blocked")
    assert shown.exit_code == 0, shown.stderr
    assert "best passage (story" in shown.stdout
    best = ok_json(cli, "show", "blocked")["best_passage"]
    assert best["source"] == "story"

    # `claims check` raises the signal for the links it checked
    args = ("check", "--allow-private", "--no-archive", "--force", "--fail-on", "never")
    checked = cli(*args, "--json")
    assert checked.exit_code == 0, checked.stderr
    [changed] = json.loads(checked.stdout)["summary"]["content_changed"]
    assert changed["claim"] == "blocked"
    assert changed["source"] == "story"
    assert changed["old"]["text"] == PARAGRAPHS[0]
    human = cli(*args)
    assert "content-changed: blocked cites story" in human.stdout

    report = cli("report", "--format", "markdown")
    assert report.exit_code == 0, report.stderr
    [line] = [ln for ln in report.stdout.splitlines() if "best passage" in ln]
    assert line.startswith("  > best passage (`story`, ")
    assert "**content-changed**" in line
    page = cli("report", "--format", "html")
    assert page.exit_code == 0, page.stderr
    assert '<p class="passage">Best passage (<code>story</code>, ' in page.stdout
    assert '<span class="badge risk">content-changed</span>' in page.stdout

    # `sources list --health content-changed`, alone or beside a link state
    listed = ok_json(cli, "sources", "list", "--health", "content-changed")
    assert [(s["key"], s["signals"]) for s in listed] == [("story", ["content-changed"])]
    assert ok_json(cli, "sources", "list", "--health", "dead") == []
    both = ok_json(cli, "sources", "list", "--health", "dead", "--health", "content-changed")
    assert [s["key"] for s in both] == ["story"]
    table = cli("sources", "list", "--health", "content-changed", "--format", "tsv")
    assert table.exit_code == 0, table.stderr
    assert "alive, content-changed" in table.stdout
    assert "signals" not in ok_json(cli, "sources", "list")[0]

    # `check --no-capture` reads the page but keeps no capture of it
    before = ok_json(cli, "sources", "show", "story")["captures"]
    servers.route(A, "/story", article(paragraphs=("Something else entirely.",)))
    quiet = cli(*args, "--no-capture", "--json")
    assert quiet.exit_code == 0, quiet.stderr
    assert json.loads(quiet.stdout)["summary"]["content_changed"] == []
    assert ok_json(cli, "sources", "show", "story")["captures"] == before


def test_evidence_of_an_unknown_claim_exits_2(cli: Cli) -> None:
    result = cli("evidence", "no-such-claim")
    assert result.exit_code == 2
    assert "no-such-claim" in result.stderr
    assert result.stdout == ""


SINGER_TEXT = (
    "Tom Jones is a Welsh singer. His father, a miner, lived in Trefórest. He was born in 1984."
)
SINGER_PAGE = ("Smith was born in 1984 in Leeds.", "Jones was born in 1984 in Pontypridd.")


def add_singer(database: Database, url: str) -> None:
    """A claim whose subject only its document names: "He was born …" in "Tom Jones"."""
    start = SINGER_TEXT.index("He was born")
    with database.session() as s:
        doc = Document(key="singer", title="Tom Jones", text=SINGER_TEXT, text_hash="1" * 64)
        src = Source(key="births", kind=SourceKind.NEWS_ARTICLE, title="Births", url=url)
        claim = Claim(key="born", document=doc, quote=SINGER_TEXT[start:], start=start,
                      end=len(SINGER_TEXT), statement=SINGER_TEXT[start:])  # fmt: skip
        claim.citations.append(Citation(source=src, position=1))
        s.add_all([doc, claim])


def test_evidence_ranks_with_the_claims_document_title(cli: Cli, servers: Servers) -> None:
    url = servers.route(A, "/births", article(title="Births", paragraphs=SINGER_PAGE))
    database = Database(cli.url)
    checks = Checks(url)
    try:
        add_singer(database, url)
        checks(database)
        with database.session(readonly=True) as session:
            [citing] = repo.claims_citing_links(
                session, sorted(repo.links_with_captures(session)), CONTEXT_CHARS
            )
            assert citing.context == repo.ClaimContext(
                "Tom Jones", SINGER_TEXT[: -len("He was born in 1984.")]
            )
            # cut in SQL, in characters (ó is two bytes), from a whole word
            [short] = repo.claims_citing_links(session, [citing.source.link_id or 0], 16)
            assert short.context.before == "in Trefórest. "
            start = SINGER_TEXT.index("He was")
            assert repo.text_before(SINGER_TEXT, start, 16) == short.context.before
            [bare] = repo.claims_citing_links(session, [citing.source.link_id or 0])
            assert bare.context == repo.ClaimContext("Tom Jones", "")
    finally:
        database.dispose()
    # the page's two sentences tie on the claim's words: the title's "Jones" decides
    found = evidence_of(cli, "born")
    assert [p["text"] for p in found["passages"][:2]] == [SINGER_PAGE[1], SINGER_PAGE[0]]
    assert ok_json(cli, "show", "born")["best_passage"]["text"] == SINGER_PAGE[1]
    report = cli("report", "--format", "markdown")
    assert report.exit_code == 0, report.stderr
    [line] = [ln for ln in report.stdout.splitlines() if "best passage" in ln]
    assert SINGER_PAGE[1] in line
    # the claim alone ranks the tie as it comes
    assert [i for i, _ in rank(SINGER_TEXT[-20:], list(SINGER_PAGE))] == [0, 1]

    # Jones's sentence goes (Smith's stays): content-changed, as the context ranked it
    moved = (SINGER_PAGE[0], "Jones moved to Las Vegas in 1974.")
    servers.route(A, "/births", article(title="Births", paragraphs=moved))
    database = Database(cli.url)
    try:
        checks(database)
    finally:
        database.dispose()
    [signal] = evidence_of(cli, "born")["signals"]
    assert signal["old"]["text"] == SINGER_PAGE[1]
    args = ("check", "--allow-private", "--no-archive", "--force", "--fail-on", "never", "--json")
    checked = cli(*args)
    assert checked.exit_code == 0, checked.stderr
    [changed] = json.loads(checked.stdout)["summary"]["content_changed"]
    assert (changed["claim"], changed["old"]["text"]) == ("born", SINGER_PAGE[1])


@given(text=st.text(max_size=300), start=st.integers(-5, 320), chars=st.integers(0, 300))
def test_text_before_is_whole_words_just_before_the_claim(
    text: str, start: int, chars: int
) -> None:
    before = repo.text_before(text, start, chars)
    at = max(0, min(start, len(text)))
    assert text[:at].endswith(before)
    assert len(before) <= chars
    if at <= chars:
        assert before == text[:at]
