"""The asynchronous engine: each unique URL once, many hosts in parallel, none hammered."""

from __future__ import annotations

import asyncio
import datetime as dt
import secrets
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable, Iterable, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

import httpx

from claims.enums import CheckOutcome
from claims.errors import NetworkUnavailable
from claims.linkcheck.classify import PageFacts, classify, is_home
from claims.linkcheck.client import Fetcher, FetchFailure, HostLimiter, make_client
from claims.linkcheck.options import CheckOptions
from claims.linkcheck.results import CheckResult, CheckTarget

ResultSink = Callable[[CheckResult], Awaitable[None]]
Clock = Callable[[], dt.datetime]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def host_of(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


def merge_targets(targets: Iterable[CheckTarget]) -> list[CheckTarget]:
    """One target per URL, carrying every title it is cited under, in first-seen order."""
    merged: OrderedDict[str, list[str]] = OrderedDict()
    for target in targets:
        titles = merged.setdefault(target.url, [])
        titles.extend(t for t in target.cited_titles if t and t not in titles)
    return [CheckTarget(url, tuple(titles)) for url, titles in merged.items()]


def interleave_by_host(targets: Sequence[CheckTarget]) -> list[CheckTarget]:
    """Round-robin over hosts, so workers spread across hosts instead of queueing on one."""
    by_host: OrderedDict[str, list[CheckTarget]] = OrderedDict()
    for target in targets:
        by_host.setdefault(host_of(target.url), []).append(target)
    queues = [list(reversed(group)) for group in by_host.values()]
    out: list[CheckTarget] = []
    while queues:
        for queue in queues:
            out.append(queue.pop())
        queues = [q for q in queues if q]
    return out


def sibling_probe_url(url: str, token: str) -> str | None:
    """A made-up URL next to ``url`` (same directory, same extension), or None for a root."""
    parts = urlsplit(url)
    path = parts.path or "/"
    if is_home(url) and not parts.query:
        return None
    directory, _, name = path.rpartition("/")
    dot = name.rfind(".")
    extension = name[dot:] if 0 < dot < len(name) - 1 and len(name) - dot <= 6 else ""
    probe_path = f"{directory}/{token}{extension}"
    return urlunsplit((parts.scheme, parts.netloc, probe_path, "", ""))


class HostScheduler:
    """Hands each worker a URL whose host has room, round-robin over hosts.

    A worker never takes a URL of a host that already has ``per_host`` URLs in progress, so
    workers do not sit waiting on one busy host while others are idle; O(1) per pick.
    """

    def __init__(self, targets: Iterable[CheckTarget], per_host: int) -> None:
        self._per_host = per_host
        self._queues: OrderedDict[str, deque[CheckTarget]] = OrderedDict()
        for target in targets:
            self._queues.setdefault(host_of(target.url), deque()).append(target)
        self._active: dict[str, int] = dict.fromkeys(self._queues, 0)
        self._ready: deque[str] = deque(self._queues)
        self._is_ready: set[str] = set(self._queues)
        self._remaining = sum(len(q) for q in self._queues.values())
        self._changed = asyncio.Condition()

    def _mark_ready(self, host: str) -> None:
        if (
            host not in self._is_ready
            and self._queues[host]
            and self._active[host] < self._per_host
        ):
            self._ready.append(host)
            self._is_ready.add(host)

    async def take(self) -> CheckTarget | None:
        """The next target, or None when every target has been handed out."""
        async with self._changed:
            while True:
                if self._remaining == 0:
                    return None
                if self._ready:
                    host = self._ready.popleft()
                    self._is_ready.discard(host)
                    target = self._queues[host].popleft()
                    self._remaining -= 1
                    self._active[host] += 1
                    self._mark_ready(host)
                    return target
                await self._changed.wait()

    async def done(self, target: CheckTarget) -> None:
        async with self._changed:
            host = host_of(target.url)
            self._active[host] -= 1
            self._mark_ready(host)
            self._changed.notify_all()


@dataclass(frozen=True)
class RunStats:
    checked: int
    hosts: int
    elapsed_s: float


def _first_leaf(group: BaseExceptionGroup[BaseException]) -> BaseException:
    first = group.exceptions[0]
    while isinstance(first, BaseExceptionGroup):
        first = first.exceptions[0]
    return first


class _Offline(Exception):
    pass


class Checker:
    """Checks targets concurrently and hands each result to ``on_result`` as it arrives.

    Results that failed before reaching any server are held back until some server has
    answered: if none ever does, we are offline, nothing is handed on, and
    NetworkUnavailable is raised.
    """

    def __init__(
        self,
        options: CheckOptions | None = None,
        *,
        clock: Clock = utcnow,
        client: httpx.AsyncClient | None = None,
    ) -> None:
        self.options = options or CheckOptions()
        self._clock = clock
        self._own_client = client is None
        self.client = client or make_client(self.options)
        self.limiter = HostLimiter(
            concurrency=self.options.concurrency,
            per_host=self.options.per_host,
            interval_s=self.options.host_interval_s,
        )
        self.fetcher = Fetcher(self.client, self.limiter, self.options)
        self._probes: dict[tuple[str, str, str], asyncio.Future[tuple[PageFacts | None, str]]] = {}
        self._online = False
        self._held: list[CheckResult] = []
        self._failed_hosts: set[str] = set()
        self._total_hosts = 0
        self._sink_lock = asyncio.Lock()

    async def aclose(self) -> None:
        if self._own_client:
            await self.client.aclose()

    async def __aenter__(self) -> Checker:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- soft-404 probing --------------------------------------------------------------
    async def _probe(self, url: str) -> tuple[PageFacts | None, str]:
        parts = urlsplit(url)
        directory = (parts.path or "/").rpartition("/")[0]
        key = (parts.scheme, parts.netloc, directory)
        future = self._probes.get(key)
        if future is None:
            future = asyncio.get_running_loop().create_future()
            self._probes[key] = future
            token = f"claims-probe-{secrets.token_hex(8)}"
            probe_url = sibling_probe_url(url, token)
            facts: PageFacts | None = None
            try:
                if probe_url is not None:
                    facts = await self.fetcher.follow("GET", probe_url, retry_statuses=False)
            except FetchFailure:
                facts = None
            finally:
                if not future.done():
                    future.set_result((facts, token))
        return await asyncio.shield(future)

    # -- one URL -----------------------------------------------------------------------
    async def check_one(self, target: CheckTarget) -> CheckResult:
        opts = self.options
        started = time.monotonic()

        def elapsed_ms() -> int:
            return round((time.monotonic() - started) * 1000)

        try:
            page = await self.fetcher.fetch_page(target.url)
        except FetchFailure as failure:
            return CheckResult(
                url=target.url,
                outcome=failure.outcome,
                checked_at=self._clock(),
                final_url=failure.final_url if failure.redirects else None,
                redirects=failure.redirects,
                elapsed_ms=elapsed_ms(),
                error=failure.message,
                reached_server=failure.reached_server,
            )
        probe: PageFacts | None = None
        token = ""
        if (
            opts.detect_soft_404
            and 200 <= page.status < 300
            and page.body is not None
            and not is_home(target.url)
        ):
            probe, token = await self._probe(target.url)
        verdict = classify(
            page,
            cited_titles=target.cited_titles,
            probe=probe,
            probe_token=token,
            drift_threshold=opts.drift_threshold,
            soft_404_similarity=opts.soft_404_similarity,
        )
        return CheckResult(
            url=target.url,
            outcome=verdict.outcome,
            checked_at=self._clock(),
            status=page.status,
            final_url=page.final_url,
            redirects=page.redirects,
            title=verdict.title,
            title_similarity=verdict.title_similarity,
            drifted=verdict.drifted,
            elapsed_ms=elapsed_ms(),
            error=verdict.reason if verdict.outcome is not CheckOutcome.OK else None,
            reached_server=True,
            body=page.body,
            content_type=page.headers.get("content-type"),
        )

    # -- offline bookkeeping -----------------------------------------------------------
    async def _deliver(self, result: CheckResult, on_result: ResultSink) -> None:
        # the lock guards only the bookkeeping: the sink (a database write, an archive
        # lookup) runs outside it, so one slow delivery does not stall the other workers
        async with self._sink_lock:
            if self._online:
                ready = [result]
            elif result.reached_server:
                self._online = True
                ready, self._held = [*self._held, result], []
            else:
                ready = []
                self._held.append(result)
                if result.is_network_failure:
                    self._failed_hosts.add(host_of(result.url))
                    enough = min(self.options.offline_hosts, self._total_hosts)
                    if len(self._failed_hosts) >= enough:
                        raise _Offline
        for item in ready:
            await on_result(item)

    def _offline_error(self) -> NetworkUnavailable:
        hosts = ", ".join(sorted(self._failed_hosts)[:3])
        return NetworkUnavailable(
            f"offline: the network is unavailable, no host could be resolved or reached ({hosts});"
            " nothing was recorded and no link is marked dead",
            hint="check the network connection (or proxy) and run the command again",
        )

    # -- a run -------------------------------------------------------------------------
    async def run(self, targets: Iterable[CheckTarget], on_result: ResultSink) -> RunStats:
        """Check every unique URL once; raises NetworkUnavailable if we turn out offline."""
        started = time.monotonic()
        unique = merge_targets(targets)
        self._total_hosts = len({host_of(t.url) for t in unique}) or 1
        scheduler = HostScheduler(interleave_by_host(unique), self.options.per_host)
        checked = 0

        async def worker() -> None:
            nonlocal checked
            while (target := await scheduler.take()) is not None:
                try:
                    result = await self.check_one(target)
                finally:
                    await scheduler.done(target)
                checked += 1
                await self._deliver(result, on_result)

        workers = min(self.options.concurrency, len(unique))
        try:
            async with asyncio.TaskGroup() as group:
                for _ in range(workers):
                    group.create_task(worker())
        except BaseExceptionGroup as failures:
            first = _first_leaf(failures)
            if isinstance(first, _Offline) or failures.subgroup(_Offline) is not None:
                raise self._offline_error() from None
            raise first from None
        if not self._online and self._failed_hosts:
            raise self._offline_error()
        # nothing needed the network (invalid or refused URLs only): hand those on
        held, self._held = self._held, []
        for result in held:
            await on_result(result)
        return RunStats(checked, self._total_hosts, time.monotonic() - started)
