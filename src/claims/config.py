"""Settings from options and the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

DATABASE_URL_ENV = "CLAIMS_DATABASE_URL"
DEFAULT_DATABASE_URL = "sqlite:///claims.db"
# a bare path names a SQLite file only when it looks like one, so that a mistyped URL
# ("postgres") is an error instead of a new empty database
SQLITE_SUFFIXES = (".db", ".sqlite", ".sqlite3")


@dataclass(frozen=True)
class Settings:
    database_url: str


def resolve_database_url(option: str | None) -> str:
    """``--db`` beats ``CLAIMS_DATABASE_URL``, which beats ``sqlite:///claims.db``.

    Either may be a path to a SQLite file instead of a URL (``claims.db``, ``~/work/x.sqlite``):
    one that ends in .db, .sqlite or .sqlite3, or an existing file."""
    value = option or os.environ.get(DATABASE_URL_ENV) or DEFAULT_DATABASE_URL
    return sqlite_url_of_path(value) or value


def sqlite_url_of_path(value: str) -> str | None:
    """The SQLite URL of a bare file path, or None when ``value`` is not one."""
    if "://" in value or not value.strip():
        return None
    path = Path(value).expanduser()
    if path.suffix.lower() in SQLITE_SUFFIXES or path.is_file():
        return f"sqlite:///{path}"
    return None
