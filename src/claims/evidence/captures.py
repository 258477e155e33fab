"""Captures: keep the main text of what a check read, and list a source's captures."""

from __future__ import annotations

import datetime as dt
import functools
import re
import threading
from collections.abc import Iterable, Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from claims.db import Database
from claims.errors import NotFoundError
from claims.evidence.extraction import Extractor, Page, main_text, page_digest
from claims.repository import captures as repo

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from claims.evidence.passages import ChangedClaim

# page text waiting for extraction at most (about 32 pages of 64 KiB), and pages at most
MAX_PENDING_CHARS = 2 * 1024 * 1024
MAX_PENDING_PAGES = 1000


@dataclass(frozen=True)
class PageRead:
    """What a check read of one link: the facts a capture keeps."""

    link_id: int
    url: str
    body: str
    captured_at: dt.datetime
    final_url: str | None = None
    http_status: int | None = None
    content_type: str | None = None
    kind: str = "live"
    archived_at: dt.datetime | None = None


def capture_pages(
    database: Database, pages: list[PageRead], *, extractor: Extractor | None = None
) -> int:
    """Keep the captures of ``pages`` in one short transaction; how many were new.

    A live page whose digest (``page_digest``) is the one of its link's latest capture is not
    extracted again (the same bytes through the same extractor give the same text): it is
    seen again, which a short read-only look-up before the extraction tells.
    """

    def extract(group: Sequence[PageRead]) -> list[str | None]:
        # with no transaction open: it is the slow part
        if not group:
            return []
        wanted: list[Page] = [(p.body, p.content_type, p.final_url or p.url) for p in group]
        if extractor is not None:
            return extractor.texts(wanted)
        return [main_text(b, content_type=c, url=u) for b, c, u in wanted]

    if all(p.kind == "live" and p.archived_at is None for p in pages):
        digests = {
            id(p): page_digest(p.body, content_type=p.content_type, url=p.final_url or p.url)
            for p in pages
        }
        # on Core, as the rest of a check: it imports no ORM
        with database.connection(readonly=True) as conn:
            known = repo.latest_live_body_digests(conn, [p.link_id for p in pages])
        same = [p for p in pages if known.get(p.link_id) == digests[id(p)]]
        read = [p for p in pages if known.get(p.link_id) != digests[id(p)]]
        new = 0
        while same or read:
            texts: list[tuple[PageRead, str | None]] = [(p, None) for p in same]
            texts += [(p, t) for p, t in zip(read, extract(read), strict=True) if t is not None]
            reads = [
                repo.LiveRead(
                    link_id=page.link_id,
                    text=text,
                    url=page.url,
                    captured_at=page.captured_at,
                    final_url=page.final_url,
                    http_status=page.http_status,
                    content_type=page.content_type,
                    body_sha256=digests[id(page)],
                )
                for page, text in texts
            ]
            created, unmatched = database.core_transaction(
                functools.partial(repo.store_live_captures, reads=reads)
            )
            new += created
            # the latest capture changed since the look-up (another process): extract those
            by_link = {p.link_id: p for p in same}
            same, read = [], [by_link[r.link_id] for r in unmatched]
        return new

    extracted = list(zip(pages, extract(pages), strict=True))

    def work(session: Session) -> int:
        new = 0
        for page, text in extracted:
            if text is None:
                continue
            _, created = repo.store_capture(
                session,
                page.link_id,
                text,
                url=page.url,
                captured_at=page.captured_at,
                kind=page.kind,
                final_url=page.final_url,
                http_status=page.http_status,
                content_type=page.content_type,
                archived_at=page.archived_at,
                body_sha256=(
                    page_digest(
                        page.body, content_type=page.content_type, url=page.final_url or page.url
                    )
                    if page.kind == "live"
                    else None
                ),
            )
            new += created
        return new

    return database.transaction(work)


# what ``claims sources show`` lists: the repository's row facts, without the text
CaptureView = repo.StoredCapture


def capture_json(c: CaptureView) -> dict[str, Any]:
    return {
        "id": c.id,
        "kind": c.kind,
        "captured_at": c.captured_at.isoformat(),
        "last_seen_at": c.last_seen_at.isoformat(),
        "url": c.url,
        "final_url": c.final_url,
        "http_status": c.http_status,
        "content_type": c.content_type,
        "archived_at": c.archived_at.isoformat() if c.archived_at else None,
        "sha256": c.sha256,
        "chars": c.chars,
        "truncated": c.truncated,
    }


def source_captures(session: Session, key: str) -> tuple[CaptureView, ...]:
    """The captures of source ``key``'s link, newest first.

    Raises:
        NotFoundError: no source has ``key``.
    """
    exists, link_id = repo.link_id_of_source(session, key)
    if not exists:
        raise NotFoundError(
            f"no source with key {key!r}", hint="`claims sources list` shows the keys"
        )
    if link_id is None:
        return ()
    return tuple(reversed(repo.captures_of_link(session, link_id)))


class ReadResult(Protocol):
    """What a link check hands over of a page it read (linkcheck's CheckResult fits)."""

    @property
    def url(self) -> str: ...
    @property
    def checked_at(self) -> dt.datetime: ...
    @property
    def status(self) -> int | None: ...
    @property
    def final_url(self) -> str | None: ...
    @property
    def body(self) -> str | None: ...
    @property
    def content_type(self) -> str | None: ...


class ArchivedCopy(Protocol):
    """An archived copy an availability look-up found (linkcheck's ArchiveCapture fits)."""

    @property
    def url(self) -> str: ...
    @property
    def timestamp(self) -> dt.datetime: ...


class ArchivedRead(Protocol):
    """The archived copy as read (linkcheck's RawAnswer fits)."""

    @property
    def status(self) -> int: ...
    @property
    def headers(self) -> Mapping[str, str]: ...
    @property
    def content(self) -> bytes | None: ...


_CHARSET = re.compile(r"charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def decode(content: bytes, content_type: str | None) -> str:
    """Bytes as text: the charset the header or the page's <meta> names, else UTF-8."""
    for source in (content_type or "", content[:2048].decode("ascii", errors="replace")):
        match = _CHARSET.search(source)
        if match:
            try:
                return content.decode(match.group(1), errors="replace")
            except LookupError:
                continue
    return content.decode("utf-8", errors="replace")


class PageRecorder:
    """A sink for ``check_links(on_page=…)``: keeps a capture of each page a check read.

    Extraction is the slow part (0.1–0.4 s for a 64 KiB page on a loaded 2-core machine), so
    it runs in a child process (started with the first pages, not with the check: on a
    loaded 2-core machine its imports held the check's own start back by 0.2–0.7 s)
    fed by a thread of its own, and the check's writer is not held up. Pages are taken in
    groups, one transaction per group (a transaction per page cost more than the check):
    whatever waits when the thread is free, at most ``MAX_PENDING_CHARS`` of page text in
    ``MAX_PENDING_PAGES`` pages (the writer waits beyond that, so memory stays bounded). Use
    it as a context manager: leaving it waits for the pending captures and re-raises the
    first error one of them met.
    """

    def __init__(self, database: Database) -> None:
        self._database = database
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claims-capture")
        self._changed = threading.Condition()
        self._queued: list[PageRead] = []
        self._pending_chars = 0
        self._draining = False
        self._extractor = Extractor()  # its child starts with the first group of pages
        self._errors: list[BaseException] = []
        self.new_captures = 0

    def __call__(self, link_id: int, result: ReadResult) -> None:
        self.many([(link_id, result)])

    def many(self, pages: Sequence[tuple[int, ReadResult]]) -> None:
        """The pages of a group of kept results (one call per commit: one group to extract)."""
        self._submit(
            [
                PageRead(
                    link_id=link_id,
                    url=result.url,
                    body=result.body,
                    captured_at=result.checked_at,
                    final_url=result.final_url,
                    http_status=result.status,
                    content_type=result.content_type,
                )
                for link_id, result in pages
                if result.body
            ]
        )

    def archived(
        self, link_id: int, capture: ArchivedCopy, page: ArchivedRead, read_at: dt.datetime
    ) -> None:
        """Keep the text of the archived copy an availability look-up found."""
        if not page.content:
            return
        ctype = page.headers.get("content-type")
        self._submit(
            [
                PageRead(
                    link_id=link_id,
                    url=capture.url,
                    body=decode(page.content, ctype),
                    captured_at=read_at,
                    final_url=capture.url,
                    http_status=page.status,
                    content_type=ctype,
                    kind="archive",
                    archived_at=capture.timestamp,
                )
            ]
        )

    def _submit(self, pages: Sequence[PageRead]) -> None:
        with self._changed:
            for page in pages:
                while self._queued and (
                    self._pending_chars + len(page.body) > MAX_PENDING_CHARS
                    or len(self._queued) >= MAX_PENDING_PAGES
                ):
                    self._start_drain()
                    self._changed.wait()
                self._queued.append(page)
                self._pending_chars += len(page.body)
            if self._queued:
                self._start_drain()

    def _start_drain(self) -> None:
        # with self._changed held
        if not self._draining:
            self._draining = True
            self._pool.submit(self._drain).add_done_callback(self._done)

    def _drain(self) -> int:
        new = 0
        while True:
            with self._changed:
                pages, self._queued = self._queued, []
                if not pages:
                    self._draining = False  # in the same hold: a page queued later starts one
                    return new
            try:
                new += capture_pages(self._database, pages, extractor=self._extractor)
            except BaseException:
                with self._changed:
                    self._draining = False
                raise
            finally:
                with self._changed:
                    self._pending_chars -= sum(len(p.body) for p in pages)
                    self._changed.notify_all()

    def _done(self, future: Future[int]) -> None:
        error = future.exception()
        with self._changed:
            if error is not None:
                self._errors.append(error)
            else:
                self.new_captures += future.result()

    def close(self) -> None:
        self._pool.shutdown(wait=True)
        self._extractor.close()
        if self._errors:
            raise self._errors[0]

    def __enter__(self) -> PageRecorder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def content_changes_of(database: Database, link_ids: Iterable[int]) -> list[ChangedClaim]:
    """``passages.content_changes`` in a read-only unit of work of its own. Which links have two
    captures is asked first, of the whole database in one Core query, and ``link_ids`` (a
    check's, read back one report at a time) are kept only where they have: a first check
    keeps none, holds no list of its links and never loads the ORM."""
    with database.connection(readonly=True) as conn:
        several = repo.links_with_several_captures(conn, None)
    if not several:
        return []
    link_ids = [i for i in link_ids if i in several]
    if not link_ids:
        return []
    from claims.evidence import passages

    with database.session(readonly=True) as session:
        return passages.content_changes(session, link_ids)


def page_recorder(database: Database) -> PageRecorder:
    """The capture sink of a check run (see PageRecorder)."""
    return PageRecorder(database)
