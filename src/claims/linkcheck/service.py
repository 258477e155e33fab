"""``check``: pick the due links, check them with no transaction open, record each result."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections.abc import Awaitable, Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, Protocol
from urllib.parse import urlsplit

from sqlalchemy import Connection
from yarl import URL

from claims.db import Database
from claims.enums import CheckOutcome, LinkHealth
from claims.errors import InputError
from claims.linkcheck.archive import ArchiveClient
from claims.linkcheck.checker import (
    Checker,
    Clock,
    HostScheduler,
    responsive_loop,
    utcnow,
)
from claims.linkcheck.client import RawAnswer
from claims.linkcheck.health import derive_health, is_failing
from claims.linkcheck.options import CheckOptions, HealthPolicy
from claims.linkcheck.progress import NullProgress, Progress
from claims.linkcheck.results import (
    SUCCESS_OUTCOMES,
    ArchiveCapture,
    CheckFact,
    CheckResult,
    CheckTarget,
    LinkReport,
    ReportLog,
)
from claims.repository import links as repo
from claims.urls import host_name


class FailOn(StrEnum):
    """Which results make ``claims check`` exit 1."""

    DEAD = "dead"
    FAILING = "failing"  # suspect or dead
    NEVER = "never"


@dataclass(frozen=True)
class WorkerSummary:
    """What one worker did in a shared round (``claims check --worker``)."""

    worker_id: str
    round_id: str
    round_started_at: dt.datetime
    round_started_by: str | None
    recheck_after: dt.timedelta  # the round's, which may differ from this worker's options
    force: bool
    batches: int  # batches leased
    leased: int  # links leased, over all batches
    lost_leases: int  # results not kept: the lease had passed to another worker
    outstanding: int  # links the round still had to check when this worker stopped

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.worker_id,
            "round": self.round_id,
            "round_started_at": self.round_started_at.isoformat(),
            "round_started_by": self.round_started_by,
            "recheck_after_s": self.recheck_after.total_seconds(),
            "force": self.force,
            "batches": self.batches,
            "leased": self.leased,
            "lost_leases": self.lost_leases,
            "outstanding": self.outstanding,
        }


@dataclass(frozen=True)
class CheckReport:
    """What a run did: the links it checked, and how much it left alone."""

    log: ReportLog  # the reports, read back one at a time (``links`` reads them all)
    cited_links: int  # links cited by the sources in scope
    due: int  # of those, due for a check in this run (a worker: the links it leased)
    interrupted: bool
    elapsed_s: float
    worker: WorkerSummary | None = None  # set for a worker of a shared round

    @property
    def links(self) -> tuple[LinkReport, ...]:
        return tuple(self.log)

    @property
    def checked(self) -> int:
        return self.log.checked

    def outcome_counts(self) -> dict[str, int]:
        return {o.value: self.log.outcomes.get(o, 0) for o in CheckOutcome}

    def health_counts(self) -> dict[str, int]:
        return {h.value: self.log.health.get(h, 0) for h in LinkHealth}

    def not_alive(self) -> list[LinkReport]:
        return [r for r in self.log.notable if r.health is not LinkHealth.ALIVE]

    def drifted(self) -> list[LinkReport]:
        return [r for r in self.log.notable if r.result.drifted]

    def moved(self) -> list[LinkReport]:
        return [r for r in self.log.notable if r.result.suggested_url]

    def found_problems(self, fail_on: FailOn) -> bool:
        if fail_on is FailOn.NEVER:
            return False
        if fail_on is FailOn.DEAD:
            return self.log.health.get(LinkHealth.DEAD, 0) > 0
        return any(is_failing(h) and n for h, n in self.log.health.items())


class LeaseLost(Exception):
    """The worker's lease on a link passed to another worker before its result was written."""


# results are committed in groups: at least this often, and at most this many at a time
COMMIT_INTERVAL_S = 0.5
COMMIT_BATCH = 500
# a plain run hands the pages it read to the capture sink this many at a time (and at every
# commit), not a commit's worth after it: the extraction keeps pace, and what is left for it
# at the end is the last few pages, not the last half second's
PAGES_AHEAD_BATCH = 32
# SQLite's page cache per connection for a check: it appends rows and updates links by key,
# which a small cache serves as well; the default 2,000 KiB on each of its two connections
# was 1.2-2.1 MiB of a 2,000-URL check's peak RSS (2026-12-02)
SQLITE_CACHE_KIB = 256

Written = tuple[LinkHealth, ArchiveCapture | None]


def _check_row(
    link_id: int, result: CheckResult, worker: str | None, round_id: str | None
) -> tuple[Any, ...]:
    """The values of ``repo.CHECK_COLUMNS``."""
    return (
        link_id,
        result.checked_at,
        result.outcome,
        result.status,
        result.final_url,
        [hop.as_json() for hop in result.redirects],
        result.title,
        result.title_similarity,
        result.drifted,
        result.elapsed_ms,
        result.error,
        worker,
        round_id,
    )


def _health(
    session: Connection, link_id: int, result: CheckResult, policy: HealthPolicy
) -> Written:
    """A link's new health after ``result``, with its archived copy when it is not alive."""
    if result.outcome in SUCCESS_OUTCOMES:
        return LinkHealth.ALIVE, None  # whatever came before: the latest conclusive check decides
    history = repo.check_history(session, link_id, limit=repo.HEALTH_HISTORY_CHECKS - 1)
    facts = [CheckFact(h.checked_at, h.outcome) for h in history]
    facts.append(CheckFact(result.checked_at, result.outcome))
    health = derive_health(facts, policy)
    capture = None
    if health is not LinkHealth.ALIVE:
        stored = repo.latest_snapshot(session, link_id)
        if stored is not None:
            capture = ArchiveCapture(
                stored.archive_url, stored.archived_at, stored.original_status, stored.service
            )
    return health, capture


def write_checks(
    database: Database,
    items: Sequence[tuple[int, CheckResult]],
    *,
    policy: HealthPolicy,
    worker: str | None = None,
    round_id: str | None = None,
    leased: bool = False,
) -> list[Written | None]:
    """One short transaction for a group of results: append each check, store the health.

    A ``leased`` write (a round's worker) counts only while ``worker`` still holds the lease
    on the link; a result whose lease has passed on is not written (None in its place). The
    whole group is run again when it loses a lock race. Links are updated with one statement
    for the group and checks appended with one more; only failures read their history.
    """
    assert not leased or round_id is not None

    def work(session: Connection) -> list[Written | None]:
        held = None
        if leased:
            assert worker is not None
            held = repo.held_by(session, [link_id for link_id, _ in items], owner=worker)
        out: list[Written | None] = []
        states: list[dict[str, Any]] = []
        rows: list[tuple[Any, ...]] = []
        for link_id, result in items:
            if held is not None and link_id not in held:
                out.append(None)  # the lease passed to another worker: nothing is written
                continue
            written = _health(session, link_id, result, policy)
            state = {"target_id": link_id, "health": written[0], "checked_at": result.checked_at}
            if leased:
                state.update(owner=worker, round_id=round_id)
            states.append(state)
            rows.append(_check_row(link_id, result, worker, round_id))
            out.append(written)
        if leased:
            repo.set_leased_link_states(session, states)
        else:
            repo.set_link_states(session, states)
        repo.add_checks(session, rows)
        return out

    # on Core: a check imports no ORM
    return database.core_transaction(work)


def write_check(
    database: Database,
    link_id: int,
    result: CheckResult,
    *,
    policy: HealthPolicy,
    worker: str | None = None,
    round_id: str | None = None,
    leased: bool = False,
) -> Written:
    """One result in its own transaction; LeaseLost when a leased write lost its lease."""
    (written,) = write_checks(
        database,
        [(link_id, result)],
        policy=policy,
        worker=worker,
        round_id=round_id,
        leased=leased,
    )
    if written is None:
        raise LeaseLost(link_id)
    return written


def write_snapshot(
    database: Database, link_id: int, capture: ArchiveCapture, found_at: dt.datetime
) -> None:
    def work(session: Connection) -> None:
        repo.add_snapshot(
            session,
            link_id,
            service=capture.service,
            archive_url=capture.url,
            archived_at=capture.timestamp,
            original_status=capture.original_status,
            found_at=found_at,
        )

    database.core_transaction(work)


# More links for a running check (None: there are no more), given its scheduler
MoreLinks = Callable[[HostScheduler], Awaitable[Sequence[repo.DueLink] | None]]

# Writes a group of results in the writer thread, in one transaction: one report per
# result, None where it was not kept (lease lost).
Recorder = Callable[[Sequence[tuple[repo.DueLink, CheckResult]]], list[LinkReport | None]]


class PageSink(Protocol):
    """Where the pages a check read go (the evidence service keeps captures of them)."""

    def many(self, pages: Sequence[tuple[int, CheckResult]]) -> None:
        """Results that read a page, in the writer thread: a plain run's as they are read (all
        its results are kept), a worker's after the commit that kept them."""

    def archived(
        self, link_id: int, capture: ArchiveCapture, page: RawAnswer, read_at: dt.datetime
    ) -> None:
        """The archived copy an availability look-up found, as read (in the writer thread)."""


def make_archive(checker: Checker, options: CheckOptions) -> ArchiveClient | None:
    if not options.archive:
        return None
    return ArchiveClient(
        checker.engine, endpoint=options.archive_endpoint, timeout_s=options.archive_timeout_s
    )


def make_checker(options: CheckOptions, clock: Clock) -> Checker:
    """The run's checker; the configured archive endpoint is fetched wherever it is."""
    endpoint_host = urlsplit(options.archive_endpoint).hostname if options.archive else None
    return Checker(options, clock=clock, unguarded_hosts=(endpoint_host,) if endpoint_host else ())


class _GroupCommitter:
    """Collects results and commits them in groups, every COMMIT_INTERVAL_S or COMMIT_BATCH
    results, whichever comes first: a killed run loses at most its last half second, and the
    next run checks exactly those links again."""

    def __init__(
        self,
        *,
        record: Recorder,
        writer: ThreadPoolExecutor,
        collected: ReportLog,
        after_commit: Callable[[LinkReport], None],
        before_flush: Callable[[], None] = lambda: None,
        interval_s: float = COMMIT_INTERVAL_S,
        batch: int = COMMIT_BATCH,
    ) -> None:
        self._record = record
        self._before_flush = before_flush
        self._writer = writer
        self._collected = collected
        self._after_commit = after_commit
        self._interval_s = interval_s
        self._batch = batch
        self._pending: list[tuple[repo.DueLink, CheckResult]] = []
        self._ticker: asyncio.Task[None] | None = None
        self._writing: set[asyncio.Future[list[LinkReport]]] = set()

    def _write(self, items: list[tuple[repo.DueLink, CheckResult]]) -> list[LinkReport]:
        reports = self._record(items)
        kept = []
        for report in reports:
            if report is not None:
                # recorded by the writer as it commits, so an interrupted run reports
                # exactly what it committed
                kept.append(self._collected.add(report))
        return kept

    async def flush(self) -> None:
        self._before_flush()
        items, self._pending = self._pending, []
        if not items:
            return
        loop = asyncio.get_running_loop()
        write = loop.run_in_executor(self._writer, self._write, items)
        self._writing.add(write)
        write.add_done_callback(self._writing.discard)
        # shielded: a cancelled flush (the timer, at close) must not drop a queued write
        for report in await asyncio.shield(write):
            self._after_commit(report)

    async def _tick(self) -> None:
        while True:
            await asyncio.sleep(self._interval_s)
            await self.flush()

    async def add(self, link: repo.DueLink, result: CheckResult) -> None:
        if self._ticker is not None and self._ticker.done():
            self._ticker.result()  # the last write failed: stop the run with its error
        self._pending.append((link, result))
        if self._ticker is None:
            self._ticker = asyncio.create_task(self._tick())
        if len(self._pending) >= self._batch:
            await self.flush()

    async def close(self) -> None:
        ticker, self._ticker = self._ticker, None
        interrupted = False
        if ticker is not None:
            if ticker.done():
                ticker.result()  # a failed write fails the run, it is not lost silently
            ticker.cancel()
            try:
                await ticker
            except asyncio.CancelledError:
                # the ticker's end, or this task's own cancellation (Ctrl-C) arriving here:
                # that one must not be swallowed, or the run ends as if it had finished
                current = asyncio.current_task()
                interrupted = current is not None and current.cancelling() > 0
        if self._writing:
            await asyncio.gather(*self._writing)
        await self.flush()
        if interrupted:
            raise asyncio.CancelledError  # after the flush: what was checked is committed


class BatchCheck:
    """Checks ``due`` with ``checker`` (``run``), committing results with ``record`` in
    groups; with ``more``, also the links it hands over while the check runs, until it
    returns None. Holds the links in progress, the pages on their way to ``on_page``, the
    archive look-ups under way and the group committer.

    The pages read go to ``on_page`` after the commit of their results; with
    ``pages_ahead`` (a plain run, where every result is kept) as they are read, in groups
    of PAGES_AHEAD_BATCH, through the writer thread (where a full capture queue holds back
    the commits, not the event loop).
    """

    def __init__(
        self,
        checker: Checker,
        archive: ArchiveClient | None,
        database: Database,
        due: Sequence[repo.DueLink],
        *,
        record: Recorder,
        clock: Clock,
        progress: Progress,
        collected: ReportLog,
        writer: ThreadPoolExecutor,
        on_page: PageSink | None = None,
        pages_ahead: bool = False,
        more: MoreLinks | None = None,
    ) -> None:
        self._checker = checker
        self._archive = archive
        self._database = database
        self._due = due
        self._record = record
        self._clock = clock
        self._progress = progress
        self._collected = collected
        self._writer = writer
        self._on_page = on_page
        self._pages_ahead = pages_ahead
        self._more = more
        self._by_url = {link.url: link for link in due}
        self._loop = asyncio.get_running_loop()
        self._lookups: set[asyncio.Task[None]] = set()
        self._ahead: list[tuple[int, CheckResult]] = []
        self._handing: set[asyncio.Future[None]] = set()
        self._running: HostScheduler | None = None  # a check that goes on: its scheduler
        self._committer = _GroupCommitter(
            record=self._write,
            writer=writer,
            collected=collected,
            after_commit=self._after_commit,
            before_flush=self._hand_pages,
        )

    async def run(self) -> None:
        try:
            await self._checker.run(
                (CheckTarget(d.url, d.cited_titles) for d in self._due),
                self._on_result,
                more=self._more_targets if self._more is not None else None,
            )
        finally:
            # what was checked is committed, also when the run is interrupted
            await asyncio.shield(self._close())
        if self._lookups:
            await asyncio.gather(*self._lookups)

    def _hand_pages(self) -> None:
        if not self._ahead or self._on_page is None:
            return
        pages = self._ahead.copy()
        self._ahead.clear()
        handed = self._loop.run_in_executor(self._writer, self._on_page.many, pages)
        self._handing.add(handed)
        handed.add_done_callback(self._handing.discard)

    async def _look_up(self, link: repo.DueLink, report: LinkReport) -> None:
        archive, loop, writer, on_page = self._archive, self._loop, self._writer, self._on_page
        assert archive is not None
        capture = await archive.find(link.url, accessed=link.accessed, issued=link.issued)
        if capture is not None:
            await loop.run_in_executor(
                writer, write_snapshot, self._database, link.link_id, capture, self._clock()
            )
            report = self._collected.set_archive(report, capture)
            if on_page is not None:  # keep the archived copy's text too
                max_bytes = self._checker.options.body_prefix_bytes
                page = await archive.read(capture, max_bytes=max_bytes)
                if page is not None:
                    await loop.run_in_executor(
                        writer, on_page.archived, link.link_id, capture, page, self._clock()
                    )
        self._progress.advance(report)

    def _after_commit(self, report: LinkReport) -> None:
        # a worker's links come and go: only those in progress are kept
        url = report.result.url
        link = self._by_url.pop(url) if self._more is not None else self._by_url[url]
        if (
            self._archive is not None
            and report.health is not LinkHealth.ALIVE
            and report.archive is None
        ):
            task = asyncio.create_task(self._look_up(link, report))
            self._lookups.add(task)
            task.add_done_callback(self._lookups.discard)
        else:
            self._progress.advance(report)

    def _write(self, items: Sequence[tuple[repo.DueLink, CheckResult]]) -> list[LinkReport | None]:
        reports = self._record(items)
        if self._on_page is not None and not self._pages_ahead:  # after the commit, as a group
            self._on_page.many(
                [
                    (link.link_id, result)
                    for (link, result), report in zip(items, reports, strict=True)
                    if report is not None and result.body and result.outcome in SUCCESS_OUTCOMES
                ]
            )
        # the pages read are dropped with the group (the report log keeps no body)
        return reports

    async def _on_result(self, result: CheckResult) -> None:
        link = self._by_url[result.url]
        if (
            self._pages_ahead
            and self._on_page is not None
            and result.body
            and result.outcome in SUCCESS_OUTCOMES
        ):
            self._ahead.append((link.link_id, result))
            if len(self._ahead) >= PAGES_AHEAD_BATCH:
                self._hand_pages()
        await self._committer.add(link, result)
        if self._running is not None and not self._running.is_busy(host_name(result.url)):
            # a host's last result: committed now, which frees the host for other workers
            await self._committer.flush()

    async def _more_targets(self, scheduler: HostScheduler) -> list[CheckTarget] | None:
        assert self._more is not None
        self._running = scheduler
        links = await self._more(scheduler)
        if links is None:
            return None
        self._by_url.update((link.url, link) for link in links)
        return [CheckTarget(d.url, d.cited_titles) for d in links]

    async def _close(self) -> None:
        try:
            await self._committer.close()
        finally:
            self._hand_pages()
            if self._handing:
                await asyncio.gather(*self._handing)  # a failed hand-off fails the run


# links loaded and checked at a time: the run's memory does not grow with its links
DUE_CHUNK = 2000


async def _check_due(
    database: Database,
    due: Sequence[int],
    options: CheckOptions,
    *,
    clock: Clock,
    progress: Progress,
    collected: ReportLog,
    writer: ThreadPoolExecutor,
    on_page: PageSink | None = None,
) -> None:
    def record(items: Sequence[tuple[repo.DueLink, CheckResult]]) -> list[LinkReport | None]:
        written = write_checks(
            database, [(link.link_id, result) for link, result in items], policy=options.health
        )
        return [
            LinkReport(result, link.source_keys, w[0], w[1], link.link_id) if w else None
            for (link, result), w in zip(items, written, strict=True)
        ]

    def load(ids: Sequence[int]) -> list[repo.DueLink]:
        return database.core_transaction(lambda conn: repo.load_due_links(conn, ids))

    loop = asyncio.get_running_loop()
    async with make_checker(options, clock) as checker:
        archive = make_archive(checker, options)
        for start in range(0, len(due), DUE_CHUNK):
            links = await loop.run_in_executor(writer, load, due[start : start + DUE_CHUNK])
            await BatchCheck(
                checker,
                archive,
                database,
                links,
                record=record,
                clock=clock,
                progress=progress,
                collected=collected,
                writer=writer,
                on_page=on_page,
                pages_ahead=True,  # every result of a plain run is kept
            ).run()


def validate_options(options: CheckOptions) -> None:
    if not options.archive:
        return
    try:
        endpoint = URL(options.archive_endpoint)
    except (ValueError, TypeError, UnicodeError) as exc:
        raise InputError(f"not a valid archive endpoint: {options.archive_endpoint!r}") from exc
    if endpoint.scheme not in ("http", "https") or not endpoint.host:
        raise InputError(f"archive endpoint must be an http(s) URL: {options.archive_endpoint!r}")


def check_links(
    database: Database,
    *,
    source_keys: tuple[str, ...] = (),
    options: CheckOptions | None = None,
    progress: Progress | None = None,
    clock: Clock = utcnow,
    on_page: PageSink | None = None,
) -> CheckReport:
    """Check the due links of the given sources (all sources when none are given).

    Reads the ids of what is due in one short transaction, then loads and checks the links
    DUE_CHUNK at a time (round-robin over hosts) with no session open, and commits
    results in groups at least every COMMIT_INTERVAL_S, so a killed run loses at most its
    last half second of checks and the next run picks up exactly what is left. Ctrl-C ends
    the run cleanly, committing what was checked (the report says it was interrupted).

    Raises:
        NotFoundError: a source key does not exist.
        NetworkUnavailable: no host could be resolved or reached; nothing was recorded.
        DatabaseUnavailable: the database failed.
    """
    options = options or CheckOptions()
    progress = progress or NullProgress()
    validate_options(options)
    now = clock()

    def select_due(session: Connection) -> tuple[int, Sequence[int]]:
        repo.link_unlinked_sources(session)
        repo.require_sources(session, source_keys)
        cited = repo.count_cited_links(session, source_keys)
        due = repo.due_links_by_host(
            session,
            now=now,
            recheck_after=options.recheck_after,
            force=options.force,
            source_keys=source_keys,
        )
        return cited, due

    cited, due = database.core_transaction(select_due)
    collected = ReportLog()
    started = time.monotonic()
    interrupted = False
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claims-check-writer")
    progress.start(len(due))
    try:
        if due:
            with responsive_loop():
                asyncio.run(
                    _check_due(
                        database,
                        due,
                        options,
                        clock=clock,
                        progress=progress,
                        collected=collected,
                        writer=writer,
                        on_page=on_page,
                    )
                )
    except KeyboardInterrupt:
        interrupted = True
    finally:
        writer.shutdown(wait=True)  # a result being written is committed, not torn
        progress.finish()
    return CheckReport(
        log=collected,
        cited_links=cited,
        due=len(due),
        interrupted=interrupted,
        elapsed_s=time.monotonic() - started,
    )


def result_as_json(report: LinkReport) -> dict[str, Any]:
    """One entry of ``results`` in the JSON contract of ``claims check --json``."""
    r = report.result
    return {
        "url": r.url,
        "sources": list(report.sources),
        "outcome": r.outcome.value,
        "status": r.status,
        "final_url": r.final_url,
        "redirects": [hop.as_json() for hop in r.redirects],
        "title": r.title,
        "title_similarity": r.title_similarity,
        "drifted": r.drifted,
        "elapsed_ms": r.elapsed_ms,
        "health": report.health.value,
        "archive": report.archive.as_json() if report.archive is not None else None,
        "error": r.error,
    }


def summary_as_json(report: CheckReport) -> dict[str, Any]:
    """``summary`` in the JSON contract of ``claims check --json``."""
    summary: dict[str, Any] = {
        "cited_links": report.cited_links,
        "due": report.due,
        "checked": report.checked,
        "hard_failures": report.log.hard_failures,
        "drifted": report.log.drifted,
        "interrupted": report.interrupted,
        "elapsed_s": round(report.elapsed_s, 3),
        "outcomes": report.outcome_counts(),
        "health": report.health_counts(),
    }
    if report.worker is not None:
        summary["worker"] = report.worker.as_json()
    return summary


def report_as_json(report: CheckReport) -> dict[str, Any]:
    """The whole ``claims check --json`` document: a summary and one result per link."""
    return {
        "summary": summary_as_json(report),
        "results": [result_as_json(r) for r in report.log],
    }
