"""Shared fixtures: real SQLite and PostgreSQL databases, a CLI runner, and a network guard."""

from __future__ import annotations

import ipaddress
import json
import os
import socket
import subprocess
import sys
import sysconfig
import uuid
import venv
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from claims.db import Database

# pytest-xdist's workers inherit COLUMNS=80 and LINES=24; the CLI takes COLUMNS as the terminal's
# width, so the tests would see a terminal where a user sees a pipe. Tests that want a width set it.
for _name in ("COLUMNS", "LINES"):
    os.environ.pop(_name, None)

REPO_ROOT = Path(__file__).resolve().parent.parent
SHARED_DIR = REPO_ROOT.parent / "shared"
LETTER_DATASET = REPO_ROOT / "data" / "hrw-2016-07-18-facebook-china"
POSTGRES_ENV = "CLAIMS_TEST_POSTGRES_URL"

settings.register_profile(
    "default", deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
# CI runs hypothesis's own 100 examples per property (200 had the whole CI run past 15 min on
# two cores); tests that need more say so with their own settings
settings.register_profile(
    "ci",
    deadline=None,
    max_examples=100,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
settings.load_profile("ci" if os.environ.get("CI") else "default")


# --- network guard -------------------------------------------------------------------------


class NetworkGuardError(RuntimeError):
    """A test tried to reach beyond loopback."""


_violations: list[str] = []
_real_getaddrinfo = socket.getaddrinfo
_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_sendto = socket.socket.sendto


def _is_loopback(host: str) -> bool:
    try:
        return ipaddress.ip_address(host.split("%", maxsplit=1)[0]).is_loopback
    except ValueError:
        return False


def _refuse(what: str) -> NetworkGuardError:
    _violations.append(what)
    return NetworkGuardError(f"test tried to reach beyond loopback: {what}")


def _guarded_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
    name = host.decode() if isinstance(host, bytes) else host
    if name is None or _is_loopback(name) or name in ("localhost", "localhost.localdomain"):
        return _real_getaddrinfo(host, *args, **kwargs)
    if name.endswith((".invalid", ".invalid.")):
        # RFC 6761: never resolves; answer as a resolver would, without asking one
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    raise _refuse(f"name lookup of {name!r}")


def _check_address(sock: socket.socket, address: Any) -> None:
    if sock.family in (socket.AF_INET, socket.AF_INET6):
        host = address[0]
        if not _is_loopback(host):
            raise _refuse(f"connection to {host!r}")


def _guarded_connect(self: socket.socket, address: Any) -> Any:
    _check_address(self, address)
    return _real_connect(self, address)


def _guarded_connect_ex(self: socket.socket, address: Any) -> Any:
    _check_address(self, address)
    return _real_connect_ex(self, address)


def _guarded_sendto(self: socket.socket, data: Any, *args: Any) -> Any:
    _check_address(self, args[-1])
    return _real_sendto(self, data, *args)


@pytest.fixture(autouse=True)
def network_guard(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail any test that looks up a public name or connects beyond 127.0.0.0/8 and ::1."""
    _violations.clear()
    monkeypatch.setattr(socket, "getaddrinfo", _guarded_getaddrinfo)
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)
    monkeypatch.setattr(socket.socket, "sendto", _guarded_sendto)
    yield
    if _violations:
        found = list(_violations)
        _violations.clear()
        pytest.fail(f"network guard: {found}")


@pytest.fixture
def offline_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """A machine with no network: every public name fails to resolve, as with no resolver.

    Nothing leaves the machine; loopback still works, so local servers keep answering.
    """

    def offline_getaddrinfo(host: Any, *args: Any, **kwargs: Any) -> Any:
        name = host.decode() if isinstance(host, bytes) else host
        if name is None or _is_loopback(name) or name == "localhost":
            return _real_getaddrinfo(host, *args, **kwargs)
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", offline_getaddrinfo)


# --- databases -----------------------------------------------------------------------------


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'claims.db'}"


@pytest.fixture(scope="session")
def postgres_server_url() -> str:
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"PostgreSQL tests need {POSTGRES_ENV} (CI sets it)")
    try:
        engine = create_engine(url)
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        engine.dispose()
    except Exception as exc:
        # required when configured: a skip here would hide a broken CI database
        pytest.fail(f"{POSTGRES_ENV} is set but PostgreSQL cannot be reached: {exc}")
    return url


@pytest.fixture
def postgres_url(postgres_server_url: str) -> Iterator[str]:
    """A schema of its own for each test, so runs and tests cannot collide."""
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(postgres_server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(postgres_server_url).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each test using this runs on SQLite and on PostgreSQL."""
    name = "sqlite_url" if request.param == "sqlite" else "postgres_url"
    url = request.getfixturevalue(name)
    assert isinstance(url, str)
    return url


@pytest.fixture
def fresh_url(db_url: str, tmp_path: Path) -> Iterator[str]:
    """The URL of a second, empty database of the same backend."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'fresh.db'}"
        return
    schema = f"fresh_{uuid.uuid4().hex[:16]}"
    url = make_url(db_url)
    admin = create_engine(url.set(query={}), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
            hide_password=False
        )
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


# --- migrated databases, made by copying -----------------------------------------------------
#
# Running the migrations from the first took 0.18 s on SQLite and 0.85 s on PostgreSQL, for
# each of some 2,000 tests. Each process migrates one database of each kind once; every other
# database a fixture makes is a copy: the SQLite file, or on PostgreSQL the statements the
# migrations ran, replayed in the new schema. The migrations themselves are tested from empty
# databases (tests/test_migrations.py), which ``sqlite_url`` and ``postgres_url`` still give.

_sqlite_templates: list[Path] = []  # one per process, made on first need
_postgres_statements: list[list[tuple[str, Any]]] = []


def _sqlite_template() -> Path:
    if not _sqlite_templates:
        import atexit
        import shutil
        import tempfile

        folder = Path(tempfile.mkdtemp(prefix="claims-template-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
        Database(f"sqlite:///{folder / 'claims.db'}").dispose()
        _sqlite_templates.append(folder / "claims.db")
    return _sqlite_templates[0]


def _recorded_migrations(server_url: str) -> list[tuple[str, Any]]:
    """The statements the migrations run on an empty PostgreSQL schema, in order."""
    if not _postgres_statements:
        from claims.db import create_db_engine, upgrade

        schema = f"template_{uuid.uuid4().hex[:16]}"
        admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = make_url(server_url).update_query_dict({"options": f"-csearch_path={schema}"})
        engine = create_db_engine(url.render_as_string(hide_password=False))
        recorded: list[tuple[str, Any]] = []

        def record(_c: Any, _cur: Any, statement: str, params: Any, *_: Any) -> None:
            recorded.append((statement, params))

        event.listen(engine, "before_cursor_execute", record)
        try:
            upgrade(engine)
        finally:
            engine.dispose()
            with admin.connect() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()
        # a statement that names its schema could not be replayed in another one
        assert not any(schema in statement for statement, _ in recorded)
        _postgres_statements.append(recorded)
    return _postgres_statements[0]


def migrated(url: str) -> str:
    """The database at ``url`` at the head revision, made by copying when it is still empty."""
    path = make_url(url)
    if path.get_backend_name() == "sqlite":
        if path.database and not Path(path.database).exists():
            import shutil

            shutil.copyfile(_sqlite_template(), path.database)
        return url
    server = os.environ.get(POSTGRES_ENV)
    if not server:
        return url
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            fresh = conn.execute(text("SELECT to_regclass('alembic_version') IS NULL"))
            if not fresh.scalar_one():
                return url
            # a list of parameter sets is run as executemany, as it was recorded
            for statement, params in _recorded_migrations(server):
                conn.exec_driver_sql(statement, params or None)
    finally:
        engine.dispose()
    return url


@pytest.fixture
def database(db_url: str) -> Iterator[Database]:
    db = Database(migrated(db_url))
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture
def session(database: Database) -> Iterator[Session]:
    with database.session() as s:
        yield s


# --- command line --------------------------------------------------------------------------


@dataclass(frozen=True)
class CliResult:
    exit_code: int
    stdout: str
    stderr: str
    exception: BaseException | None


class Cli:
    """Runs ``claims --db URL …`` in-process, stdout and stderr kept apart."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None) -> CliResult:
        from claims.cli import app

        result = self.runner.invoke(app, ["--db", self.url, *args], input=input)
        exc = result.exception
        if isinstance(exc, SystemExit):
            exc = None
        return CliResult(result.exit_code, result.stdout, result.stderr, exc)


def ok_json(cli: Cli, *args: str) -> Any:
    """Run a command with --json, require success, and return the parsed output."""
    result = cli(*args, "--json")
    assert result.exit_code == 0, result.stderr
    assert result.exception is None
    return json.loads(result.stdout)


@contextmanager
def counting_statements(database: Database) -> Iterator[list[str]]:
    """Collect the SQL statements the database runs inside the block (to test for N+1)."""
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    event.listen(database.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(database.engine, "before_cursor_execute", count)


def _created(url: str) -> str:
    """The database made and migrated: commands that only read refuse a missing one."""
    Database(migrated(url)).dispose()
    return url


@pytest.fixture
def cli(db_url: str) -> Cli:
    """The CLI on an empty database (``Cli(url)`` on a URL never used is a missing one)."""
    return Cli(_created(db_url))


@pytest.fixture
def sqlite_cli(sqlite_url: str) -> Cli:
    return Cli(_created(sqlite_url))


# --- packaging -----------------------------------------------------------------------------


@dataclass(frozen=True)
class InstalledWheel:
    wheel: Path
    python: Path
    env_dir: Path


@pytest.fixture(scope="session")
def installed_wheel(tmp_path_factory: pytest.TempPathFactory) -> InstalledWheel:
    """claims built as a wheel and installed, non-editable, into a fresh virtual environment.

    The dependencies come from this environment (a .pth line); claims itself only from the wheel.
    """
    root = tmp_path_factory.mktemp("wheel")
    wheels = root / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", wheels, REPO_ROOT],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("claims-*.whl")
    env_dir = root / "venv"
    venv.create(env_dir, with_pip=False)
    python = env_dir / "bin" / "python"
    purelib = Path(
        subprocess.run(
            [python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    (purelib / "deps.pth").write_text(sysconfig.get_path("purelib") + "\n")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", wheel],
        check=True,
        capture_output=True,
    )
    return InstalledWheel(wheel=wheel, python=python, env_dir=env_dir)
