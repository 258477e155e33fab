"""The asynchronous engine: each unique URL once, many hosts in parallel, none hammered."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import re
import secrets
import sys
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit, urlunsplit

from claims.enums import CheckOutcome
from claims.errors import NetworkUnavailable
from claims.linkcheck.classify import PageFacts, classify, is_home
from claims.linkcheck.client import Budget, Engine, FetchFailure, Lookup
from claims.linkcheck.offline import Judgement, OfflineJudge
from claims.linkcheck.options import CheckOptions
from claims.linkcheck.results import CheckResult, CheckTarget
from claims.urls import host_name as host_of

ResultSink = Callable[[CheckResult], Awaitable[None]]
# the event loop gives up the GIL at every socket call; with the writer thread busy it waited
# the default 5 ms to get it back, a convoy that held the checker to ~200 requests a second
LOOP_SWITCH_INTERVAL_S = 0.0005


@contextlib.contextmanager
def responsive_loop() -> Iterator[None]:
    """A short GIL switch interval while checking, so the loop is not starved by the writer."""
    previous = sys.getswitchinterval()
    sys.setswitchinterval(min(previous, LOOP_SWITCH_INTERVAL_S))
    try:
        yield
    finally:
        sys.setswitchinterval(previous)


Clock = Callable[[], dt.datetime]


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def merge_targets(targets: Iterable[CheckTarget]) -> list[CheckTarget]:
    """One target per URL, carrying every title it is cited under, in first-seen order."""
    merged: OrderedDict[str, list[str]] = OrderedDict()
    for target in targets:
        titles = merged.setdefault(target.url, [])
        titles.extend(t for t in target.cited_titles if t and t not in titles)
    return [CheckTarget(url, tuple(titles)) for url, titles in merged.items()]


def interleave_by_host(
    targets: Sequence[CheckTarget], host: Callable[[str], str] = host_of
) -> list[CheckTarget]:
    """Round-robin over hosts, so workers spread across hosts instead of queueing on one."""
    by_host: OrderedDict[str, list[CheckTarget]] = OrderedDict()
    for target in targets:
        by_host.setdefault(host(target.url), []).append(target)
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


def _probe_key(url: str) -> tuple[str, str, str]:
    """The directory a soft-404 probe stands for: one probe per scheme, host and directory."""
    parts = urlsplit(url)
    return parts.scheme, parts.netloc, (parts.path or "/").rpartition("/")[0]


def _elapsed_ms(started: float) -> int:
    return round((time.monotonic() - started) * 1000)


@dataclass(frozen=True)
class _Fetched:
    """A page answered and read, not yet classified."""

    page: PageFacts
    budget: Budget
    started: float


class HostScheduler:
    """Hands each worker a URL whose host has room, round-robin over hosts.

    A worker never takes a URL of a host that already has ``per_host`` URLs in progress, so
    workers do not sit waiting on one busy host while others are idle; O(1) per pick. An
    ``open_ended`` scheduler takes more targets while it runs (``add``) until ``close``: a
    round's worker leases hosts as its earlier ones finish.
    """

    def __init__(
        self,
        targets: Iterable[CheckTarget],
        per_host: int | Callable[[str], int],
        host: Callable[[str], str] = host_of,
        *,
        open_ended: bool = False,
    ) -> None:
        self._per_host = per_host if callable(per_host) else (lambda _host: per_host)
        self._host = host
        self._queues: OrderedDict[str, deque[CheckTarget]] = OrderedDict()
        self._active: dict[str, int] = {}
        self._ready: deque[str] = deque()
        self._is_ready: set[str] = set()
        self._remaining = 0
        self._open = open_ended
        self._changed = asyncio.Condition()
        self.freed = asyncio.Event()  # set when a host's last target is done
        self._queue(targets)

    def _queue(self, targets: Iterable[CheckTarget]) -> None:
        for target in targets:
            host = self._host(target.url)
            if host not in self._queues:
                self._queues[host] = deque()
                self._active[host] = 0
            self._queues[host].append(target)
            self._remaining += 1
            self._mark_ready(host)

    def _mark_ready(self, host: str) -> None:
        if (
            host not in self._is_ready
            and self._queues[host]
            and self._active[host] < self._per_host(host)
        ):
            self._ready.append(host)
            self._is_ready.add(host)

    def busy_hosts(self) -> set[str]:
        """Hosts with targets waiting or in progress."""
        return set(self._queues)

    def is_busy(self, host: str) -> bool:
        return host in self._queues

    async def add(self, targets: Iterable[CheckTarget]) -> None:
        """More targets for an open-ended scheduler."""
        async with self._changed:
            self._queue(targets)
            self._changed.notify_all()

    async def close(self) -> None:
        """No more targets: workers stop once the queued ones are handed out."""
        async with self._changed:
            self._open = False
            self._changed.notify_all()

    async def take(self) -> CheckTarget | None:
        """The next target, or None when every target has been handed out."""
        async with self._changed:
            while True:
                if self._remaining == 0 and not self._open:
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
            host = self._host(target.url)
            self._active[host] -= 1
            if self._open and not self._active[host] and not self._queues[host]:
                # forgotten, so an open-ended run's memory does not grow with its hosts
                del self._queues[host], self._active[host]
                self.freed.set()
            else:
                self._mark_ready(host)
            self._changed.notify_all()


# asks for more targets while a run goes on (None: there are no more), given the scheduler
MoreTargets = Callable[[HostScheduler], Awaitable[Iterable[CheckTarget] | None]]


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
        lookup: Lookup | None = None,
        unguarded_hosts: tuple[str, ...] = (),
    ) -> None:
        self.options = options or CheckOptions()
        self._clock = clock
        self.engine = Engine(self.options, lookup=lookup, unguarded_hosts=unguarded_hosts)
        self._exclude = [re.compile(p) for p in self.options.exclude]
        self.limiter = self.engine.limiter
        self._probes: dict[tuple[str, str, str], asyncio.Future[tuple[PageFacts | None, str]]] = {}
        self._held: list[CheckResult] = []
        self._judge = OfflineJudge(1, sample_hosts=self.options.offline_hosts)
        self._total_hosts = 0
        self._sink_lock = asyncio.Lock()

    async def aclose(self) -> None:
        await self.engine.aclose()

    async def __aenter__(self) -> Checker:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- soft-404 probing --------------------------------------------------------------
    async def _probe(self, url: str) -> tuple[PageFacts | None, str]:
        key = _probe_key(url)
        future = self._probes.get(key)
        if future is None:
            future = asyncio.get_running_loop().create_future()
            self._probes[key] = future
            token = f"claims-probe-{secrets.token_hex(8)}"
            probe_url = sibling_probe_url(url, token)
            facts: PageFacts | None = None
            try:
                if probe_url is not None:
                    facts = await self.engine.follow("GET", probe_url, retry_statuses=False)
            except FetchFailure:
                facts = None
            finally:
                if not future.done():
                    future.set_result((facts, token))
        return await asyncio.shield(future)

    # -- one URL -----------------------------------------------------------------------
    async def check_one(self, target: CheckTarget) -> CheckResult:
        """Check one URL; whatever goes wrong is this URL's outcome, never the run's."""
        step = await self._fetch_step(target)
        if isinstance(step, CheckResult):
            return step
        return await self._finish_step(target, step)

    async def _fetch_step(self, target: CheckTarget) -> CheckResult | _Fetched:
        """The URL's own request: its result, or the page still to be classified."""
        try:
            return await self._fetch(target)
        except Exception as exc:  # one odd URL must not stop a run
            return self._crashed(target, exc)

    async def _finish_step(self, target: CheckTarget, fetched: _Fetched) -> CheckResult:
        try:
            return await self._finish(target, fetched)
        except Exception as exc:  # one odd URL must not stop a run
            return self._crashed(target, exc)

    def _crashed(self, target: CheckTarget, exc: Exception) -> CheckResult:
        return CheckResult(
            url=target.url,
            outcome=CheckOutcome.CONNECTION_ERROR,
            checked_at=self._clock(),
            error=f"check failed: {type(exc).__name__}: {exc}"[:500],
        )

    def _needs_probe(self, target: CheckTarget, page: PageFacts) -> bool:
        return (
            self.options.detect_soft_404
            and 200 <= page.status < 300
            and page.body is not None
            and not is_home(target.url)
        )

    def _probe_pending(self, url: str) -> bool:
        """Whether classifying a page of ``url`` would wait for its directory's probe."""
        future = self._probes.get(_probe_key(url))
        return future is None or not future.done()

    async def _fetch(self, target: CheckTarget) -> CheckResult | _Fetched:
        opts = self.options
        started = time.monotonic()
        for pattern in self._exclude:
            if pattern.search(target.url):
                return CheckResult(
                    url=target.url,
                    outcome=CheckOutcome.SKIPPED,
                    checked_at=self._clock(),
                    error=f"excluded by {pattern.pattern!r}",
                )
        budget = Budget(opts.total_timeout_s)
        try:
            async with asyncio.timeout(budget.total_s):
                page = await self.engine.fetch_page(target.url, budget)
        except TimeoutError:
            return CheckResult(
                url=target.url,
                outcome=CheckOutcome.TIMEOUT,
                checked_at=self._clock(),
                elapsed_ms=_elapsed_ms(started),
                error=f"no outcome within {budget.total_s:g} s in total",
            )
        except FetchFailure as failure:
            return CheckResult(
                url=target.url,
                outcome=failure.outcome,
                checked_at=self._clock(),
                final_url=failure.final_url if failure.redirects else None,
                redirects=failure.redirects,
                elapsed_ms=_elapsed_ms(started),
                error=failure.message,
                reached_server=failure.reached_server,
            )
        if page.status in opts.accept and not 200 <= page.status < 300:
            return CheckResult(
                url=target.url,
                outcome=CheckOutcome.OK,
                checked_at=self._clock(),
                status=page.status,
                final_url=page.final_url,
                redirects=page.redirects,
                title=page.title,
                elapsed_ms=_elapsed_ms(started),
                reached_server=True,
            )
        return _Fetched(page, budget, started)

    async def _finish(self, target: CheckTarget, fetched: _Fetched) -> CheckResult:
        """Classify a fetched page, with its directory's soft-404 probe where it needs one."""
        opts = self.options
        page, budget = fetched.page, fetched.budget
        probe: PageFacts | None = None
        token = ""
        if self._needs_probe(target, page):
            try:
                # the probe counts within the URL's total; without its answer, no soft-404 call
                async with asyncio.timeout(max(budget.remaining_s(), 0.001)):
                    probe, token = await self._probe(target.url)
            except TimeoutError:
                probe, token = None, ""
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
            elapsed_ms=_elapsed_ms(fetched.started),
            error=verdict.reason if verdict.outcome is not CheckOutcome.OK else None,
            reached_server=True,
            body=page.body,
            content_type=page.headers.get("content-type"),
        )

    # -- offline bookkeeping -----------------------------------------------------------
    async def _deliver(self, result: CheckResult, host: str, on_result: ResultSink) -> None:
        # the lock guards only the bookkeeping: the sink (a database write, an archive
        # lookup) runs outside it, so one slow delivery does not stall the other workers
        async with self._sink_lock:
            judgement = self._judge.observe(host, result)
            if judgement is Judgement.ONLINE:
                ready, self._held = [*self._held, result], []
            else:
                ready = []
                self._held.append(result)
                if judgement is Judgement.OFFLINE:
                    raise _Offline
        for item in ready:
            await on_result(item)

    def _offline_error(self) -> NetworkUnavailable:
        hosts = ", ".join(self._judge.failed_hosts()[:3])
        return NetworkUnavailable(
            f"offline: the network is unavailable, no host could be resolved or reached ({hosts});"
            " nothing was recorded and no link is marked dead",
            hint="check the network connection (or proxy) and run the command again",
        )

    # -- a run -------------------------------------------------------------------------
    def _prepare_tls_for(self, urls: Iterable[str]) -> None:
        if any(url[:6].lower() == "https:" for url in urls):
            self.engine.prepare_tls()  # the CA bundle loads beside the first requests

    async def run(
        self,
        targets: Iterable[CheckTarget],
        on_result: ResultSink,
        *,
        more: MoreTargets | None = None,
    ) -> RunStats:
        """Check every unique URL once; raises NetworkUnavailable if we turn out offline.

        With ``more``, the run also checks what ``more`` hands it, until it returns None.
        """
        started = time.monotonic()
        unique = merge_targets(targets)
        # each URL's host worked out once per batch: the scheduler and the bookkeeping ask it
        # at every step (a least-recently-used cache smaller than the batch missed every time);
        # a run that goes on asks host_of, so that its memory does not grow with its URLs
        hosts = {t.url: host_of(t.url) for t in unique}
        self._prepare_tls_for(hosts)
        seen = set(hosts.values())
        self._total_hosts = len(seen) or 1
        self._judge.begin(self._total_hosts)  # a worker's next batch: stay online once online
        host_fn = host_of if more is not None else hosts.__getitem__
        scheduler = HostScheduler(
            interleave_by_host(unique, host_fn),
            self.limiter.per_host,
            host_fn,
            open_ended=more is not None,
        )
        checked = 0

        async def deliver(target: CheckTarget, result: CheckResult) -> None:
            nonlocal checked
            checked += 1
            await self._deliver(result, host_fn(target.url), on_result)

        async def finish(target: CheckTarget, fetched: _Fetched) -> None:
            await deliver(target, await self._finish_step(target, fetched))

        async def worker(group: asyncio.TaskGroup) -> None:
            while (target := await scheduler.take()) is not None:
                try:
                    step = await self._fetch_step(target)
                finally:
                    await scheduler.done(target)
                if isinstance(step, _Fetched):
                    if self._needs_probe(target, step.page) and self._probe_pending(target.url):
                        # a directory's first pages wait for its probe (one more request):
                        # not in a worker, which would leave its place in flight idle
                        group.create_task(finish(target, step))
                        continue
                    step = await self._finish_step(target, step)
                await deliver(target, step)

        async def feed() -> None:
            assert more is not None
            try:
                while (batch := await more(scheduler)) is not None:
                    fresh = merge_targets(batch)
                    self._prepare_tls_for(t.url for t in fresh)
                    seen.update(host_of(t.url) for t in fresh)
                    self._total_hosts = len(seen) or 1
                    self._judge.begin(self._total_hosts)
                    await scheduler.add(fresh)
            finally:
                await scheduler.close()

        workers = self.options.concurrency if more else min(self.options.concurrency, len(unique))
        try:
            async with asyncio.TaskGroup() as group:
                if more is not None:
                    group.create_task(feed())
                for _ in range(workers):
                    group.create_task(worker(group))
        except BaseExceptionGroup as failures:
            first = _first_leaf(failures)
            if isinstance(first, _Offline) or failures.subgroup(_Offline) is not None:
                raise self._offline_error() from None
            raise first from None
        if self._judge.offline_at_end():
            raise self._offline_error()
        # nothing needed the network (invalid or refused URLs only): hand those on
        held, self._held = self._held, []
        for result in held:
            await on_result(result)
        return RunStats(checked, self._total_hosts, time.monotonic() - started)
