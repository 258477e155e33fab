"""HTTP with manners: limits per host, manual redirects, careful retries, bounded bodies."""

from __future__ import annotations

import asyncio
import codecs
import email.utils
import random
import re
import ssl
import time
import zlib
from collections.abc import AsyncIterator, Mapping
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from http.cookiejar import CookieJar, DefaultCookiePolicy
from urllib.parse import urljoin

import httpx

from claims.enums import CheckOutcome
from claims.linkcheck import guard
from claims.linkcheck.classify import REDIRECT_STATUSES, PageFacts
from claims.linkcheck.options import CheckOptions
from claims.linkcheck.results import Redirect

KEPT_HEADERS = ("content-type", "server", "cf-mitigated", "retry-after", "location")
HTML_TYPES = ("text/html", "application/xhtml+xml")
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.IGNORECASE)


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
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    next_start: float = 0.0


class HostLimiter:
    """A global cap on requests in flight, plus a cap and a minimum spacing per host."""

    def __init__(self, *, concurrency: int, per_host: int, interval_s: float) -> None:
        self._global = asyncio.Semaphore(concurrency)
        self._per_host = per_host
        self._interval_s = interval_s
        self._hosts: dict[str, _HostState] = {}

    @asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        state = self._hosts.get(host)
        if state is None:
            state = self._hosts[host] = _HostState(asyncio.Semaphore(self._per_host))
        # the host slot first: waiting for a busy host must not hold a global slot
        async with state.slots:
            async with state.lock:
                now = time.monotonic()
                if state.next_start > now:
                    await asyncio.sleep(state.next_start - now)
                    now = time.monotonic()
                state.next_start = now + self._interval_s
            async with self._global:
                yield


@dataclass(frozen=True)
class RawAnswer:
    status: int
    headers: Mapping[str, str]
    body: str | None


def _retry_after_s(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds asked for by a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


def _is_tls_error(exc: BaseException) -> bool:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLError | ssl.CertificateError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    text = str(exc).upper()
    return "SSL" in text or "CERTIFICATE" in text


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


class Fetcher:
    """Fetches one URL the polite way and reports the facts, or raises FetchFailure."""

    def __init__(self, client: httpx.AsyncClient, limiter: HostLimiter, options: CheckOptions):
        self._client = client
        self._limiter = limiter
        self._options = options
        self._random = random.Random()  # noqa: S311 - jitter, not secrets
        self._resolver = guard.CachingResolver()

    # -- one request -------------------------------------------------------------------
    async def _read_prefix(self, response: httpx.Response) -> str | None:
        opts = self._options
        inflater = _Inflater(response.headers.get("content-encoding", ""))
        if not inflater.supported:
            return None
        out = bytearray()
        raw_read = 0
        async for chunk in response.aiter_raw():
            raw_read += len(chunk)
            out += inflater.feed(chunk, opts.body_prefix_bytes - len(out))
            if len(out) >= opts.body_prefix_bytes or raw_read >= opts.raw_body_cap_bytes:
                break
            if not inflater.supported:
                break
        data = bytes(out)
        return data.decode(_charset(response.headers, data), errors="replace")

    async def _send_once(self, method: str, url: httpx.URL, *, want_body: bool) -> RawAnswer:
        opts = self._options
        request = self._client.build_request(method, url)
        async with self._limiter.slot(url.host):
            try:
                async with asyncio.timeout(opts.timeout_s):
                    response = await self._client.send(request, stream=True)
                    try:
                        headers = {
                            name: response.headers[name]
                            for name in KEPT_HEADERS
                            if name in response.headers
                        }
                        body = None
                        if want_body and method == "GET" and response.status_code < 300:
                            if is_html(headers) or headers.get("content-type", "").startswith(
                                "text/"
                            ):
                                body = await self._read_prefix(response)
                        elif want_body and method == "GET" and response.status_code >= 400:
                            # error pages carry bot-wall markers; read a little
                            body = await self._read_prefix(response)
                    finally:
                        await response.aclose()
            except TimeoutError as exc:
                raise FetchFailure(
                    CheckOutcome.TIMEOUT, f"no complete answer within {opts.timeout_s:g} s"
                ) from exc
            except httpx.ConnectTimeout as exc:
                raise FetchFailure(
                    CheckOutcome.TIMEOUT, f"connect timeout: {str(exc) or type(exc).__name__}"
                ) from exc
            except httpx.TimeoutException as exc:
                raise FetchFailure(
                    CheckOutcome.TIMEOUT,
                    f"timeout: {str(exc) or type(exc).__name__}",
                    reached_server=True,
                ) from exc
            except httpx.ConnectError as exc:
                if _is_tls_error(exc):
                    raise FetchFailure(
                        CheckOutcome.TLS_ERROR, f"TLS failure: {exc}", reached_server=True
                    ) from exc
                raise FetchFailure(
                    CheckOutcome.CONNECTION_ERROR,
                    f"cannot connect: {str(exc) or type(exc).__name__}",
                ) from exc
            except (httpx.RemoteProtocolError, httpx.ReadError, httpx.WriteError) as exc:
                raise FetchFailure(
                    CheckOutcome.CONNECTION_ERROR,
                    f"connection broke: {str(exc) or type(exc).__name__}",
                    reached_server=True,
                ) from exc
            except httpx.HTTPError as exc:
                raise FetchFailure(
                    CheckOutcome.CONNECTION_ERROR, f"HTTP failure: {str(exc) or type(exc).__name__}"
                ) from exc
        return RawAnswer(response.status_code, headers, body)

    def _backoff_s(self, attempt: int, retry_after: str | None) -> float:
        opts = self._options
        asked = _retry_after_s(retry_after)
        if asked is not None:
            return min(asked, opts.retry_after_cap_s)
        ceiling = min(opts.backoff_max_s, opts.backoff_base_s * (2.0**attempt))
        return ceiling * self._random.uniform(0.5, 1.0)

    async def _send(
        self, method: str, url: httpx.URL, *, want_body: bool, retry_statuses: bool
    ) -> RawAnswer:
        """Retry only what may pass on its own: timeouts, 408, 429 and 5xx."""
        attempts = self._options.max_retries + 1
        for attempt in range(attempts):
            last = attempt == attempts - 1
            try:
                answer = await self._send_once(method, url, want_body=want_body)
            except FetchFailure as failure:
                if failure.outcome is not CheckOutcome.TIMEOUT or last:
                    raise
                await asyncio.sleep(self._backoff_s(attempt, None))
                continue
            status = answer.status
            retryable = status in (408, 429) or status >= 500
            if not retryable or not retry_statuses or last:
                return answer
            await asyncio.sleep(self._backoff_s(attempt, answer.headers.get("retry-after")))
        raise AssertionError("unreachable")  # pragma: no cover

    # -- a redirect chain --------------------------------------------------------------
    async def follow(
        self, method: str, url: str, *, want_body: bool = True, retry_statuses: bool = True
    ) -> PageFacts:
        """Request ``url`` and follow redirects by hand, checking every hop against policy."""
        opts = self._options
        chain: list[Redirect] = []
        seen = {url}
        current = url
        try:
            while True:
                answer = await self._hop(method, current, want_body, retry_statuses)
                location = answer.headers.get("location")
                if answer.status not in REDIRECT_STATUSES or not location:
                    return PageFacts(
                        requested_url=url,
                        status=answer.status,
                        final_url=current,
                        redirects=tuple(chain),
                        headers=answer.headers,
                        body=answer.body,
                    )
                chain.append(Redirect(current, answer.status))
                target = urljoin(current, location.strip())
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
        self, method: str, current: str, want_body: bool, retry_statuses: bool
    ) -> RawAnswer:
        opts = self._options
        try:
            parsed = guard.parse_url(current)
            await guard.admit(
                parsed,
                allow_private=opts.allow_private,
                allow_networks=opts.allow_networks,
                resolver=self._resolver,
            )
        except guard.InvalidUrl as exc:
            raise FetchFailure(CheckOutcome.INVALID_URL, str(exc)) from exc
        except guard.PolicyRefusal as exc:
            raise FetchFailure(CheckOutcome.SKIPPED, str(exc)) from exc
        except guard.ResolutionFailure as exc:
            raise FetchFailure(CheckOutcome.DNS_ERROR, str(exc)) from exc
        return await self._send(method, parsed, want_body=want_body, retry_statuses=retry_statuses)

    async def fetch_page(self, url: str) -> PageFacts:
        """HEAD first (cheap), then GET: on any HEAD failure, or to read an HTML page's title.

        No GET after a HEAD timeout: a server too slow for HEAD will not do better on GET.
        """
        if not self._options.head_first:
            return await self.follow("GET", url)
        try:
            head = await self.follow("HEAD", url, want_body=False, retry_statuses=False)
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
            return await self.follow("GET", url)
        if head.status >= 400:
            return await self.follow("GET", url)
        if not is_html(head.headers):
            return head
        page = await self.follow("GET", head.final_url)
        return PageFacts(
            requested_url=url,
            status=page.status,
            final_url=page.final_url,
            redirects=head.redirects + page.redirects,
            headers=page.headers,
            body=page.body,
        )


def make_client(options: CheckOptions) -> httpx.AsyncClient:
    """One client per run: no automatic redirects, no cookies kept, no proxies from env."""
    no_cookies = CookieJar(policy=DefaultCookiePolicy(allowed_domains=[]))
    return httpx.AsyncClient(
        follow_redirects=False,
        timeout=httpx.Timeout(options.timeout_s),
        headers={
            "User-Agent": options.user_agent,
            "Accept": "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8",
            "Accept-Encoding": "gzip, deflate",
        },
        limits=httpx.Limits(
            max_connections=options.concurrency * 2,
            max_keepalive_connections=options.concurrency,
        ),
        cookies=no_cookies,
        trust_env=False,
    )
