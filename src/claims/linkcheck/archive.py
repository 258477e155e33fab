"""Archived copies from the Wayback Machine availability API, closest before the access date.

The API answers ``GET {endpoint}?url=U&timestamp=YYYYMMDDhhmmss`` with
``{"archived_snapshots": {"closest": {"available": true, "url": …, "timestamp": …,
"status": "200"}}}`` or ``{"archived_snapshots": {}}``. It returns one capture; we ask for
the closest before the target first and after it second (``closest=before|after``), and
check direction and original status ourselves, since not every server honours the hints.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import replace
from typing import Any
from urllib.parse import urljoin

from claims.linkcheck.client import Engine, FetchFailure, RawAnswer
from claims.linkcheck.results import ArchiveCapture

WAYBACK_TIMESTAMP = "%Y%m%d%H%M%S"
# an availability answer is a few hundred bytes; anything much larger is not one
MAX_ANSWER_BYTES = 64 * 1024
MAX_ARCHIVE_URL_CHARS = 2048  # the width of snapshot.archive_url
# the Wayback Machine redirects a snapshot URL to the nearest capture it has, once or twice
MAX_SNAPSHOT_REDIRECTS = 3
_SNAPSHOT_PATH = re.compile(r"(/web/\d{8,14})(?:[a-z]{2}_)?/")


def parse_timestamp(text: str) -> dt.datetime | None:
    """A Wayback timestamp (``YYYYMMDD`` up to ``YYYYMMDDhhmmss``) as UTC, or None."""
    text = text.strip()
    if not text.isdigit() or len(text) < 8 or len(text) > 14 or len(text) % 2:
        return None
    padded = text + "000000"[: 14 - len(text)]
    try:
        return dt.datetime.strptime(padded, WAYBACK_TIMESTAMP).replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def target_moment(accessed: dt.date | None, issued: dt.date | None) -> dt.datetime | None:
    """The end of the access day (else the issue day): captures that day count as before."""
    day = accessed or issued
    if day is None:
        return None
    return dt.datetime.combine(day, dt.time(23, 59, 59), tzinfo=dt.UTC)


def raw_snapshot_url(url: str) -> str:
    """The snapshot as the site served it, without the archive's toolbar (the ``id_`` form)."""
    return _SNAPSHOT_PATH.sub(r"\1id_/", url, count=1)


def parse_availability(payload: Any) -> ArchiveCapture | None:
    """The capture in an availability answer, if it names one with a usable timestamp."""
    if not isinstance(payload, dict):
        return None
    snapshots = payload.get("archived_snapshots")
    if not isinstance(snapshots, dict):
        return None
    closest = snapshots.get("closest")
    if not isinstance(closest, dict) or closest.get("available") is False:
        return None
    url, stamp = closest.get("url"), closest.get("timestamp")
    if not isinstance(url, str) or not isinstance(stamp, str):
        return None
    if len(url) > MAX_ARCHIVE_URL_CHARS:
        return None  # no archive URL is this long; the column would refuse it
    when = parse_timestamp(stamp)
    if when is None:
        return None
    status_text = str(closest.get("status", "")).strip()
    status = int(status_text) if status_text.isdigit() else None
    return ArchiveCapture(url=url, timestamp=when, original_status=status)


def choose_capture(
    candidates: Iterable[ArchiveCapture], target: dt.datetime | None
) -> ArchiveCapture | None:
    """Only captures whose original answer was 200; the latest at or before ``target``,
    else the earliest after it; with no target, the latest of all."""
    good = sorted((c for c in candidates if c.original_status == 200), key=lambda c: c.timestamp)
    if not good:
        return None
    if target is None:
        return good[-1]
    before = [c for c in good if c.timestamp <= target]
    if before:
        return before[-1]
    return good[0]


class ArchiveClient:
    """Asks an availability endpoint (the Wayback Machine's, or a stand-in) for captures."""

    def __init__(self, engine: Engine, *, endpoint: str, timeout_s: float) -> None:
        self._engine = engine
        self._endpoint = endpoint
        self._timeout_s = timeout_s

    async def _ask(
        self, url: str, target: dt.datetime | None, closest: str
    ) -> ArchiveCapture | None:
        params = {"url": url}
        if target is not None:
            params["timestamp"] = target.strftime(WAYBACK_TIMESTAMP)
            params["closest"] = closest
        params["status_code"] = "200"
        answer = await self._engine.get_capped(
            self._endpoint, params=params, timeout_s=self._timeout_s, max_bytes=MAX_ANSWER_BYTES
        )
        if answer.status != 200 or answer.content is None:
            return None
        if len(answer.content) > MAX_ANSWER_BYTES:
            return None  # cut off: not an answer we can read
        try:
            return parse_availability(json.loads(answer.content))
        except (json.JSONDecodeError, UnicodeDecodeError, ValueError, RecursionError):
            return None

    async def find(
        self, url: str, *, accessed: dt.date | None, issued: dt.date | None
    ) -> ArchiveCapture | None:
        """The capture closest before the access date (else issue date; else after), or None.

        Archive trouble (unreachable, bad answers) yields None: a missing archived copy
        must never fail a link check.
        """
        target = target_moment(accessed, issued)
        found: list[ArchiveCapture] = []
        try:
            for closest in ("before", "after") if target is not None else ("either",):
                capture = await self._ask(url, target, closest)
                if capture is not None:
                    found.append(capture)
                chosen = choose_capture(found, target)
                if chosen is not None and (target is None or chosen.timestamp <= target):
                    return chosen
        except FetchFailure:
            pass
        return choose_capture(found, target)

    async def read(self, capture: ArchiveCapture, *, max_bytes: int) -> RawAnswer | None:
        """The archived page itself (a capped prefix), for a capture of its text; None when
        it cannot be read. Redirects are followed on the archive's own host only."""
        url = raw_snapshot_url(capture.url)
        host = url.split("/", 3)[2] if "//" in url else ""
        try:
            for _ in range(MAX_SNAPSHOT_REDIRECTS + 1):
                answer = await self._engine.get_capped(
                    url, params={}, timeout_s=self._timeout_s, max_bytes=max_bytes
                )
                location = answer.headers.get("location")
                if answer.status in (301, 302, 303, 307, 308) and location:
                    url = urljoin(url, location)
                    if url.split("/", 3)[2:3] != [host]:
                        return None
                    continue
                if answer.status != 200 or not answer.content:
                    return None
                return replace(answer, content=answer.content[:max_bytes])
        except FetchFailure:
            return None
        return None
