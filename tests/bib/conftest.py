"""Fixtures for the bibliography tests."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from bib_support import LETTER_DATASET, letter_records

from claims.dataset import load_dataset, read_dataset
from claims.db import Database
from claims.records import SourceRecord


@pytest.fixture
def letter() -> list[SourceRecord]:
    """The 17 works the letter cites, as curated in the dataset."""
    return letter_records()


@pytest.fixture
def letter_db(database: Database) -> Database:
    with database.session() as session:
        load_dataset(session, read_dataset(LETTER_DATASET))
    return database


@pytest.fixture
def fresh(db_url: str, tmp_path: Path) -> Iterator[Database]:
    """A second, empty database of the same backend."""
    if db_url.startswith("sqlite"):
        db = Database(f"sqlite:///{tmp_path / 'fresh.db'}")
    else:  # another schema of the same server
        from sqlalchemy import create_engine, text
        from sqlalchemy.engine import make_url

        schema = f"fresh_{uuid.uuid4().hex[:16]}"
        url = make_url(db_url)
        server = url.set(query={})
        admin = create_engine(server, isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        db = Database(
            url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
                hide_password=False
            )
        )
        yield db
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
        return
    yield db
    db.dispose()
