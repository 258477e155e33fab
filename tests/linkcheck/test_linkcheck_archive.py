"""Archived copies: the capture closest before the access date, original status 200 only."""

from __future__ import annotations

import asyncio
import datetime as dt
import json
from urllib.parse import parse_qs, urlsplit

from linkcheck_servers import HOSTS, Request, Response, Servers

from claims.linkcheck import ArchiveCapture
from claims.linkcheck.archive import (
    ArchiveClient,
    choose_capture,
    parse_availability,
    parse_timestamp,
    target_moment,
)
from claims.linkcheck.client import Engine
from claims.linkcheck.options import CheckOptions


def at(text: str) -> dt.datetime:
    stamp = parse_timestamp(text)
    assert stamp is not None
    return stamp


def cap(stamp: str, status: int | None = 200) -> ArchiveCapture:
    return ArchiveCapture(f"https://web.archive.test/web/{stamp}/x", at(stamp), status)


def test_parse_timestamp() -> None:
    assert at("20160718") == dt.datetime(2016, 7, 18, tzinfo=dt.UTC)
    assert at("20160718123456") == dt.datetime(2016, 7, 18, 12, 34, 56, tzinfo=dt.UTC)
    assert parse_timestamp("2016071") is None
    assert parse_timestamp("20161340000000") is None


def test_parse_availability_answer() -> None:
    payload = {
        "archived_snapshots": {
            "closest": {
                "available": True,
                "url": "http://web.archive.org/web/20130919044612/http://example.com/",
                "timestamp": "20130919044612",
                "status": "200",
            }
        }
    }
    capture = parse_availability(payload)
    assert capture is not None
    assert capture.original_status == 200
    assert capture.as_json() == {
        "url": "http://web.archive.org/web/20130919044612/http://example.com/",
        "timestamp": "20130919044612",
    }
    assert parse_availability({"archived_snapshots": {}}) is None
    assert parse_availability([]) is None


def test_choose_latest_before_else_earliest_after_only_200() -> None:
    target = target_moment(dt.date(2016, 7, 18), None)
    candidates = [cap("20150101"), cap("20160718230000"), cap("20160601", 404), cap("20170101")]
    assert choose_capture(candidates, target) == cap("20160718230000")
    assert choose_capture([cap("20170101"), cap("20180101")], target) == cap("20170101")
    assert choose_capture([cap("20150101", 302)], target) is None
    assert choose_capture([cap("20150101"), cap("20190101")], None) == cap("20190101")


def test_target_prefers_access_date_then_issue_date() -> None:
    assert target_moment(dt.date(2016, 7, 18), dt.date(2014, 1, 1)) == at("20160718235959")
    assert target_moment(None, dt.date(2014, 1, 1)) == at("20140101235959")
    assert target_moment(None, None) is None


def _stand_in(servers: Servers, captures: dict[str, list[tuple[str, str]]]) -> str:
    """A loopback availability API that honours ``closest=before|after``."""

    def answer(request: Request) -> Response:
        query = parse_qs(urlsplit(request.path).query)
        url = query["url"][0]
        wanted = query.get("timestamp", [""])[0]
        direction = query.get("closest", ["either"])[0]
        pool = sorted(captures.get(url, []))
        if direction == "before":
            pool = [c for c in pool if c[0] <= wanted][-1:]
        elif direction == "after":
            pool = [c for c in pool if c[0] >= wanted][:1]
        else:
            pool = pool[-1:]
        snapshots = {}
        if pool:
            stamp, status = pool[0]
            snapshots["closest"] = {
                "available": True,
                "url": f"http://web.archive.test/web/{stamp}/{url}",
                "timestamp": stamp,
                "status": status,
            }
        body = json.dumps({"url": url, "archived_snapshots": snapshots}).encode()
        return Response(200, {"Content-Type": "application/json"}, body)

    return servers.route(HOSTS[5], "/wayback/available", answer)


def _find(
    endpoint: str, url: str, accessed: dt.date | None, issued: dt.date | None
) -> ArchiveCapture | None:
    async def go() -> ArchiveCapture | None:
        options = CheckOptions(allow_private=True)
        async with Engine(options) as engine:
            archive = ArchiveClient(engine, endpoint=endpoint, timeout_s=2)
            return await archive.find(url, accessed=accessed, issued=issued)

    return asyncio.run(go())


def test_stand_in_before_access_date(servers: Servers) -> None:
    page = "https://gone.example/story"
    endpoint = _stand_in(
        servers,
        {page: [("20150301000000", "200"), ("20160710000000", "200"), ("20170101000000", "200")]},
    )
    found = _find(endpoint, page, dt.date(2016, 7, 18), None)
    assert found is not None
    assert found.timestamp == at("20160710")
    asked = parse_qs(urlsplit(servers.requests(HOSTS[5])[0].path).query)
    assert asked["timestamp"] == ["20160718235959"]
    assert asked["closest"] == ["before"]


def test_stand_in_after_when_nothing_before(servers: Servers) -> None:
    page = "https://gone.example/later"
    endpoint = _stand_in(servers, {page: [("20170101000000", "200")]})
    found = _find(endpoint, page, None, dt.date(2016, 1, 1))
    assert found is not None
    assert found.timestamp == at("20170101")


def test_stand_in_rejects_non_200_captures(servers: Servers) -> None:
    page = "https://gone.example/redirected"
    endpoint = _stand_in(servers, {page: [("20150101000000", "302")]})
    assert _find(endpoint, page, dt.date(2016, 7, 18), None) is None


def test_archive_trouble_is_no_archive(servers: Servers) -> None:
    endpoint = servers.route(HOSTS[5], "/broken", Response(500))
    assert _find(endpoint, "https://x.example/", None, None) is None
    garbage = servers.route(HOSTS[5], "/garbage", Response(200, body=b"not json"))
    assert _find(garbage, "https://x.example/", None, None) is None
