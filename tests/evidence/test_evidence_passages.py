"""``claims evidence`` and content-changed against loopback servers that change their pages."""

from __future__ import annotations

import datetime as dt
import json

from evidence_pages import PARAGRAPHS, article
from linkcheck_servers import HOSTS, Servers
from tests.conftest import Cli, ok_json

from claims.db import Database
from claims.enums import SourceKind
from claims.evidence.captures import page_recorder
from claims.linkcheck import CheckOptions
from claims.linkcheck.service import check_links
from claims.models import Citation, Claim, Document, Footnote, Source

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


def evidence(cli: Cli) -> dict[str, object]:
    document = ok_json(cli, "evidence", "blocked")
    [source] = document["sources"]
    assert isinstance(source, dict)
    return source


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
