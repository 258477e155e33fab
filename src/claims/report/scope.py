"""What a report covers (one document or all) and the link states it counts by."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from claims.enums import LinkHealth
from claims.errors import NotFoundError
from claims.repository import reporting as repo

NO_URL = "no-url"  # a source without a URL has no link health: a book, a printed report
SOURCE_STATES: tuple[str, ...] = (*(h.value for h in LinkHealth), NO_URL)
FAILING_HEALTH = frozenset(repo.FAILING_HEALTH)


Documents = str | Sequence[str] | None  # one document's key, any of several, or every one


def document_keys(document: Documents) -> tuple[str, ...]:
    """The keys named, each once, in order; () for every document."""
    return (document,) if isinstance(document, str) else tuple(dict.fromkeys(document or ()))


def resolve_document(session: Session, document: Documents) -> tuple[int, ...] | None:
    """The documents' ids, None for every document; an unknown key is an input error."""
    keys = document_keys(document)
    if not keys:
        return None
    ids = []
    for key in keys:
        found = repo.find_document_id(session, key)
        if found is None:
            raise NotFoundError(
                f"no document with key {key!r}", hint="leave out --document to report on every one"
            )
        ids.append(found)
    return tuple(ids)


def source_state(url: str | None, health: LinkHealth | None) -> str:
    """The link's health; unchecked for a URL without a link row; NO_URL without a URL."""
    if url is None and health is None:
        return NO_URL
    return (health or LinkHealth.UNCHECKED).value
