"""Alembic environment: the engine comes from claims.db, else from CLAIMS_DATABASE_URL."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine, create_engine

import claims.models
from claims.config import resolve_database_url

config = context.config
target_metadata = claims.models.Base.metadata


def _engine() -> Engine:
    engine = config.attributes.get("engine")
    if isinstance(engine, Engine):
        return engine
    return create_engine(resolve_database_url(None))


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
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=connection.dialect.name == "sqlite",
            compare_type=True,
        )
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
