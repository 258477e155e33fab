"""Concurrency limits as the servers see them."""

from __future__ import annotations

import asyncio
import itertools

from linkcheck_servers import HOSTS, Response, Servers

from claims.linkcheck import CheckOptions, CheckResult, CheckTarget
from claims.linkcheck.checker import Checker, interleave_by_host, merge_targets


def _run(targets: list[CheckTarget], options: CheckOptions) -> list[CheckResult]:
    results: list[CheckResult] = []

    async def go() -> None:
        async def sink(result: CheckResult) -> None:
            results.append(result)

        async with Checker(options) as checker:
            await checker.run(targets, sink)

    asyncio.run(go())
    return results


def test_per_host_limit_is_never_exceeded(servers: Servers) -> None:
    slow = Response(200, {"Content-Type": "application/pdf"}, b"%PDF", delay_s=0.05)
    targets = []
    for host in HOSTS[:4]:
        servers.route(host, "*", slow)
        targets += [CheckTarget(servers.url(host, f"/doc/{i}.pdf")) for i in range(12)]
    options = CheckOptions(allow_private=True, concurrency=16, per_host=2, host_interval_s=0.0)
    results = _run(targets, options)
    assert len(results) == 48
    for host in HOSTS[:4]:
        assert servers.peak[host] <= 2, (host, servers.peak[host])
    # and the limit was used, not merely respected
    assert max(servers.peak[h] for h in HOSTS[:4]) == 2


def test_global_limit_spreads_over_hosts(servers: Servers) -> None:
    slow = Response(200, {"Content-Type": "application/pdf"}, b"%PDF", delay_s=0.05)
    targets = []
    for host in HOSTS:
        servers.route(host, "*", slow)
        targets += [CheckTarget(servers.url(host, f"/d/{i}.pdf")) for i in range(6)]
    options = CheckOptions(allow_private=True, concurrency=3, per_host=2, host_interval_s=0.0)
    _run(targets, options)
    assert sum(1 for h in HOSTS if servers.peak[h] >= 1) == len(HOSTS)
    assert max(servers.peak.values()) <= 2


def test_minimum_interval_between_requests_to_one_host(servers: Servers) -> None:
    fast = Response(200, {"Content-Type": "application/pdf"}, b"%PDF")
    host = HOSTS[0]
    servers.route(host, "*", fast)
    targets = [CheckTarget(servers.url(host, f"/p/{i}.pdf")) for i in range(6)]
    options = CheckOptions(allow_private=True, per_host=2, host_interval_s=0.1)
    _run(targets, options)
    starts = sorted(r.at for r in servers.requests(host))
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert min(gaps) >= 0.07  # slack for a busy machine


def test_interleaving_spreads_hosts() -> None:
    targets = [CheckTarget(f"http://a.test/{i}") for i in range(3)] + [
        CheckTarget(f"http://b.test/{i}") for i in range(2)
    ]
    order = [t.url for t in interleave_by_host(targets)]
    assert order == [
        "http://a.test/0",
        "http://b.test/0",
        "http://a.test/1",
        "http://b.test/1",
        "http://a.test/2",
    ]


def test_merge_keeps_every_cited_title_once() -> None:
    merged = merge_targets(
        [CheckTarget("http://x.test/", ("One",)), CheckTarget("http://x.test/", ("Two", "One"))]
    )
    assert merged == [CheckTarget("http://x.test/", ("One", "Two"))]


def test_pages_waiting_for_their_probe_keep_the_limits(servers: Servers) -> None:
    # a directory's first pages wait for its soft-404 probe outside the workers: the probe
    # and the next pages still share the per-host limit, and the directory is probed once
    host = HOSTS[0]
    servers.route(host, "*", Response(404, {"Content-Type": "text/html"}, b"gone", delay_s=0.05))
    targets = []
    for i in range(8):
        page = f"<html><head><title>Story {i}</title></head><body>story {i}</body></html>"
        servers.route(
            host,
            f"/news/{i}",
            Response(200, {"Content-Type": "text/html"}, page.encode(), delay_s=0.05),
        )
        targets.append(CheckTarget(servers.url(host, f"/news/{i}")))
    options = CheckOptions(allow_private=True, concurrency=2, per_host=2, host_interval_s=0.0)
    results = _run(targets, options)
    assert sorted(r.outcome.value for r in results) == ["ok"] * 8
    assert servers.peak[host] <= 2
    probes = [r for r in servers.requests(host) if "claims-probe-" in r.path]
    assert len(probes) == 1
