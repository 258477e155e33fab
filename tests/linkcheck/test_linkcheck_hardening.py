"""Hostile URLs and answers (issue 18): each is one URL's outcome, never the run's end."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import gzip
import ipaddress
import json
import socket
import struct
import threading
import tracemalloc
from collections.abc import AsyncIterator, Iterator, Sequence
from urllib.parse import parse_qs, urlsplit

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from linkcheck_servers import HOSTS, Request, Response, Servers, html
from linkcheck_support import run_checks

from claims.enums import CheckOutcome
from claims.linkcheck import CheckOptions, CheckResult, CheckTarget, guard
from claims.linkcheck.archive import MAX_ANSWER_BYTES, ArchiveClient
from claims.linkcheck.client import Engine

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
STRICT = CheckOptions(**{**FAST.__dict__, "allow_private": False})


def run(
    targets: Sequence[CheckTarget | str], options: CheckOptions = FAST
) -> dict[str, CheckResult]:
    return run_checks(targets, options)


# --- IDNA --------------------------------------------------------------------------------

MALFORMED_IDNA = ["http://xn--/", "http://xn--zz/", "http://xn---/", "http://a.xn--.org/x"]


@pytest.mark.parametrize("url", MALFORMED_IDNA)
def test_malformed_idna_label_is_an_invalid_url(url: str) -> None:
    with pytest.raises(guard.InvalidUrl, match="not a valid host name"):
        guard.parse_url(url)


def test_emoji_domain_is_not_checked_rather_than_crashing() -> None:
    # a real domain that IDNA 2008 forbids: inconclusive, never counted toward dead
    with pytest.raises(guard.PolicyRefusal, match="IDNA 2008"):
        guard.parse_url("http://xn--ls8h.la/")


def test_a_run_over_bad_idna_records_one_outcome_per_url(servers: Servers) -> None:
    alive = servers.route(A, "/alive", html("Alive"))
    urls = ["http://xn--ls8h.la/", *MALFORMED_IDNA]
    results = run([*urls, alive])
    assert set(results) == {*urls, alive}
    assert results["http://xn--ls8h.la/"].outcome is CheckOutcome.SKIPPED
    for url in MALFORMED_IDNA:
        assert results[url].outcome is CheckOutcome.INVALID_URL, url
        assert "not a valid host name" in (results[url].error or "")
    assert results[alive].outcome is CheckOutcome.OK


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://ex\tample.org/", "control character"),  # a parser would drop the tab
        ("http://example.org/a\nb", "control character"),
        ("http://\u2603.net/", "IDNA"),  # IDNA 2003 would encode it, IDNA 2008 does not
        ("http://999.1.1.1/", "IPv4"),
        ("http://example.org:99999/", "port"),
        ("http://example.org:0/", "port 0"),
    ],
)
def test_what_a_lenient_parser_would_mend_is_an_invalid_url(url: str, why: str) -> None:
    with pytest.raises(guard.InvalidUrl, match=why):
        guard.parse_url(url)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.one_of(st.integers(0, 300).map(str), st.sampled_from(["00", "01", "007", "0255"])),
        min_size=4,
        max_size=4,
    ).map(".".join)
)
def test_dotted_quads_are_refused_exactly_as_ipaddress_refuses_them(host: str) -> None:
    try:
        ipaddress.IPv4Address(host)
    except ValueError:
        with pytest.raises(guard.InvalidUrl, match="IPv4"):
            guard.parse_url(f"http://{host}/")
    else:
        assert guard.host_text(guard.parse_url(f"http://{host}/")) == host


def test_the_url_sent_is_normalized_and_its_host_named_as_written() -> None:
    parsed = guard.parse_url("HTTP://B\u00fccher.DE/a b?q=\u00e4")
    assert str(parsed) == "http://xn--bcher-kva.de/a%20b?q=%C3%A4"
    assert guard.host_text(parsed) == "b\u00fccher.de"
    assert guard.host_text(guard.parse_url("http://a.xn--bcher-kva.de/")) == "a.xn--bcher-kva.de"


# --- IPv6 forms of IPv4 addresses ------------------------------------------------------

EMBEDDED_PRIVATE = [
    "::7f00:1",  # IPv4-compatible 127.0.0.1
    "64:ff9b::7f00:1",  # NAT64 of 127.0.0.1
    "64:ff9b::a00:1",  # NAT64 of 10.0.0.1
    "64:ff9b:1::1",  # NAT64 for local use only
    "2002:7f00:1::1",  # 6to4 of 127.0.0.1
    "2002:c0a8:101::1",  # 6to4 of 192.168.1.1
    "::ffff:0:7f00:1",  # IPv4-translated 127.0.0.1
    "::ffff:127.0.0.1",  # IPv4-mapped
    "::ffff:a9fe:a9fe",  # IPv4-mapped 169.254.169.254 (cloud metadata)
]


@pytest.mark.parametrize("text", EMBEDDED_PRIVATE)
def test_ipv6_forms_embedding_private_ipv4_are_not_public(text: str) -> None:
    assert not guard.is_public_address(ipaddress.ip_address(text))


@pytest.mark.parametrize("text", ["2606:4700:4700::1111", "64:ff9b::808:808", "2002:808:808::1"])
def test_ipv6_forms_embedding_public_ipv4_stay_public(text: str) -> None:
    assert guard.is_public_address(ipaddress.ip_address(text))


@pytest.mark.parametrize("text", EMBEDDED_PRIVATE)
def test_url_with_embedded_private_ipv6_literal_is_skipped(text: str) -> None:
    url = f"http://[{text}]:8080/admin"
    result = run([url], STRICT)[url]
    assert result.outcome is CheckOutcome.SKIPPED
    assert "non-public" in (result.error or "")


@pytest.mark.parametrize("text", EMBEDDED_PRIVATE)
def test_name_resolving_to_embedded_private_ipv6_is_refused(text: str) -> None:
    async def resolver(_host: str, _port: int) -> list[guard.IPAddress]:
        return [ipaddress.ip_address(text)]  # what a hostile DNS server would answer

    async def go() -> None:
        url = guard.parse_url("http://rebind.example/")
        await guard.admit(url, allow_private=False, resolver=resolver)

    with pytest.raises(guard.PolicyRefusal):
        asyncio.run(go())


# --- credentials in a cited URL ----------------------------------------------------------


def test_credentials_are_never_sent_not_even_to_the_soft_404_probe(servers: Servers) -> None:
    servers.route(A, "*", html("Some page"))
    plain = servers.route(A, "/dir/page", html("The page"))
    url = plain.replace("http://", "http://alice:s3cret@")
    result = run([url])[url]
    assert result.outcome is CheckOutcome.OK
    sent = servers.requests(A)
    assert len(sent) >= 2  # GET and the made-up sibling
    assert any("claims-probe-" in r.path for r in sent)
    for request in sent:
        assert "authorization" not in request.headers, request


def test_parse_url_drops_user_name_and_password() -> None:
    assert str(guard.parse_url("https://bob:pw@example.org/x?y=1")) == "https://example.org/x?y=1"
    assert guard.parse_url("https://bob@example.org/").user is None


# --- broken connections are named ----------------------------------------------------------


@pytest.fixture
def resetting_server() -> Iterator[str]:
    """Reads the request, then resets the connection (SO_LINGER 0) without a byte."""
    listener = socket.socket()
    listener.bind((E, 0))
    listener.listen(16)
    listener.settimeout(0.2)
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            conn.settimeout(1)
            with contextlib.suppress(OSError):
                conn.recv(65536)
            conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://{E}:{listener.getsockname()[1]}/reset"
    finally:
        stop.set()
        thread.join(5)
        listener.close()


def test_a_broken_connection_names_its_reason(resetting_server: str, servers: Servers) -> None:
    alive = servers.route(A, "/alive", html("Alive"))
    result = run([resetting_server, alive])[resetting_server]
    assert result.outcome is CheckOutcome.CONNECTION_ERROR
    error = result.error or ""
    reason = error.partition(":")[2].strip()
    assert reason, error  # never "connection broke: " with nothing after it


# --- the archive look-up reads a bounded answer --------------------------------------------


def _archive_find(endpoint: str) -> object:
    async def go() -> object:
        async with Engine(FAST) as engine:
            archive = ArchiveClient(engine, endpoint=endpoint, timeout_s=30)
            return await archive.find("https://gone.example/", accessed=None, issued=None)

    return asyncio.run(go())


def _answer(url: str) -> bytes:
    closest = {"available": True, "url": url, "timestamp": "20160101000000", "status": "200"}
    return json.dumps({"archived_snapshots": {"closest": closest}}).encode()


def test_an_endless_archive_answer_is_cut_at_the_cap(servers: Servers) -> None:
    async def huge() -> AsyncIterator[bytes]:
        # 48 MiB of padding before a valid answer: a whole-body read would keep it all
        for _ in range(48):
            yield b" " * (1024 * 1024)
        yield _answer("http://web.archive.test/web/20160101000000/https://gone.example/")

    endpoint = servers.route(
        F, "/wayback/huge", lambda _r: Response(200, {"Content-Type": "application/json"}, huge)
    )
    tracemalloc.start()
    try:
        found = _archive_find(endpoint)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found is None
    assert peak < 8 * 1024 * 1024


def test_a_gzip_bomb_archive_answer_is_not_inflated(servers: Servers) -> None:
    bomb = gzip.compress(b" " * (64 * 1024 * 1024) + _answer("http://x.test/"), compresslevel=9)
    endpoint = servers.route(
        F,
        "/wayback/bomb",
        Response(200, {"Content-Type": "application/json", "Content-Encoding": "gzip"}, bomb),
    )
    tracemalloc.start()
    try:
        found = _archive_find(endpoint)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert found is None
    assert peak < 8 * 1024 * 1024


def test_a_small_compressed_archive_answer_is_read(servers: Servers) -> None:
    body = gzip.compress(_answer("http://web.archive.test/web/20160101000000/x"))
    assert len(body) < MAX_ANSWER_BYTES
    endpoint = servers.route(
        F,
        "/wayback/small",
        Response(200, {"Content-Type": "application/json", "Content-Encoding": "gzip"}, body),
    )
    found = _archive_find(endpoint)
    assert found is not None
    assert getattr(found, "timestamp", None) == dt.datetime(2016, 1, 1, tzinfo=dt.UTC)


def test_archive_requests_keep_their_query(servers: Servers) -> None:
    # the cap must not lose the query the availability API needs
    seen: list[Request] = []

    def answer(request: Request) -> Response:
        seen.append(request)
        return Response(200, {"Content-Type": "application/json"}, b'{"archived_snapshots": {}}')

    endpoint = servers.route(F, "/wayback/available", answer)
    assert _archive_find(endpoint) is None
    assert seen
    query = parse_qs(urlsplit(seen[0].path).query)
    assert query["url"] == ["https://gone.example/"]
