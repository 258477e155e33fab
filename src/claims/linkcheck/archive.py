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
import zlib
from collections.abc import Iterable
from typing import Any

import httpx

from claims.linkcheck.client import HostLimiter
from claims.linkcheck.results import ArchiveCapture

WAYBACK_TIMESTAMP = "%Y%m%d%H%M%S"
# an availability answer is a few hundred bytes; anything much larger is not one
MAX_ANSWER_BYTES = 64 * 1024
MAX_ARCHIVE_URL_CHARS = 2048  # the width of snapshot.archive_url


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


async def read_capped(response: httpx.Response, cap_bytes: int) -> bytes | None:
    """The body, or None as soon as it passes ``cap_bytes`` (compressed or inflated):
    never read whole, and a gzip bomb is never inflated past the cap."""
    encoding = response.headers.get("content-encoding", "").strip().lower()
    inflater = None
    if encoding in ("gzip", "x-gzip", "deflate"):
        inflater = zlib.decompressobj(zlib.MAX_WBITS | 32)
    elif encoding not in ("", "identity"):
        return None
    out = bytearray()
    raw = 0
    async for chunk in response.aiter_raw():
        raw += len(chunk)
        if raw > cap_bytes:
            return None
        if inflater is None:
            out += chunk
        else:
            try:
                out += inflater.decompress(chunk, cap_bytes + 1 - len(out))
            except zlib.error:
                return None
            if inflater.unconsumed_tail:
                return None  # inflates past the cap
        if len(out) > cap_bytes:
            return None
    return bytes(out)


class ArchiveClient:
    """Asks an availability endpoint (the Wayback Machine's, or a stand-in) for captures."""

    def __init__(
        self,
        client: httpx.AsyncClient,
        limiter: HostLimiter,
        *,
        endpoint: str,
        timeout_s: float,
    ) -> None:
        self._client = client
        self._limiter = limiter
        self._endpoint = httpx.URL(endpoint)
        self._timeout_s = timeout_s

    async def _ask(
        self, url: str, target: dt.datetime | None, closest: str
    ) -> ArchiveCapture | None:
        params = {"url": url}
        if target is not None:
            params["timestamp"] = target.strftime(WAYBACK_TIMESTAMP)
            params["closest"] = closest
        params["status_code"] = "200"
        async with (
            self._limiter.slot(self._endpoint.host),
            self._client.stream(
                "GET", self._endpoint, params=params, timeout=self._timeout_s
            ) as response,
        ):
            if response.status_code != 200:
                return None
            body = await read_capped(response, MAX_ANSWER_BYTES)
        if body is None:
            return None
        try:
            return parse_availability(json.loads(body))
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
        except httpx.HTTPError:
            pass
        return choose_capture(found, target)
