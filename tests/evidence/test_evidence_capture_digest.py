"""A page read again byte for byte is not extracted again: its capture is seen again."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from evidence_pages import PARAGRAPHS, article
from sqlalchemy import select

from claims.db import Database
from claims.enums import SourceKind
from claims.evidence.captures import PageRead, capture_pages, source_captures
from claims.evidence.extraction import Extractor, Page, page_digest
from claims.models import Capture, Link, Source
from claims.repository import captures as repo

T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
URL = "https://news.example/story"
HTML = "text/html; charset=utf-8"


class CountingExtractor(Extractor):
    """The real extraction, in this process, counting the pages it was given."""

    def __init__(self) -> None:
        super().__init__(in_process=True)
        self.pages = 0

    def texts(self, pages: Sequence[Page]) -> list[str | None]:
        self.pages += len(pages)
        return super().texts(pages)


def _link(database: Database) -> int:
    with database.session() as s:
        link = Link(url=URL)
        s.add(Source(key="story", kind=SourceKind.WEB_PAGE, url=URL, link=link))
        s.flush()
        return link.id


def _read(link_id: int, body: str, at: dt.datetime) -> PageRead:
    return PageRead(link_id, URL, body, at, final_url=URL, http_status=200, content_type=HTML)


def _body(**kwargs: str) -> str:
    body = article(**kwargs).body
    assert isinstance(body, bytes)
    return body.decode()


def test_the_same_page_again_is_seen_again_without_extraction(database: Database) -> None:
    link_id = _link(database)
    extractor = CountingExtractor()
    page = _body()
    assert capture_pages(database, [_read(link_id, page, T0)], extractor=extractor) == 1
    assert extractor.pages == 1

    later = T0 + dt.timedelta(days=1)
    assert capture_pages(database, [_read(link_id, page, later)], extractor=extractor) == 0
    assert extractor.pages == 1  # the same bytes: not extracted
    with database.session(readonly=True) as s:
        [capture] = source_captures(s, "story")
    assert (capture.captured_at, capture.last_seen_at) == (T0, later)

    # other bytes, the same main text: extracted, no new capture, and its digest is kept
    moved = _body(nav="Home · Sport", ad="Buy a car today")
    again = T0 + dt.timedelta(days=2)
    assert capture_pages(database, [_read(link_id, moved, again)], extractor=extractor) == 0
    assert extractor.pages == 2
    last = T0 + dt.timedelta(days=3)
    assert capture_pages(database, [_read(link_id, moved, last)], extractor=extractor) == 0
    assert extractor.pages == 2
    with database.session(readonly=True) as s:
        [capture] = source_captures(s, "story")
        stored = s.scalars(select(Capture.body_sha256)).one()
    assert capture.last_seen_at == last
    assert stored == page_digest(moved, content_type=HTML, url=URL)

    # the text changed: a new capture, as always
    changed = article(paragraphs=PARAGRAPHS[:2]).body
    assert isinstance(changed, bytes)
    latest = T0 + dt.timedelta(days=4)
    read = _read(link_id, changed.decode(), latest)
    assert capture_pages(database, [read], extractor=extractor) == 1
    assert extractor.pages == 3


def test_the_digest_covers_what_the_text_depends_on() -> None:
    base = page_digest("<p>x</p>", content_type=HTML, url=URL)
    assert base == page_digest("<p>x</p>", content_type=HTML, url=URL)
    assert base != page_digest("<p>y</p>", content_type=HTML, url=URL)
    assert base != page_digest("<p>x</p>", content_type="text/plain", url=URL)
    assert base != page_digest("<p>x</p>", content_type=HTML, url=URL + "?2")
    assert page_digest("\udcff", content_type=None, url=None)  # a lone surrogate is hashed too


def test_a_read_without_text_whose_capture_moved_on_asks_for_its_text(
    database: Database,
) -> None:
    link_id = _link(database)
    old = repo.LiveRead(link_id, "the first text", URL, T0, body_sha256="a" * 64)
    newer = repo.LiveRead(link_id, "another text", URL, T0 + dt.timedelta(hours=1))
    with database.session() as s:
        assert repo.store_live_captures(s, [old]) == (1, [])
        assert repo.latest_live_body_digests(s, [link_id]) == {link_id: "a" * 64}
        assert repo.store_live_captures(s, [newer]) == (1, [])
    # a check looked before the newer capture: its unextracted read is handed back
    late = repo.LiveRead(link_id, None, URL, T0 + dt.timedelta(hours=2), body_sha256="a" * 64)
    with database.session() as s:
        assert repo.store_live_captures(s, [late]) == (0, [late])
        assert repo.latest_live_body_digests(s, [link_id]) == {}
