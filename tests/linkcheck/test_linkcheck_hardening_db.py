"""What hostile sites send is stored identically on SQLite and PostgreSQL (issue 18.4)."""

from __future__ import annotations

import datetime as dt

from linkcheck_servers import HOSTS, Response, Servers, html
from sqlalchemy import select

from claims.db import Database
from claims.enums import CheckOutcome, SourceKind
from claims.linkcheck import CheckOptions
from claims.linkcheck.archive import parse_availability
from claims.linkcheck.service import check_links
from claims.models import LinkCheck, Source

A, B, C, D, E, F = HOSTS
T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
FAST = CheckOptions(
    allow_private=True,
    timeout_s=1.0,
    backoff_base_s=0.01,
    backoff_max_s=0.05,
    retry_after_cap_s=0.1,
    host_interval_s=0.0,
    archive=False,
)


def _check(database: Database, urls: list[str]) -> dict[str, LinkCheck]:
    with database.session() as session:
        for i, url in enumerate(urls):
            session.add(Source(key=f"s{i}", kind=SourceKind.WEB_PAGE, title="Page", url=url))
    check_links(database, options=FAST, clock=lambda: T0)
    with database.session() as session:
        rows = session.execute(
            select(Source.url, LinkCheck).join(
                LinkCheck, isouter=False, onclause=Source.link_id == LinkCheck.link_id
            )
        ).all()
        return {str(url): check for url, check in rows}


def test_nul_in_a_page_title_is_stored_on_both(database: Database, servers: Servers) -> None:
    url = servers.route(A, "/nul", html("Before\x00after"))
    checks = _check(database, [url])
    assert checks[url].outcome is CheckOutcome.OK
    assert checks[url].title == "Before\ufffdafter"


def test_a_redirect_longer_than_2048_characters_is_stored_on_both(
    database: Database, servers: Servers
) -> None:
    far = servers.url(B, "/" + "x" * 3000)
    url = servers.route(A, "/long-location", Response(302, {"Location": far}))
    checks = _check(database, [url])
    check = checks[url]
    assert check.outcome is CheckOutcome.INVALID_URL  # the guard will not fetch it
    assert check.final_url == far  # but where it led is kept whole
    assert [hop["url"] for hop in check.redirects] == [url]


def test_an_archive_url_too_long_to_store_is_no_capture() -> None:
    closest = {"available": True, "url": "http://a.test/" + "y" * 3000, "timestamp": "20160101"}
    assert parse_availability({"archived_snapshots": {"closest": closest}}) is None
