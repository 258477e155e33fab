"""Alembic environment: the engine comes from claims.db, else from CLAIMS_DATABASE_URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, Engine, create_engine

import claims.models
from claims.config import resolve_database_url

config = context.config
target_metadata = claims.models.Base.metadata


def _engine() -> Engine:
    engine = config.attributes.get("engine")
    if isinstance(engine, Engine):
        return engine
    return create_engine(resolve_database_url(None))


def _sqlite_batch_mode(connection: Connection, *, on: bool) -> None:
    """Batch mode rebuilds a table (copy, drop, rename). With foreign keys on, dropping the old
    `document` would cascade to every claim and its trail; and a rename re-checks triggers that
    name a table briefly absent. Both pragmas only take effect outside a transaction, so they
    go straight to the driver's connection (autocommit, see claims.db)."""
    raw = connection.connection.driver_connection
    assert raw is not None
    raw.execute(f"PRAGMA foreign_keys = {'OFF' if on else 'ON'}")
    raw.execute(f"PRAGMA legacy_alter_table = {'ON' if on else 'OFF'}")


def run_migrations_offline() -> None:
    context.configure(
        url=resolve_database_url(None),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    engine = _engine()
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            _sqlite_batch_mode(connection, on=True)
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        try:
            with context.begin_transaction():
                context.run_migrations()
            connection.commit()
        finally:
            if sqlite:
                _sqlite_batch_mode(connection, on=False)


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
