"""Settings from options and the environment."""

from __future__ import annotations

import os
from dataclasses import dataclass

DATABASE_URL_ENV = "CLAIMS_DATABASE_URL"
DEFAULT_DATABASE_URL = "sqlite:///claims.db"


@dataclass(frozen=True)
class Settings:
    database_url: str


def resolve_database_url(option: str | None) -> str:
    """``--db`` beats ``CLAIMS_DATABASE_URL``, which beats ``sqlite:///claims.db``."""
    if option:
        return option
    return os.environ.get(DATABASE_URL_ENV) or DEFAULT_DATABASE_URL
