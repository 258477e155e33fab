"""Captures of archived copies and plain-text pages; checks without captures (loopback)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from urllib.parse import parse_qs, urlsplit

import pytest
from evidence_pages import PARAGRAPHS, article
from linkcheck_servers import HOSTS, Request, Response, Servers
from sqlalchemy import func, select
from test_evidence_captures import FAST, Clock, add_sources

from claims.db import Database
from claims.evidence import captures
from claims.evidence.captures import decode, page_recorder, source_captures
from claims.linkcheck.archive import raw_snapshot_url
from claims.linkcheck.service import check_links
from claims.models import Capture
from claims.repository.captures import capture_text

A, ARCHIVE = HOSTS[0], HOSTS[5]
STAMP = "20160710000000"
MOVED = "20160711093000"  # the archive's nearest copy, where it redirects


def _archive(servers: Servers, page_url: str, snapshot: Response) -> str:
    """A loopback availability API and the snapshots it names (with one redirect)."""
    snapshots = servers.url(ARCHIVE, "/web")

    def available(request: Request) -> Response:
        query = parse_qs(urlsplit(request.path).query)
        found = query["url"][0] == page_url and query.get("closest") == ["before"]
        closest = {"available": True, "url": f"{snapshots}/{STAMP}/{page_url}",
                   "timestamp": STAMP, "status": "200"}  # fmt: skip
        body = {"archived_snapshots": {"closest": closest} if found else {}}
        return Response(200, {"Content-Type": "application/json"}, json.dumps(body).encode())

    def web(request: Request) -> Response:
        path = request.path
        if path.startswith(f"/web/{STAMP}id_/"):
            return Response(302, {"Location": f"/web/{MOVED}id_/{page_url}"})
        if path.startswith(f"/web/{MOVED}id_/"):
            return snapshot
        return Response(404, {"Content-Type": "text/plain"}, b"no such snapshot")

    servers.route(ARCHIVE, "*", web)
    return servers.route(ARCHIVE, "/wayback/available", available)


def _check(database: Database, clock: Clock, **options: object) -> int:
    with page_recorder(database) as on_page:
        check_links(
            database, options=dataclasses.replace(FAST, **options), clock=clock, on_page=on_page
        )
    return on_page.new_captures


def test_archived_copy_near_the_access_date_is_captured(
    database: Database, servers: Servers
) -> None:
    url = servers.route(A, "/gone", Response(404, {"Content-Type": "text/html"}, b"gone"))
    endpoint = _archive(servers, url, article())
    add_sources(database, [("gone", url)])
    clock = Clock()
    assert _check(database, clock, archive=True, archive_endpoint=endpoint) == 1
    with database.session(readonly=True) as s:
        [capture] = source_captures(s, "gone")
        text = capture_text(s, capture.id)
    assert capture.kind == "archive"
    assert capture.archived_at == dt.datetime(2016, 7, 10, tzinfo=dt.UTC)
    assert capture.url == f"{servers.url(ARCHIVE, '/web')}/{STAMP}/{url}"
    assert capture.http_status == 200
    assert capture.captured_at == clock.now
    assert PARAGRAPHS[0] in text
    assert "Subscribe now" not in text
    # the raw copy was asked for (no archive toolbar), and followed to the nearest copy
    asked = [r.path for r in servers.requests(ARCHIVE) if r.path.startswith("/web/")]
    assert asked == [f"/web/{STAMP}id_/{url}", f"/web/{MOVED}id_/{url}"]


def test_unreadable_archived_copy_keeps_no_capture(database: Database, servers: Servers) -> None:
    url = servers.route(A, "/gone", Response(404, {"Content-Type": "text/html"}, b"gone"))
    endpoint = _archive(servers, url, Response(503, {"Content-Type": "text/html"}, b"busy"))
    add_sources(database, [("gone", url)])
    assert _check(database, Clock(), archive=True, archive_endpoint=endpoint) == 0
    with database.session(readonly=True) as s:
        assert s.execute(select(func.count()).select_from(Capture)).scalar_one() == 0


def test_raw_snapshot_url() -> None:
    plain = "https://web.archive.org/web/20130919044612/http://example.com/a?b=1"
    assert raw_snapshot_url(plain) == (
        "https://web.archive.org/web/20130919044612id_/http://example.com/a?b=1"
    )
    toolbar = "https://web.archive.org/web/20130919044612if_/http://example.com/"
    assert (
        raw_snapshot_url(toolbar)
        == "https://web.archive.org/web/20130919044612id_/http://example.com/"
    )
    assert raw_snapshot_url("https://archive.example/x") == "https://archive.example/x"


def test_decode_follows_the_named_charset() -> None:
    assert decode("café".encode("latin-1"), "text/html; charset=ISO-8859-1") == "café"
    meta = "<meta charset='windows-1252'><p>naïve</p>".encode("cp1252")
    assert "naïve" in decode(meta, "text/html")
    assert decode("straße".encode(), None) == "straße"
    assert decode(b"x", "text/html; charset=no-such-codec") == "x"


def test_plain_text_pages_are_captured(database: Database, servers: Servers) -> None:
    text = "\n".join(PARAGRAPHS)
    url = servers.route(
        A, "/notes.txt", Response(200, {"Content-Type": "text/plain; charset=utf-8"}, text.encode())
    )
    add_sources(database, [("notes", url)])
    assert _check(database, Clock()) == 1
    with database.session(readonly=True) as s:
        [capture] = source_captures(s, "notes")
        assert capture_text(s, capture.id) == text
    assert capture.content_type == "text/plain; charset=utf-8"
    assert capture.kind == "live"


def test_archived_copy_is_the_reference_for_content_changed(
    database: Database, servers: Servers
) -> None:
    from test_evidence_passages import STATEMENT, add_claim

    from claims.evidence.passages import changed_sources

    url = servers.route(A, "/gone", Response(404, {"Content-Type": "text/html"}, b"gone"))
    endpoint = _archive(servers, url, article())
    add_claim(database, url)
    clock = Clock()
    _check(database, clock, archive=True, archive_endpoint=endpoint)
    # the page comes back, without the sentence that carried the claim
    servers.route(A, "/gone", article(paragraphs=("Facebook opened an office in Hong Kong.",)))
    clock.now += dt.timedelta(days=1)
    _check(database, clock, archive=True, archive_endpoint=endpoint)
    with database.session(readonly=True) as s:
        [live, archived] = source_captures(s, "story")
        [change] = changed_sources(s)["story"]
    assert (live.kind, archived.kind) == ("live", "archive")
    assert change.claim == "blocked"
    assert change.change.old_capture_id == archived.id
    assert change.change.old_text == STATEMENT
    assert change.change.new_capture_id == live.id


def test_every_page_is_captured_when_the_writer_waits_for_room(
    database: Database, servers: Servers, monkeypatch: pytest.MonkeyPatch
) -> None:
    # two pages at most wait for extraction: the writer waits, and no page is left behind
    monkeypatch.setattr(captures, "MAX_PENDING_PAGES", 2)
    monkeypatch.setattr(captures, "MAX_PENDING_CHARS", 1)
    urls = [servers.route(A, f"/article/{i}", article(title=f"Article {i}")) for i in range(7)]
    add_sources(database, [(f"a{i}", url) for i, url in enumerate(urls)])
    assert _check(database, Clock()) == 7
    with database.session(readonly=True) as s:
        assert s.scalar(select(func.count()).select_from(Capture)) == 7
