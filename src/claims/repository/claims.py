"""Queries on claims, their citations and verification history."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from claims.enums import ClaimStatus
from claims.models import Citation, Claim, Document, Source, Verification


def get_claim(session: Session, key: str) -> Claim | None:
    """The claim with ``key`` and all it shows: document, sources, links, verifications."""
    stmt = (
        select(Claim)
        .where(Claim.key == key)
        .options(
            selectinload(Claim.document),
            selectinload(Claim.citations).selectinload(Citation.footnote),
            selectinload(Claim.citations)
            .selectinload(Citation.source)
            .selectinload(Source.contributors),
            selectinload(Claim.citations).selectinload(Citation.source).selectinload(Source.link),
            selectinload(Claim.citations)
            .selectinload(Citation.source)
            .selectinload(Source.citations)
            .selectinload(Citation.claim),
            selectinload(Claim.verifications).selectinload(Verification.source),
        )
    )
    return session.scalars(stmt).one_or_none()


def list_claims(
    session: Session,
    *,
    document_id: int | None = None,
    status: ClaimStatus | None = None,
) -> Sequence[Claim]:
    """Claims in document order (then text order), with citations, footnotes and sources."""
    stmt = (
        select(Claim)
        .join(Document, Claim.document_id == Document.id)
        .options(
            selectinload(Claim.document),
            selectinload(Claim.citations).selectinload(Citation.footnote),
            selectinload(Claim.citations).selectinload(Citation.source),
        )
        .order_by(Document.id, Claim.start, Claim.end, Claim.id)
    )
    if document_id is not None:
        stmt = stmt.where(Claim.document_id == document_id)
    if status is not None:
        stmt = stmt.where(Claim.status == status)
    return session.scalars(stmt).all()


def claims_of_document(session: Session, document_id: int) -> Sequence[Claim]:
    """A document's claims with their citations and verifications (for reloading)."""
    stmt = (
        select(Claim)
        .where(Claim.document_id == document_id)
        .options(
            selectinload(Claim.citations).selectinload(Citation.footnote),
            selectinload(Claim.verifications),
        )
    )
    return session.scalars(stmt).all()


def claims_by_key(session: Session, keys: Sequence[str]) -> dict[str, Claim]:
    """The claims among ``keys`` that exist, in any document."""
    if not keys:
        return {}
    stmt = select(Claim).where(Claim.key.in_(sorted(set(keys))))
    return {c.key: c for c in session.scalars(stmt)}
