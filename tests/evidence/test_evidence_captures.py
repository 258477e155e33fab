"""Captures: a check keeps the main text it read, once per distinct text (loopback servers)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence

from evidence_pages import PARAGRAPHS, article
from linkcheck_servers import HOSTS, Response, Servers
from sqlalchemy import func, select
from tests.conftest import Cli

from claims.db import Database
from claims.enums import SourceKind
from claims.evidence.captures import main_text, page_recorder, source_captures
from claims.linkcheck import CheckOptions
from claims.linkcheck.service import check_links
from claims.models import Capture, CaptureText, Source
from claims.repository.captures import MAX_CAPTURE_CHARS, capture_text

A, B = HOSTS[:2]
T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
FAST = CheckOptions(
    allow_private=True,
    timeout_s=2.0,
    backoff_base_s=0.01,
    backoff_max_s=0.05,
    host_interval_s=0.0,
    archive=False,
    force=True,
)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now


def add_sources(database: Database, rows: Sequence[tuple[str, str]]) -> None:
    with database.session() as session:
        for key, url in rows:
            session.add(
                Source(
                    key=key,
                    kind=SourceKind.WEB_PAGE,
                    title="Facebook and China",
                    url=url,
                    accessed=dt.date(2016, 7, 18),
                )
            )


def check(database: Database, clock: Clock) -> None:
    with page_recorder(database) as on_page:
        check_links(database, options=FAST, clock=clock, on_page=on_page)


def counts(database: Database) -> tuple[int, int]:
    with database.session() as s:
        captures = s.execute(select(func.count()).select_from(Capture)).scalar_one()
        texts = s.execute(select(func.count()).select_from(CaptureText)).scalar_one()
    return captures, texts


def test_check_keeps_main_text_once_per_distinct_text(database: Database, servers: Servers) -> None:
    url = servers.route(A, "/story", article())
    twin = servers.route(B, "/copy", article())  # the same article on another site
    add_sources(database, [("story", url), ("twin", twin)])
    clock = Clock()
    check(database, clock)
    assert counts(database) == (2, 1)  # two captures, one stored text
    with database.session(readonly=True) as s:
        [capture] = source_captures(s, "story")
        text = capture_text(s, capture.id)
    assert capture.http_status == 200
    assert capture.url == url
    assert capture.captured_at == T0
    assert capture.content_type is not None
    assert capture.content_type.startswith("text/html")
    assert PARAGRAPHS[0] in text
    assert "Subscribe now" not in text
    assert "Business" not in text

    # the same text again, and a page whose navigation, date and ad changed: no new capture
    clock.now = T0 + dt.timedelta(days=2)
    servers.route(A, "/story", article(nav="Home · Sport", dateline="Updated 1 Dec 2026",
                                       ad="Buy a car today"))  # fmt: skip
    check(database, clock)
    assert counts(database) == (2, 1)
    with database.session(readonly=True) as s:
        [seen] = source_captures(s, "story")
    assert seen.captured_at == T0
    assert seen.last_seen_at == clock.now

    # the article's text changed: a new capture, newest first
    clock.now = T0 + dt.timedelta(days=4)
    servers.route(A, "/story", article(paragraphs=PARAGRAPHS[:2]))
    check(database, clock)
    assert counts(database) == (3, 2)
    with database.session(readonly=True) as s:
        newest, oldest = source_captures(s, "story")
        assert PARAGRAPHS[3] not in capture_text(s, newest.id)
        assert PARAGRAPHS[3] in capture_text(s, oldest.id)
    assert newest.captured_at == clock.now


def test_failed_and_non_page_answers_keep_no_capture(database: Database, servers: Servers) -> None:
    gone = servers.route(A, "/gone", Response(404, {"Content-Type": "text/html"}, b"<p>gone</p>"))
    pdf = servers.route(A, "/file.pdf", Response(200, {"Content-Type": "application/pdf"}, b"%PDF"))
    add_sources(database, [("gone", gone), ("pdf", pdf)])
    check(database, Clock())
    assert counts(database) == (0, 0)


def test_capture_text_is_capped(database: Database, servers: Servers) -> None:
    paragraphs = tuple(f"Sentence number {i} of a long page about Facebook." for i in range(5000))
    url = servers.route(A, "/long", article(paragraphs=paragraphs))
    add_sources(database, [("long", url)])
    check(database, Clock())
    with database.session(readonly=True) as s:
        [capture] = source_captures(s, "long")
    # the check's body cap comes first: the text is never longer than what was read
    assert capture.chars <= MAX_CAPTURE_CHARS
    assert capture.chars <= FAST.body_prefix_bytes


def test_main_text_of_plain_text_and_empty_pages() -> None:
    assert main_text("  hello  ", content_type="text/plain") == "hello"
    assert main_text("<html><body></body></html>", content_type="text/html") is None
    assert main_text("%PDF-1.4", content_type="application/pdf") is None


def test_sources_show_lists_captures(cli: Cli, servers: Servers) -> None:
    url = servers.route(A, "/story", article())
    database = Database(cli.url)
    try:
        add_sources(database, [("story", url)])
    finally:
        database.dispose()
    checked = cli("check", "--allow-private", "--no-archive", "--fail-on", "never")
    assert checked.exit_code == 0, checked.stderr
    shown = cli("sources", "show", "story")
    assert shown.exit_code == 0, shown.stderr
    assert "captures" in shown.stdout
    document = json.loads(cli("sources", "show", "story", "--json").stdout)
    [capture] = document["captures"]
    assert capture["http_status"] == 200
    assert capture["kind"] == "live"
    assert len(capture["sha256"]) == 64


def test_the_extraction_process_gives_the_same_texts_as_in_process() -> None:
    from claims.evidence.extraction import Extractor

    pages = [
        (
            "<html><head><title>T</title></head><body><p>First page text.</p></body></html>",
            None,
            "http://a/1",
        ),
        ("plain words ", "text/plain", None),
        ("%PDF-1.4", "application/pdf", None),
        ("<html><body></body></html>", "text/html", None),
    ]
    remote = Extractor()
    try:
        assert remote.texts(pages) == Extractor(in_process=True).texts(pages)
        assert remote.texts(pages[1:2]) == ["plain words"]  # the child serves many groups
    finally:
        remote.close()
