"""The check service and ``claims check`` on real databases and loopback servers."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from urllib.parse import parse_qs, urlsplit

import jsonschema
import pytest
from linkcheck_servers import HOSTS, Request, Response, Servers, html
from sqlalchemy import func, select
from tests.conftest import Cli

from claims.db import Database
from claims.enums import CheckOutcome, LinkHealth, SourceKind
from claims.errors import NetworkUnavailable, NotFoundError
from claims.linkcheck import CheckOptions
from claims.linkcheck.service import FailOn, check_links
from claims.models import Link, LinkCheck, Snapshot, Source

A, B, C, D, E, F = HOSTS
T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)

FAST = CheckOptions(
    allow_private=True,
    timeout_s=0.5,
    backoff_base_s=0.01,
    backoff_max_s=0.05,
    retry_after_cap_s=0.1,
    host_interval_s=0.0,
    archive=False,
)


class FakeClock:
    def __init__(self, start: dt.datetime = T0) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def add_sources(database: Database, rows: Sequence[tuple[str, str, str | None]]) -> None:
    """Sources as (key, url, title), accessed on 18 July 2016."""
    with database.session() as session:
        for key, url, title in rows:
            session.add(
                Source(
                    key=key,
                    kind=SourceKind.WEB_PAGE,
                    title=title,
                    url=url,
                    accessed=dt.date(2016, 7, 18),
                )
            )


def count_checks(database: Database) -> int:
    with database.session() as session:
        return session.execute(select(func.count()).select_from(LinkCheck)).scalar_one()


def link_health(database: Database, url: str) -> LinkHealth:
    with database.session() as session:
        return session.execute(select(Link.health).where(Link.url == url)).scalar_one()


def archive_stand_in(servers: Servers) -> str:
    def answer(request: Request) -> Response:
        query = parse_qs(urlsplit(request.path).query)
        url = query["url"][0]
        body = {
            "archived_snapshots": {
                "closest": {
                    "available": True,
                    # on loopback: checks with captures read the archived copy (here a 404)
                    "url": f"{servers.url(F, '/web')}/20160701000000/{url}",
                    "timestamp": "20160701000000",
                    "status": "200",
                }
            }
        }
        return Response(200, {"Content-Type": "application/json"}, json.dumps(body).encode())

    return servers.route(F, "/wayback/available", answer)


def test_each_link_checked_once_and_recorded(database: Database, servers: Servers) -> None:
    ok = servers.route(A, "/story", html("Facebook in China"))
    gone = servers.route(B, "/removed", html("Gone", status=404))
    add_sources(
        database,
        [("one", ok, "Facebook in China"), ("two", ok, "Facebook in China"), ("three", gone, None)],
    )
    report = check_links(database, options=FAST, clock=FakeClock())
    assert report.due == 2
    assert report.checked == 2
    assert not report.interrupted
    assert len(servers.requests(A, "/story")) == 1  # one GET, once for both sources
    by_url = {r.result.url: r for r in report.links}
    assert by_url[ok].sources == ("one", "two")
    assert by_url[ok].health is LinkHealth.ALIVE
    assert by_url[gone].health is LinkHealth.SUSPECT
    assert report.found_problems(FailOn.FAILING)
    assert not report.found_problems(FailOn.DEAD)
    assert not report.found_problems(FailOn.NEVER)
    with database.session() as session:
        checks = session.execute(select(LinkCheck).order_by(LinkCheck.id)).scalars().all()
        assert {c.outcome for c in checks} == {CheckOutcome.OK, CheckOutcome.NOT_FOUND}
        links = session.execute(select(Link)).scalars().all()
        assert all(link.last_checked_at == T0 for link in links)


def test_recent_links_are_skipped_failures_rechecked_force_takes_all(
    database: Database, servers: Servers
) -> None:
    ok = servers.route(A, "/fine", html("Fine"))
    gone = servers.route(B, "/missing", html("Gone", status=404))
    add_sources(database, [("ok", ok, None), ("gone", gone, None)])
    clock = FakeClock()
    check_links(database, options=FAST, clock=clock)
    clock.advance(hours=1)
    again = check_links(database, options=FAST, clock=clock)
    assert [r.result.url for r in again.links] == [gone]  # failures always rechecked
    assert again.cited_links == 2
    assert again.due == 1
    clock.advance(hours=24)
    stale = check_links(database, options=FAST, clock=clock)
    assert {r.result.url for r in stale.links} == {ok, gone}
    forced = check_links(
        database, options=CheckOptions(**{**FAST.__dict__, "force": True}), clock=clock
    )
    assert forced.checked == 2
    assert count_checks(database) == 7


def test_only_the_named_sources(database: Database, servers: Servers) -> None:
    one = servers.route(A, "/one", html("One"))
    two = servers.route(A, "/two", html("Two"))
    add_sources(database, [("s1", one, None), ("s2", two, None)])
    report = check_links(database, source_keys=("s2",), options=FAST, clock=FakeClock())
    assert [r.result.url for r in report.links] == [two]
    with pytest.raises(NotFoundError, match="nope"):
        check_links(database, source_keys=("s1", "nope"), options=FAST)


def test_dead_after_three_checks_over_three_days_with_archive(
    database: Database, servers: Servers
) -> None:
    gone = servers.route(B, "/deleted", html("Gone", status=410))
    alive = servers.route(A, "/alive", html("Alive"))
    add_sources(database, [("gone", gone, "A deleted page"), ("alive", alive, None)])
    endpoint = archive_stand_in(servers)
    options = CheckOptions(**{**FAST.__dict__, "archive": True, "archive_endpoint": endpoint})
    clock = FakeClock()
    healths = []
    for _ in range(4):
        report = check_links(database, options=options, clock=clock)
        (entry,) = [r for r in report.links if r.result.url == gone]
        healths.append(entry.health)
        assert entry.archive is not None
        assert entry.archive.as_json()["timestamp"] == "20160701000000"
        clock.advance(days=1)
    assert healths == [LinkHealth.SUSPECT] * 3 + [LinkHealth.DEAD]
    assert link_health(database, gone) is LinkHealth.DEAD
    with database.session() as session:
        assert session.execute(select(func.count()).select_from(Snapshot)).scalar_one() == 1
    # asked once; later runs reuse the stored copy
    assert len(servers.requests(F, "/wayback/available")) == 1
    asked = parse_qs(urlsplit(servers.requests(F, "/wayback/available")[0].path).query)
    assert asked["timestamp"] == ["20160718235959"]
    assert asked["url"] == [gone]


def test_offline_records_nothing(database: Database) -> None:
    add_sources(database, [(f"s{i}", f"http://site{i}.invalid/page", None) for i in range(5)])
    with pytest.raises(NetworkUnavailable):
        check_links(database, options=FAST, clock=FakeClock())
    assert count_checks(database) == 0
    with database.session() as session:
        healths = set(session.execute(select(Link.health)).scalars())
    assert healths == {LinkHealth.UNCHECKED}


# --- the command -----------------------------------------------------------------------

RESULT_KEYS = [
    "url", "sources", "outcome", "status", "final_url", "redirects", "title",
    "title_similarity", "drifted", "elapsed_ms", "health", "archive", "error",
]  # fmt: skip

CONTRACT = {
    "type": "object",
    "required": ["summary", "results"],
    "additionalProperties": False,
    "properties": {
        "summary": {
            "type": "object",
            "required": ["outcomes", "health", "checked"],
            "properties": {
                "outcomes": {
                    "type": "object",
                    "required": [o.value for o in CheckOutcome],
                    "additionalProperties": {"type": "integer"},
                },
                "health": {
                    "type": "object",
                    "required": [h.value for h in LinkHealth],
                    "additionalProperties": {"type": "integer"},
                },
            },
        },
        "results": {
            "type": "array",
            "items": {
                "type": "object",
                "required": RESULT_KEYS,
                "additionalProperties": False,
                "properties": {
                    "url": {"type": "string"},
                    "sources": {"type": "array", "items": {"type": "string"}},
                    "outcome": {"enum": [o.value for o in CheckOutcome]},
                    "status": {"type": ["integer", "null"]},
                    "final_url": {"type": ["string", "null"]},
                    "redirects": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["url", "status"],
                            "properties": {
                                "url": {"type": "string"},
                                "status": {"type": "integer"},
                            },
                            "additionalProperties": False,
                        },
                    },
                    "title": {"type": ["string", "null"]},
                    "title_similarity": {"type": ["number", "null"]},
                    "drifted": {"type": "boolean"},
                    "elapsed_ms": {"type": ["integer", "null"]},
                    "health": {"enum": [h.value for h in LinkHealth]},
                    "archive": {
                        "oneOf": [
                            {"type": "null"},
                            {
                                "type": "object",
                                "required": ["url", "timestamp"],
                                "properties": {
                                    "url": {"type": "string"},
                                    "timestamp": {"type": "string", "pattern": "^[0-9]{14}$"},
                                },
                                "additionalProperties": False,
                            },
                        ]
                    },
                    "error": {"type": ["string", "null"]},
                },
            },
        },
    },
}


def test_cli_json_contract_and_exit_codes(cli: Cli, servers: Servers) -> None:
    ok = servers.route(A, "/ok", html("Facebook in China"))
    moved = servers.route(A, "/moved", Response(301, {"Location": "/ok"}))
    gone = servers.route(B, "/gone", html("Gone", status=404))
    database = Database(cli.url)
    try:
        add_sources(database, [("ok", ok, "Facebook in China"), ("moved", moved, None),
                               ("gone", gone, "Old page")])  # fmt: skip
    finally:
        database.dispose()
    endpoint = archive_stand_in(servers)
    result = cli("check", "--allow-private", "--archive-endpoint", endpoint, "--json")
    assert result.exit_code == 1, result.stderr
    document = json.loads(result.stdout)
    jsonschema.validate(document, CONTRACT)
    by_url = {r["url"]: r for r in document["results"]}
    assert list(by_url[gone]) == RESULT_KEYS
    assert by_url[gone]["health"] == "suspect"
    assert by_url[gone]["archive"]["timestamp"] == "20160701000000"
    assert by_url[moved]["outcome"] == "redirected"
    assert by_url[moved]["redirects"] == [{"url": moved, "status": 301}]
    assert by_url[ok]["archive"] is None
    assert by_url[ok]["title_similarity"] == 1.0
    assert document["summary"]["outcomes"]["not-found"] == 1
    assert document["summary"]["health"]["alive"] == 2

    # the failure is rechecked, the rest is recent; never → 0, dead → 0 (only suspect)
    assert cli("check", "--allow-private", "--no-archive", "--fail-on", "never").exit_code == 0
    human = cli("check", "--allow-private", "--no-archive", "--fail-on", "dead")
    assert human.exit_code == 0
    assert "not-found" in human.stdout
    assert gone in human.stdout


def test_cli_usage_errors_exit_2(sqlite_cli: Cli) -> None:
    bad = sqlite_cli("check", "--recheck-after", "soon")
    assert bad.exit_code == 2
    assert "duration" in bad.stderr
    assert sqlite_cli("check", "--concurrency", "0").exit_code == 2
    assert sqlite_cli("check", "--fail-on", "sometimes").exit_code == 2
    missing = sqlite_cli("check", "no-such-key")
    assert missing.exit_code == 2
    assert "no-such-key" in missing.stderr
    endpoint = sqlite_cli("check", "--archive-endpoint", "ftp://x")
    assert endpoint.exit_code == 2


def test_cli_offline_exit_3(sqlite_cli: Cli) -> None:
    database = Database(sqlite_cli.url)
    try:
        add_sources(database, [(f"s{i}", f"https://s{i}.invalid/", None) for i in range(4)])
    finally:
        database.dispose()
    result = sqlite_cli("check", "--json")
    assert result.exit_code == 3
    assert "offline: the network is unavailable" in result.stderr
    # scripts reading stdout get the error as an object too
    error = json.loads(result.stdout)["error"]
    assert error["kind"] == "offline"
    assert error["exit_code"] == 3
    assert error["message"].startswith("offline: the network is unavailable")
    assert error["hint"]
    assert sqlite_cli("check").stdout == ""


def test_cli_archive_endpoint_from_environment_and_user_agent(
    sqlite_cli: Cli, servers: Servers, monkeypatch: pytest.MonkeyPatch
) -> None:
    gone = servers.route(B, "/env-gone", html("Gone", status=404))
    alive = servers.route(A, "/env-alive", html("Alive"))
    database = Database(sqlite_cli.url)
    try:
        add_sources(database, [("gone", gone, None), ("alive", alive, None)])
    finally:
        database.dispose()
    monkeypatch.setenv("CLAIMS_ARCHIVE_ENDPOINT", archive_stand_in(servers))
    result = sqlite_cli("check", "--allow-private", "--user-agent", "tester/1.0", "--json")
    assert result.exit_code == 1
    (entry,) = [r for r in json.loads(result.stdout)["results"] if r["url"] == gone]
    assert entry["archive"] is not None
    assert servers.requests(F, "/wayback/available")
    assert {r.headers["user-agent"] for r in servers.requests(A)} == {"tester/1.0"}


def test_sources_without_links_get_one_link_per_normalised_url(database: Database) -> None:
    from claims.repository.links import link_unlinked_sources

    with database.session() as session:
        session.add(Link(url="https://example.org/a"))
        for key, url in [("a1", "https://EXAMPLE.org/a#top"), ("a2", "https://example.org:443/a"),
                         ("b", "http://example.org/b"), ("bad", "not a url")]:  # fmt: skip
            session.add(Source(key=key, kind=SourceKind.WEB_PAGE, url=url))
        session.add(Source(key="none", kind=SourceKind.REPORT))
    with database.session() as session:
        assert link_unlinked_sources(session) == 4
    with database.session() as session:
        by_key = dict(session.execute(select(Source.key, Link.url).join(Source.link)).all())
        assert link_unlinked_sources(session) == 0
    assert by_key == {
        "a1": "https://example.org/a",
        "a2": "https://example.org/a",
        "b": "http://example.org/b",
        "bad": "not a url",
    }


def test_a_run_in_chunks_checks_each_link_once_and_reports_all(
    database: Database, servers: Servers, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Links are loaded a few at a time, round-robin over hosts even when they come host by
    host; the report (read back from its file) has every link once, archived copies included."""
    import claims.linkcheck.service as service

    monkeypatch.setattr(service, "DUE_CHUNK", 3)
    rows = [(f"a{i}", servers.route(A, f"/a{i}", html(f"Page a{i}")), None) for i in range(5)]
    rows += [(f"b{i}", servers.route(B, f"/b{i}", html(f"Page b{i}")), None) for i in range(3)]
    gone = servers.route(C, "/gone", html("Gone", status=410))
    rows.append(("gone", gone, "A deleted page"))
    add_sources(database, rows)
    endpoint = archive_stand_in(servers)
    options = CheckOptions(**{**FAST.__dict__, "archive": True, "archive_endpoint": endpoint})
    with database.session() as session:
        service.repo.link_unlinked_sources(session)
        order = service.repo.due_links_by_host(
            session, now=T0, recheck_after=options.recheck_after, force=False
        )
        url_of: dict[int, str] = dict(session.execute(select(Link.id, Link.url)).all())
    hosts = [urlsplit(url_of[i]).hostname for i in order]
    assert set(hosts[:3]) == {A, B, C}  # the first chunk spans the hosts
    report = check_links(database, options=options, clock=FakeClock())
    assert report.due == report.checked == 9
    assert sorted(r.result.url for r in report.links) == sorted(url for _, url, _ in rows)
    assert count_checks(database) == 9
    for _, url, _ in rows:
        host, path = urlsplit(url).hostname, urlsplit(url).path
        assert len(servers.requests(host, path)) == 1
    (entry,) = [r for r in report.links if r.result.url == gone]
    assert entry.archive is not None  # found after its commit, kept in the report
    assert [r.result.url for r in report.not_alive()] == [gone]
    assert report.not_alive()[0].archive == entry.archive
    assert report.outcome_counts()["ok"] == 8
    assert report.found_problems(FailOn.FAILING)


class RecordingSink:
    """A page sink that keeps what it was handed: link ids by group."""

    def __init__(self) -> None:
        self.groups: list[list[int]] = []

    def many(self, pages: Sequence[tuple[int, object]]) -> None:
        self.groups.append([link_id for link_id, _ in pages])

    def archived(self, *args: object) -> None:
        raise AssertionError("no archive look-up in this run")


def test_pages_are_handed_on_as_read_each_once(
    database: Database, servers: Servers, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plain run hands its pages to the capture sink in small groups as they are read (not a
    commit's worth after the commit): every page read once, the failures not at all."""
    import claims.linkcheck.service as service

    monkeypatch.setattr(service, "PAGES_AHEAD_BATCH", 4)
    rows = [
        (f"p{i}", servers.route(HOSTS[i % 3], f"/p{i}", html(f"Page {i}")), None) for i in range(18)
    ]
    rows.append(("gone", servers.route(D, "/gone", html("Gone", status=404)), None))
    add_sources(database, rows)
    sink = RecordingSink()
    report = check_links(database, options=FAST, clock=FakeClock(), on_page=sink)
    assert report.checked == 19
    handed = [link_id for group in sink.groups for link_id in group]
    alive = {r.link_id for r in report.links if r.result.outcome is CheckOutcome.OK}
    assert len(alive) == 18
    assert sorted(handed) == sorted(alive)
    assert max(len(group) for group in sink.groups) <= 4
