"""``check``: pick the due links, check them with no transaction open, record each result."""

from __future__ import annotations

import asyncio
import datetime as dt
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

import httpx

from claims.db import Database
from claims.enums import CheckOutcome, LinkHealth
from claims.errors import InputError
from claims.linkcheck.archive import ArchiveClient
from claims.linkcheck.checker import Checker, Clock, utcnow
from claims.linkcheck.health import derive_health, is_failing
from claims.linkcheck.options import CheckOptions, HealthPolicy
from claims.linkcheck.progress import NullProgress, Progress
from claims.linkcheck.results import (
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
class CheckReport:
    """What a run did: the links it checked, and how much it left alone."""

    links: tuple[LinkReport, ...]
    cited_links: int  # links cited by the sources in scope
    due: int  # of those, due for a check in this run
    interrupted: bool
    elapsed_s: float

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


def _write_check(
    database: Database,
    link_id: int,
    result: CheckResult,
    *,
    policy: HealthPolicy,
    worker: str | None,
    round_id: str | None,
) -> tuple[LinkHealth, ArchiveCapture | None]:
    """One short transaction: append the check, derive and store the health."""
    with database.session() as session:
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
        repo.set_link_state(session, link_id, health=health, checked_at=result.checked_at)
        stored = repo.latest_snapshot(session, link_id) if health is not LinkHealth.ALIVE else None
    capture = None
    if stored is not None:
        capture = ArchiveCapture(
            stored.archive_url, stored.archived_at, stored.original_status, stored.service
        )
    return health, capture


def _write_snapshot(
    database: Database, link_id: int, capture: ArchiveCapture, found_at: dt.datetime
) -> None:
    with database.session() as session:
        repo.add_snapshot(
            session,
            link_id,
            service=capture.service,
            archive_url=capture.url,
            archived_at=capture.timestamp,
            original_status=capture.original_status,
            found_at=found_at,
        )


async def _check_due(
    database: Database,
    due: list[repo.DueLink],
    options: CheckOptions,
    *,
    clock: Clock,
    progress: Progress,
    collected: dict[str, LinkReport],
    writer: ThreadPoolExecutor,
    worker: str | None,
    round_id: str | None,
) -> None:
    by_url = {link.url: link for link in due}
    loop = asyncio.get_running_loop()
    async with Checker(options, clock=clock) as checker:
        archive = (
            ArchiveClient(
                checker.client,
                checker.limiter,
                endpoint=options.archive_endpoint,
                timeout_s=options.archive_timeout_s,
            )
            if options.archive
            else None
        )

        async def on_result(result: CheckResult) -> None:
            link = by_url[result.url]

            def write() -> tuple[LinkHealth, ArchiveCapture | None]:
                health, stored = _write_check(
                    database,
                    link.link_id,
                    result,
                    policy=options.health,
                    worker=worker,
                    round_id=round_id,
                )
                # recorded by the writer as it commits, so an interrupted run reports
                # exactly what it committed
                collected[link.url] = LinkReport(
                    result, link.source_keys, health, stored, link.link_id
                )
                return health, stored

            health, capture = await loop.run_in_executor(writer, write)
            if archive is not None and health is not LinkHealth.ALIVE and capture is None:
                capture = await archive.find(link.url, accessed=link.accessed, issued=link.issued)
                if capture is not None:
                    await loop.run_in_executor(
                        writer, _write_snapshot, database, link.link_id, capture, clock()
                    )
                    collected[link.url] = replace(collected[link.url], archive=capture)
            progress.advance(collected[link.url])

        await checker.run((CheckTarget(d.url, d.cited_titles) for d in due), on_result)


def _validate(options: CheckOptions) -> None:
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
    worker: str | None = None,
    round_id: str | None = None,
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
    _validate(options)
    now = clock()
    with database.session() as session:
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
        due = repo.load_due_links(session, ids)
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
                    worker=worker,
                    round_id=round_id,
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
    return {
        "summary": {
            "cited_links": report.cited_links,
            "due": report.due,
            "checked": report.checked,
            "hard_failures": sum(1 for r in report.links if is_hard_failure(r.result.outcome)),
            "drifted": sum(1 for r in report.links if r.result.drifted),
            "interrupted": report.interrupted,
            "elapsed_s": round(report.elapsed_s, 3),
            "outcomes": report.outcome_counts(),
            "health": report.health_counts(),
        },
        "results": [result_as_json(r) for r in report.links],
    }
