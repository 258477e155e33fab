"""Claims anchored in a document's text, and the citations tying them to sources."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    false,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.enums import ClaimStatus
from claims.models.base import Base, UTCDateTime, enum_column, utcnow

if TYPE_CHECKING:
    from claims.models.document import Document, Footnote
    from claims.models.source import Source
    from claims.models.verification import Verification

ANCHOR_CONTEXT_CHARS = 32  # prefix/suffix length, as web annotation selectors use


class Claim(Base):
    __tablename__ = "claim"
    __table_args__ = (
        CheckConstraint('start >= 0 AND "end" >= start', name="offsets"),
        Index("ix_claim_document_id_start", "document_id", "start"),
        Index("ix_claim_status", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    quote: Mapped[str] = mapped_column(Text)  # exact words of the document
    prefix: Mapped[str] = mapped_column(String(ANCHOR_CONTEXT_CHARS * 4), default="")
    suffix: Mapped[str] = mapped_column(String(ANCHOR_CONTEXT_CHARS * 4), default="")
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    statement: Mapped[str] = mapped_column(Text)  # the claim in the researcher's words
    status: Mapped[ClaimStatus] = mapped_column(
        enum_column(ClaimStatus, "claim_status"), default=ClaimStatus.UNVERIFIED
    )
    # proposed by the uncited-claim finder and not yet accepted by a person
    proposed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    document: Mapped[Document] = relationship(back_populates="claims")
    citations: Mapped[list[Citation]] = relationship(
        back_populates="claim", cascade="all, delete-orphan", order_by="Citation.id"
    )
    verifications: Mapped[list[Verification]] = relationship(
        back_populates="claim", order_by="Verification.at"
    )


class Citation(Base):
    """A claim cites a source in a footnote, at a position within that footnote."""

    __tablename__ = "citation"
    __table_args__ = (
        UniqueConstraint("claim_id", "footnote_id", "position"),
        Index("ix_citation_source_id", "source_id"),
        Index("ix_citation_footnote_id", "footnote_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="RESTRICT"))
    footnote_id: Mapped[int | None] = mapped_column(ForeignKey("footnote.id", ondelete="SET NULL"))
    position: Mapped[int] = mapped_column(Integer, default=1)  # 1-based within the footnote
    pinpoint: Mapped[str | None] = mapped_column(String(200))  # "p. 12", "para. 4"

    claim: Mapped[Claim] = relationship(back_populates="citations")
    source: Mapped[Source] = relationship(back_populates="citations")
    footnote: Mapped[Footnote | None] = relationship(back_populates="citations")


class RejectedProposal(Base):
    """A proposed uncited claim a person rejected: never proposed again for its document."""

    __tablename__ = "rejected_proposal"
    __table_args__ = (UniqueConstraint("document_id", "quote_hash"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    quote_hash: Mapped[str] = mapped_column(String(64))  # sha256 of the quote, spaces collapsed
    quote: Mapped[str] = mapped_column(Text)
    rejected_by: Mapped[str | None] = mapped_column(String(200))
    rejected_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
