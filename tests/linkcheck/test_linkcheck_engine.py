"""The HTTP engine against real loopback servers: pinning, odd redirects, bounded waits."""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import time
from collections.abc import Sequence

import pytest
from linkcheck_servers import HOSTS, Request, Response, Servers, html
from linkcheck_support import run_checks

from claims.enums import CheckOutcome
from claims.linkcheck import CheckOptions, CheckResult, CheckTarget
from claims.linkcheck.checker import Checker
from claims.linkcheck.guard import IPAddress

A, B, C, D, E, F = HOSTS

FAST = CheckOptions(
    allow_private=True,
    timeout_s=0.5,
    backoff_base_s=0.01,
    backoff_max_s=0.05,
    host_interval_s=0.0,
    archive=False,
)


def run(
    targets: Sequence[str], options: CheckOptions = FAST, **checker: object
) -> dict[str, CheckResult]:
    return run_checks(targets, options, **checker)


# --- DNS rebinding (issue 18.1) ---------------------------------------------------------------


class _TwoFacedServers:
    """One port on two loopback addresses: a "public" site and an internal service."""

    PUBLIC, INTERNAL = "127.0.0.3", "127.0.0.9"

    def __init__(self) -> None:
        self.seen: dict[str, list[tuple[str, str]]] = {self.PUBLIC: [], self.INTERNAL: []}
        self.port = 0

    async def _serve(
        self, address: str, reader: asyncio.StreamReader, writer: asyncio.StreamWriter
    ) -> None:
        line = await reader.readline()
        host = ""
        while (raw := await reader.readline()) not in (b"\r\n", b"\n", b""):
            name, _, value = raw.decode("latin-1").partition(":")
            if name.strip().lower() == "host":
                host = value.strip()
        path = line.decode("latin-1").split()[1]
        self.seen[address].append((path, host))
        if address == self.INTERNAL:
            body = b"<html><head><title>INTERNAL ADMIN</title></head></html>"
            status = "200 OK"
            extra = ""
        elif path == "/start":
            body, status = b"", "302 Found"
            extra = f"Location: http://rebind.test:{self.port}/page\r\n"
        else:
            body = b"<html><head><title>Public page</title></head></html>"
            status, extra = "200 OK", ""
        writer.write(
            f"HTTP/1.1 {status}\r\nContent-Type: text/html\r\nContent-Length: {len(body)}\r\n"
            f"{extra}Connection: close\r\n\r\n".encode()
            + body
        )
        await writer.drain()
        writer.close()

    def run_check(self, url_path: str, options: CheckOptions) -> CheckResult:
        answers = iter([self.PUBLIC] + [self.INTERNAL] * 100)
        asked: list[str] = []

        async def rebinding_lookup(host: str, port: int) -> list[IPAddress]:
            # the first answer is "public", every later one the internal address
            asked.append(host)
            return [ipaddress.ip_address(next(answers))]

        async def go() -> CheckResult:
            probe = socket.socket()
            probe.bind((self.PUBLIC, 0))
            self.port = probe.getsockname()[1]
            probe.close()
            servers = [
                await asyncio.start_server(
                    lambda r, w, a=address: self._serve(a, r, w), address, self.port
                )
                for address in (self.PUBLIC, self.INTERNAL)
            ]
            try:
                async with Checker(options, lookup=rebinding_lookup) as checker:
                    url = f"http://rebind.test:{self.port}{url_path}"
                    return await checker.check_one(CheckTarget(url))
            finally:
                for server in servers:
                    server.close()

        result = asyncio.run(go())
        assert asked, "the engine never asked the resolver"
        return result


@pytest.mark.parametrize("path", ["/page", "/start"])
def test_a_rebinding_name_reaches_nothing_internal(path: str) -> None:
    two = _TwoFacedServers()
    # the "public" address stands for a public one; the internal one is not allowed
    options = CheckOptions(
        **{**FAST.__dict__, "allow_private": False, "allow_networks": (f"{two.PUBLIC}/32",)}
    )
    result = two.run_check(path, options)
    assert two.seen[two.INTERNAL] == []
    assert result.outcome is CheckOutcome.OK
    assert result.title == "Public page"
    # the connection went to the admitted address, with the name in the Host header
    assert all(host == f"rebind.test:{two.port}" for _path, host in two.seen[two.PUBLIC])
    assert "/page" in [p for p, _ in two.seen[two.PUBLIC]]


def test_the_connector_refuses_an_address_the_guard_would_refuse() -> None:
    two = _TwoFacedServers()
    options = CheckOptions(**{**FAST.__dict__, "allow_private": False})
    result = two.run_check("/page", options)  # 127.0.0.3 is not public, nor allowed
    assert result.outcome is CheckOutcome.SKIPPED
    assert two.seen == {two.PUBLIC: [], two.INTERNAL: []}


# --- odd redirects are that URL's outcome (issue 18.2) ------------------------------------------


ODD_LOCATIONS = {
    "/scheme-relative": ("http:example.org/x", {CheckOutcome.NOT_FOUND}),
    "/no-host": ("https:foo", {CheckOutcome.INVALID_URL}),
    "/javascript": ("javascript:alert(1)", {CheckOutcome.SKIPPED}),
    "/data": ("data:text/html,<title>x</title>", {CheckOutcome.SKIPPED}),
    "/mailto": ("mailto:someone@example.org", {CheckOutcome.SKIPPED}),
    "/bad-ipv6": ("http://[::1/x", {CheckOutcome.INVALID_URL}),
    "/bad-port": ("http://example.org:99999/", {CheckOutcome.INVALID_URL}),
    "/bad-idna": ("http://xn--/", {CheckOutcome.INVALID_URL}),
    "/spaces": ("http://exa mple.org/", {CheckOutcome.INVALID_URL}),
}


def test_odd_locations_are_each_urls_outcome(servers: Servers) -> None:
    urls = {}
    for path, (location, _) in ODD_LOCATIONS.items():
        urls[path] = servers.route(A, path, Response(302, {"Location": location}))
    alive = servers.route(B, "/alive", html("Alive"))
    results = run([*urls.values(), alive])
    assert len(results) == len(urls) + 1
    for path, (location, expected) in ODD_LOCATIONS.items():
        result = results[urls[path]]
        assert result.outcome in expected, (location, result)
        assert result.redirects, location  # the hop that answered is kept


# --- every wait is bounded (issue 18.5) ---------------------------------------------------------


@pytest.mark.parametrize(
    "retry_after", ["315360000", "Mon, 01 Jan 2035 00:00:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT"]
)
def test_a_long_retry_after_is_bounded_by_the_total(servers: Servers, retry_after: str) -> None:
    url = servers.route(A, "/later", Response(429, {"Retry-After": retry_after}))
    alive = servers.route(B, "/alive", html("Alive"))
    options = CheckOptions(**{**FAST.__dict__, "total_timeout_s": 1.0})
    started = time.monotonic()
    result = run([url, alive], options)[url]
    assert time.monotonic() - started < 5
    assert result.outcome is CheckOutcome.BLOCKED
    assert result.status == 429


def test_retries_stop_at_the_total(servers: Servers) -> None:
    def slow(request: Request) -> Response:
        return Response(200, delay_s=2.0)

    url = servers.route(A, "/slow", slow)
    alive = servers.route(B, "/alive", html("Alive"))
    options = CheckOptions(
        **{**FAST.__dict__, "timeout_s": 0.4, "max_retries": 10, "total_timeout_s": 1.0}
    )
    started = time.monotonic()
    result = run([url, alive], options)[url]
    assert time.monotonic() - started < 5
    assert result.outcome is CheckOutcome.TIMEOUT
    assert len(servers.requests(A, "/slow")) <= 3


def test_total_timeout_is_never_below_the_timeout() -> None:
    assert CheckOptions(timeout_s=90, total_timeout_s=10).total_timeout_s == 90


def test_a_429_pauses_the_whole_host(servers: Servers) -> None:
    calls: list[float] = []

    def busy(request: Request) -> Response:
        calls.append(time.monotonic())
        if len(calls) == 1:
            return Response(429, {"Retry-After": "1"})
        return html("Fine")

    servers.route(A, "*", busy)
    urls = [servers.url(A, f"/p/{i}") for i in range(3)]
    options = CheckOptions(**{**FAST.__dict__, "per_host": 1, "detect_soft_404": False})
    results = run(urls, options)
    assert {r.outcome for r in results.values()} == {CheckOutcome.OK}
    # after the 429, nothing went to the host for the second it asked for
    assert calls[1] - calls[0] >= 0.9


# --- the capped body is handed on ---------------------------------------------------------------


def test_the_engine_hands_back_the_capped_body_and_headers(servers: Servers) -> None:
    from claims.linkcheck.client import Engine

    body = b"<html><head><title>T</title></head><body>" + b"x" * 200_000 + b"</body></html>"
    url = servers.route(A, "/big", Response(200, {"Content-Type": "text/html", "X-Y": "z"}, body))

    async def go() -> tuple[bytes | None, tuple[tuple[str, str], ...]]:
        async with Engine(FAST) as engine:
            page = await engine.fetch_page(url)
            return page.content, page.all_headers

    content, headers = asyncio.run(go())
    assert content is not None
    assert content == body[: FAST.body_prefix_bytes]
    assert ("X-Y", "z") in headers
