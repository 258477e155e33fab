"""The HTTP engine: one per run, owning the connection pool, the limits, retries and pinning.

Built on aiohttp (measured against httpx, httpx with a pool per host and httpx2: see
docs/linkcheck.md). Every request of a run goes through ``Engine``: page checks, soft-404
probes and archive look-ups. Redirects are followed by hand and every hop is admitted by the
guard; the connector resolves names only through the same per-run answers the guard checked,
so each connection goes to an address the guard admitted (DNS rebinding cannot move it), with
the original Host header and TLS server name. Bodies are never read whole.
"""

from __future__ import annotations

import asyncio
import codecs
import email.utils
import random
import re
import socket
import ssl
import time
import zlib
from collections.abc import AsyncIterator, Callable, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from urllib.parse import urljoin

from yarl import URL

from claims.enums import CheckOutcome
from claims.linkcheck import guard, tls
from claims.linkcheck.classify import REDIRECT_STATUSES, PageFacts
from claims.linkcheck.options import CheckOptions, HostRule
from claims.linkcheck.results import Redirect

with tls.default_ca_paths_blank():  # its import-time contexts are not used: see tls
    import aiohttp
    from aiohttp.abc import AbstractResolver, ResolveResult

KEPT_HEADERS = ("content-type", "server", "cf-mitigated", "retry-after", "location")
HTML_TYPES = ("text/html", "application/xhtml+xml")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# at most this many response headers are handed on with a page (names and values as sent)
MAX_HANDED_HEADERS = 64
READ_CHUNK_BYTES = 16 * 1024


class FetchFailure(Exception):
    """No usable answer: the outcome says why."""

    def __init__(self, outcome: CheckOutcome, message: str, *, reached_server: bool = False):
        super().__init__(message)
        self.outcome = outcome
        self.message = message
        self.reached_server = reached_server
        # where the redirect chain had got to when it failed
        self.redirects: tuple[Redirect, ...] = ()
        self.final_url: str | None = None


@dataclass
class _HostState:
    slots: asyncio.Semaphore
    interval_s: float
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    next_start: float = 0.0


class HostLimiter:
    """A global cap on requests in flight, plus a cap and a minimum spacing per host.

    A host that asks us to wait (429 or 503 with Retry-After) is paused as a whole: every
    request to it waits, not only the one that was answered so.
    """

    def __init__(
        self,
        *,
        concurrency: int,
        per_host: int,
        interval_s: float,
        rules: Mapping[str, HostRule] | None = None,
    ) -> None:
        self._global = asyncio.Semaphore(concurrency)
        self._per_host = per_host
        self._interval_s = interval_s
        self._rules = dict(rules or {})
        self._hosts: dict[str, _HostState] = {}
        # told of every pause (host, seconds): a round's worker shares it with the others
        self.on_pause: Callable[[str, float], None] | None = None

    def per_host(self, host: str) -> int:
        rule = self._rules.get(host.lower())
        return rule.per_host if rule is not None and rule.per_host is not None else self._per_host

    def _state(self, host: str) -> _HostState:
        state = self._hosts.get(host)
        if state is None:
            rule = self._rules.get(host.lower())
            interval = self._interval_s
            if rule is not None and rule.interval_s is not None:
                interval = rule.interval_s
            state = self._hosts[host] = _HostState(asyncio.Semaphore(self.per_host(host)), interval)
        return state

    def pause(self, host: str, seconds: float) -> None:
        """No request to ``host`` starts for ``seconds`` from now."""
        state = self._state(host)
        state.next_start = max(state.next_start, time.monotonic() + seconds)
        if self.on_pause is not None and seconds > 0:
            self.on_pause(host, seconds)

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        state = self._state(host)
        # the host slot first: waiting for a busy host must not hold a global slot
        async with state.slots:
            async with state.lock:
                now = time.monotonic()
                if state.next_start > now:
                    await asyncio.sleep(state.next_start - now)
                    now = time.monotonic()
                state.next_start = max(state.next_start, now + state.interval_s)
            async with self._global:
                yield


@dataclass(frozen=True)
class RawAnswer:
    status: int
    headers: Mapping[str, str]
    body: str | None
    content: bytes | None = None  # the capped, decompressed body prefix the text came from
    all_headers: tuple[tuple[str, str], ...] = ()


class Budget:
    """The time one URL may still take, retries and Retry-After waits included."""

    def __init__(self, total_s: float) -> None:
        self.total_s = total_s
        self._deadline = time.monotonic() + total_s

    def remaining_s(self) -> float:
        return max(0.0, self._deadline - time.monotonic())


def _retry_after_s(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds asked for by a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        return None
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


def is_html(headers: Mapping[str, str]) -> bool:
    ctype = headers.get("content-type", "").split(";", 1)[0].strip().lower()
    return not ctype or ctype in HTML_TYPES


def _charset(headers: Mapping[str, str], head: bytes) -> str:
    for part in headers.get("content-type", "").split(";")[1:]:
        name, _, value = part.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            candidate = value.strip().strip("\"'")
            break
    else:
        match = _META_CHARSET.search(head[:4096])
        candidate = match.group(1).decode("ascii", "replace") if match else "utf-8"
    try:
        return codecs.lookup(candidate).name
    except LookupError:
        return "utf-8"


class _Inflater:
    """Decompresses at most ``room`` bytes per call, so a bomb never inflates in memory."""

    def __init__(self, encoding: str) -> None:
        encoding = encoding.strip().lower()
        self._z: zlib._Decompress | None = None
        self.supported = True
        if encoding in ("gzip", "x-gzip", "deflate"):
            self._z = zlib.decompressobj(zlib.MAX_WBITS | 32)  # gzip or zlib header
        elif encoding not in ("", "identity"):
            self.supported = False

    def feed(self, data: bytes, room: int) -> bytes:
        if self._z is None:
            return data[:room]
        try:
            return self._z.decompress(data, room)
        except zlib.error:
            self.supported = False
            return b""


Lookup = guard.Resolver


class _Resolutions:
    """Each (host, port) resolved once per run, failures included, shared by the guard's
    checks and the connector: the connector can only ever see the answer that was checked."""

    def __init__(self, lookup: Lookup) -> None:
        self._lookup = lookup
        self._answers: dict[tuple[str, int], asyncio.Future[list[guard.IPAddress]]] = {}

    async def __call__(self, host: str, port: int) -> list[guard.IPAddress]:
        key = (host.lower().rstrip("."), port)
        future = self._answers.get(key)
        if future is None:
            future = asyncio.get_running_loop().create_future()
            self._answers[key] = future
            try:
                future.set_result(await self._lookup(host, port))
            except guard.ResolutionFailure as exc:
                future.set_exception(exc)
            except BaseException:
                del self._answers[key]  # cancelled: let the next caller try again
                future.cancel()
                raise
        if future.done():  # every request after a host's first: no shield, no task
            return future.result()
        return await asyncio.shield(future)


class _PinnedResolver(AbstractResolver):
    """aiohttp's resolver: only the addresses the guard admitted for this run."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    async def resolve(
        self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET
    ) -> list[ResolveResult]:
        try:
            addresses = await self._engine.admitted(host, port)
        except (guard.PolicyRefusal, guard.ResolutionFailure) as exc:
            raise OSError(str(exc)) from exc
        return [
            ResolveResult(
                hostname=host,
                host=str(address),
                port=port,
                family=socket.AF_INET6 if address.version == 6 else socket.AF_INET,
                proto=0,
                flags=socket.AI_NUMERICHOST,
            )
            for address in addresses
        ]

    async def close(self) -> None:
        return None


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    return text or type(exc).__name__


def _failure(exc: BaseException, timeout_s: float) -> FetchFailure:
    """One request's exception as the URL's outcome (never the run's)."""
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return FetchFailure(CheckOutcome.TIMEOUT, f"connect timeout: {_reason(exc)}")
    if isinstance(exc, TimeoutError):
        return FetchFailure(
            CheckOutcome.TIMEOUT,
            f"no complete answer within {timeout_s:g} s",
            reached_server=isinstance(exc, aiohttp.SocketTimeoutError),
        )
    if isinstance(exc, aiohttp.ClientConnectorCertificateError | aiohttp.ClientSSLError):
        return FetchFailure(
            CheckOutcome.TLS_ERROR, f"TLS failure: {_reason(exc)}", reached_server=True
        )
    if isinstance(exc, aiohttp.ClientConnectorError):
        cause = exc.os_error if exc.os_error is not None else exc
        if isinstance(cause, ssl.SSLError | ssl.CertificateError):
            return FetchFailure(
                CheckOutcome.TLS_ERROR, f"TLS failure: {_reason(cause)}", reached_server=True
            )
        return FetchFailure(CheckOutcome.CONNECTION_ERROR, f"cannot connect: {_reason(cause)}")
    if isinstance(exc, aiohttp.InvalidURL | ValueError | UnicodeError):
        return FetchFailure(CheckOutcome.INVALID_URL, f"not a valid URL: {_reason(exc)}")
    if isinstance(exc, ssl.SSLError | ssl.CertificateError):
        return FetchFailure(
            CheckOutcome.TLS_ERROR, f"TLS failure: {_reason(exc)}", reached_server=True
        )
    if isinstance(
        exc,
        aiohttp.ServerDisconnectedError
        | aiohttp.ClientPayloadError
        | aiohttp.ClientResponseError
        | aiohttp.ClientOSError
        | ConnectionError,
    ):
        return FetchFailure(
            CheckOutcome.CONNECTION_ERROR,
            f"connection broke: {_reason(exc)}",
            reached_server=True,
        )
    return FetchFailure(CheckOutcome.CONNECTION_ERROR, f"HTTP failure: {_reason(exc)}")


# what a request may raise for one URL; anything else is a bug and stops the run
REQUEST_ERRORS = (aiohttp.ClientError, OSError, TimeoutError, ValueError, UnicodeError)


class Engine:
    """Fetches URLs the polite way and reports the facts, or raises FetchFailure.

    Create inside a running event loop; close with ``aclose`` (or ``async with``).
    """

    def __init__(
        self,
        options: CheckOptions,
        *,
        lookup: Lookup | None = None,
        unguarded_hosts: tuple[str, ...] = (),
    ) -> None:
        self._options = options
        self.limiter = HostLimiter(
            concurrency=options.concurrency,
            per_host=options.per_host,
            interval_s=options.host_interval_s,
            rules=dict(options.host_rules),
        )
        self._random = random.Random()  # noqa: S311 - jitter, not secrets
        self._resolutions = _Resolutions(lookup or guard.resolve)
        # configured endpoints (the archive) are fetched wherever they are
        self._unguarded = frozenset(h.lower() for h in unguarded_hosts)
        self._session: aiohttp.ClientSession | None = None
        self._tls: asyncio.Future[ssl.SSLContext] | None = None

    def prepare_tls(self) -> None:
        """Start loading the CA bundle for https requests, in a thread (call in the loop)."""
        if self._tls is None:
            self._tls = asyncio.get_running_loop().run_in_executor(None, tls.verified_context)

    @property
    def tls_loading(self) -> bool:
        """Whether this run has started loading the CA bundle (it had an https URL)."""
        return self._tls is not None

    async def _ssl_for(self, url: URL) -> ssl.SSLContext | bool:
        """What an https request verifies its server with (``True``, unused, for http)."""
        if url.scheme != "https":
            return True
        self.prepare_tls()
        assert self._tls is not None
        if self._tls.done():
            return self._tls.result()
        return await asyncio.shield(self._tls)  # one waiter's cancellation is not the others'

    @property
    def session(self) -> aiohttp.ClientSession:
        if self._session is None:
            opts = self._options
            connector = aiohttp.TCPConnector(
                limit=0,  # the limiter holds the limits
                use_dns_cache=False,
                resolver=_PinnedResolver(self),
                # every https request names its context (tls.verified_context); aiohttp's
                # own, made at its import, trusts nothing
                ssl=True,
            )
            self._session = aiohttp.ClientSession(
                connector=connector,
                headers={
                    "User-Agent": opts.user_agent,
                    "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
                    "Accept-Encoding": "gzip, deflate",
                },
                cookie_jar=aiohttp.DummyCookieJar(),
                auto_decompress=False,  # we inflate ourselves, a bounded amount
                trust_env=False,
                timeout=aiohttp.ClientTimeout(
                    total=None, sock_connect=opts.timeout_s, sock_read=opts.timeout_s
                ),
            )
        return self._session

    async def aclose(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def __aenter__(self) -> Engine:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    async def admitted(self, host: str, port: int) -> list[guard.IPAddress]:
        """The addresses a connection to ``host`` may use (PolicyRefusal otherwise)."""
        opts = self._options
        return await guard.admitted_addresses(
            host,
            port,
            allow_private=opts.allow_private or host.lower() in self._unguarded,
            allow_networks=opts.allow_networks,
            resolver=self._resolutions,
        )

    # -- one request -------------------------------------------------------------------
    async def _read_prefix(self, response: aiohttp.ClientResponse, max_bytes: int) -> bytes | None:
        opts = self._options
        inflater = _Inflater(response.headers.get("content-encoding", ""))
        if not inflater.supported:
            return None
        out = bytearray()
        raw_read = 0
        while len(out) < max_bytes and raw_read < opts.raw_body_cap_bytes:
            chunk = await response.content.read(READ_CHUNK_BYTES)
            if not chunk:
                break
            raw_read += len(chunk)
            out += inflater.feed(chunk, max_bytes - len(out))
            if not inflater.supported:
                break
        return bytes(out)

    async def _send_once(
        self, method: str, url: URL, host: str, *, want_body: bool, timeout_s: float
    ) -> RawAnswer:
        opts = self._options
        session = self.session  # built before the slot: the first build is not cheap
        async with self.limiter.slot(host):
            try:
                async with asyncio.timeout(timeout_s):
                    response = await session.request(
                        method, url, allow_redirects=False, ssl=await self._ssl_for(url)
                    )
                    try:
                        headers = {
                            name: response.headers[name]
                            for name in KEPT_HEADERS
                            if name in response.headers
                        }
                        content = None
                        status = response.status
                        if want_body and method == "GET":
                            textual = is_html(headers) or headers.get(
                                "content-type", ""
                            ).startswith("text/")
                            # error pages carry bot-wall markers; read a little of them too
                            if (status < 300 and textual) or status >= 400:
                                content = await self._read_prefix(response, opts.body_prefix_bytes)
                        handed = tuple(
                            (k, v) for k, v in list(response.headers.items())[:MAX_HANDED_HEADERS]
                        )
                    finally:
                        response.release()
            except REQUEST_ERRORS as exc:
                failure = _failure(exc, timeout_s)
                raise failure from exc
        body = None
        if content is not None:
            body = content.decode(_charset(headers, content), errors="replace")
        return RawAnswer(status, headers, body, content, handed)

    def _backoff_s(self, attempt: int, retry_after: str | None) -> float:
        opts = self._options
        asked = _retry_after_s(retry_after)
        if asked is not None:
            return min(asked, opts.retry_after_cap_s)
        ceiling = min(opts.backoff_max_s, opts.backoff_base_s * (2.0**attempt))
        return ceiling * self._random.uniform(0.5, 1.0)

    async def _send(
        self,
        method: str,
        url: URL,
        host: str,
        *,
        want_body: bool,
        retry_statuses: bool,
        budget: Budget,
    ) -> RawAnswer:
        """Retry only what may pass on its own: timeouts, 408, 429 and 5xx, within the budget.

        A wait that would not fit in what is left of the URL's budget is not waited: the
        answer (or the timeout) stands as the URL's outcome.
        """
        attempts = self._options.max_retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            timeout_s = min(self._options.timeout_s, budget.remaining_s())
            if timeout_s <= 0:
                raise FetchFailure(
                    CheckOutcome.TIMEOUT, f"no outcome within {budget.total_s:g} s in total"
                )
            try:
                answer = await self._send_once(
                    method, url, host, want_body=want_body, timeout_s=timeout_s
                )
            except FetchFailure as failure:
                if failure.outcome is not CheckOutcome.TIMEOUT or last:
                    raise
                wait = self._backoff_s(attempt, None)
                if wait >= budget.remaining_s():
                    raise
                await asyncio.sleep(wait)
                continue
            status = answer.status
            retryable = status in (408, 429) or status >= 500
            if not retryable or not retry_statuses or last:
                return answer
            asked = answer.headers.get("retry-after")
            wait = self._backoff_s(attempt, asked)
            if status in (429, 503):
                # the host asked everyone to slow down, not only this URL
                self.limiter.pause(host, wait)
            if wait >= budget.remaining_s():
                return answer  # asked to wait longer than the URL may take: the answer stands
            await asyncio.sleep(wait)
        raise AssertionError("unreachable")  # pragma: no cover

    # -- a redirect chain --------------------------------------------------------------
    async def follow(
        self,
        method: str,
        url: str,
        *,
        want_body: bool = True,
        retry_statuses: bool = True,
        budget: Budget | None = None,
    ) -> PageFacts:
        """Request ``url`` and follow redirects by hand, checking every hop against policy."""
        opts = self._options
        budget = budget or Budget(opts.total_timeout_s)
        chain: list[Redirect] = []
        seen = {url}
        current = url
        try:
            while True:
                answer = await self._hop(method, current, want_body, retry_statuses, budget)
                location = answer.headers.get("location")
                if answer.status not in REDIRECT_STATUSES or not location:
                    return PageFacts(
                        requested_url=url,
                        status=answer.status,
                        final_url=current,
                        redirects=tuple(chain),
                        headers=answer.headers,
                        body=answer.body,
                        content=answer.content,
                        all_headers=answer.all_headers,
                    )
                chain.append(Redirect(current, answer.status))
                try:
                    target = urljoin(current, location.strip())
                except ValueError as exc:
                    raise FetchFailure(
                        CheckOutcome.INVALID_URL,
                        f"redirect to an invalid URL: {location[:200]!r}",
                        reached_server=True,
                    ) from exc
                if target in seen:
                    raise FetchFailure(
                        CheckOutcome.TOO_MANY_REDIRECTS,
                        f"redirect loop back to {target}",
                        reached_server=True,
                    )
                if len(chain) >= opts.max_redirects:
                    raise FetchFailure(
                        CheckOutcome.TOO_MANY_REDIRECTS,
                        f"more than {opts.max_redirects} redirects",
                        reached_server=True,
                    )
                seen.add(target)
                current = target
        except FetchFailure as failure:
            failure.redirects = tuple(chain)
            failure.final_url = current
            if chain:
                failure.reached_server = True  # an earlier hop answered
            raise

    async def _hop(
        self, method: str, current: str, want_body: bool, retry_statuses: bool, budget: Budget
    ) -> RawAnswer:
        try:
            url = guard.parse_url(current)
            host = guard.host_text(url)
            port = url.port or (443 if url.scheme == "https" else 80)
            await self.admitted(host, port)
        except guard.InvalidUrl as exc:
            raise FetchFailure(CheckOutcome.INVALID_URL, str(exc)) from exc
        except guard.PolicyRefusal as exc:
            raise FetchFailure(CheckOutcome.SKIPPED, str(exc)) from exc
        except guard.ResolutionFailure as exc:
            raise FetchFailure(CheckOutcome.DNS_ERROR, str(exc)) from exc
        except (ValueError, UnicodeError) as exc:  # a host the parser could not encode
            raise FetchFailure(CheckOutcome.INVALID_URL, f"not a valid URL: {exc}") from exc
        return await self._send(
            method,
            url,
            host,
            want_body=want_body,
            retry_statuses=retry_statuses,
            budget=budget,
        )

    async def fetch_page(self, url: str, budget: Budget | None = None) -> PageFacts:
        """GET, reading a capped prefix of the body (the title and the soft-404 and bot-wall
        signals need it anyway). With ``head_first``: HEAD, then GET on any HEAD failure or
        to read an HTML page's title; no GET after a HEAD timeout.
        """
        budget = budget or Budget(self._options.total_timeout_s)
        if not self._options.head_first:
            return await self.follow("GET", url, budget=budget)
        try:
            head = await self.follow(
                "HEAD", url, want_body=False, retry_statuses=False, budget=budget
            )
        except FetchFailure as failure:
            final = {
                CheckOutcome.TIMEOUT,
                CheckOutcome.DNS_ERROR,
                CheckOutcome.INVALID_URL,
                CheckOutcome.SKIPPED,
                CheckOutcome.TLS_ERROR,
                CheckOutcome.TOO_MANY_REDIRECTS,
            }
            # refused connections stay refused; a broken HEAD may still serve GET
            if failure.outcome in final or not failure.reached_server:
                raise
            return await self.follow("GET", url, budget=budget)
        if head.status >= 400:
            return await self.follow("GET", url, budget=budget)
        if not is_html(head.headers):
            return head
        page = await self.follow("GET", head.final_url, budget=budget)
        return PageFacts(
            requested_url=url,
            status=page.status,
            final_url=page.final_url,
            redirects=head.redirects + page.redirects,
            headers=page.headers,
            body=page.body,
            content=page.content,
            all_headers=page.all_headers,
        )

    async def get_capped(
        self, url: str, *, params: Mapping[str, str], timeout_s: float, max_bytes: int
    ) -> RawAnswer:
        """One GET of a configured endpoint (the archive), its answer capped at ``max_bytes``.

        Raises FetchFailure.
        """
        target = URL(url).update_query(params)
        host = target.host or ""
        session = self.session
        async with self.limiter.slot(host):
            try:
                async with asyncio.timeout(timeout_s):
                    response = await session.get(
                        target, allow_redirects=False, ssl=await self._ssl_for(target)
                    )
                    try:
                        headers = {
                            name: response.headers[name]
                            for name in KEPT_HEADERS
                            if name in response.headers
                        }
                        content = await self._read_prefix(response, max_bytes + 1)
                        status = response.status
                        handed = tuple(
                            (k, v) for k, v in list(response.headers.items())[:MAX_HANDED_HEADERS]
                        )
                    finally:
                        response.release()
            except REQUEST_ERRORS as exc:
                raise _failure(exc, timeout_s) from exc
        return RawAnswer(status, headers, None, content, handed)
