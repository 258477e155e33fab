"""Queries on documents and their footnotes."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from claims.models import Document


def get_document(session: Session, key: str) -> Document | None:
    """The document with ``key``, its footnotes loaded."""
    stmt = select(Document).where(Document.key == key).options(selectinload(Document.footnotes))
    return session.scalars(stmt).one_or_none()
