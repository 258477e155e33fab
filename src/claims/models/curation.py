"""Hand curation: the append-only edit log and the values a person pinned."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from claims.models.base import Base, UTCDateTime, utcnow


class Edit(Base):
    """One hand change of one field (or a whole add, merge or delete), never changed after."""

    __tablename__ = "edit"
    __table_args__ = (
        Index("ix_edit_source_id", "source_id"),
        Index("ix_edit_claim_id", "claim_id"),
        Index("ix_edit_target_key", "target", "key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    by: Mapped[str] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    action: Mapped[str] = mapped_column(String(20))  # set, unset, add, merge, delete, …
    target: Mapped[str] = mapped_column(String(20))  # source, claim, footnote
    key: Mapped[str] = mapped_column(String(300))  # its key when edited ("DOC#3" for footnotes)
    field: Mapped[str | None] = mapped_column(String(100))
    old: Mapped[str | None] = mapped_column(Text)
    new: Mapped[str | None] = mapped_column(Text)
    # the row edited, while it exists (a rekey keeps the history attached)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source.id", ondelete="SET NULL"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id", ondelete="SET NULL"))


class Pin(Base):
    """A field whose value a person set: files and extractions never overwrite it."""

    __tablename__ = "pin"
    __table_args__ = (
        Index("ix_pin_source_id", "source_id"),
        Index("ix_pin_claim_id", "claim_id"),
        Index("ix_pin_footnote_id", "footnote_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source.id", ondelete="CASCADE"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"))
    footnote_id: Mapped[int | None] = mapped_column(ForeignKey("footnote.id", ondelete="CASCADE"))
    field: Mapped[str] = mapped_column(String(100))
    pinned_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    pinned_by: Mapped[str | None] = mapped_column(String(200))
