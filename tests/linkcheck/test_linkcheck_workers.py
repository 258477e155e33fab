"""Workers sharing a round: leases, guarded writes, and processes killed mid-round."""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from urllib.parse import urlsplit

import pytest
from linkcheck_servers import HOSTS, Response, Servers
from sqlalchemy import func, select
from tests.conftest import REPO_ROOT, Cli

from claims.db import Database
from claims.enums import CheckOutcome, LinkHealth, SourceKind
from claims.errors import InputError
from claims.linkcheck import CheckOptions, CheckResult
from claims.linkcheck.checker import HostScheduler
from claims.linkcheck.results import CheckTarget
from claims.linkcheck.service import LeaseLost, write_check
from claims.linkcheck.workers import WorkerOptions, default_round_id, run_worker
from claims.models import CheckRound, Link, LinkCheck, Source
from claims.repository import links as link_repo
from claims.repository import rounds

T0 = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
LEASE = dt.timedelta(seconds=30)
FAST = CheckOptions(
    allow_private=True,
    timeout_s=1.0,
    backoff_base_s=0.01,
    backoff_max_s=0.05,
    host_interval_s=0.0,
    archive=False,
)
PDF = Response(200, {"Content-Type": "application/pdf"}, b"%PDF")


class Clock:
    def __init__(self, start: dt.datetime = T0) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


def _add_links(database: Database, urls: list[str]) -> None:
    with database.session() as session:
        for i, url in enumerate(urls):
            session.add(Source(key=f"s{i}", kind=SourceKind.REPORT, title=f"Report {i}", url=url))
        link_repo.link_unlinked_sources(session)


def _round(session: object, round_id: str = "r1", **kw: object) -> rounds.RoundInfo:
    defaults: dict[str, object] = {
        "now": T0,
        "recheck_after": dt.timedelta(hours=24),
        "force": False,
        "worker": "w1",
    }
    return rounds.join_round(session, round_id, **{**defaults, **kw})  # type: ignore[arg-type]


def _lease(
    session: object, info: rounds.RoundInfo, *, worker: str, now: dt.datetime, limit: int
) -> list[int]:
    """What a worker holding no host leases: ``limit`` links, of free hosts."""
    view = rounds.links_by_host(session, info, now=now)  # type: ignore[arg-type]
    taken = rounds.lease_hosts(
        session,  # type: ignore[arg-type]
        info,
        view,
        worker=worker,
        now=now,
        lease=LEASE,
        hosts=limit,
        holding=(),
        per_host=limit,
        limit=limit,
    )
    return taken.leased


@pytest.fixture
def five_links(database: Database) -> Database:
    _add_links(database, [f"https://h{i}.example.invalid/" for i in range(5)])
    return database


# --- leases --------------------------------------------------------------------------------


def test_the_first_worker_starts_the_round_the_others_join_it(database: Database) -> None:
    with database.session() as s:
        first = _round(s, worker="w1")
    with database.session() as s:
        later = _round(
            s, worker="w2", now=T0 + dt.timedelta(hours=1), recheck_after=dt.timedelta(hours=1)
        )
    assert first.created
    assert not later.created
    assert (later.started_at, later.started_by, later.recheck_after) == (
        T0,
        "w1",
        dt.timedelta(hours=24),
    )


def test_leases_do_not_overlap_and_return_after_expiry(five_links: Database) -> None:
    database = five_links
    with database.session() as s:
        info = _round(s)
        a = _lease(s, info, worker="a", now=T0, limit=3)
    with database.session() as s:
        b = _lease(s, info, worker="b", now=T0, limit=3)
    with database.session() as s:
        c = _lease(s, info, worker="c", now=T0, limit=3)
    assert len(a) == 3
    assert len(b) == 2
    assert c == []
    assert not set(a) & set(b)
    with database.session() as s:
        left = rounds.outstanding(s, info, now=T0)
    assert (left.links, left.leased, left.next_expiry) == (5, 5, T0 + LEASE)
    # "a" dies: once its lease has run out its links are free again, "b"'s are not
    later = T0 + LEASE + dt.timedelta(seconds=1)
    with database.session() as s:
        assert rounds.renew_leases(s, worker="b", until=later + LEASE) == 2
    with database.session() as s:
        taken_over = _lease(s, info, worker="c", now=later, limit=10)
    assert sorted(taken_over) == sorted(a)


def test_a_host_goes_to_one_worker_and_each_takes_its_share(database: Database) -> None:
    _add_links(database, [f"https://h{h}.example.invalid/{i}" for h in range(4) for i in range(3)])

    def lease(worker: str, now: dt.datetime, holding: tuple[str, ...] = ()) -> set[str]:
        with database.session() as s:
            view = rounds.links_by_host(s, info, now=now)
            taken = rounds.lease_hosts(
                s,
                info,
                view,
                worker=worker,
                now=now,
                lease=LEASE,
                hosts=10,
                holding=holding,
                per_host=2,
                limit=100,
            )
            assert sorted(taken.leased) == sorted(taken.tried)
            urls = s.scalars(select(Link.url).where(Link.id.in_(taken.leased)))
            return {urlsplit(u).hostname or "" for u in urls}

    with database.session() as s:
        info = _round(s)
        for worker in ("a", "b"):  # both take part: each takes half of the four hosts
            rounds.see_worker(s, info, worker=worker, now=T0)
    a = lease("a", T0)
    b = lease("b", T0)
    assert len(a) == len(b) == 2
    assert not a & b  # a host's links go to one worker at a time
    assert lease("a", T0, holding=tuple(a)) == set()  # its share is in progress
    assert lease("c", T0) == set()  # every host is held by a or b
    # a's hosts are done but not yet written: it goes on with them rather than take b's
    assert lease("a", T0) == a
    with database.session() as s:
        left = rounds.outstanding(s, info, now=T0, other_than="a")
        assert (left.links, left.leased) == (6, 4)  # b's hosts: four links leased, two not
    # a dies: once its leases have run out, b takes its hosts
    later = T0 + LEASE + dt.timedelta(seconds=1)
    with database.session() as s:
        rounds.renew_leases(s, worker="b", until=later + LEASE)
        rounds.leave_round(s, info, worker="a")
    assert lease("b", later, holding=tuple(b)) == a


def test_a_scheduler_open_ended_takes_more_until_closed() -> None:
    async def go() -> list[str]:
        scheduler = HostScheduler([CheckTarget("http://a.test/1")], 1, open_ended=True)
        first = await scheduler.take()
        assert first is not None
        await scheduler.add([CheckTarget("http://a.test/2"), CheckTarget("http://b.test/1")])
        assert scheduler.busy_hosts() == {"a.test", "b.test"}
        taken = [first.url]
        second = await scheduler.take()  # a.test is at its limit: b.test's comes first
        assert second is not None
        taken.append(second.url)
        await scheduler.done(second)
        assert scheduler.freed.is_set()  # b.test is done: the worker may lease another host
        assert scheduler.busy_hosts() == {"a.test"}
        await scheduler.done(first)
        third = await scheduler.take()
        assert third is not None
        taken.append(third.url)
        await scheduler.done(third)
        waiting = asyncio.create_task(scheduler.take())  # open: waits for more, or the end
        await asyncio.sleep(0)
        assert not waiting.done()
        await scheduler.close()
        assert await waiting is None
        return taken

    assert asyncio.run(go()) == ["http://a.test/1", "http://b.test/1", "http://a.test/2"]


def _result(url: str, at: dt.datetime, outcome: CheckOutcome = CheckOutcome.OK) -> CheckResult:
    return CheckResult(url=url, outcome=outcome, checked_at=at, status=200)


def test_a_result_counts_only_while_its_worker_holds_the_lease(five_links: Database) -> None:
    database = five_links
    with database.session() as s:
        info = _round(s)
        (link_id,) = _lease(s, info, worker="slow", now=T0, limit=1)
        url = s.get(Link, link_id).url  # type: ignore[union-attr]
    later = T0 + LEASE + dt.timedelta(seconds=1)
    with database.session() as s:  # the slow worker's lease ran out; another takes the link
        assert _lease(s, info, worker="fast", now=later, limit=1) == [link_id]
    policy = FAST.health
    write_check(
        database,
        link_id,
        _result(url, later),
        policy=policy,
        worker="fast",
        round_id=info.id,
        leased=True,
    )
    with pytest.raises(LeaseLost):
        write_check(
            database,
            link_id,
            _result(url, later, CheckOutcome.NOT_FOUND),
            policy=policy,
            worker="slow",
            round_id=info.id,
            leased=True,
        )
    with database.session() as s:
        checks = s.execute(select(LinkCheck.worker).where(LinkCheck.link_id == link_id)).all()
        link = s.get(Link, link_id)
        assert link is not None
        assert (link.last_round_id, link.lease_owner, link.health) == (
            info.id,
            None,
            LinkHealth.ALIVE,
        )
    assert [w for (w,) in checks] == ["fast"]  # the slow worker's check was rolled back
    with database.session() as s:
        assert _lease(s, info, worker="x", now=later, limit=9) != [link_id]


def test_the_round_covers_what_was_due_when_it_started(five_links: Database) -> None:
    database = five_links
    with database.session() as s:
        links = s.scalars(select(Link).order_by(Link.id)).all()
        links[0].health, links[0].last_checked_at = LinkHealth.ALIVE, T0 - dt.timedelta(hours=1)
        links[1].health, links[1].last_checked_at = LinkHealth.ALIVE, T0 - dt.timedelta(days=2)
        links[2].health, links[2].last_checked_at = LinkHealth.SUSPECT, T0 - dt.timedelta(hours=1)
        recent, stale, failing = links[0].id, links[1].id, links[2].id
    with database.session() as s:
        info = _round(s)
        due = set(_lease(s, info, worker="a", now=T0, limit=10))
    assert recent not in due  # alive and checked an hour ago
    assert {stale, failing} <= due
    with database.session() as s:
        forced = _round(s, "r2", force=True)
        assert recent in _lease(s, forced, worker="b", now=T0, limit=10)


def test_a_derived_round_is_the_recheck_after_window() -> None:
    at = dt.datetime(2026, 11, 28, 17, 45, tzinfo=dt.UTC)
    assert default_round_id(at, dt.timedelta(hours=24)) == "2026-11-28T00:00:00Z/86400s"
    assert default_round_id(at, dt.timedelta(hours=6)) == "2026-11-28T12:00:00Z/21600s"
    with pytest.raises(InputError, match="--recheck-after") as raised:
        default_round_id(at, dt.timedelta(0))
    assert "--round" in (raised.value.hint or "")


# --- one worker, in process ----------------------------------------------------------------


def test_a_worker_checks_each_link_of_the_round_once(database: Database, servers: Servers) -> None:
    gone = Response(404, {"Content-Type": "text/plain"}, b"gone")
    for host in HOSTS[:3]:
        servers.route(host, "*", PDF)
        servers.route(host, "/gone", gone)
    urls = [servers.url(HOSTS[i % 3], f"/r/{i}.pdf") for i in range(12)]
    urls.append(servers.url(HOSTS[0], "/gone"))
    _add_links(database, urls)
    worker = WorkerOptions(worker_id="solo", round_id="nightly", batch=5, lease=LEASE)
    report = run_worker(database, worker, options=FAST)
    assert report.worker is not None
    assert (report.checked, report.due, report.worker.batches) == (13, 13, 3)
    assert report.worker.outstanding == 0
    assert report.worker.lost_leases == 0
    # the failure is not checked again in the same round (it would be in a plain run)
    again = run_worker(database, worker, options=FAST)
    assert again.checked == 0
    with database.session() as s:
        counts = dict(rounds.round_check_counts(s, "nightly"))
        leased = s.scalar(select(func.count()).where(Link.lease_owner.is_not(None)))
        stored = s.get(CheckRound, "nightly")
    assert sorted(counts.values()) == [1] * 13
    assert leased == 0
    assert stored is not None
    assert stored.started_by == "solo"
    # a new round checks the failure again, and nothing that is alive and recent
    fresh = run_worker(database, WorkerOptions(worker_id="solo", round_id="next"), options=FAST)
    assert [r.result.url for r in fresh.links] == [urls[-1]]


def test_a_worker_follows_the_round_it_joins(sqlite_cli: Cli) -> None:
    first = sqlite_cli("check", "--worker", "--round", "weekly", "--recheck-after", "7d", "--json")
    assert first.exit_code == 0, first.stderr
    summary = json.loads(first.stdout)["summary"]["worker"]
    assert (summary["round"], summary["recheck_after_s"], summary["outstanding"]) == (
        "weekly",
        7 * 86400.0,
        0,
    )
    later = sqlite_cli("check", "--worker", "--round", "weekly", "--force")
    assert later.exit_code == 0, later.stderr
    assert "round weekly was started with recheck_after_s=604800.0" in later.stderr
    assert "force=False" in later.stderr
    assert "round complete" in later.stdout
    assert sqlite_cli("check", "--worker", "--recheck-after", "0").exit_code == 2


def test_worker_options_need_worker(sqlite_cli: Cli) -> None:
    for args in (["--batch", "5"], ["--lease", "10s"], ["--round", "x"], ["--worker-id", "w"]):
        result = sqlite_cli("check", *args)
        assert result.exit_code == 2, result.stderr
        assert "--worker" in result.stderr
    result = sqlite_cli("check", "--worker", "some-source")
    assert result.exit_code == 2
    assert "source keys" in result.stderr
    result = sqlite_cli("check", "--worker", "--lease", "0s")
    assert result.exit_code == 2


# --- several processes, one killed ---------------------------------------------------------

PROCESS_LINKS = 60
SLOW_S = 0.25


def _start_worker(url: str, name: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT / "src")}
    env.pop("CLAIMS_ARCHIVE_ENDPOINT", None)
    argv = [sys.executable, "-m", "claims", "--db", url, "check", "--worker"]
    argv += ["--worker-id", name, "--round", "shared", "--batch", "5", "--lease", "2s"]
    argv += ["--per-host", "1", "--allow-private", "--no-archive", "--json"]
    argv += ["--fail-on", "never", "--timeout", "5"]
    return subprocess.Popen(
        argv, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _victim_state(database: Database) -> tuple[int, list[int]]:
    with database.session(readonly=True) as s:
        done = s.scalar(select(func.count()).where(LinkCheck.worker == "victim"))
        held = list(s.scalars(select(Link.id).where(Link.lease_owner == "victim")))
    return int(done or 0), held


@pytest.mark.slow
def test_three_workers_one_killed_check_every_link_exactly_once(
    db_url: str, servers: Servers
) -> None:
    slow = Response(200, {"Content-Type": "application/pdf"}, b"%PDF", delay_s=SLOW_S)
    gone = Response(404, {"Content-Type": "text/plain"}, b"gone", delay_s=SLOW_S)
    for host in HOSTS:
        servers.route(host, "*", slow)
        servers.route(host, "/gone", gone)
    urls = [servers.url(HOSTS[i % len(HOSTS)], f"/r/{i}.pdf") for i in range(PROCESS_LINKS - 6)]
    urls += [servers.url(host, "/gone") for host in HOSTS]  # failures: not rechecked in a round
    database = Database(db_url)
    try:
        _add_links(database, urls)
        # the victim first: started together, the others could lease every host before it
        # leased any (a host goes to one worker at a time) and it would find nothing to do
        victim = _start_worker(db_url, "victim")
        deadline = time.monotonic() + 60
        while not _victim_state(database)[1]:
            assert victim.poll() is None, victim.communicate()
            assert time.monotonic() < deadline, "the victim never got going"
            time.sleep(0.01)
        workers = {"victim": victim, **{name: _start_worker(db_url, name) for name in ("w1", "w2")}}
        while True:  # kill the victim once it has committed checks and holds leases
            done, held = _victim_state(database)
            if done >= 2 and held:
                # stopped, it cannot finish its batch between our look and the kill
                victim.send_signal(signal.SIGSTOP)
                if _victim_state(database)[1]:
                    break
                victim.send_signal(signal.SIGCONT)
            assert victim.poll() is None, victim.communicate()
            assert time.monotonic() < deadline, "the victim never got going"
            time.sleep(0.01)
        victim.kill()  # SIGKILL: no chance to give its leases back
        victim.communicate(timeout=10)
        done_at_kill, held_at_kill = _victim_state(database)
        documents = {}
        for name in ("w1", "w2"):
            out, err = workers[name].communicate(timeout=90)
            assert workers[name].returncode == 0, err
            documents[name] = json.loads(out)

        with database.session(readonly=True) as s:
            per_link = dict(rounds.round_check_counts(s, "shared"))
            all_links = set(s.scalars(select(Link.id)))
            by_worker = dict(
                s.execute(
                    select(LinkCheck.link_id, LinkCheck.worker).where(
                        LinkCheck.link_id.in_(held_at_kill)
                    )
                ).all()
            )
            leased = s.scalar(select(func.count()).where(Link.lease_owner.is_not(None)))
            total = s.scalar(select(func.count()).select_from(LinkCheck))
        assert len(all_links) == PROCESS_LINKS
        assert per_link == dict.fromkeys(all_links, 1)  # none lost, none twice
        assert total == PROCESS_LINKS  # no check outside the round either
        assert leased == 0
        # the links the victim held when it died were taken over by the survivors
        assert held_at_kill
        assert set(by_worker.values()) <= {"w1", "w2"}
        survivors = sum(d["summary"]["checked"] for d in documents.values())
        assert survivors + done_at_kill == PROCESS_LINKS
        for document in documents.values():
            summary = document["summary"]["worker"]
            assert summary["round"] == "shared"
            assert summary["outstanding"] == 0
    finally:
        database.dispose()


@pytest.mark.slow
def test_three_workers_hold_the_per_host_limit_together(db_url: str, servers: Servers) -> None:
    # two hosts, batches of 10: each worker's batch holds links of both hosts, so without a
    # host going to one worker at a time three workers would put 3 × 2 in flight at a host
    slow = Response(200, {"Content-Type": "application/pdf"}, b"%PDF", delay_s=0.15)
    hosts = HOSTS[:2]
    for host in hosts:
        servers.route(host, "*", slow)
    urls = [servers.url(hosts[i % 2], f"/p/{i}.pdf") for i in range(40)]
    database = Database(db_url)
    try:
        _add_links(database, urls)
        workers = []
        for name in ("a", "b", "c"):
            env = {**os.environ, "PYTHONPATH": str(REPO_ROOT / "src")}
            env.pop("CLAIMS_ARCHIVE_ENDPOINT", None)
            argv = [sys.executable, "-m", "claims", "--db", db_url, "check", "--worker"]
            argv += ["--worker-id", name, "--round", "polite", "--batch", "10", "--lease", "5s"]
            argv += ["--per-host", "2", "--allow-private", "--no-archive", "--json"]
            argv += ["--fail-on", "never", "--timeout", "5"]
            workers.append(
                subprocess.Popen(
                    argv,
                    cwd=REPO_ROOT,
                    env=env,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
            )
        for process in workers:
            _out, err = process.communicate(timeout=120)
            assert process.returncode == 0, err
        with database.session(readonly=True) as s:
            per_link = dict(rounds.round_check_counts(s, "polite"))
        assert sorted(per_link.values()) == [1] * 40
        for host in hosts:
            assert servers.peak[host] <= 2, (host, servers.peak[host])
    finally:
        database.dispose()


def test_a_pause_holds_the_hosts_free_links_from_every_worker(five_links: Database) -> None:
    with five_links.session() as s:
        info = _round(s)
        held = rounds.pause_host(
            s, info, host="H2.example.invalid", worker="w1", now=T0, until=T0 + LEASE
        )
        assert held == 1
        # neither another worker nor the one told leases the host's links during the pause
        for worker in ("w1", "w2"):
            ids = _lease(s, info, worker=worker, now=T0, limit=10)
            urls = set(s.scalars(select(Link.url).where(Link.id.in_(ids))))
            assert "https://h2.example.invalid/" not in urls
        after = T0 + LEASE + dt.timedelta(seconds=1)
        ids = _lease(s, info, worker="w2", now=after, limit=10)
        assert "https://h2.example.invalid/" in set(
            s.scalars(select(Link.url).where(Link.id.in_(ids)))
        )


@pytest.mark.slow
def test_a_hosts_retry_after_holds_for_every_worker(db_url: str, servers: Servers) -> None:
    # the host answers 429 with Retry-After: 2 to everything and a URL may take 1 s in total,
    # so each 429 stands as its link's result and the worker moves on: the pause must hold
    # for whichever worker takes the host next, not only for the one that was told
    busy = Response(429, {"Retry-After": "2", "Content-Type": "text/plain"}, b"slow down")
    host = HOSTS[0]
    servers.route(host, "*", busy)
    urls = [servers.url(host, f"/p/{i}") for i in range(3)]
    database = Database(db_url)
    try:
        _add_links(database, urls)
        workers = []
        for name in ("a", "b"):
            env = {**os.environ, "PYTHONPATH": str(REPO_ROOT / "src")}
            env.pop("CLAIMS_ARCHIVE_ENDPOINT", None)
            argv = [sys.executable, "-m", "claims", "--db", db_url, "check", "--worker"]
            argv += ["--worker-id", name, "--round", "paused", "--batch", "1", "--lease", "5s"]
            argv += ["--allow-private", "--no-archive", "--json", "--fail-on", "never"]
            argv += ["--timeout", "1", "--total-timeout", "1"]
            workers.append(
                subprocess.Popen(
                    argv,
                    cwd=REPO_ROOT,
                    env=env,
                    stdout=subprocess.PIPE,
                    stderr=subprocess.PIPE,
                    text=True,
                )
            )
        for process in workers:
            _out, err = process.communicate(timeout=120)
            assert process.returncode == 0, err
        with database.session(readonly=True) as s:
            assert sorted(dict(rounds.round_check_counts(s, "paused")).values()) == [1, 1, 1]
        times = sorted(r.at for r in servers.requests(host))
        assert len(times) == 3
        gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
        assert min(gaps) >= 1.8, gaps
    finally:
        database.dispose()
