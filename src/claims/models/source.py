"""Sources (cited works) and their contributors."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    JSON,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.enums import AccessedBasis, ContributorRole, DatePrecision, SourceKind
from claims.models.base import Base, UTCDateTime, enum_column, utcnow

if TYPE_CHECKING:
    from claims.models.claim import Citation
    from claims.models.link import Link


class Source(Base):
    __tablename__ = "source"
    __table_args__ = (
        Index("ix_source_link_id", "link_id"),
        Index("ix_source_doi", "doi"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)  # the citation key
    kind: Mapped[SourceKind] = mapped_column(
        enum_column(SourceKind, "source_kind"), default=SourceKind.OTHER
    )
    title: Mapped[str | None] = mapped_column(Text)
    container: Mapped[str | None] = mapped_column(Text)  # outlet or website
    publisher: Mapped[str | None] = mapped_column(Text)  # publisher or institution
    issued: Mapped[dt.date | None] = mapped_column(Date)
    issued_precision: Mapped[DatePrecision | None] = mapped_column(
        enum_column(DatePrecision, "issued_precision")
    )
    url: Mapped[str | None] = mapped_column(String(2048))  # as cited
    link_id: Mapped[int | None] = mapped_column(ForeignKey("link.id", ondelete="SET NULL"))
    accessed: Mapped[dt.date | None] = mapped_column(Date)
    accessed_basis: Mapped[AccessedBasis] = mapped_column(
        enum_column(AccessedBasis, "accessed_basis"), default=AccessedBasis.UNKNOWN
    )
    raw: Mapped[str | None] = mapped_column(Text)  # the citation exactly as printed
    language: Mapped[str | None] = mapped_column(String(35))  # BCP 47
    note: Mapped[str | None] = mapped_column(Text)
    doi: Mapped[str | None] = mapped_column(String(300))
    # bibliographic fields without a column of their own (volume, pages, …), kept for round trips
    extra: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

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
