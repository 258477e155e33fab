"""Core tables of what a link check reads and writes: links, checks, snapshots, sources, captures,
rounds.

They are plain SQLAlchemy Core ``Table`` objects on the models' metadata, and the ORM models
(``claims.models``) map onto them, so a check runs on Core alone: the ORM and the mapping of
every model cost a check about 9 MiB and 0.2 s of its start (measured 2026-12-02). Every
other table is declared by its model as usual.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Enum,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

from claims.enums import AccessedBasis, CheckOutcome, DatePrecision, LinkHealth, SourceKind

NAMING_CONVENTION = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


class UTCDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC datetimes on every backend (SQLite stores naive text)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given; use UTC-aware datetimes")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        assert isinstance(value, dt.datetime)
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def enum_column(enum: type[StrEnum], name: str) -> Enum:
    """A VARCHAR column holding the enum's values, with a named CHECK constraint."""
    return Enum(
        enum,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=max(len(m.value) for m in enum),
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
    )


# One normalised URL; many sources may cite it, and it is checked once per run.
link = Table(
    "link",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", String(2048), nullable=False, unique=True),
    # derived from the check history, kept here so large lists filter by index
    Column(
        "health",
        enum_column(LinkHealth, "link_health"),
        nullable=False,
        default=LinkHealth.UNCHECKED,
    ),
    Column("last_checked_at", UTCDateTime),
    # the round of the latest check, if it was checked in one: on this row, so that a worker
    # leasing with SKIP LOCKED re-reads it when another worker has just written the link
    Column("last_round_id", String(64)),
    # work sharing between check workers
    Column("lease_owner", String(200)),
    Column("lease_expires_at", UTCDateTime),
    Column("created_at", UTCDateTime, nullable=False, default=utcnow),
    Index("ix_link_health", "health"),
    Index("ix_link_last_checked_at", "last_checked_at"),
    Index("ix_link_lease_expires_at", "lease_expires_at"),
)

# One check of one link: append-only history from which health is derived.
link_check = Table(
    "link_check",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("link_id", ForeignKey("link.id", ondelete="CASCADE"), nullable=False),
    Column("checked_at", UTCDateTime, nullable=False, default=utcnow),
    Column("outcome", enum_column(CheckOutcome, "check_outcome"), nullable=False),
    Column("http_status", Integer),
    Column("final_url", Text),  # a Location may be any length
    Column("redirects", JSON, nullable=False, default=list),  # [{"url", "status"}, …]
    Column("title", Text),
    Column("title_similarity", Float),
    Column("drifted", Boolean, nullable=False, default=False),
    Column("elapsed_ms", Integer),
    Column("error", Text),
    Column("worker", String(200)),
    Column("round_id", String(64)),
    Index("ix_link_check_link_id_checked_at", "link_id", "checked_at"),
    Index("ix_link_check_round_id_link_id", "round_id", "link_id"),
)

# A round of checks that several workers share: it covers the links due when it started (by
# its recheck_after_s and force), each checked once in it. The first worker to join creates
# it; later ones read its start and settings here, so all agree on what it covers.
check_round = Table(
    "check_round",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("started_at", UTCDateTime, nullable=False),
    Column("recheck_after_s", Float, nullable=False),
    Column("force", Boolean, nullable=False, default=False),
    Column("started_by", String(200)),
)

# The workers taking part in a round, with when each was last seen (it renews the row with
# its leases): a worker takes its share of the round's hosts, counting the workers seen
# within a lease period, waiting ones included.
check_worker = Table(
    "check_worker",
    metadata,
    Column(
        "round_id",
        ForeignKey("check_round.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("worker", String(200), primary_key=True),
    Column("seen_at", UTCDateTime, nullable=False),
)

# An archived copy of a link (Wayback Machine, or another service).
snapshot = Table(
    "snapshot",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("link_id", ForeignKey("link.id", ondelete="CASCADE"), nullable=False),
    Column("service", String(50), nullable=False, default="wayback"),
    Column("archive_url", String(2048), nullable=False),
    Column("archived_at", UTCDateTime, nullable=False),
    Column("original_status", Integer),
    Column("found_at", UTCDateTime, nullable=False, default=utcnow),
    UniqueConstraint("link_id", "service", "archive_url"),
)

# A cited work.
source = Table(
    "source",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("key", String(200), nullable=False, unique=True),  # the citation key
    Column(
        "kind", enum_column(SourceKind, "source_kind"), nullable=False, default=SourceKind.OTHER
    ),
    Column("title", Text),
    Column("container", Text),  # outlet or website
    Column("publisher", Text),  # publisher or institution
    Column("issued", Date),
    Column("issued_precision", enum_column(DatePrecision, "issued_precision")),
    Column("url", String(2048)),  # as cited
    Column("link_id", ForeignKey("link.id", ondelete="SET NULL")),
    Column("accessed", Date),
    Column(
        "accessed_basis",
        enum_column(AccessedBasis, "accessed_basis"),
        nullable=False,
        default=AccessedBasis.UNKNOWN,
    ),
    Column("raw", Text),  # the citation exactly as printed
    Column("language", String(35)),  # BCP 47
    Column("note", Text),
    Column("doi", String(300)),
    # bibliographic fields without a column of their own (volume, pages, …), kept for round trips
    Column("extra", JSON, nullable=False, default=dict),
    Column("created_at", UTCDateTime, nullable=False, default=utcnow),
    Column("updated_at", UTCDateTime, nullable=False, default=utcnow, onupdate=utcnow),
    Index("ix_source_link_id", "link_id"),
    Index("ix_source_doi", "doi"),
)

# A main text, zlib-compressed, addressed by the SHA-256 of its UTF-8 bytes.
capture_text = Table(
    "capture_text",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("sha256", String(64), nullable=False, unique=True),
    Column("chars", Integer, nullable=False),  # length of the (capped) text
    Column("truncated", Boolean, nullable=False, default=False),
    Column("compressed", LargeBinary, nullable=False),
)

# One reading of a link (live, or an archived copy) whose main text differed from the
# previous one of the same kind; ``last_seen_at`` moves on while the text stays the same.
capture = Table(
    "capture",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("link_id", ForeignKey("link.id", ondelete="CASCADE"), nullable=False),
    Column("text_id", ForeignKey("capture_text.id"), nullable=False, index=True),
    Column("kind", String(20), nullable=False, default="live"),  # live | archive
    Column("captured_at", UTCDateTime, nullable=False, default=utcnow),
    Column("last_seen_at", UTCDateTime, nullable=False, default=utcnow),
    Column("url", String(2048), nullable=False),  # what was read (an archive's URL for one)
    Column("final_url", String(2048)),
    Column("http_status", Integer),
    Column("content_type", String(200)),
    # an archived copy: when the archive took it
    Column("archived_at", UTCDateTime),
    # a live read: the digest of the (capped) page last read with this text, with what its
    # extraction depends on; the same digest again means the same text, without extracting
    Column("body_sha256", String(64)),
    Index("ix_capture_link_id_captured_at", "link_id", "captured_at"),
)
