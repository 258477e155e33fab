"""Sources (cited works) and their contributors."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims import schema
from claims.enums import AccessedBasis, ContributorRole, DatePrecision, SourceKind
from claims.models.base import Base, enum_column

if TYPE_CHECKING:
    from claims.models.claim import Citation
    from claims.models.link import Link


class Source(Base):
    __table__ = schema.source  # a Core table: a check reads it without the ORM

    id: Mapped[int]
    key: Mapped[str]
    kind: Mapped[SourceKind]
    title: Mapped[str | None]
    container: Mapped[str | None]
    publisher: Mapped[str | None]
    issued: Mapped[dt.date | None]
    issued_precision: Mapped[DatePrecision | None]
    url: Mapped[str | None]
    link_id: Mapped[int | None]
    accessed: Mapped[dt.date | None]
    accessed_basis: Mapped[AccessedBasis]
    raw: Mapped[str | None]
    language: Mapped[str | None]
    note: Mapped[str | None]
    doi: Mapped[str | None]
    extra: Mapped[dict[str, Any]]
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]

    contributors: Mapped[list[Contributor]] = relationship(
        back_populates="source",
        cascade="all, delete-orphan",
        order_by="(Contributor.role, Contributor.position)",
    )
    citations: Mapped[list[Citation]] = relationship(back_populates="source")
    link: Mapped[Link | None] = relationship(back_populates="sources")


class Contributor(Base):
    """A person (family, given) or an organisation (literal), in order per source and role."""

    __tablename__ = "contributor"
    __table_args__ = (
        UniqueConstraint("source_id", "role", "position"),
        CheckConstraint(
            "(literal IS NOT NULL AND family IS NULL AND given IS NULL)"
            " OR (literal IS NULL AND family IS NOT NULL)",
            name="person_or_organisation",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"))
    role: Mapped[ContributorRole] = mapped_column(
        enum_column(ContributorRole, "contributor_role"), default=ContributorRole.AUTHOR
    )
    position: Mapped[int] = mapped_column(Integer)
    family: Mapped[str | None] = mapped_column(String(300))
    given: Mapped[str | None] = mapped_column(String(300))
    literal: Mapped[str | None] = mapped_column(String(500))

    source: Mapped[Source] = relationship(back_populates="contributors")
