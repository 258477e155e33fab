"""Documents and their footnotes."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from claims.models.base import Base, UTCDateTime, utcnow

if TYPE_CHECKING:
    from claims.models.claim import Citation, Claim


class Document(Base):
    __tablename__ = "document"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    title: Mapped[str] = mapped_column(Text)
    author: Mapped[str | None] = mapped_column(String(500))
    publisher: Mapped[str | None] = mapped_column(String(500))
    published: Mapped[dt.date | None] = mapped_column(Date)
    url: Mapped[str | None] = mapped_column(String(2048))
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64))  # sha256 hex of the UTF-8 text
    # sha256 hex of the file the text was read from (HTML, Word, PDF …), when extracted
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow, onupdate=utcnow)

    claims: Mapped[list[Claim]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Claim.start"
    )
    footnotes: Mapped[list[Footnote]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="Footnote.number"
    )


class Footnote(Base):
    """A footnote as printed; its citations link claims to sources."""

    __tablename__ = "footnote"
    __table_args__ = (UniqueConstraint("document_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id", ondelete="CASCADE"))
    number: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)  # exactly as printed
    start: Mapped[int | None] = mapped_column(Integer)  # offsets in the document text
    end: Mapped[int | None] = mapped_column(Integer)

    document: Mapped[Document] = relationship(back_populates="footnotes")
    citations: Mapped[list[Citation]] = relationship(
        back_populates="footnote", order_by="Citation.position"
    )
