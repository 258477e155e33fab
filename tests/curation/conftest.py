"""Fixtures for the curation tests: the letter loaded, and a second empty database."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Cli

LETTER = Path(__file__).resolve().parents[2] / "data" / "hrw-2016-07-18-facebook-china"


@pytest.fixture
def loaded(cli: Cli) -> Cli:
    result = cli("load", str(LETTER))
    assert result.exit_code == 0, result.stderr
    return cli


@pytest.fixture
def fresh_url(db_url: str, tmp_path: Path) -> Iterator[str]:
    """The URL of a second, empty database of the same backend."""
    if db_url.startswith("sqlite"):
        yield f"sqlite:///{tmp_path / 'fresh.db'}"
        return
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    schema = f"fresh_{uuid.uuid4().hex[:16]}"
    url = make_url(db_url)
    admin = create_engine(url.set(query={}), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    yield url.update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(
        hide_password=False
    )
    with admin.connect() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()
