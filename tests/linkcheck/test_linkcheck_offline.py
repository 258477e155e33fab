"""Offline only on evidence that the network is down (issue 18.3): dead sites are results."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import Sequence

import pytest
from linkcheck_servers import HOSTS, Response, Servers, html
from linkcheck_support import run_checks

from claims.db import Database
from claims.enums import CheckOutcome
from claims.errors import NetworkUnavailable
from claims.linkcheck import CheckOptions, CheckResult, CheckTarget
from claims.linkcheck.checker import Checker
from claims.linkcheck.offline import Evidence, Judgement, OfflineJudge, evidence_of, sample_size
from claims.linkcheck.service import check_links
from claims.models import LinkCheck, Source

A, B, C, D, E, F = HOSTS
T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)

FAST = CheckOptions(
    allow_private=True,
    timeout_s=0.5,
    max_retries=0,
    backoff_base_s=0.01,
    backoff_max_s=0.05,
    host_interval_s=0.0,
    archive=False,
)


def run(targets: Sequence[str], options: CheckOptions = FAST) -> dict[str, CheckResult]:
    return run_checks(targets, options)


def _result(outcome: CheckOutcome, error: str = "", reached: bool = False) -> CheckResult:
    return CheckResult("http://x.test/", outcome, T0, error=error, reached_server=reached)


# --- the judge alone -----------------------------------------------------------------------


def test_evidence_of_each_kind_of_failure() -> None:
    assert evidence_of(_result(CheckOutcome.OK, reached=True)) is Evidence.REACHED
    assert evidence_of(_result(CheckOutcome.TIMEOUT, "no complete answer")) is Evidence.REACHED
    refused = _result(
        CheckOutcome.CONNECTION_ERROR, "cannot connect: [Errno 111] Connection refused"
    )
    assert evidence_of(refused) is Evidence.REACHED
    gone = _result(CheckOutcome.DNS_ERROR, "cannot resolve a.invalid: Name or service not known")
    assert evidence_of(gone) is Evidence.SITE
    silent = _result(CheckOutcome.DNS_ERROR, "cannot resolve a.test: no answer from the resolver")
    assert evidence_of(silent) is Evidence.OUTAGE
    unreachable = _result(CheckOutcome.CONNECTION_ERROR, "[Errno 101] Network is unreachable")
    assert evidence_of(unreachable) is Evidence.OUTAGE
    assert evidence_of(_result(CheckOutcome.INVALID_URL, "bad")) is Evidence.NONE


def test_sample_is_fair_across_hosts() -> None:
    assert sample_size(1, 3) == 1
    assert sample_size(5, 3) == 3
    assert sample_size(100, 3) == 25
    assert sample_size(10_000, 3) == 32


def test_dead_sites_alone_never_stop_a_run_early() -> None:
    judge = OfflineJudge(100, sample_hosts=3)
    gone = _result(CheckOutcome.DNS_ERROR, "cannot resolve: Name or service not known")
    for i in range(99):
        assert judge.observe(f"h{i}.invalid", gone) is Judgement.UNDECIDED
    assert judge.observe("live", _result(CheckOutcome.OK, reached=True)) is Judgement.ONLINE
    assert not judge.offline_at_end()


def test_an_outage_over_a_fair_sample_is_offline() -> None:
    judge = OfflineJudge(8, sample_hosts=3)
    silent = _result(CheckOutcome.DNS_ERROR, "no answer from the resolver")
    assert judge.observe("a", silent) is Judgement.UNDECIDED
    assert judge.observe("a", silent) is Judgement.UNDECIDED  # one host counts once
    assert judge.observe("b", silent) is Judgement.UNDECIDED
    assert judge.observe("c", silent) is Judgement.OFFLINE


# --- real runs on loopback ---------------------------------------------------------------


def test_dead_domains_before_live_hosts_record_every_result(servers: Servers) -> None:
    # the live hosts answer slowly, so the dead names all fail first
    live = [
        servers.route(host, "/slow", Response(**{**html("Live").__dict__, "delay_s": 0.2}))
        for host in (A, B)
    ]
    dead = [f"http://dead{i}.invalid/page" for i in range(6)]
    results = run([*dead, *live])
    assert set(results) == {*dead, *live}
    for url in dead:
        assert results[url].outcome is CheckOutcome.DNS_ERROR
    for url in live:
        assert results[url].outcome is CheckOutcome.OK


def test_a_single_silent_host_is_a_timeout_not_offline(servers: Servers) -> None:
    url = servers.route(C, "/silent", Response(200, delay_s=5.0))
    result = run([url])[url]
    assert result.outcome is CheckOutcome.TIMEOUT


def test_dead_domains_and_a_silent_host_record_every_result(servers: Servers) -> None:
    silent = servers.route(C, "/silent", Response(200, delay_s=5.0))
    dead = [f"http://gone{i}.invalid/" for i in range(4)]
    results = run([*dead, silent])
    assert set(results) == {*dead, silent}
    assert results[silent].outcome is CheckOutcome.TIMEOUT


def test_a_resolver_outage_is_offline_and_records_nothing(offline_network: None) -> None:
    delivered: list[CheckResult] = []

    async def go() -> None:
        async def sink(result: CheckResult) -> None:
            delivered.append(result)

        async with Checker(FAST) as checker:
            await checker.run([CheckTarget(f"http://site{i}.example/") for i in range(40)], sink)

    with pytest.raises(NetworkUnavailable) as info:
        asyncio.run(go())
    assert info.value.exit_code == 3
    assert delivered == []


def test_a_mixed_run_records_every_result_in_the_database(
    database: Database, servers: Servers
) -> None:
    live = servers.route(A, "/page", Response(**{**html("Page").__dict__, "delay_s": 0.2}))
    urls = [*(f"http://dead{i}.invalid/x" for i in range(5)), live]
    with database.session() as session:
        session.add_all(
            Source(key=f"s{i}", kind="web-page", title="T", url=u) for i, u in enumerate(urls)
        )
    report = check_links(database, options=FAST, clock=lambda: T0)
    assert report.checked == len(urls)
    with database.session() as session:
        assert session.query(LinkCheck).count() == len(urls)


def test_once_online_a_later_batch_of_dead_names_is_recorded(servers: Servers) -> None:
    live = servers.route(A, "/ok", html("OK"))
    delivered: list[CheckResult] = []

    async def go() -> None:
        async def sink(result: CheckResult) -> None:
            delivered.append(result)

        async with Checker(FAST) as checker:  # a worker checks batch after batch
            await checker.run([CheckTarget(live)], sink)
            await checker.run([CheckTarget(f"http://later{i}.invalid/") for i in range(4)], sink)

    asyncio.run(go())
    assert len(delivered) == 5
