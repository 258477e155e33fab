"""Queries on claims, their citations and verification history."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, exists, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from claims.enums import ClaimStatus
from claims.models import Citation, Claim, Document, Footnote, Link, Source, Verification
from claims.repository.reporting import FAILING_HEALTH
from claims.repository.scope import DocumentIds, in_documents


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


Statuses = ClaimStatus | Sequence[ClaimStatus] | None  # one, any of several, or any


def at_risk() -> ColumnElement[bool]:
    """The claim cites no source, or only sources whose link is dead or suspect (the
    report's "at risk"): a source with no link, or one not checked yet, holds it up."""
    source, link = aliased(Source), aliased(Link)
    holds = or_(
        source.link_id.is_(None),
        exists().where(link.id == source.link_id, link.health.not_in(FAILING_HEALTH)),
    )
    return ~exists().where(Citation.claim_id == Claim.id, source.id == Citation.source_id, holds)


def _listed(
    document_id: DocumentIds, status: Statuses, risky: bool = False
) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [at_risk()] if risky else []
    if document_id is not None:
        conditions.append(in_documents(Claim.document_id, document_id))
    if isinstance(status, ClaimStatus):
        conditions.append(Claim.status == status)
    elif status:
        conditions.append(Claim.status.in_(list(status)))
    return conditions


def claim_list_rows(
    session: Session,
    *,
    document_id: DocumentIds = None,
    status: Statuses = None,
    risky: bool = False,
) -> list[tuple[Any, ...]]:
    """Plain rows in document order, then text order: id, key, document key, status,
    statement, quote, start, end, proposed. One query, no ORM objects."""
    stmt = (
        select(
            Claim.id,
            Claim.key,
            Document.key,
            Claim.status,
            Claim.statement,
            Claim.quote,
            Claim.start,
            Claim.end,
            Claim.proposed,
        )
        .join(Document, Claim.document_id == Document.id)
        .where(*_listed(document_id, status, risky))
        .order_by(Document.id, Claim.start, Claim.end, Claim.id)
    )
    return [tuple(r) for r in session.execute(stmt)]


def claim_citation_rows(
    session: Session,
    *,
    document_id: DocumentIds = None,
    status: Statuses = None,
    risky: bool = False,
) -> list[tuple[int, int | None, int, str]]:
    """(claim id, footnote number or None, position, source key) for the listed claims'
    citations, in footnote order."""
    listed = select(Claim.id).where(*_listed(document_id, status, risky))
    stmt = (
        select(Citation.claim_id, Footnote.number, Citation.position, Source.key)
        .join(Source, Source.id == Citation.source_id)
        .outerjoin(Footnote, Footnote.id == Citation.footnote_id)
        .where(Citation.claim_id.in_(listed))
        .order_by(
            Citation.claim_id,
            Footnote.number.is_(None),
            Footnote.number,
            Citation.position,
            Citation.id,
        )
    )
    return [(c, n, p, k) for c, n, p, k in session.execute(stmt)]


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
