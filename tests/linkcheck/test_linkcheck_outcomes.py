"""Every outcome of one check, produced by real servers on loopback addresses."""

from __future__ import annotations

import asyncio
import gzip
import tracemalloc
from collections.abc import AsyncIterator, Sequence

import pytest
from linkcheck_servers import HOSTS, Request, Response, Servers, html
from linkcheck_support import run_checks

from claims.enums import CheckOutcome
from claims.errors import NetworkUnavailable
from claims.linkcheck import CheckOptions, CheckResult, CheckTarget
from claims.linkcheck.checker import Checker

A, B, C, D, E, F = HOSTS

FAST = CheckOptions(
    allow_private=True,
    timeout_s=0.5,
    backoff_base_s=0.01,
    backoff_max_s=0.05,
    retry_after_cap_s=0.3,
    host_interval_s=0.0,
    archive=False,
)
HEAD_FIRST = CheckOptions(**{**FAST.__dict__, "head_first": True})


def run(
    targets: Sequence[CheckTarget | str], options: CheckOptions = FAST
) -> dict[str, CheckResult]:
    return run_checks(targets, options)


def one(url: str | CheckTarget, options: CheckOptions = FAST, *, servers: Servers) -> CheckResult:
    # a live page on another host proves we are online, so failures are reported
    alive = servers.route(F, "/alive", html("Alive"))
    results = run([url, alive], options)
    key = url.url if isinstance(url, CheckTarget) else url
    return results[key]


def test_ok_records_title_and_similarity(servers: Servers) -> None:
    url = servers.route(A, "/news/facebook-china", html("Facebook in China | The Paper"))
    result = one(CheckTarget(url, ("Facebook in China",)), servers=servers)
    assert result.outcome is CheckOutcome.OK
    assert result.status == 200
    assert result.title == "Facebook in China | The Paper"
    assert result.title_similarity == 1.0
    assert not result.drifted
    assert result.elapsed_ms is not None


def test_user_agent_identifies_claims(servers: Servers) -> None:
    url = servers.route(A, "/ua", html("UA"))
    one(url, servers=servers)
    agent = servers.requests(A, "/ua")[0].headers["user-agent"]
    assert agent.startswith("claims/")
    assert "(+http" in agent


def test_title_drift_is_flagged(servers: Servers) -> None:
    url = servers.route(A, "/news/story", html("Recipes for summer salads"))
    result = one(CheckTarget(url, ("Facebook in China",)), servers=servers)
    assert result.outcome is CheckOutcome.OK
    assert result.title_similarity is not None
    assert result.title_similarity < 0.5
    assert result.drifted


def test_permanent_redirect_suggests_new_url(servers: Servers) -> None:
    new = servers.route(A, "/new/place", html("Moved here"))
    old = servers.route(A, "/old/place", Response(301, {"Location": "/new/place"}))
    result = one(old, servers=servers)
    assert result.outcome is CheckOutcome.REDIRECTED
    assert result.final_url == new
    assert result.suggested_url == new
    assert [(r.url, r.status) for r in result.redirects] == [(old, 301)]


def test_temporary_redirect_is_ok(servers: Servers) -> None:
    servers.route(A, "/tmp/target", html("Target"))
    url = servers.route(A, "/tmp/start", Response(302, {"Location": "/tmp/target"}))
    result = one(url, servers=servers)
    assert result.outcome is CheckOutcome.OK
    assert len(result.redirects) == 1


@pytest.mark.parametrize("status", [404, 410])
def test_not_found(servers: Servers, status: int) -> None:
    url = servers.route(A, "/gone", html("Gone", status=status))
    result = one(url, servers=servers)
    assert result.outcome is CheckOutcome.NOT_FOUND
    assert result.status == status


def test_soft_404_by_random_sibling(servers: Servers) -> None:
    # every unknown path answers 200 with the same friendly page
    def catch_all(request: Request) -> Response:
        return html("Example News", f"Sorry, we could not find {request.path}. Try search.")

    servers.route(A, "*", catch_all)
    real = servers.route(
        A, "/articles/real", html("Real article", "A long and specific story " * 40)
    )
    missing = servers.url(A, "/articles/missing-story")
    results = run([missing, real])
    assert results[missing].outcome is CheckOutcome.SOFT_404
    assert results[real].outcome is CheckOutcome.OK
    probes = [r for r in servers.requests(A) if "claims-probe-" in r.path]
    assert len(probes) == 1  # one probe per directory and run
    assert probes[0].path.startswith("/articles/")


def test_soft_404_by_error_title(servers: Servers) -> None:
    url = servers.route(B, "/doc/page", html("Page not found – Example"))
    assert one(url, servers=servers).outcome is CheckOutcome.SOFT_404


def test_redirect_to_home(servers: Servers) -> None:
    servers.route(A, "/", html("Home"))
    url = servers.route(A, "/2016/07/deep-article", Response(302, {"Location": "/"}))
    result = one(url, servers=servers)
    assert result.outcome is CheckOutcome.REDIRECT_TO_HOME
    assert result.final_url == servers.url(A, "/")


def test_server_error_after_retries(servers: Servers) -> None:
    url = servers.route(A, "/broken", Response(500, body=b"oops"))
    result = one(url, servers=servers)
    assert result.outcome is CheckOutcome.SERVER_ERROR
    gets = [r for r in servers.requests(A, "/broken") if r.method == "GET"]
    assert len(gets) == FAST.max_retries + 1


@pytest.mark.parametrize(
    "response",
    [
        Response(401),
        Response(403),
        Response(999),
        html("Just a moment...", status=503, **{"cf-mitigated": "challenge"}),
        html("Attention Required! | Cloudflare", status=403),
        html("Security check", "<div class='g-recaptcha'></div>", status=200),
    ],
    ids=["401", "403", "999", "cf-challenge", "cf-title", "captcha-200"],
)
def test_blocked(servers: Servers, response: Response) -> None:
    url = servers.route(A, "/walled", response)
    assert one(url, servers=servers).outcome is CheckOutcome.BLOCKED


def test_429_after_retries_is_blocked(servers: Servers) -> None:
    url = servers.route(A, "/busy", Response(429, {"Retry-After": "0"}))
    assert one(url, servers=servers).outcome is CheckOutcome.BLOCKED


def test_retry_after_is_honoured_and_capped(servers: Servers) -> None:
    calls: list[str] = []

    def flaky(request: Request) -> Response:
        if request.method == "HEAD":
            return Response(405)
        calls.append(request.method)
        if len(calls) == 1:
            return Response(429, {"Retry-After": "3600"})  # capped to 0.3 s by FAST
        return html("Back again")

    url = servers.route(A, "/flaky", flaky)
    result = one(url, servers=servers)
    assert result.outcome is CheckOutcome.OK
    gets = [r for r in servers.requests(A, "/flaky") if r.method == "GET"]
    assert len(gets) == 2
    gap = gets[1].at - gets[0].at
    assert 0.25 <= gap < 3


def test_retry_after_in_seconds_is_waited(servers: Servers) -> None:
    calls: list[int] = []

    def flaky(request: Request) -> Response:
        calls.append(1)
        if len(calls) == 1:
            return Response(503, {"Retry-After": "0"})  # retry at once
        return html("Fine")

    options = CheckOptions(**{**FAST.__dict__, "head_first": False})
    url = servers.route(A, "/svc", flaky)
    assert one(url, options, servers=servers).outcome is CheckOutcome.OK


def test_head_refused_falls_back_to_get(servers: Servers) -> None:
    def no_head(request: Request) -> Response:
        if request.method == "HEAD":
            return Response(405, {"Allow": "GET"})
        return html("Works with GET")

    url = servers.route(A, "/nohead", no_head)
    result = one(url, HEAD_FIRST, servers=servers)
    assert result.outcome is CheckOutcome.OK
    assert [r.method for r in servers.requests(A, "/nohead")] == ["HEAD", "GET"]


def test_non_html_needs_no_get(servers: Servers) -> None:
    url = servers.route(
        A, "/report.pdf", Response(200, {"Content-Type": "application/pdf"}, b"%PDF-1.4")
    )
    result = one(url, HEAD_FIRST, servers=servers)
    assert result.outcome is CheckOutcome.OK
    assert [r.method for r in servers.requests(A, "/report.pdf")] == ["HEAD"]


def test_timeout_is_retried_but_never_followed_by_get(servers: Servers) -> None:
    url = servers.route(A, "/slow", Response(200, delay_s=2.0))
    options = CheckOptions(**{**HEAD_FIRST.__dict__, "timeout_s": 0.2, "max_retries": 1})
    result = one(url, options, servers=servers)
    assert result.outcome is CheckOutcome.TIMEOUT
    methods = [r.method for r in servers.requests(A, "/slow")]
    assert methods == ["HEAD", "HEAD"]


def test_get_first_is_one_request_per_page(servers: Servers) -> None:
    page = servers.route(A, "/one", html("One request"))
    pdf = servers.route(A, "/one.pdf", Response(200, {"Content-Type": "application/pdf"}, b"%P"))
    assert one(page, servers=servers).title == "One request"
    assert one(pdf, servers=servers).outcome is CheckOutcome.OK
    assert [r.method for r in servers.requests(A, "/one")] == ["GET"]
    assert [r.method for r in servers.requests(A, "/one.pdf")] == ["GET"]


def test_redirect_loop(servers: Servers) -> None:
    servers.route(A, "/loop/a", Response(302, {"Location": "/loop/b"}))
    url = servers.route(A, "/loop/b", Response(302, {"Location": "/loop/a"}))
    result = one(url, servers=servers)
    assert result.outcome is CheckOutcome.TOO_MANY_REDIRECTS
    assert "loop" in (result.error or "")


def test_more_than_ten_redirects(servers: Servers) -> None:
    def onward(request: Request) -> Response:
        n = int(request.path.rsplit("/", 1)[1])
        return Response(302, {"Location": f"/hop/{n + 1}"})

    servers.route(A, "*", onward)
    result = one(servers.url(A, "/hop/0"), servers=servers)
    assert result.outcome is CheckOutcome.TOO_MANY_REDIRECTS
    assert len(result.redirects) == 10


def test_dns_error(servers: Servers) -> None:
    result = one("http://no-such-host.invalid/page", servers=servers)
    assert result.outcome is CheckOutcome.DNS_ERROR


def test_connection_refused(servers: Servers) -> None:
    import socket

    sock = socket.socket()
    sock.bind((E, 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    result = one(f"http://{E}:{port}/", servers=servers)
    assert result.outcome is CheckOutcome.CONNECTION_ERROR


def test_tls_error(servers: Servers) -> None:
    servers.route(A, "/tls", html("plain http"))
    url = servers.url(A, "/tls").replace("http://", "https://")
    assert one(url, servers=servers).outcome is CheckOutcome.TLS_ERROR


@pytest.mark.parametrize(
    "url", ["http://exa mple.com/", "http://", "http://example.com:99999/", "http://a..b/"]
)
def test_invalid_url(servers: Servers, url: str) -> None:
    assert one(url, servers=servers).outcome is CheckOutcome.INVALID_URL


@pytest.mark.parametrize("url", ["ftp://example.org/file", "mailto:someone@example.org"])
def test_other_schemes_are_skipped(servers: Servers, url: str) -> None:
    assert one(url, servers=servers).outcome is CheckOutcome.SKIPPED


# --- safety ----------------------------------------------------------------------------


def test_private_addresses_are_refused(servers: Servers) -> None:
    url = servers.route(A, "/private", html("Internal"))
    strict = CheckOptions(**{**FAST.__dict__, "allow_private": False})
    result = run([url], strict)[url]
    assert result.outcome is CheckOutcome.SKIPPED
    assert "non-public" in (result.error or "")
    assert servers.requests(A, "/private") == []  # never contacted


def test_private_address_refused_after_redirect(servers: Servers) -> None:
    servers.route(B, "/internal", html("Internal admin"))
    hop = servers.route(A, "/bounce", Response(302, {"Location": servers.url(B, "/internal")}))
    # A stands for a permitted network; B is refused because nothing allows it
    strict = CheckOptions(**{**FAST.__dict__, "allow_private": False, "allow_networks": (A,)})
    result = run([hop], strict)[hop]
    assert result.outcome is CheckOutcome.SKIPPED
    assert B in (result.error or "")
    assert servers.requests(A, "/bounce")  # the first hop was fetched
    assert servers.requests(B, "/internal") == []  # the redirect target never was


def test_redirect_to_localhost_name_is_refused(servers: Servers) -> None:
    hop = servers.route(A, "/to-localhost", Response(302, {"Location": "http://localhost/"}))
    strict = CheckOptions(**{**FAST.__dict__, "allow_private": False, "allow_networks": (A,)})
    assert run([hop], strict)[hop].outcome is CheckOutcome.SKIPPED


def test_redirect_to_other_scheme_is_refused(servers: Servers) -> None:
    hop = servers.route(A, "/to-file", Response(302, {"Location": "file:///etc/passwd"}))
    assert one(hop, servers=servers).outcome is CheckOutcome.SKIPPED


# --- bounded bodies --------------------------------------------------------------------


def _peak_bytes_while(
    targets: list[str], options: CheckOptions
) -> tuple[int, dict[str, CheckResult]]:
    tracemalloc.start()
    try:
        results = run(targets, options)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak, results


def test_endless_body_is_cut_at_the_prefix(servers: Servers) -> None:
    sent: list[int] = []

    async def endless() -> AsyncIterator[bytes]:
        yield b"<html><head><title>Endless</title></head><body>"
        chunk = b"x" * 65536
        for _ in range(16384):  # a gigabyte at most, so a broken client cannot run forever
            sent.append(len(chunk))
            yield chunk

    url = servers.route(A, "/endless", Response(200, {"Content-Type": "text/html"}, endless))
    alive = servers.route(F, "/alive", html("Alive"))
    options = CheckOptions(**{**FAST.__dict__, "timeout_s": 5.0})
    peak, results = _peak_bytes_while([url, alive], options)
    assert results[url].outcome is CheckOutcome.OK
    assert results[url].title == "Endless"
    assert peak < 8 * 1024 * 1024
    assert sum(sent) < 64 * 1024 * 1024  # we hung up long before the end


def test_gzip_bomb_is_inflated_only_to_the_cap(servers: Servers) -> None:
    inflated = b"<html><head><title>Bomb</title></head><body>" + b"\0" * (256 * 1024 * 1024)
    bomb = gzip.compress(inflated, compresslevel=9)
    del inflated
    url = servers.route(
        A,
        "/bomb",
        Response(200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, bomb),
    )
    alive = servers.route(F, "/alive", html("Alive"))
    peak, results = _peak_bytes_while([url, alive], FAST)
    assert results[url].outcome is CheckOutcome.OK
    assert results[url].title == "Bomb"
    assert peak < 16 * 1024 * 1024


# --- offline ---------------------------------------------------------------------------


def test_offline_when_every_host_fails_to_resolve() -> None:
    urls = [f"http://site{i}.invalid/page" for i in range(6)]
    delivered: list[CheckResult] = []

    async def go() -> None:
        async def sink(result: CheckResult) -> None:
            delivered.append(result)

        async with Checker(FAST) as checker:
            await checker.run([CheckTarget(u) for u in urls], sink)

    with pytest.raises(NetworkUnavailable) as info:
        asyncio.run(go())
    assert info.value.exit_code == 3
    assert delivered == []  # nothing recorded as a failure


def test_one_unreachable_host_among_live_ones_is_not_offline(servers: Servers) -> None:
    live = servers.route(A, "/ok", html("OK"))
    results = run(["http://gone.invalid/", live])
    assert results["http://gone.invalid/"].outcome is CheckOutcome.DNS_ERROR
    assert results[live].outcome is CheckOutcome.OK


def test_each_unique_url_is_checked_once(servers: Servers) -> None:
    url = servers.route(A, "/once", Response(200, {"Content-Type": "application/pdf"}))
    results = run([CheckTarget(url, ("A",)), CheckTarget(url, ("B",)), url])
    assert len(results) == 1
    assert len(servers.requests(A, "/once")) == 1
