"""Links (normalised URLs), the history of their checks, and archived snapshots."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy.orm import Mapped, relationship

from claims import schema
from claims.enums import CheckOutcome, LinkHealth
from claims.models.base import Base

if TYPE_CHECKING:
    from claims.models.source import Source


class Link(Base):
    """One normalised URL; many sources may cite it, and it is checked once per run."""

    __table__ = schema.link  # a Core table: a check reads and writes it without the ORM

    id: Mapped[int]
    url: Mapped[str]
    health: Mapped[LinkHealth]
    last_checked_at: Mapped[dt.datetime | None]
    last_round_id: Mapped[str | None]
    lease_owner: Mapped[str | None]
    lease_expires_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime]

    sources: Mapped[list[Source]] = relationship(back_populates="link")
    checks: Mapped[list[LinkCheck]] = relationship(
        back_populates="link", cascade="all, delete-orphan", order_by="LinkCheck.checked_at"
    )
    snapshots: Mapped[list[Snapshot]] = relationship(
        back_populates="link", cascade="all, delete-orphan", order_by="Snapshot.archived_at"
    )


class LinkCheck(Base):
    """One check of one link: append-only history from which health is derived."""

    __table__ = schema.link_check

    id: Mapped[int]
    link_id: Mapped[int]
    checked_at: Mapped[dt.datetime]
    outcome: Mapped[CheckOutcome]
    http_status: Mapped[int | None]
    final_url: Mapped[str | None]
    redirects: Mapped[list[Any]]
    title: Mapped[str | None]
    title_similarity: Mapped[float | None]
    drifted: Mapped[bool]
    elapsed_ms: Mapped[int | None]
    error: Mapped[str | None]
    worker: Mapped[str | None]
    round_id: Mapped[str | None]

    link: Mapped[Link] = relationship(back_populates="checks")


class CheckRound(Base):
    """A round of checks that several workers share.

    The round covers the links due when it started (by its ``recheck_after_s`` and
    ``force``); each is checked once in it. The first worker to join creates it; later ones
    read its start and settings from here, so all agree on what the round covers.
    """

    __table__ = schema.check_round  # Core: workers share rounds without the ORM

    id: Mapped[str]
    started_at: Mapped[dt.datetime]
    recheck_after_s: Mapped[float]
    force: Mapped[bool]
    started_by: Mapped[str | None]


class Snapshot(Base):
    """An archived copy of a link (Wayback Machine, or another service)."""

    __table__ = schema.snapshot

    id: Mapped[int]
    link_id: Mapped[int]
    service: Mapped[str]
    archive_url: Mapped[str]
    archived_at: Mapped[dt.datetime]
    original_status: Mapped[int | None]
    found_at: Mapped[dt.datetime]

    link: Mapped[Link] = relationship(back_populates="snapshots")
