"""Captures: keep the main text of what a check read, and list a source's captures."""

from __future__ import annotations

import datetime as dt
import logging
import re
import threading
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

from sqlalchemy.orm import Session

from claims.db import Database
from claims.errors import NotFoundError
from claims.repository import captures as repo

# trafilatura logs every page it finds nothing in; that is a result here, not a warning
logging.getLogger("trafilatura").setLevel(logging.ERROR)

HTML_TYPES = ("text/html", "application/xhtml+xml")
MAX_PENDING_PAGES = 32


def main_text(body: str, *, content_type: str | None = None, url: str | None = None) -> str | None:
    """The main text of a page (navigation, ads and footers left out), or None if it has none.

    HTML goes through trafilatura; plain text is kept as it is.
    """
    ctype = (content_type or "").split(";", 1)[0].strip().lower()
    if ctype and ctype not in HTML_TYPES:
        if ctype.startswith("text/"):
            return body.strip() or None
        return None
    import trafilatura  # lazy: lxml is costly to import for commands that never capture

    try:
        extracted: str | None = trafilatura.extract(
            body,
            url=url,
            include_comments=False,
            include_tables=True,
            include_links=False,
            include_images=False,
            deduplicate=False,
        )
    except (ValueError, TypeError):  # pragma: no cover - trafilatura returns None on bad HTML
        return None
    if not extracted or not extracted.strip():
        return None
    return str(extracted).strip()


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


def capture_pages(database: Database, pages: list[PageRead]) -> int:
    """Keep the captures of ``pages`` in one short transaction; how many were new."""
    # extraction first, with no transaction open: it is the slow part
    texts = [
        (p, main_text(p.body, content_type=p.content_type, url=p.final_url or p.url)) for p in pages
    ]

    def work(session: Session) -> int:
        new = 0
        for page, text in texts:
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
    it runs in a thread of its own and the check's writer is not held up; at most
    ``MAX_PENDING_PAGES`` wait (the writer waits beyond that, so memory stays bounded).
    Use it as a context manager: leaving it waits for the pending captures and re-raises
    the first error one of them met.
    """

    def __init__(self, database: Database) -> None:
        self._database = database
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claims-capture")
        self._room = threading.BoundedSemaphore(MAX_PENDING_PAGES)
        self._lock = threading.Lock()
        self._errors: list[BaseException] = []
        self.new_captures = 0

    def __call__(self, link_id: int, result: ReadResult) -> None:
        if not result.body:
            return
        page = PageRead(
            link_id=link_id,
            url=result.url,
            body=result.body,
            captured_at=result.checked_at,
            final_url=result.final_url,
            http_status=result.status,
            content_type=result.content_type,
        )
        self._submit(page)

    def archived(
        self, link_id: int, capture: ArchivedCopy, page: ArchivedRead, read_at: dt.datetime
    ) -> None:
        """Keep the text of the archived copy an availability look-up found."""
        if not page.content:
            return
        ctype = page.headers.get("content-type")
        self._submit(
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
        )

    def _submit(self, page: PageRead) -> None:
        self._room.acquire()
        future = self._pool.submit(capture_pages, self._database, [page])
        future.add_done_callback(self._done)

    def _done(self, future: Future[int]) -> None:
        self._room.release()
        error = future.exception()
        with self._lock:
            if error is not None:
                self._errors.append(error)
            else:
                self.new_captures += future.result()

    def close(self) -> None:
        self._pool.shutdown(wait=True)
        if self._errors:
            raise self._errors[0]

    def __enter__(self) -> PageRecorder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def page_recorder(database: Database) -> PageRecorder:
    """The capture sink of a check run (see PageRecorder)."""
    return PageRecorder(database)
