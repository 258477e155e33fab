"""The append-only trail of verdicts on a claim."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.enums import Verdict
from claims.models.base import Base, UTCDateTime, enum_column, utcnow

if TYPE_CHECKING:
    from claims.models.claim import Claim
    from claims.models.source import Source


class Verification(Base):
    __tablename__ = "verification"
    __table_args__ = (Index("ix_verification_claim_id_at", "claim_id", "at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    verdict: Mapped[Verdict] = mapped_column(enum_column(Verdict, "verdict"))
    reviewer: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source.id", ondelete="SET NULL"))
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)

    claim: Mapped[Claim] = relationship(back_populates="verifications")
    source: Mapped[Source | None] = relationship()
