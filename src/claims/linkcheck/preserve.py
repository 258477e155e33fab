"""``claims archive``: ask the Wayback Machine's Save Page Now to capture live links.

Save Page Now answers ``GET {endpoint}{url}`` once it has captured the page, naming the
capture in ``Content-Location`` (or ``Location``) as ``/web/YYYYMMDDhhmmss/{url}``. One
request at a time, a pause between starts, and the service's own 429/Retry-After obeyed.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import math
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urljoin

from sqlalchemy.orm import Session
from yarl import URL

from claims.db import Database
from claims.errors import InputError
from claims.linkcheck import guard
from claims.linkcheck.archive import parse_timestamp
from claims.linkcheck.checker import Clock, utcnow
from claims.linkcheck.client import Engine, FetchFailure, RawAnswer, _retry_after_s
from claims.linkcheck.options import CheckOptions
from claims.repository import captures as capture_repo
from claims.repository import links as repo

DEFAULT_SAVE_ENDPOINT = "https://web.archive.org/save/"
SAVE_ENDPOINT_ENV = "CLAIMS_SAVE_ENDPOINT"
# anonymous Save Page Now allows a few captures a minute: one start every 5 s stays under it
DEFAULT_SAVE_INTERVAL_S = 5.0
DEFAULT_SAVE_TIMEOUT_S = 120.0  # a capture takes the service a while
DEFAULT_SAVE_RETRIES = 2
RETRY_AFTER_CAP_S = 300.0
_CAPTURE_PATH = re.compile(r"/web/(\d{8,14})/")


@dataclass(frozen=True)
class SaveResult:
    """What happened to one link."""

    url: str
    sources: tuple[str, ...]
    outcome: str  # saved | already-archived | rate-limited | failed
    archive_url: str | None = None
    archived_at: dt.datetime | None = None
    status: int | None = None
    error: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "url": self.url,
            "sources": list(self.sources),
            "outcome": self.outcome,
            "archive_url": self.archive_url,
            "archived_at": self.archived_at.isoformat() if self.archived_at else None,
            "status": self.status,
            "error": self.error,
        }


@dataclass(frozen=True)
class PreserveReport:
    results: tuple[SaveResult, ...]

    def failed(self) -> list[SaveResult]:
        return [r for r in self.results if r.outcome in ("failed", "rate-limited")]

    def as_json(self) -> dict[str, Any]:
        counts: dict[str, int] = {}
        for r in self.results:
            counts[r.outcome] = counts.get(r.outcome, 0) + 1
        return {"summary": counts, "results": [r.as_json() for r in self.results]}


# a Save Page Now answer names its capture in a header; its body is not needed
MAX_SAVE_ANSWER_BYTES = 64 * 1024


def _capture_of(answer: RawAnswer, endpoint: str) -> tuple[str, dt.datetime] | None:
    headers = {k.lower(): v for k, v in answer.all_headers}
    for header in ("content-location", "location"):
        value = headers.get(header)
        if not value:
            continue
        match = _CAPTURE_PATH.search(value)
        if match is None:
            continue
        when = parse_timestamp(match.group(1))
        if when is not None:
            return urljoin(endpoint, value), when
    return None


class Saver:
    """Asks one Save Page Now endpoint for captures, one at a time and politely."""

    def __init__(
        self,
        engine: Engine,
        *,
        endpoint: str,
        interval_s: float,
        timeout_s: float,
        retries: int,
        retry_after_cap_s: float = RETRY_AFTER_CAP_S,
    ) -> None:
        self._engine = engine
        self._endpoint = endpoint
        self._interval_s = interval_s
        self._last_start = -math.inf
        self._timeout_s = timeout_s
        self._retries = retries
        self._retry_after_cap_s = retry_after_cap_s

    async def save(self, url: str) -> tuple[str, str | None, dt.datetime | None, int | None, str]:
        """(outcome, archive URL, capture time, last status, error)."""
        status: int | None = None
        error = ""
        for attempt in range(self._retries + 1):
            # one request at a time, --interval between their starts
            wait = self._last_start + self._interval_s - time.monotonic()
            if wait > 0:
                await asyncio.sleep(wait)
            self._last_start = time.monotonic()
            try:
                answer = await self._engine.get_capped(
                    self._endpoint + url,
                    params={},
                    timeout_s=self._timeout_s,
                    max_bytes=MAX_SAVE_ANSWER_BYTES,
                )
            except FetchFailure as exc:
                error = f"{exc.outcome.value}: {exc.message}"
                status = None
                await asyncio.sleep(min(self._retry_after_cap_s, 2.0**attempt))
                continue
            status = answer.status
            capture = _capture_of(answer, self._endpoint)
            if status < 400 and capture is not None:
                return "saved", capture[0], capture[1], status, ""
            if status == 429 or status >= 500:
                asked = _retry_after_s(answer.headers.get("retry-after"))
                wait = asked if asked is not None else 2.0**attempt
                error = f"HTTP {status}"
                if attempt < self._retries:
                    await asyncio.sleep(min(self._retry_after_cap_s, wait))
                continue
            return "failed", None, None, status, f"HTTP {status}, no capture named"
        outcome = "rate-limited" if status == 429 else "failed"
        return outcome, None, None, status, error


def validate_endpoint(endpoint: str) -> None:
    try:
        parsed = URL(endpoint)
    except (ValueError, TypeError, UnicodeError) as exc:
        raise InputError(f"not a valid Save Page Now endpoint: {endpoint!r}") from exc
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise InputError(f"Save Page Now endpoint must be an http(s) URL: {endpoint!r}")


def preserve_links(
    database: Database,
    *,
    source_keys: Sequence[str] = (),
    endpoint: str = DEFAULT_SAVE_ENDPOINT,
    interval_s: float = DEFAULT_SAVE_INTERVAL_S,
    timeout_s: float = DEFAULT_SAVE_TIMEOUT_S,
    retries: int = DEFAULT_SAVE_RETRIES,
    force: bool = False,
    clock: Clock = utcnow,
    options: CheckOptions | None = None,
) -> PreserveReport:
    """Ask Save Page Now for a capture of each live link (of ``source_keys``, else all) that
    has no archived copy since its access date (every live link with ``force``); each capture
    is stored as a snapshot in its own short transaction.

    Raises:
        NotFoundError: a source key does not exist.
        InputError: the endpoint is not an http(s) URL.
    """
    validate_endpoint(endpoint)

    def select_links(session: Session) -> list[capture_repo.LinkToPreserve]:
        repo.link_unlinked_sources(session)
        repo.require_sources(session, source_keys)
        return capture_repo.links_to_preserve(session, source_keys)

    links = database.transaction(select_links)
    results: list[SaveResult] = []

    async def run() -> None:
        host = guard.host_text(URL(endpoint))  # as the engine names it
        async with Engine(options or CheckOptions(), unguarded_hosts=(host,)) as engine:
            saver = Saver(
                engine, endpoint=endpoint, interval_s=interval_s, timeout_s=timeout_s,
                retries=retries,
            )  # fmt: skip
            for link in links:
                if link.archived_since_access and not force:
                    results.append(SaveResult(link.url, link.source_keys, "already-archived"))
                    continue
                outcome, archive_url, when, status, error = await saver.save(link.url)
                if archive_url is not None and when is not None:
                    await asyncio.to_thread(
                        _record, database, link.link_id, archive_url, when, clock()
                    )
                results.append(
                    SaveResult(link.url, link.source_keys, outcome, archive_url, when, status,
                               error or None)
                )  # fmt: skip

    asyncio.run(run())
    return PreserveReport(tuple(results))


def _record(
    database: Database, link_id: int, archive_url: str, when: dt.datetime, now: dt.datetime
) -> None:
    def work(session: Session) -> None:
        repo.add_snapshot(
            session,
            link_id,
            service="wayback",
            archive_url=archive_url,
            archived_at=when,
            original_status=200,
            found_at=now,
        )

    database.transaction(work)
