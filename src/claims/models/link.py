"""Links (normalised URLs), the history of their checks, and archived snapshots."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    Boolean,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.enums import CheckOutcome, LinkHealth
from claims.models.base import Base, UTCDateTime, enum_column, utcnow

if TYPE_CHECKING:
    from claims.models.source import Source


class Link(Base):
    """One normalised URL; many sources may cite it, and it is checked once per run."""

    __tablename__ = "link"
    __table_args__ = (
        Index("ix_link_health", "health"),
        Index("ix_link_last_checked_at", "last_checked_at"),
        Index("ix_link_lease_expires_at", "lease_expires_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    url: Mapped[str] = mapped_column(String(2048), unique=True)
    # derived from the check history, kept here so large lists filter by index
    health: Mapped[LinkHealth] = mapped_column(
        enum_column(LinkHealth, "link_health"), default=LinkHealth.UNCHECKED
    )
    last_checked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # the round of the latest check, if it was checked in one: on this row, so that a worker
    # leasing with SKIP LOCKED re-reads it when another worker has just written the link
    last_round_id: Mapped[str | None] = mapped_column(String(64))
    # work sharing between check workers
    lease_owner: Mapped[str | None] = mapped_column(String(200))
    lease_expires_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    sources: Mapped[list[Source]] = relationship(back_populates="link")
    checks: Mapped[list[LinkCheck]] = relationship(
        back_populates="link", cascade="all, delete-orphan", order_by="LinkCheck.checked_at"
    )
    snapshots: Mapped[list[Snapshot]] = relationship(
        back_populates="link", cascade="all, delete-orphan", order_by="Snapshot.archived_at"
    )


class LinkCheck(Base):
    """One check of one link: append-only history from which health is derived."""

    __tablename__ = "link_check"
    __table_args__ = (
        Index("ix_link_check_link_id_checked_at", "link_id", "checked_at"),
        Index("ix_link_check_round_id_link_id", "round_id", "link_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    link_id: Mapped[int] = mapped_column(ForeignKey("link.id", ondelete="CASCADE"))
    checked_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    outcome: Mapped[CheckOutcome] = mapped_column(enum_column(CheckOutcome, "check_outcome"))
    http_status: Mapped[int | None] = mapped_column(Integer)
    final_url: Mapped[str | None] = mapped_column(Text)  # a Location may be any length
    redirects: Mapped[list[Any]] = mapped_column(JSON, default=list)  # [{"url", "status"}, …]
    title: Mapped[str | None] = mapped_column(Text)
    title_similarity: Mapped[float | None] = mapped_column(Float)
    drifted: Mapped[bool] = mapped_column(Boolean, default=False)
    elapsed_ms: Mapped[int | None] = mapped_column(Integer)
    error: Mapped[str | None] = mapped_column(Text)
    worker: Mapped[str | None] = mapped_column(String(200))
    round_id: Mapped[str | None] = mapped_column(String(64))

    link: Mapped[Link] = relationship(back_populates="checks")


class CheckRound(Base):
    """A round of checks that several workers share.

    The round covers the links due when it started (by its ``recheck_after_s`` and
    ``force``); each is checked once in it. The first worker to join creates it; later ones
    read its start and settings from here, so all agree on what the round covers.
    """

    __tablename__ = "check_round"

    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    recheck_after_s: Mapped[float] = mapped_column(Float)
    force: Mapped[bool] = mapped_column(Boolean, default=False)
    started_by: Mapped[str | None] = mapped_column(String(200))


class Snapshot(Base):
    """An archived copy of a link (Wayback Machine, or another service)."""

    __tablename__ = "snapshot"
    __table_args__ = (UniqueConstraint("link_id", "service", "archive_url"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    link_id: Mapped[int] = mapped_column(ForeignKey("link.id", ondelete="CASCADE"))
    service: Mapped[str] = mapped_column(String(50), default="wayback")
    archive_url: Mapped[str] = mapped_column(String(2048))
    archived_at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    original_status: Mapped[int | None] = mapped_column(Integer)
    found_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    link: Mapped[Link] = relationship(back_populates="snapshots")
