"""Which documents a query covers: one, any of several, or every one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, true

DocumentIds = int | Sequence[int] | None  # one document, any of several, or every one (None)


def in_documents(column: Any, document_id: DocumentIds) -> ColumnElement[bool]:
    """``column`` (a document id) is one of ``document_id``; true for every document."""
    if document_id is None:
        return true()
    if isinstance(document_id, int):
        return column == document_id  # type: ignore[no-any-return]
    return column.in_(list(document_id))  # type: ignore[no-any-return]
