"""Database configuration: URL precedence, SQLite pragmas, clear failures."""

from __future__ import annotations

from pathlib import Path

import pytest

from claims import db as dbmod
from claims.config import DEFAULT_DATABASE_URL, resolve_database_url
from claims.errors import ConflictError, DatabaseUnavailable, InputError
from tests.conftest import Cli


def test_option_beats_environment_beats_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLAIMS_DATABASE_URL", raising=False)
    assert resolve_database_url(None) == DEFAULT_DATABASE_URL == "sqlite:///claims.db"
    monkeypatch.setenv("CLAIMS_DATABASE_URL", "sqlite:///env.db")
    assert resolve_database_url(None) == "sqlite:///env.db"
    assert resolve_database_url("sqlite:///opt.db") == "sqlite:///opt.db"


def test_a_sqlite_file_path_stands_for_its_url(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.delenv("CLAIMS_DATABASE_URL", raising=False)
    assert resolve_database_url("qa.db") == "sqlite:///qa.db"
    assert resolve_database_url("data/Work.SQLite3") == "sqlite:///data/Work.SQLite3"
    assert resolve_database_url(str(tmp_path / "a.sqlite")) == f"sqlite:///{tmp_path}/a.sqlite"
    existing = tmp_path / "claims-store"
    existing.write_bytes(b"")
    assert resolve_database_url(str(existing)) == f"sqlite:///{existing}"
    monkeypatch.setenv("CLAIMS_DATABASE_URL", "env.db")
    assert resolve_database_url(None) == "sqlite:///env.db"
    # a mistyped URL stays an error rather than a new empty file named after it
    assert resolve_database_url("postgres") == "postgres"
    assert resolve_database_url("postgresql://u@h/d") == "postgresql://u@h/d"


def test_a_bare_path_works_on_the_command_line(tmp_path: Path) -> None:
    db = tmp_path / "qa.db"
    result = Cli(str(db))("db", "upgrade")
    assert result.exit_code == 0, result.stderr
    assert db.is_file()
    assert Cli(f"sqlite:///{db}")("list", "--json").exit_code == 0
    bad = Cli("postgres")("list")
    assert bad.exit_code == 2
    assert "not a database URL: 'postgres'" in bad.stderr


def test_sqlite_pragmas(sqlite_url: str) -> None:
    database = dbmod.Database(sqlite_url)
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == dbmod.SQLITE_BUSY_TIMEOUT_MS
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -2000  # SQLite's default
    database.dispose()


def test_a_small_sqlite_cache_on_every_connection_and_core_units_of_work(sqlite_url: str) -> None:
    database = dbmod.Database(sqlite_url, sqlite_cache_kib=256)
    with database.connection(readonly=True) as conn:
        assert conn.exec_driver_sql("PRAGMA cache_size").scalar() == -256
    with pytest.raises(ConflictError):  # the errors of a session, on Core
        database.core_transaction(
            lambda conn: conn.exec_driver_sql(
                "INSERT INTO link (url, health, created_at)"
                " VALUES ('u', 'unchecked', '2026-01-01'), ('u', 'unchecked', '2026-01-01')"
            )
        )
    with database.connection() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM link").scalar() == 0  # rolled back
    database.dispose()


def test_unopenable_database_names_url_and_masks_password() -> None:
    with pytest.raises(
        DatabaseUnavailable, match=r"postgresql\+psycopg://bob:\*\*\*@127.0.0.1:1/x"
    ):
        dbmod.Database("postgresql+psycopg://bob:secret@127.0.0.1:1/x")


def test_cli_unopenable_database_exits_3(tmp_path: Path) -> None:
    from tests.conftest import LETTER_DATASET

    result = Cli(f"sqlite:///{tmp_path}/missing/dir/x.db")("load", str(LETTER_DATASET))
    assert result.exit_code == 3
    assert "cannot open database sqlite:///" in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stdout == ""


def test_cli_password_never_printed() -> None:
    result = Cli("postgresql+psycopg://bob:secret@127.0.0.1:1/x")("db", "current")
    assert result.exit_code == 3
    assert "secret" not in result.stderr
    assert "***" in result.stderr


def test_bad_url_is_a_usage_error() -> None:
    with pytest.raises(InputError):
        dbmod.Database("nonsense")
    assert Cli("nonsense")("db", "current").exit_code == 2


def test_db_current_on_new_file_prints_head(sqlite_cli: Cli) -> None:
    result = sqlite_cli("db", "current")
    assert result.exit_code == 0, result.stderr
    head = dbmod.head_revision(dbmod.create_db_engine(sqlite_cli.url))
    assert result.stdout.strip() == f"{head} (head)"


def test_db_downgrade_then_upgrade(cli: Cli) -> None:
    refused = cli("db", "downgrade", "base")
    assert refused.exit_code == 2
    assert refused.stderr.startswith("error: not downgrading from ")
    assert "(head)" in cli("db", "current").stdout
    assert cli("db", "downgrade", "base", "--yes").exit_code == 0
    assert "base (head is" in cli("db", "current").stdout
    assert cli("db", "upgrade").exit_code == 0
    assert "(head)" in cli("db", "current").stdout


def test_db_history_json(sqlite_cli: Cli) -> None:
    import json

    result = sqlite_cli("db", "history", "--json")
    assert result.exit_code == 0
    revisions = json.loads(result.stdout)
    assert revisions[0]["head"] is True
    assert revisions[-1]["down_revision"] is None


def _writer(url: str, prefix: str, count: int) -> None:
    from sqlalchemy import func, select

    from claims.enums import SourceKind
    from claims.models import Source

    database = dbmod.Database(url)
    for i in range(count):
        with database.session() as s:
            # read, then write: the pattern that fails at once under deferred transactions
            s.scalar(select(func.count()).select_from(Source))
            s.add(Source(key=f"{prefix}{i}", kind=SourceKind.REPORT))
    database.dispose()


def test_sqlite_two_writer_processes_both_succeed(sqlite_url: str) -> None:
    import multiprocessing

    from sqlalchemy import func, select

    from claims.models import Source

    dbmod.Database(sqlite_url).dispose()  # migrate once, before the race
    ctx = multiprocessing.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(sqlite_url, p, 60)) for p in ("a", "b")]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    database = dbmod.Database(sqlite_url)
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Source)) == 120
    database.dispose()
