"""What a report covers (one document or all) and the link states it counts by."""

from __future__ import annotations

from sqlalchemy.orm import Session

from claims.enums import LinkHealth
from claims.errors import NotFoundError
from claims.repository import reporting as repo

NO_URL = "no-url"  # a source without a URL has no link health: a book, a printed report
SOURCE_STATES: tuple[str, ...] = (*(h.value for h in LinkHealth), NO_URL)
FAILING_HEALTH = frozenset(repo.FAILING_HEALTH)


def resolve_document(session: Session, key: str | None) -> int | None:
    """The document's id, None for every document; an unknown key is an input error."""
    if key is None:
        return None
    document_id = repo.find_document_id(session, key)
    if document_id is None:
        raise NotFoundError(
            f"no document with key {key!r}", hint="leave out --document to report on every one"
        )
    return document_id


def source_state(url: str | None, health: LinkHealth | None) -> str:
    """The link's health; unchecked for a URL without a link row; NO_URL without a URL."""
    if url is None and health is None:
        return NO_URL
    return (health or LinkHealth.UNCHECKED).value
