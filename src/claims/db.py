"""Engine, sessions and migrations: the alembic configuration is built in code."""

from __future__ import annotations

import os
import random
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, Engine, create_engine, event, inspect, make_url, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError, SQLAlchemyError

from claims.errors import ConflictError, DatabaseUnavailable, InputError

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.orm import Session, sessionmaker

# alembic (with mako and its dialect modules, ~10 MiB) is imported only to migrate or list
# revisions: every command checks the schema's revision, which needs neither

SQLITE_BUSY_TIMEOUT_MS = 10_000
# a unit of work that loses a lock race is run again this many times in all
DEFAULT_TRANSACTION_ATTEMPTS = 5
RETRY_BACKOFF_BASE_S = 0.05
RETRY_BACKOFF_MAX_S = 2.0
# execution option naming how a SQLite transaction begins (IMMEDIATE unless told otherwise)
SQLITE_BEGIN_OPTION = "claims_sqlite_begin"

T = TypeVar("T")

_PACKAGE_DIR = Path(__file__).resolve().parent

# What a broken unique constraint means to a user, by constraint name.
_CONSTRAINT_MESSAGES = {
    "uq_source_key": "a source with this citation key already exists",
    "uq_claim_key": "a claim with this key already exists",
    "uq_document_key": "a document with this key already exists",
    "uq_link_url": "this link already exists",
    "uq_footnote_document_id_number": "this document already has a footnote with that number",
    "uq_citation_claim_id_footnote_id_position": "this claim already cites a source there",
    # raised by the triggers of migration i18_hardening
    "append_only_verification": "the verification trail is append-only",
}

# PostgreSQL refuses NUL in text (SQLite keeps it): both store U+FFFD instead, which keeps
# every offset into a document's text where it was
NUL = "\x00"
NUL_REPLACEMENT = "\ufffd"


def _has_nul(value: Any) -> bool:
    # one pass, calling itself only for nested containers: every statement's parameters
    # (thousands of rows in an executemany) pass through here
    if isinstance(value, str):
        return NUL in value
    if isinstance(value, dict):
        values: Any = value.values()
    elif isinstance(value, list | tuple):
        values = value
    else:
        return False
    for v in values:
        kind = type(v)
        if kind is str:
            if NUL in v:
                return True
        elif kind is tuple or kind is dict:  # a row of an executemany: its values inline
            for w in v.values() if kind is dict else v:
                if type(w) is str:
                    if NUL in w:
                        return True
                elif w is not None and type(w) is not int and _has_nul(w):
                    return True
        elif v is not None and kind is not int and _has_nul(v):
            return True
    return False


def _scrub(value: Any) -> Any:
    """``value`` with NUL replaced in every string it holds; the same object when it has none."""
    if not _has_nul(value):
        return value
    if isinstance(value, str):
        return value.replace(NUL, NUL_REPLACEMENT) if NUL in value else value
    if isinstance(value, dict):
        for v in value.values():
            if _scrub(v) is not v:
                return {k: _scrub(v) for k, v in value.items()}
        return value
    if isinstance(value, list | tuple):
        for v in value:
            if _scrub(v) is not v:
                return type(value)(_scrub(v) for v in value)
        return value
    return value


def _scrub_nul(
    _conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool
) -> tuple[str, Any]:
    """Replace NUL in every bound string, on every backend alike."""
    return statement, _scrub(parameters)


def conflict_from_integrity_error(exc: IntegrityError) -> ConflictError:
    """Name the broken constraint in words; the driver's text is kept as the hint."""
    text = str(exc.orig)
    for name, message in _CONSTRAINT_MESSAGES.items():
        if name in text:
            return ConflictError(message, hint=_first_line(exc))
    # SQLite names columns, not constraints: "UNIQUE constraint failed: source.key"
    for name, message in _CONSTRAINT_MESSAGES.items():
        table, _, column = name.removeprefix("uq_").partition("_")
        if f"{table}.{column}" in text:
            return ConflictError(message, hint=_first_line(exc))
    return ConflictError(f"the change breaks a database constraint: {_first_line(exc)}")


def migrations_dir() -> Path:
    """Migrations ship inside the wheel; an editable checkout reads ``alembic/`` at the root."""
    for candidate in (_PACKAGE_DIR / "_migrations", _PACKAGE_DIR.parent.parent / "alembic"):
        if (candidate / "env.py").is_file():
            return candidate
    raise DatabaseUnavailable("the database migrations are missing from this installation")


def mask_url(url: str | URL) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "<unparseable URL>"


def _parse_url(url: str) -> URL:
    try:
        return make_url(url)
    except ArgumentError as exc:
        raise InputError(
            f"not a database URL: {url!r}",
            hint=(
                "use a SQLite file (path/to/file.db or sqlite:///path/to/file.db) or "
                "postgresql+psycopg://user@host/dbname"
            ),
        ) from exc


def _sqlite_pragmas(busy_timeout_ms: int, cache_kib: int | None) -> Callable[[Any, Any], None]:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        # pysqlite's own transaction handling is replaced by _sqlite_begin below
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        if cache_kib is not None:
            cursor.execute(f"PRAGMA cache_size=-{int(cache_kib)}")
        cursor.close()

    return on_connect


def _sqlite_begin(conn: Any) -> None:
    # Take the write lock up front: a deferred transaction that later writes can fail at once
    # with "database is locked" instead of waiting out the busy timeout. Read-only units of
    # work begin deferred: in WAL mode they then never block a writer, however long they run.
    mode = conn.get_execution_options().get(SQLITE_BEGIN_OPTION, "IMMEDIATE")
    conn.exec_driver_sql("BEGIN" if mode == "DEFERRED" else "BEGIN IMMEDIATE")


def is_lock_contention(exc: BaseException) -> bool:
    """A transaction that lost a race for a lock, and may succeed when run again.

    SQLite: "database is locked" / "database is busy" once the busy timeout has passed;
    PostgreSQL: a deadlock (40P01), a serialization failure (40001) or a lock timeout (55P03).
    """
    if not isinstance(exc, OperationalError):
        return False
    orig = exc.orig
    if getattr(orig, "sqlstate", None) in ("40P01", "40001", "55P03"):
        return True
    text = str(orig).lower()
    return "database is locked" in text or "database is busy" in text


def create_db_engine(
    url: str,
    *,
    sqlite_busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS,
    sqlite_cache_kib: int | None = None,
) -> Engine:
    """One engine per process; SQLite gets foreign keys, WAL and a busy timeout, and a page
    cache of ``sqlite_cache_kib`` per connection if given (SQLite's default is 2,000 KiB)."""
    parsed = _parse_url(url)
    try:
        if parsed.get_backend_name() == "sqlite":
            engine = create_engine(parsed, connect_args={"timeout": sqlite_busy_timeout_ms / 1000})
            pragmas = _sqlite_pragmas(sqlite_busy_timeout_ms, sqlite_cache_kib)
            event.listen(engine, "connect", pragmas)
            event.listen(engine, "begin", _sqlite_begin)
        else:
            engine = create_engine(parsed, pool_pre_ping=True)
        event.listen(engine, "before_cursor_execute", _scrub_nul, retval=True)
    except (ArgumentError, ImportError) as exc:
        raise InputError(
            f"cannot use database URL {mask_url(parsed)}: {exc}",
            hint="PostgreSQL needs the extra: pip install 'claims[postgres]'",
        ) from exc
    return engine


# Engines are kept per process and URL, so that one process opening the same database again
# (a library user, a notebook, the test suite's in-process CLI) reuses SQLAlchemy's compiled
# statements, which live on the engine: compiling cost 6 ms a statement, two thirds of an
# in-process `claims show`. `Database.dispose()` closes the connections, not the engine.
_ENGINES_KEPT = 8
_engines: OrderedDict[tuple[int, str, int, int | None], Engine] = OrderedDict()
_engines_lock = threading.Lock()


def shared_engine(
    url: str,
    *,
    sqlite_busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS,
    sqlite_cache_kib: int | None = None,
) -> Engine:
    """The process's engine for ``url`` (made by ``create_db_engine`` on first use)."""
    key = (os.getpid(), url, sqlite_busy_timeout_ms, sqlite_cache_kib)
    with _engines_lock:
        engine = _engines.get(key)
        if engine is not None:
            _engines.move_to_end(key)
            return engine
        engine = create_db_engine(
            url, sqlite_busy_timeout_ms=sqlite_busy_timeout_ms, sqlite_cache_kib=sqlite_cache_kib
        )
        _engines[key] = engine
        while len(_engines) > _ENGINES_KEPT:
            (pid, _, _, _), old = _engines.popitem(last=False)
            # a forked child must not close its parent's connections
            old.dispose(close=pid == os.getpid())
        return engine


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    cfg.attributes["engine"] = engine
    return cfg


_REVISION_LINE = re.compile(
    r"""^(down_revision|revision)\s*(?::[^=]*)?=\s*(?:["']([^"']+)["']|None)\s*$""", re.MULTILINE
)
_heads: dict[Path, str] = {}


def _head_from_files(versions: Path) -> str | None:
    """The one head of a linear history, read from the migration files' revision lines
    (None when that is not certain: a merge, a branch, or a file not in that form)."""
    revisions: set[str] = set()
    downs: set[str] = set()
    for path in versions.glob("*.py"):
        found = {m.group(1): m.group(2) for m in _REVISION_LINE.finditer(path.read_text("utf-8"))}
        if "revision" not in found or found["revision"] is None:
            return None
        revisions.add(found["revision"])
        if found.get("down_revision"):
            downs.add(str(found["down_revision"]))
    heads = revisions - downs
    return heads.pop() if len(heads) == 1 and downs <= revisions else None


def head_revision(engine: Engine) -> str:
    versions = migrations_dir() / "versions"
    head = _heads.get(versions)
    if head is None:
        head = _head_from_files(versions)
        if head is None:
            from alembic.script import ScriptDirectory

            head = ScriptDirectory.from_config(alembic_config(engine)).get_current_head()
        assert head is not None
        _heads[versions] = head
    return head


def current_revision(engine: Engine) -> str | None:
    with _connect(engine) as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        rows = conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
        if len(rows) == 1:
            return str(rows[0])
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(conn).get_current_revision()  # raises on several


@contextmanager
def _connect(engine: Engine) -> Iterator[Any]:
    try:
        with engine.connect() as conn:
            yield conn
    except OperationalError as exc:
        raise DatabaseUnavailable(
            f"cannot open database {mask_url(engine.url)}: {_first_line(exc)}"
        ) from exc


def _first_line(exc: SQLAlchemyError) -> str:
    orig = getattr(exc, "orig", None) or exc
    return str(orig).strip().splitlines()[0] if str(orig).strip() else type(orig).__name__


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    _run(engine, lambda cfg: command.upgrade(cfg, revision), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    _run(engine, lambda cfg: command.downgrade(cfg, revision), revision)


def _run(engine: Engine, action: Any, revision: str) -> None:
    from alembic.util.exc import CommandError

    try:
        action(alembic_config(engine))
    except OperationalError as exc:
        raise DatabaseUnavailable(
            f"cannot migrate database {mask_url(engine.url)}: {_first_line(exc)}"
        ) from exc
    except CommandError as exc:
        # an unknown revision id, or a relative step (-1) past the first or last migration
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else "unknown revision"
        raise InputError(
            f"revision {revision!r}: {reason}",
            hint="`claims db history` lists the revisions; also 'head', 'base', '-1', '+1'",
        ) from exc


@dataclass(frozen=True)
class RevisionInfo:
    revision: str
    down_revision: str | None
    message: str
    is_head: bool
    is_current: bool


def history(engine: Engine) -> list[RevisionInfo]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(engine))
    current = current_revision(engine)
    out = []
    for rev in script.walk_revisions():
        down = rev.down_revision
        out.append(
            RevisionInfo(
                revision=rev.revision,
                down_revision=down if isinstance(down, str) or down is None else ",".join(down),
                message=rev.doc or "",
                is_head=rev.is_head,
                is_current=rev.revision == current,
            )
        )
    return out


_migrated: set[str] = set()
_migrate_lock = threading.Lock()


def is_fresh(engine: Engine) -> bool:
    """True when alembic has never touched this database."""
    with _connect(engine) as conn:
        return not inspect(conn).has_table("alembic_version")


def ensure_schema(engine: Engine, *, first_use_only: bool = False) -> None:
    """Migrate to head on first use (and, unless ``first_use_only``, after an upgrade of claims).

    Once per engine per process: the check costs a query and the lock keeps threads from racing.
    """
    key = str(engine.url)
    with _migrate_lock:
        if key in _migrated:
            return
        if first_use_only:
            if is_fresh(engine):
                upgrade(engine)
        elif current_revision(engine) != head_revision(engine):
            upgrade(engine)
        _migrated.add(key)


def _retried(
    unit: Callable[[], AbstractContextManager[Any]], work: Callable[[Any], T], attempts: int
) -> T:
    for attempt in range(1, attempts + 1):
        try:
            with unit() as handle:
                return work(handle)
        except DatabaseUnavailable as exc:
            cause = exc.__cause__
            if attempt == attempts or cause is None or not is_lock_contention(cause):
                raise
        pause = min(RETRY_BACKOFF_MAX_S, RETRY_BACKOFF_BASE_S * 2**attempt)
        time.sleep(pause * (0.5 + random.random() / 2))  # noqa: S311 - jitter, not secrets
    raise AssertionError("unreachable")  # pragma: no cover


class NoDatabase(InputError):
    """A command that only reads was pointed at a database that does not exist yet."""


def sqlite_file(url: str) -> Path | None:
    """The file a SQLite URL names; None for other databases and in-memory SQLite."""
    parsed = _parse_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    name = parsed.database or ""
    if name in ("", ":memory:") or name.startswith("file:"):
        return None
    return Path(name)


def _require_existing(url: str, engine: Engine | None) -> None:
    """Before the engine exists: the SQLite file is there (an empty file holds nothing);
    with it: the database has been migrated at least once."""
    path = sqlite_file(url)
    missing = path is not None and (not path.exists() or path.stat().st_size == 0)
    if engine is not None and not missing:
        missing = is_fresh(engine)
    if missing:
        raise NoDatabase(
            f"no claims database at {mask_url(url)}",
            hint="start with `claims load DATASET_FOLDER` (or `claims extract FILE --save`);"
            " --db URL or $CLAIMS_DATABASE_URL picks another database",
        )


class Database:
    """An engine and its session factory; the unit of work is ``session()``."""

    def __init__(
        self,
        url: str,
        *,
        migrate: bool = True,
        first_use_only: bool = False,
        create: bool = True,
        sqlite_busy_timeout_ms: int = SQLITE_BUSY_TIMEOUT_MS,
        sqlite_cache_kib: int | None = None,
    ) -> None:
        """``create=False``: a database that does not exist yet (a missing SQLite file, an
        empty schema) is a ``NoDatabase`` error instead of being created. ``sqlite_cache_kib``
        sets SQLite's page cache per connection (its default otherwise)."""
        self.url = url
        if not create:
            _require_existing(url, None)  # before connecting: SQLite makes the file on connect
        self.engine = shared_engine(
            url, sqlite_busy_timeout_ms=sqlite_busy_timeout_ms, sqlite_cache_kib=sqlite_cache_kib
        )
        if not create:
            _require_existing(url, self.engine)
        if migrate:
            ensure_schema(self.engine, first_use_only=first_use_only)
        # made on first use: a check runs on Core alone (``connection``), without the ORM
        self._sessions: sessionmaker[Session] | None = None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self, *, readonly: bool = False) -> Iterator[Session]:
        """One unit of work: commit on success, roll back on any error.

        ``readonly`` units of work (lists, reports, exports) do not take SQLite's write lock,
        so a long report never makes a concurrent writer wait.
        """
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        session = self._sessions()
        try:
            if readonly:
                # the option reaches the "begin" hook; the connection is taken here, at once
                session.connection(execution_options={SQLITE_BEGIN_OPTION: "DEFERRED"})
            yield session
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            raise conflict_from_integrity_error(exc) from exc
        except OperationalError as exc:
            session.rollback()
            raise DatabaseUnavailable(
                f"database error on {mask_url(self.engine.url)}: {_first_line(exc)}"
            ) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    @contextmanager
    def connection(self, *, readonly: bool = False) -> Iterator[Connection]:
        """``session`` on SQLAlchemy Core: one transaction on a connection, committed on
        success and rolled back on any error, with the same errors (the check path uses it,
        so a check never imports the ORM)."""
        try:
            with self.engine.connect() as conn:
                if readonly:  # reaches the "begin" hook, as for a session
                    conn.execution_options(**{SQLITE_BEGIN_OPTION: "DEFERRED"})
                with conn.begin():
                    yield conn
        except IntegrityError as exc:
            raise conflict_from_integrity_error(exc) from exc
        except OperationalError as exc:
            raise DatabaseUnavailable(
                f"database error on {mask_url(self.engine.url)}: {_first_line(exc)}"
            ) from exc

    def transaction(
        self, work: Callable[[Session], T], *, attempts: int = DEFAULT_TRANSACTION_ATTEMPTS
    ) -> T:
        """Run ``work`` in one unit of work, again (after a short, jittered pause) when it
        lost a race for a lock: SQLite's write lock held past the busy timeout by another
        process, or a PostgreSQL deadlock. ``work`` must be safe to run again.
        """
        return _retried(self.session, work, attempts)

    def core_transaction(
        self, work: Callable[[Connection], T], *, attempts: int = DEFAULT_TRANSACTION_ATTEMPTS
    ) -> T:
        """``transaction`` on a Core connection (``connection``), retried alike."""
        return _retried(self.connection, work, attempts)

    def dispose(self) -> None:
        """Close the connections; the engine and its compiled statements stay for reuse."""
        self.engine.dispose()
