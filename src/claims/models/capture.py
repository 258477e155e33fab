"""What a check read: the main text of a page, stored once per distinct text, and when seen."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Boolean, ForeignKey, Index, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.models.base import Base, UTCDateTime, utcnow

if TYPE_CHECKING:
    from claims.models.link import Link


class CaptureText(Base):
    """A main text, zlib-compressed, addressed by the SHA-256 of its UTF-8 bytes."""

    __tablename__ = "capture_text"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    chars: Mapped[int] = mapped_column(Integer)  # length of the (capped) text
    truncated: Mapped[bool] = mapped_column(Boolean, default=False)
    compressed: Mapped[bytes] = mapped_column(LargeBinary)


class Capture(Base):
    """One reading of a link (live, or an archived copy) whose main text differed from the
    previous one of the same kind; ``last_seen_at`` moves on while the text stays the same."""

    __tablename__ = "capture"
    __table_args__ = (Index("ix_capture_link_id_captured_at", "link_id", "captured_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    link_id: Mapped[int] = mapped_column(ForeignKey("link.id", ondelete="CASCADE"))
    text_id: Mapped[int] = mapped_column(ForeignKey("capture_text.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="live")  # live | archive
    captured_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    last_seen_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    url: Mapped[str] = mapped_column(String(2048))  # what was read (an archive's URL for one)
    final_url: Mapped[str | None] = mapped_column(String(2048))
    http_status: Mapped[int | None] = mapped_column(Integer)
    content_type: Mapped[str | None] = mapped_column(String(200))
    # an archived copy: when the archive took it
    archived_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    # a live read: the digest of the (capped) page last read with this text, with what its
    # extraction depends on; the same digest again means the same text, without extracting
    body_sha256: Mapped[str | None] = mapped_column(String(64))

    text: Mapped[CaptureText] = relationship()
    link: Mapped[Link] = relationship()
