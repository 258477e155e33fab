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


class ReviewFlag(Base):
    """A value extraction was unsure of, open until a person edits the field or reviews it.

    ``field`` is None for a doubt about the whole citation (text left over, low confidence)
    or footnote (no marker, no sentence). Resolved flags are kept: saving again does not
    raise them anew.
    """

    __tablename__ = "review_flag"
    __table_args__ = (
        Index("ix_review_flag_source_id", "source_id"),
        Index("ix_review_flag_claim_id", "claim_id"),
        Index("ix_review_flag_footnote_id", "footnote_id"),
        Index("ix_review_flag_document_id", "document_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    target: Mapped[str] = mapped_column(String(20))  # source, claim, footnote
    key: Mapped[str] = mapped_column(String(300))  # its key when raised ("DOC#3" for footnotes)
    # the document whose extraction raised it
    document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    source_id: Mapped[int | None] = mapped_column(ForeignKey("source.id", ondelete="SET NULL"))
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id", ondelete="SET NULL"))
    footnote_id: Mapped[int | None] = mapped_column(ForeignKey("footnote.id", ondelete="SET NULL"))
    field: Mapped[str | None] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(String(40))  # missing-date, unsure, leftover-text, …
    detail: Mapped[str | None] = mapped_column(Text)
    footnote: Mapped[int | None] = mapped_column()  # the note number it was raised in
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    resolved_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    resolved_by: Mapped[str | None] = mapped_column(String(200))
    resolution: Mapped[str | None] = mapped_column(String(20))  # edited, reviewed, cleared
    note: Mapped[str | None] = mapped_column(Text)
