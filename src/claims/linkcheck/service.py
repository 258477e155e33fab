"""``check``: pick the due links, check them with no transaction open, record each result."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections import Counter
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

import httpx
from sqlalchemy.orm import Session

from claims.db import Database
from claims.enums import CheckOutcome, LinkHealth
from claims.errors import InputError
from claims.linkcheck.archive import ArchiveClient
from claims.linkcheck.checker import Checker, Clock, utcnow
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
    is_hard_failure,
)
from claims.repository import links as repo


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

    links: tuple[LinkReport, ...]
    cited_links: int  # links cited by the sources in scope
    due: int  # of those, due for a check in this run (a worker: the links it leased)
    interrupted: bool
    elapsed_s: float
    worker: WorkerSummary | None = None  # set for a worker of a shared round

    @property
    def checked(self) -> int:
        return len(self.links)

    def outcome_counts(self) -> dict[str, int]:
        counts = Counter(r.result.outcome for r in self.links)
        return {o.value: counts.get(o, 0) for o in CheckOutcome}

    def health_counts(self) -> dict[str, int]:
        counts = Counter(r.health for r in self.links)
        return {h.value: counts.get(h, 0) for h in LinkHealth}

    def not_alive(self) -> list[LinkReport]:
        return [r for r in self.links if r.health is not LinkHealth.ALIVE]

    def found_problems(self, fail_on: FailOn) -> bool:
        if fail_on is FailOn.NEVER:
            return False
        if fail_on is FailOn.DEAD:
            return any(r.health is LinkHealth.DEAD for r in self.links)
        return any(is_failing(r.health) for r in self.links)


class LeaseLost(Exception):
    """The worker's lease on a link passed to another worker before its result was written."""


def write_check(
    database: Database,
    link_id: int,
    result: CheckResult,
    *,
    policy: HealthPolicy,
    worker: str | None = None,
    round_id: str | None = None,
    leased: bool = False,
) -> tuple[LinkHealth, ArchiveCapture | None]:
    """One short transaction: append the check, derive and store the health.

    A ``leased`` write (a round's worker) counts only while ``worker`` still holds the lease
    on the link; otherwise nothing is written and LeaseLost is raised. Run again when it
    loses a lock race (SQLite's write lock held past the busy timeout by another process).
    """

    def work(session: Session) -> tuple[LinkHealth, repo.StoredSnapshot | None]:
        repo.add_check(
            session,
            link_id,
            checked_at=result.checked_at,
            outcome=result.outcome,
            http_status=result.status,
            final_url=result.final_url,
            redirects=[hop.as_json() for hop in result.redirects],
            title=result.title,
            title_similarity=result.title_similarity,
            drifted=result.drifted,
            elapsed_ms=result.elapsed_ms,
            error=result.error,
            worker=worker,
            round_id=round_id,
        )
        history = repo.check_history(session, link_id)
        health = derive_health((CheckFact(h.checked_at, h.outcome) for h in history), policy)
        if leased:
            assert worker is not None
            assert round_id is not None
            kept = repo.set_leased_link_state(
                session,
                link_id,
                health=health,
                checked_at=result.checked_at,
                owner=worker,
                round_id=round_id,
            )
            if not kept:
                raise LeaseLost(link_id)  # rolls the check back
        else:
            repo.set_link_state(session, link_id, health=health, checked_at=result.checked_at)
        stored = repo.latest_snapshot(session, link_id) if health is not LinkHealth.ALIVE else None
        return health, stored

    health, stored = database.transaction(work)
    capture = None
    if stored is not None:
        capture = ArchiveCapture(
            stored.archive_url, stored.archived_at, stored.original_status, stored.service
        )
    return health, capture


def write_snapshot(
    database: Database, link_id: int, capture: ArchiveCapture, found_at: dt.datetime
) -> None:
    def work(session: Session) -> None:
        repo.add_snapshot(
            session,
            link_id,
            service=capture.service,
            archive_url=capture.url,
            archived_at=capture.timestamp,
            original_status=capture.original_status,
            found_at=found_at,
        )

    database.transaction(work)


# Writes one result in the writer thread; None when the result was not kept (lease lost).
Recorder = Callable[[repo.DueLink, CheckResult], LinkReport | None]
# Given each kept result that read a page (link id, result with its body), in the writer
# thread after the check is committed: the evidence service keeps a capture of the page.
PageSink = Callable[[int, CheckResult], None]


def make_archive(checker: Checker, options: CheckOptions) -> ArchiveClient | None:
    if not options.archive:
        return None
    return ArchiveClient(
        checker.client,
        checker.limiter,
        endpoint=options.archive_endpoint,
        timeout_s=options.archive_timeout_s,
    )


async def check_batch(
    checker: Checker,
    archive: ArchiveClient | None,
    database: Database,
    due: Sequence[repo.DueLink],
    *,
    record: Recorder,
    clock: Clock,
    progress: Progress,
    collected: dict[str, LinkReport],
    writer: ThreadPoolExecutor,
    on_page: PageSink | None = None,
) -> None:
    """Check ``due`` with ``checker``, writing each result with ``record`` as it arrives."""
    by_url = {link.url: link for link in due}
    loop = asyncio.get_running_loop()

    async def on_result(result: CheckResult) -> None:
        link = by_url[result.url]

        def write() -> LinkReport | None:
            report = record(link, result)
            if report is not None:
                # recorded by the writer as it commits, so an interrupted run reports
                # exactly what it committed
                collected[link.url] = report
                if on_page is not None and result.body and result.outcome in SUCCESS_OUTCOMES:
                    on_page(link.link_id, result)
            return report

        report = await loop.run_in_executor(writer, write)
        if report is None:
            return
        capture = report.archive
        if archive is not None and report.health is not LinkHealth.ALIVE and capture is None:
            capture = await archive.find(link.url, accessed=link.accessed, issued=link.issued)
            if capture is not None:
                await loop.run_in_executor(
                    writer, write_snapshot, database, link.link_id, capture, clock()
                )
                collected[link.url] = replace(collected[link.url], archive=capture)
        progress.advance(collected[link.url])

    await checker.run((CheckTarget(d.url, d.cited_titles) for d in due), on_result)


async def _check_due(
    database: Database,
    due: list[repo.DueLink],
    options: CheckOptions,
    *,
    clock: Clock,
    progress: Progress,
    collected: dict[str, LinkReport],
    writer: ThreadPoolExecutor,
    on_page: PageSink | None = None,
) -> None:
    def record(link: repo.DueLink, result: CheckResult) -> LinkReport:
        health, stored = write_check(database, link.link_id, result, policy=options.health)
        return LinkReport(result, link.source_keys, health, stored, link.link_id)

    async with Checker(options, clock=clock) as checker:
        await check_batch(
            checker,
            make_archive(checker, options),
            database,
            due,
            record=record,
            clock=clock,
            progress=progress,
            collected=collected,
            writer=writer,
            on_page=on_page,
        )


def validate_options(options: CheckOptions) -> None:
    if not options.archive:
        return
    try:
        endpoint = httpx.URL(options.archive_endpoint)
    except (httpx.InvalidURL, ValueError, TypeError) as exc:
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

    Reads what is due in one short transaction, checks with no session open, and commits
    each result in its own transaction as it arrives, so an interrupted run loses no
    finished check and the next run picks up what is left. Ctrl-C ends the run cleanly
    (the report says it was interrupted).

    Raises:
        NotFoundError: a source key does not exist.
        NetworkUnavailable: no host could be resolved or reached; nothing was recorded.
        DatabaseUnavailable: the database failed.
    """
    options = options or CheckOptions()
    progress = progress or NullProgress()
    validate_options(options)
    now = clock()

    def select_due(session: Session) -> tuple[int, list[repo.DueLink]]:
        repo.link_unlinked_sources(session)
        repo.require_sources(session, source_keys)
        cited = repo.count_cited_links(session, source_keys)
        ids = list(
            session.execute(
                repo.due_links_query(
                    now=now,
                    recheck_after=options.recheck_after,
                    force=options.force,
                    source_keys=source_keys,
                )
            ).scalars()
        )
        return cited, repo.load_due_links(session, ids)

    cited, due = database.transaction(select_due)
    collected: dict[str, LinkReport] = {}
    started = time.monotonic()
    interrupted = False
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claims-check-writer")
    progress.start(len(due))
    try:
        if due:
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
        links=tuple(collected.values()),
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


def report_as_json(report: CheckReport) -> dict[str, Any]:
    """The whole ``claims check --json`` document: a summary and one result per link."""
    summary: dict[str, Any] = {
        "cited_links": report.cited_links,
        "due": report.due,
        "checked": report.checked,
        "hard_failures": sum(1 for r in report.links if is_hard_failure(r.result.outcome)),
        "drifted": sum(1 for r in report.links if r.result.drifted),
        "interrupted": report.interrupted,
        "elapsed_s": round(report.elapsed_s, 3),
        "outcomes": report.outcome_counts(),
        "health": report.health_counts(),
    }
    if report.worker is not None:
        summary["worker"] = report.worker.as_json()
    return {"summary": summary, "results": [result_as_json(r) for r in report.links]}
