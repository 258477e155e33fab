"""Declarative base, naming convention and column types shared by all models."""

from __future__ import annotations

from sqlalchemy.orm import DeclarativeBase

# the shared pieces live with the Core tables of the check path (claims.schema)
from claims.schema import NAMING_CONVENTION, UTCDateTime, enum_column, metadata, utcnow

__all__ = ["NAMING_CONVENTION", "Base", "UTCDateTime", "enum_column", "utcnow"]


class Base(DeclarativeBase):
    metadata = metadata
