"""SQLite under concurrent use: read-only units of work, and retrying a lost lock race."""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from claims import db as dbmod
from claims.enums import SourceKind
from claims.errors import DatabaseUnavailable
from claims.models import Source

SHORT_BUSY_MS = 100


def _path(sqlite_url: str) -> Path:
    return Path(sqlite_url.removeprefix("sqlite:///"))


def test_a_read_write_session_holds_the_lock_a_readonly_one_does_not(sqlite_url: str) -> None:
    reader = dbmod.Database(sqlite_url)
    writer = dbmod.Database(sqlite_url, sqlite_busy_timeout_ms=SHORT_BUSY_MS)
    try:
        with reader.session(readonly=True) as s:
            s.scalar(select(func.count()).select_from(Source))
            with writer.session() as w:  # the reader does not stand in the way
                w.add(Source(key="while-reading", kind=SourceKind.REPORT))
        with reader.session() as s:
            s.scalar(select(func.count()).select_from(Source))
            with (
                pytest.raises(DatabaseUnavailable, match="database is locked"),
                writer.session() as w,
            ):
                w.add(Source(key="blocked", kind=SourceKind.REPORT))
    finally:
        reader.dispose()
        writer.dispose()


def _hold_write_lock(path: Path, seconds: float, held: threading.Event) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    held.set()
    time.sleep(seconds)
    conn.execute("COMMIT")
    conn.close()


def test_transaction_runs_again_after_losing_the_lock_race(sqlite_url: str) -> None:
    database = dbmod.Database(sqlite_url, sqlite_busy_timeout_ms=SHORT_BUSY_MS)
    attempts = 0

    def work(session: Session) -> str:
        nonlocal attempts
        attempts += 1
        session.add(Source(key="after-the-lock", kind=SourceKind.REPORT))
        return "done"

    held = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(_path(sqlite_url), 0.5, held))
    holder.start()
    try:
        assert held.wait(5)
        assert database.transaction(work, attempts=8) == "done"
    finally:
        holder.join()
    assert attempts > 1  # the first attempt lost the race, a later one won
    with database.session(readonly=True) as s:
        assert s.scalar(select(func.count()).select_from(Source)) == 1
    database.dispose()


def test_transaction_gives_up_after_its_attempts(sqlite_url: str) -> None:
    database = dbmod.Database(sqlite_url, sqlite_busy_timeout_ms=SHORT_BUSY_MS)
    held = threading.Event()
    holder = threading.Thread(target=_hold_write_lock, args=(_path(sqlite_url), 1.5, held))
    holder.start()
    try:
        assert held.wait(5)
        with pytest.raises(DatabaseUnavailable, match="database is locked"):
            database.transaction(
                lambda s: s.add(Source(key="x", kind=SourceKind.REPORT)), attempts=2
            )
    finally:
        holder.join()
    database.dispose()


def test_other_errors_are_not_retried(sqlite_url: str) -> None:
    database = dbmod.Database(sqlite_url)
    calls = 0

    def work(session: Session) -> None:
        nonlocal calls
        calls += 1
        session.execute(select(func.no_such_function()))

    with pytest.raises(DatabaseUnavailable):
        database.transaction(work)
    assert calls == 1
    database.dispose()
