"""What a check read: the main text of a page, stored once per distinct text, and when seen."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy.orm import Mapped, relationship

from claims import schema
from claims.models.base import Base

if TYPE_CHECKING:
    from claims.models.link import Link


class CaptureText(Base):
    """A main text, zlib-compressed, addressed by the SHA-256 of its UTF-8 bytes."""

    __table__ = schema.capture_text  # a Core table: a check writes it without the ORM

    id: Mapped[int]
    sha256: Mapped[str]
    chars: Mapped[int]
    truncated: Mapped[bool]
    compressed: Mapped[bytes]


class Capture(Base):
    """One reading of a link (live, or an archived copy) whose main text differed from the
    previous one of the same kind; ``last_seen_at`` moves on while the text stays the same."""

    __table__ = schema.capture

    id: Mapped[int]
    link_id: Mapped[int]
    text_id: Mapped[int]
    kind: Mapped[str]
    captured_at: Mapped[dt.datetime]
    last_seen_at: Mapped[dt.datetime]
    url: Mapped[str]
    final_url: Mapped[str | None]
    http_status: Mapped[int | None]
    content_type: Mapped[str | None]
    archived_at: Mapped[dt.datetime | None]
    body_sha256: Mapped[str | None]

    text: Mapped[CaptureText] = relationship()
    link: Mapped[Link] = relationship()
