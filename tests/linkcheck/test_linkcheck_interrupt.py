"""Durable and resumable: kill or interrupt ``python -m claims check`` mid-run, then rerun."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from linkcheck_servers import HOSTS, Response, Servers
from sqlalchemy import func, select
from tests.conftest import REPO_ROOT

from claims.db import Database
from claims.enums import SourceKind
from claims.models import Link, LinkCheck, Source

LINKS = 40


def _prepare(servers: Servers, url: str) -> Database:
    slow = Response(200, {"Content-Type": "application/pdf"}, b"%PDF", delay_s=0.15)
    database = Database(url)
    with database.session() as session:
        for i in range(LINKS):
            host = HOSTS[i % 4]
            servers.route(host, "*", slow)
            session.add(
                Source(key=f"s{i}", kind=SourceKind.REPORT, url=servers.url(host, f"/r/{i}.pdf"))
            )
    return database


def _checks(database: Database) -> int:
    with database.session() as session:
        return session.execute(select(func.count()).select_from(LinkCheck)).scalar_one()


# `python -m claims` with Ctrl-C handled as in a terminal: a process started in the background
# by a shell without job control inherits SIGINT ignored (and a Python started so keeps it
# ignored), which made this test fail when the suite itself was started that way
_WITH_CTRL_C = (
    "import runpy, signal, sys; signal.signal(signal.SIGINT, signal.default_int_handler); "
    "sys.argv[0] = 'claims'; runpy.run_module('claims', run_name='__main__', alter_sys=True)"
)


def _start(url: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT / "src")}
    env.pop("CLAIMS_ARCHIVE_ENDPOINT", None)
    return subprocess.Popen(
        [sys.executable, "-c", _WITH_CTRL_C, "--db", url, "check", "--allow-private",
         "--no-archive", "--per-host", "1", "--json"],
        cwd=REPO_ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )  # fmt: skip


def _wait_for_checks(
    database: Database, process: subprocess.Popen[str], at_least: int
) -> list[int]:
    """Wait until ``at_least`` checks are committed; the counts seen on the way."""
    deadline = time.monotonic() + 30
    seen = [0]
    while (count := _checks(database)) < at_least:
        if count != seen[-1]:
            seen.append(count)
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "no checks were committed"
        time.sleep(0.02)
    seen.append(count)
    return seen


def _finish(url: str, database: Database) -> dict[str, object]:
    rerun = _start(url)
    out, err = rerun.communicate(timeout=60)
    assert rerun.returncode == 0, err
    with database.session() as session:
        per_link = session.execute(
            select(LinkCheck.link_id, func.count()).group_by(LinkCheck.link_id)
        ).all()
        links = session.execute(select(func.count()).select_from(Link)).scalar_one()
    assert links == LINKS
    assert sorted(n for _id, n in per_link) == [1] * LINKS  # none lost, none twice
    document: dict[str, object] = json.loads(out)
    return document


@pytest.mark.slow
def test_killed_run_keeps_finished_checks_and_resumes(servers: Servers, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'claims.db'}"
    database = _prepare(servers, url)
    try:
        process = _start(url)
        seen = _wait_for_checks(database, process, 5)
        # results are committed in groups, not one transaction each
        assert max(b - a for a, b in itertools.pairwise(seen)) >= 2, seen
        process.kill()  # SIGKILL: no chance to clean up
        process.communicate(timeout=10)
        committed = _checks(database)
        assert 5 <= committed < LINKS
        document = _finish(url, database)
        summary = document["summary"]
        assert isinstance(summary, dict)
        assert summary["checked"] == LINKS - committed  # the rest, and only the rest
    finally:
        database.dispose()


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_with_a_summary(servers: Servers, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'claims.db'}"
    database = _prepare(servers, url)
    try:
        process = _start(url)
        _wait_for_checks(database, process, 5)
        process.send_signal(signal.SIGINT)
        out, err = process.communicate(timeout=20)
        # what the run printed says whether it had already finished when the signal came
        assert process.returncode == 130, (err, _checks(database), out[:300])
        assert "interrupted" in err
        assert "Traceback" not in err
        document = json.loads(out)
        assert document["summary"]["interrupted"] is True
        committed = _checks(database)
        # the summary counts exactly the committed checks
        assert document["summary"]["checked"] == committed
        _finish(url, database)
    finally:
        database.dispose()


def test_ctrl_c_while_the_last_group_is_committed_is_not_swallowed() -> None:
    """Under load a Ctrl-C landed in the committer's close(), whose wait for its own timer
    swallowed the run's cancellation: the run then ended as if finished (exit 0). The
    cancellation now goes on, after the pending results are committed."""
    from concurrent.futures import ThreadPoolExecutor
    from typing import Any

    from claims.linkcheck.results import ReportLog
    from claims.linkcheck.service import _GroupCommitter

    written: list[Any] = []

    def record(items: Any) -> list[None]:
        written.extend(items)
        return [None] * len(items)

    async def scenario() -> None:
        committer = _GroupCommitter(
            record=record,
            writer=pool,
            collected=ReportLog(),
            after_commit=lambda _report: None,
            interval_s=60,
        )
        await committer.add("link", "result")  # type: ignore[arg-type]
        closing = asyncio.create_task(committer.close())
        await asyncio.sleep(0)  # close() now waits for its cancelled timer
        closing.cancel()
        with pytest.raises(asyncio.CancelledError):
            await closing

    with ThreadPoolExecutor(max_workers=1) as pool:
        asyncio.run(scenario())
    assert written == [("link", "result")]  # committed before the cancellation went on
