"""Queries on documents and their footnotes."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from claims.models import Citation, Claim, Document, Pin, RejectedProposal


def get_document(session: Session, key: str) -> Document | None:
    """The document with ``key``, its footnotes loaded."""
    stmt = select(Document).where(Document.key == key).options(selectinload(Document.footnotes))
    return session.scalars(stmt).one_or_none()


def document_for_dump(session: Session, key: str) -> Document | None:
    """The document with ``key``, its footnotes and claims with their citations loaded."""

    stmt = (
        select(Document)
        .where(Document.key == key)
        .options(
            selectinload(Document.footnotes),
            selectinload(Document.claims)
            .selectinload(Claim.citations)
            .selectinload(Citation.source),
            selectinload(Document.claims)
            .selectinload(Claim.citations)
            .selectinload(Citation.footnote),
        )
    )
    return session.scalars(stmt).one_or_none()


def pins_with_who(
    session: Session, target: str, ids: list[int]
) -> dict[int, list[tuple[str, str | None]]]:
    """(field, pinned by) of each row's pins, by field name."""

    column = {"source": Pin.source_id, "claim": Pin.claim_id, "footnote": Pin.footnote_id}[target]
    out: dict[int, list[tuple[str, str | None]]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        stmt = select(column, Pin.field, Pin.pinned_by).where(column.in_(chunk))
        for row_id, name, by in session.execute(stmt.order_by(Pin.field, Pin.id)):
            if row_id is not None:
                out.setdefault(row_id, []).append((name, by))
    return out


def rejected_proposals(session: Session, document_id: int) -> list[RejectedProposal]:
    """The proposals a person rejected for a document, in the order rejected."""
    stmt = select(RejectedProposal).where(RejectedProposal.document_id == document_id)
    return list(session.scalars(stmt.order_by(RejectedProposal.id)))
