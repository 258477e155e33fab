"""``check --worker``: several processes share a round of checks through leases in the database.

A worker joins a round (creating it if it is the first), then leases hosts: the links of
hosts no other worker holds, up to its share of the round's hosts. It checks them with no
transaction open, writes each result while it still holds the lease (which frees the host
once its last link is written), and leases more hosts as its own finish — until the round has
nothing left, waiting for hosts other workers hold (a live worker renews its leases; a killed
worker's leases run out and its links return to the pool). A host's requests thus come from
one worker at a time, and its per-host limit holds for the whole round. Within a round no
link is checked twice: a link checked in the round is never leased again, and a result whose
lease has passed to another worker is rolled back.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import math
import os
import random
import secrets
import socket
import time
from array import array
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection

from claims.db import Database
from claims.errors import InputError
from claims.linkcheck.checker import Clock, HostScheduler, responsive_loop, utcnow
from claims.linkcheck.options import DEFAULT_WORKER_BATCH, DEFAULT_WORKER_LEASE, CheckOptions
from claims.linkcheck.progress import NullProgress, Progress
from claims.linkcheck.results import CheckResult, LinkReport, ReportLog
from claims.linkcheck.service import (
    BatchCheck,
    CheckReport,
    PageSink,
    WorkerSummary,
    make_archive,
    make_checker,
    validate_options,
    write_checks,
)
from claims.repository import links as repo
from claims.repository import rounds

DEFAULT_BATCH = DEFAULT_WORKER_BATCH
DEFAULT_LEASE = DEFAULT_WORKER_LEASE
# a worker renews its leases this many times per lease period
LEASE_RENEWALS_PER_PERIOD = 3
# how long a worker with nothing to lease sleeps at most before looking again
IDLE_POLL_MAX_S = 5.0
IDLE_POLL_MIN_S = 0.05
MAX_ROUND_ID_CHARS = 64
MAX_WORKER_ID_CHARS = 200


def default_worker_id() -> str:
    """``host:pid:random``: unique across machines and across restarts of one process id."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"[:MAX_WORKER_ID_CHARS]


def default_round_id(now: dt.datetime, recheck_after: dt.timedelta) -> str:
    """The round of the ``recheck_after`` window ``now`` falls in, counted from the UNIX epoch.

    Workers started in the same window (the same UTC day, for the default 24 h) join the same
    round without naming it, e.g. ``2026-11-28T00:00:00Z/86400s``.

    Raises:
        InputError: ``recheck_after`` is zero, which gives no window.
    """
    window_s = recheck_after.total_seconds()
    if window_s <= 0:
        raise InputError(
            "a round needs a --recheck-after window longer than zero",
            hint="name the round instead: claims check --worker --round NAME",
        )
    start_s = math.floor(now.timestamp() / window_s) * window_s
    start = dt.datetime.fromtimestamp(start_s, dt.UTC)
    return f"{start:%Y-%m-%dT%H:%M:%SZ}/{window_s:g}s"


@dataclass(frozen=True)
class WorkerOptions:
    """How one worker takes part in a round."""

    worker_id: str
    round_id: str | None = None  # None: the recheck-after window's round
    batch: int = DEFAULT_BATCH
    lease: dt.timedelta = DEFAULT_LEASE

    def __post_init__(self) -> None:
        if not self.worker_id or len(self.worker_id) > MAX_WORKER_ID_CHARS:
            raise ValueError(f"a worker id has 1 to {MAX_WORKER_ID_CHARS} characters")
        if self.round_id is not None and not 0 < len(self.round_id) <= MAX_ROUND_ID_CHARS:
            raise ValueError(f"a round id has 1 to {MAX_ROUND_ID_CHARS} characters")
        if self.batch < 1:
            raise ValueError(f"batch must be positive, got {self.batch}")
        if self.lease <= dt.timedelta(0):
            raise ValueError("lease must be longer than zero")


@dataclass
class _Tally:
    batches: int = 0
    leased: int = 0
    lost: int = 0
    outstanding: int = 0


# hosts a worker keeps in progress, as a multiple of concurrency ÷ per-host: a few more than
# it can serve at once, so it stays busy while it leases the next ones
HOSTS_PER_SLOT = 1.5
# links of one host leased at a time, as a multiple of the per-host limit: small enough that
# hosts pass between workers often, large enough that leases are few
LINKS_PER_HOST_SLOT = 16
# a worker short of hosts looks for free ones this soon, then less and less often while it
# finds none (at most every HOST_POLL_MAX_S, or IDLE_HOST_POLL_MAX_S with nothing to do)
HOST_POLL_S = 0.1
HOST_POLL_MAX_S = 1.6
IDLE_HOST_POLL_MAX_S = 0.2
# and reads the round again at most this often (its view of what is left to lease)
ROUND_REREAD_S = 2.0


async def _renew_forever(
    database: Database,
    writer: ThreadPoolExecutor,
    info: rounds.RoundInfo,
    worker: WorkerOptions,
    clock: Clock,
) -> None:
    loop = asyncio.get_running_loop()
    period_s = worker.lease.total_seconds() / LEASE_RENEWALS_PER_PERIOD

    def renew() -> None:
        now = clock()

        def work(conn: Connection) -> None:
            rounds.renew_leases(conn, worker=worker.worker_id, until=now + worker.lease)
            rounds.see_worker(conn, info, worker=worker.worker_id, now=now)

        database.core_transaction(work)

    while True:
        await asyncio.sleep(period_s)
        await loop.run_in_executor(writer, renew)


class _HostLeaser:
    """Hands the running check the links of free hosts as its own hosts finish.

    It keeps a view of the round's free links by host (read again when it runs dry, or now
    and then while it waits), leases from it host by host, and ends the check (None) once
    the round has nothing left that another worker holds.
    """

    def __init__(
        self,
        database: Database,
        info: rounds.RoundInfo,
        options: CheckOptions,
        worker: WorkerOptions,
        *,
        clock: Clock,
        writer: ThreadPoolExecutor,
        tally: _Tally,
    ) -> None:
        self._database = database
        self._info = info
        self._worker = worker
        self._clock = clock
        self._writer = writer
        self._tally = tally
        slots = math.ceil(options.concurrency / options.per_host)
        self.hosts_wanted = max(1, math.ceil(slots * HOSTS_PER_SLOT))
        self.links_per_host = max(
            LINKS_PER_HOST_SLOT * options.per_host, math.ceil(worker.batch / slots)
        )
        self._view: dict[str, array[int]] = {}
        self._read_at = -math.inf
        self.share = self.hosts_wanted  # of the round's hosts, as of the last lease
        self._poll_s = HOST_POLL_S
        self.tried = False  # the last lease tried links (whether or not it got any)

    def _lease(self, room: int, holding: set[str], reread: bool) -> list[repo.DueLink]:
        # chunks of varied length, so that the hosts of one worker (and those of a fleet that
        # started together) do not all run dry, and lease again, at the same moment
        per_host = max(1, round(self.links_per_host * random.uniform(0.5, 1.5)))  # noqa: S311

        def work(conn: Connection) -> rounds.HostLease:
            now = self._clock()
            if reread:
                self._view = rounds.links_by_host(conn, self._info, now=now)
            return rounds.lease_hosts(
                conn,
                self._info,
                self._view,
                worker=self._worker.worker_id,
                now=now,
                lease=self._worker.lease,
                hosts=room,
                holding=holding,
                per_host=per_host,
                limit=self._worker.batch,
            )

        if reread:
            self._read_at = time.monotonic()
        taken = self._database.core_transaction(work)
        # read after the lease's commit: the lease transactions of all workers run one at a
        # time, so each is kept short
        due = self._database.core_transaction(lambda conn: repo.load_due_links(conn, taken.leased))
        self.share = taken.share
        for host, tried in taken.hosts:  # leased now, or checked or leased meanwhile
            ids = self._view[host]
            del ids[len(ids) - tried :]
            if not ids:
                del self._view[host]
        self.tried = bool(taken.tried)
        return due

    def _remaining(self) -> rounds.Outstanding:
        return self._database.core_transaction(
            lambda conn: rounds.outstanding(
                conn, self._info, now=self._clock(), other_than=self._worker.worker_id
            )
        )

    async def __call__(self, scheduler: HostScheduler) -> list[repo.DueLink] | None:
        loop = asyncio.get_running_loop()
        while True:
            scheduler.freed.clear()
            busy = scheduler.busy_hosts()
            room = self.hosts_wanted - len(busy)
            # short of hosts, by the share of the last lease (which the lease checks again)
            short = min(self.hosts_wanted, self.share) > len(busy)
            wait_s: float | None = None  # None: until one of this worker's hosts is done
            if short or not busy:
                # a scan of the round: when the view has run dry or it has nothing to do, at
                # most every ROUND_REREAD_S
                stale = time.monotonic() - self._read_at >= ROUND_REREAD_S
                reread = stale and (not self._view or not busy)
                due = await loop.run_in_executor(self._writer, self._lease, room, busy, reread)
                if due:
                    self._tally.batches += 1
                    self._tally.leased += len(due)
                    self._poll_s = HOST_POLL_S
                    return due
                if self.tried:
                    continue  # what it tried was checked meanwhile: its view is smaller now
                wait_s = min(self._poll_s, HOST_POLL_MAX_S if busy else IDLE_HOST_POLL_MAX_S)
                self._poll_s = wait_s * 2
                if not busy and not self._view:
                    left = await loop.run_in_executor(self._writer, self._remaining)
                    self._tally.outstanding = left.links
                    if left.links == 0:
                        return None
                    # the rest is another worker's: wait for a host of it to come free, or
                    # for a lease to run out (its worker died) and take the link over
                    if left.next_expiry is not None:
                        until_s = (left.next_expiry - self._clock()).total_seconds()
                        wait_s = max(IDLE_POLL_MIN_S, min(wait_s, until_s + IDLE_POLL_MIN_S))
            try:
                async with asyncio.timeout(wait_s if wait_s is not None else IDLE_POLL_MAX_S):
                    await scheduler.freed.wait()
            except TimeoutError:
                pass


async def _work(
    database: Database,
    info: rounds.RoundInfo,
    options: CheckOptions,
    worker: WorkerOptions,
    *,
    clock: Clock,
    progress: Progress,
    collected: ReportLog,
    writer: ThreadPoolExecutor,
    tally: _Tally,
    on_page: PageSink | None = None,
) -> None:
    loop = asyncio.get_running_loop()

    def record(items: Sequence[tuple[repo.DueLink, CheckResult]]) -> list[LinkReport | None]:
        written = write_checks(
            database,
            [(link.link_id, result) for link, result in items],
            policy=options.health,
            worker=worker.worker_id,
            round_id=info.id,
            leased=True,
        )
        tally.lost += sum(1 for w in written if w is None)
        return [
            LinkReport(result, link.source_keys, w[0], w[1], link.link_id) if w else None
            for (link, result), w in zip(items, written, strict=True)
        ]

    pauses: set[asyncio.Future[None]] = set()

    def share_pause(host: str, seconds: float) -> None:
        # the host asked this worker to wait: hold its links back from every worker
        until = clock() + dt.timedelta(seconds=seconds)

        def hold() -> None:
            database.core_transaction(
                lambda conn: rounds.pause_host(
                    conn, info, host=host, worker=worker.worker_id, now=clock(), until=until
                )
            )

        future = loop.run_in_executor(writer, hold)
        pauses.add(future)
        future.add_done_callback(pauses.discard)

    leaser = _HostLeaser(database, info, options, worker, clock=clock, writer=writer, tally=tally)
    async with make_checker(options, clock) as checker:
        checker.limiter.on_pause = share_pause
        renewer = asyncio.create_task(_renew_forever(database, writer, info, worker, clock))
        try:
            await BatchCheck(
                checker,
                make_archive(checker, options),
                database,
                [],
                record=record,
                clock=clock,
                progress=progress,
                collected=collected,
                writer=writer,
                on_page=on_page,
                more=leaser,
            ).run()
        finally:
            renewer.cancel()
            await asyncio.gather(renewer, return_exceptions=True)
            if pauses:
                await asyncio.gather(*pauses)


def run_worker(
    database: Database,
    worker: WorkerOptions,
    *,
    options: CheckOptions | None = None,
    progress: Progress | None = None,
    clock: Clock = utcnow,
    on_page: PageSink | None = None,
) -> CheckReport:
    """Take part in a round until it has nothing left to check.

    The round is ``worker.round_id`` (or the recheck-after window's round); the first worker
    creates it with ``options.recheck_after`` and ``options.force``, later ones use what it
    was created with. On Ctrl-C or an error the worker gives its leases back at once.

    Raises:
        InputError: no round can be derived (``recheck_after`` is zero and no id is given).
        NetworkUnavailable: no host could be resolved or reached; nothing was recorded.
        DatabaseUnavailable: the database failed.
    """
    options = options or CheckOptions()
    progress = progress or NullProgress()
    validate_options(options)
    now = clock()
    round_id = worker.round_id or default_round_id(now, options.recheck_after)

    def join(session: Connection) -> tuple[rounds.RoundInfo, int, rounds.Outstanding]:
        repo.link_unlinked_sources(session)
        info = rounds.join_round(
            session,
            round_id,
            now=now,
            recheck_after=options.recheck_after,
            force=options.force,
            worker=worker.worker_id,
        )
        rounds.see_worker(session, info, worker=worker.worker_id, now=now)
        return info, repo.count_cited_links(session), rounds.outstanding(session, info, now=now)

    info, cited, left = database.core_transaction(join)
    collected = ReportLog()
    tally = _Tally(outstanding=left.links)
    started = time.monotonic()
    interrupted = False
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claims-worker-writer")
    progress.start(left.links)
    try:
        with responsive_loop():
            asyncio.run(
                _work(
                    database,
                    info,
                    options,
                    worker,
                    clock=clock,
                    progress=progress,
                    collected=collected,
                    writer=writer,
                    tally=tally,
                    on_page=on_page,
                )
            )
    except KeyboardInterrupt:
        interrupted = True
    finally:
        writer.shutdown(wait=True)  # a result being written is committed, not torn
        progress.finish()

        # whatever this worker still holds goes back to the pool now, not when leases expire
        def leave(conn: Connection) -> None:
            rounds.release_leases(conn, worker=worker.worker_id)
            rounds.leave_round(conn, info, worker=worker.worker_id)

        database.core_transaction(leave)
    if interrupted:
        tally.outstanding = database.core_transaction(
            lambda conn: rounds.outstanding(conn, info, now=clock())
        ).links
    return CheckReport(
        log=collected,
        cited_links=cited,
        due=tally.leased,
        interrupted=interrupted,
        elapsed_s=time.monotonic() - started,
        worker=_summary(info, worker, tally),
    )


def _summary(info: rounds.RoundInfo, worker: WorkerOptions, tally: _Tally) -> WorkerSummary:
    return WorkerSummary(
        worker_id=worker.worker_id,
        round_id=info.id,
        round_started_at=info.started_at,
        round_started_by=info.started_by,
        recheck_after=info.recheck_after,
        force=info.force,
        batches=tally.batches,
        leased=tally.leased,
        lost_leases=tally.lost,
        outstanding=tally.outstanding,
    )


def round_settings_differ(report: CheckReport, options: CheckOptions) -> dict[str, Any]:
    """The round's settings that differ from this worker's options (the round's win)."""
    summary = report.worker
    if summary is None:
        return {}
    differ: dict[str, Any] = {}
    if summary.recheck_after != options.recheck_after:
        differ["recheck_after_s"] = summary.recheck_after.total_seconds()
    if summary.force != options.force:
        differ["force"] = summary.force
    return differ
