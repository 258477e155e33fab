"""Frozen records the checker hands out: what was asked, what came back."""

from __future__ import annotations

import datetime as dt
import pickle
import tempfile
import threading
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from typing import IO, Any

from claims.enums import CheckOutcome, LinkHealth

# outcomes that say the page answered as cited (possibly at a new address)
SUCCESS_OUTCOMES = frozenset({CheckOutcome.OK, CheckOutcome.REDIRECTED})
# outcomes that say nothing about the page itself: never counted toward dead
INCONCLUSIVE_OUTCOMES = frozenset({CheckOutcome.BLOCKED, CheckOutcome.SKIPPED})
# outcomes that failed before any server answered: the network itself may be down
NETWORK_OUTCOMES = frozenset(
    {CheckOutcome.DNS_ERROR, CheckOutcome.CONNECTION_ERROR, CheckOutcome.TIMEOUT}
)


def is_hard_failure(outcome: CheckOutcome) -> bool:
    """A failure that counts toward dead (everything but success and inconclusive)."""
    return outcome not in SUCCESS_OUTCOMES and outcome not in INCONCLUSIVE_OUTCOMES


@dataclass(frozen=True, slots=True)
class Redirect:
    """One hop of a redirect chain: the URL asked and the status it answered."""

    url: str
    status: int

    def as_json(self) -> dict[str, str | int]:
        return {"url": self.url, "status": self.status}


@dataclass(frozen=True, slots=True)
class CheckTarget:
    """One unique URL to check, with the titles its sources cite it under."""

    url: str
    cited_titles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The outcome of checking one URL once."""

    url: str
    outcome: CheckOutcome
    checked_at: dt.datetime
    status: int | None = None
    final_url: str | None = None
    redirects: tuple[Redirect, ...] = ()
    title: str | None = None
    title_similarity: float | None = None
    drifted: bool = False
    elapsed_ms: int | None = None
    error: str | None = None
    # set when the server answered at all (even with an error): proof we are online
    reached_server: bool = False
    # the (capped) body read and its type, for captures; not part of the result's identity
    body: str | None = field(default=None, repr=False, compare=False)
    content_type: str | None = field(default=None, repr=False, compare=False)

    @property
    def suggested_url(self) -> str | None:
        """The new address to cite, when a permanent redirect moved the page."""
        if self.outcome is CheckOutcome.REDIRECTED:
            return self.final_url
        return None

    @property
    def is_network_failure(self) -> bool:
        return not self.reached_server and self.outcome in NETWORK_OUTCOMES


@dataclass(frozen=True, slots=True)
class ArchiveCapture:
    """An archived copy: where to read it and when it was captured."""

    url: str
    timestamp: dt.datetime
    original_status: int | None = 200
    service: str = "wayback"

    def as_json(self) -> dict[str, str]:
        return {"url": self.url, "timestamp": self.timestamp.strftime("%Y%m%d%H%M%S")}


@dataclass(frozen=True, slots=True)
class CheckFact:
    """A past check reduced to what health needs: when, and how it went."""

    checked_at: dt.datetime
    outcome: CheckOutcome


@dataclass(frozen=True, slots=True)
class LinkReport:
    """A checked link as the service reports it: result, sources, health, archive."""

    result: CheckResult
    sources: tuple[str, ...]
    health: LinkHealth
    archive: ArchiveCapture | None = None
    link_id: int | None = field(default=None, compare=False)


# A report spooled as a tuple of plain values: pickling the frozen dataclasses themselves
# (their __getstate__ and each enum's __reduce_ex__ run in Python) cost about 80 us a report
# to write and read back, a tenth of the checking process's CPU per URL
_Packed = tuple[Any, ...]


def _packed(report: LinkReport) -> _Packed:
    r = report.result
    return (
        r.url,
        r.outcome.value,
        r.checked_at,
        r.status,
        r.final_url,
        tuple((hop.url, hop.status) for hop in r.redirects),
        r.title,
        r.title_similarity,
        r.drifted,
        r.elapsed_ms,
        r.error,
        r.reached_server,
        report.sources,
        report.health.value,
        report.archive,
        report.link_id,
        r.content_type,
    )  # not the body: the report log never keeps one


def _unpacked(p: _Packed) -> LinkReport:
    result = CheckResult(
        p[0],
        CheckOutcome(p[1]),
        p[2],
        p[3],
        p[4],
        tuple(Redirect(url, status) for url, status in p[5]),
        p[6],
        p[7],
        p[8],
        p[9],
        p[10],
        p[11],
        content_type=p[16],
    )
    return LinkReport(result, p[12], LinkHealth(p[13]), p[14], p[15])


# what the report log reads back of its spool at a time
_READ_BLOCK_BYTES = 256 * 1024


class ReportLog:
    """The reports of a run, kept as counts plus a temporary file of the reports themselves.

    A run over 20,000 links held every report until its end (for the JSON and the summary),
    so its memory grew with the links; this keeps in memory only the counts, the reports a
    summary shows (not alive, drifted, moved) and the archived copies found after a commit.
    Reports are added by the writer thread as it commits, so an interrupted run reports
    exactly what it committed.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._spool: IO[bytes] | None = None
        self._archives: dict[str, ArchiveCapture] = {}
        self.checked = 0
        self.outcomes: Counter[CheckOutcome] = Counter()
        self.health: Counter[LinkHealth] = Counter()
        self.hard_failures = 0
        self.drifted = 0
        self.notable: list[LinkReport] = []  # not alive, drifted or moved, in commit order

    def add(self, report: LinkReport) -> LinkReport:
        """Count and spool ``report``; returns it as kept (a report kept in memory keeps no
        page body: 20,000 bodies of 64 KiB)."""
        r = report.result
        with self._lock:
            if self._spool is None:
                self._spool = tempfile.TemporaryFile()  # noqa: SIM115 (closed by close())
            data = pickle.dumps(_packed(report), protocol=pickle.HIGHEST_PROTOCOL)
            self._spool.write(len(data).to_bytes(4, "little") + data)
            self.checked += 1
            self.outcomes[r.outcome] += 1
            self.health[report.health] += 1
            self.hard_failures += is_hard_failure(r.outcome)
            self.drifted += r.drifted
            if report.health is not LinkHealth.ALIVE or r.drifted or r.suggested_url:
                if r.body is not None:
                    report = replace(report, result=replace(r, body=None))
                self.notable.append(report)
            return report

    def set_archive(self, report: LinkReport, capture: ArchiveCapture) -> LinkReport:
        """The archived copy a look-up found after ``report`` was committed."""
        with self._lock:
            self._archives[report.result.url] = capture
            updated = replace(report, archive=capture)
            self.notable = [updated if n is report else n for n in self.notable]
            return updated

    def __iter__(self) -> Iterator[LinkReport]:
        """Every report, in commit order, read back one at a time."""
        with self._lock:
            spool = self._spool
            if spool is None:
                return
            spool.flush()
            end = spool.tell()
        # read back a block at a time: a seek per report dropped the file's buffer, one read
        # call per report (a tenth of a run's CPU at 2,000 links)
        position = 0
        while position < end:
            with self._lock:
                spool.seek(position)
                block = spool.read(min(_READ_BLOCK_BYTES, end - position))
                first = 4 + int.from_bytes(block[:4], "little")
                if first > len(block):  # one report larger than a block
                    block += spool.read(first - len(block))
                spool.seek(0, 2)
            offset = 0
            while offset + 4 <= len(block):
                size = int.from_bytes(block[offset : offset + 4], "little")
                if offset + 4 + size > len(block):
                    break
                packed = pickle.loads(block[offset + 4 : offset + 4 + size])  # noqa: S301 (ours)
                offset += 4 + size
                report = _unpacked(packed)
                with self._lock:
                    capture = self._archives.get(report.result.url)
                yield report if capture is None else replace(report, archive=capture)
            if offset == 0:
                return  # pragma: no cover - a torn spool; never written so
            position += offset

    def close(self) -> None:
        with self._lock:
            if self._spool is not None:
                self._spool.close()
                self._spool = None
