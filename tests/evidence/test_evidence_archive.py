"""``claims archive`` against a loopback stand-in for Save Page Now."""

from __future__ import annotations

import datetime as dt
import itertools
import json

from linkcheck_servers import HOSTS, Request, Response, Servers
from sqlalchemy import select
from tests.conftest import Cli, ok_json

from claims.db import Database
from claims.enums import SourceKind
from claims.models import Link, Snapshot, Source

A, B = HOSTS[:2]


def add_sources(database: Database, rows: list[tuple[str, str]]) -> None:
    with database.session() as s:
        for key, url in rows:
            s.add(Source(key=key, kind=SourceKind.WEB_PAGE, title=key, url=url,
                         accessed=dt.date(2016, 7, 18)))  # fmt: skip


def stand_in(servers: Servers, busy_first: set[str], broken: set[str]) -> str:
    """Save Page Now: 429 with Retry-After once for ``busy_first``, 503 for ``broken``."""
    seen: set[str] = set()

    def answer(request: Request) -> Response:
        url = request.path.removeprefix("/save/")
        if url in broken:
            return Response(503)
        if url in busy_first and url not in seen:
            seen.add(url)
            return Response(429, {"Retry-After": "0"})
        return Response(200, {"Content-Location": f"/web/20260301080000/{url}"}, b"saved")

    servers.route(B, "*", answer)
    return servers.url(B, "/save/")


def test_archive_saves_live_links_politely_and_records_them(cli: Cli, servers: Servers) -> None:
    ok, busy, broken = (servers.url(A, p) for p in ("/ok", "/busy", "/broken"))
    database = Database(cli.url)
    try:
        add_sources(database, [("ok", ok), ("busy", busy), ("broken", broken)])
    finally:
        database.dispose()
    endpoint = stand_in(servers, {busy}, {broken})
    result = cli("archive", "--endpoint", endpoint, "--interval", "0.3", "--json")
    assert result.exit_code == 1, result.stderr  # one capture failed
    document = json.loads(result.stdout)
    by_url = {r["url"]: r for r in document["results"]}
    assert by_url[ok]["outcome"] == "saved"
    assert by_url[ok]["archive_url"] == f"{servers.url(B, '/web/20260301080000/')}{ok}"
    assert by_url[ok]["archived_at"] == "2026-03-01T08:00:00+00:00"
    assert by_url[busy]["outcome"] == "saved"  # after obeying Retry-After
    assert by_url[broken]["outcome"] == "failed"
    assert by_url[broken]["status"] == 503
    asked = servers.requests(B)
    assert len([r for r in asked if r.path.endswith(busy)]) == 2
    # one request at a time, the interval apart (arrival times jitter: allow a third of it)
    starts = sorted(r.at for r in asked)
    assert all(b - a >= 0.2 for a, b in itertools.pairwise(starts))
    assert not servers.requests(A)  # the cited hosts themselves are not contacted

    database = Database(cli.url)
    try:
        with database.session() as s:
            saved = s.execute(
                select(Link.url, Snapshot.archived_at).join(Snapshot, Snapshot.link_id == Link.id)
            ).all()
    finally:
        database.dispose()
    assert sorted(u for u, _ in saved) == sorted([ok, busy])

    # archived since the access date now: not asked again unless forced
    servers.log.clear()
    again = ok_json(cli, "archive", "ok", "busy", "--endpoint", endpoint, "--interval", "0")
    assert {r["outcome"] for r in again["results"]} == {"already-archived"}
    assert not servers.requests(B)
    forced = ok_json(cli, "archive", "ok", "--endpoint", endpoint, "--interval", "0", "--force")
    assert forced["results"][0]["outcome"] == "saved"


def test_archive_usage_errors(sqlite_cli: Cli) -> None:
    bad = sqlite_cli("archive", "--endpoint", "ftp://x/")
    assert bad.exit_code == 2
    assert "endpoint" in bad.stderr
    missing = sqlite_cli("archive", "no-such-key", "--endpoint", "http://127.0.0.1:9/")
    assert missing.exit_code == 2
    assert "no-such-key" in missing.stderr
    assert sqlite_cli("archive", "--interval", "-1").exit_code == 2
