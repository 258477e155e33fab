"""Set-based queries behind the status report and the HTML view: a fixed number per report.

Every function takes ``document_id`` (one id, several, or None: the whole database) and returns
plain rows; none issues a query per claim or per source, so the report scales with the
database, not with the number of round trips.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, case, exists, func, or_, select, true
from sqlalchemy.orm import Session, aliased

from claims.enums import (
    LinkHealth,
)
from claims.models import (
    Citation,
    Claim,
    Contributor,
    Document,
    Footnote,
    Link,
    Source,
    Verification,
)
from claims.repository.scope import DocumentIds, in_documents
from claims.repository.verifications import ArchivedCopy, archived_copies_where

FAILING_HEALTH = (LinkHealth.DEAD, LinkHealth.SUSPECT)

# Plain tuples: the column order is documented on each function.
Rows = list[tuple[Any, ...]]


def find_document_id(session: Session, key: str) -> int | None:
    return session.scalar(select(Document.id).where(Document.key == key))


def _claim_scope(document_id: DocumentIds) -> ColumnElement[bool]:
    return in_documents(Claim.document_id, document_id)


def source_scope(document_id: DocumentIds) -> ColumnElement[bool]:
    """All sources, or those cited by a claim of the documents."""
    if document_id is None:
        return true()
    cited = select(Citation.source_id).join(Claim, Claim.id == Citation.claim_id)
    return Source.id.in_(cited.where(in_documents(Claim.document_id, document_id)))


def documents(session: Session, document_id: DocumentIds) -> Rows:
    """key, title, number of claims, number of distinct sources cited."""
    # counted only for the documents reported: one document's report reads its claims only
    claims = (
        select(Claim.document_id, func.count(Claim.id).label("n"))
        .where(_claim_scope(document_id))
        .group_by(Claim.document_id)
        .subquery()
    )
    cited = (
        select(Claim.document_id, func.count(func.distinct(Citation.source_id)).label("n"))
        .join(Citation, Citation.claim_id == Claim.id)
        .where(_claim_scope(document_id))
        .group_by(Claim.document_id)
        .subquery()
    )
    stmt = (
        select(
            Document.key,
            Document.title,
            func.coalesce(claims.c.n, 0),
            func.coalesce(cited.c.n, 0),
        )
        .outerjoin(claims, claims.c.document_id == Document.id)
        .outerjoin(cited, cited.c.document_id == Document.id)
        .order_by(Document.key)
    )
    if document_id is not None:
        stmt = stmt.where(in_documents(Document.id, document_id))
    return [tuple(r) for r in session.execute(stmt).all()]


def claim_rows(session: Session, document_id: DocumentIds) -> Rows:
    """Per claim: key, document key, status, statement, number of sources, number of sources
    not failing, and the latest verdict (verdict, reviewer, at) if any."""
    healthy = or_(Link.id.is_(None), Link.health.not_in(FAILING_HEALTH))
    # one pass over the citations: sources, and sources whose link is not dead or suspect
    per_claim = (
        select(
            Claim.id.label("claim_id"),
            func.count(func.distinct(Citation.source_id)).label("n"),
            func.count(func.distinct(case((healthy, Citation.source_id)))).label("ok"),
        )
        .select_from(Claim)
        .outerjoin(Citation, Citation.claim_id == Claim.id)
        .outerjoin(Source, Source.id == Citation.source_id)
        .outerjoin(Link, Link.id == Source.link_id)
        .where(_claim_scope(document_id))
        .group_by(Claim.id)
        .subquery()
    )
    latest = (
        select(Verification.claim_id, func.max(Verification.id).label("id"))
        .join(Claim, Claim.id == Verification.claim_id)
        .where(_claim_scope(document_id))
        .group_by(Verification.claim_id)
        .subquery()
    )
    stmt = (
        select(
            Claim.key,
            Document.key,
            Claim.status,
            Claim.statement,
            per_claim.c.n,
            per_claim.c.ok,
            Verification.verdict,
            Verification.reviewer,
            Verification.at,
        )
        .join(per_claim, per_claim.c.claim_id == Claim.id)
        .join(Document, Document.id == Claim.document_id)
        .outerjoin(latest, latest.c.claim_id == Claim.id)
        .outerjoin(Verification, Verification.id == latest.c.id)
        .order_by(Document.key, Claim.start, Claim.end.desc(), Claim.key)
    )
    return [tuple(r) for r in session.execute(stmt).all()]


def failing_citations(session: Session, document_id: DocumentIds) -> Rows:
    """claim key, source key, title, url, health — for claims none of whose sources is healthy."""
    cite, src, link = aliased(Citation), aliased(Source), aliased(Link)
    has_healthy_source = (
        exists()
        .where(cite.claim_id == Claim.id)
        .where(src.id == cite.source_id)
        .where(
            or_(
                src.link_id.is_(None),
                exists().where(link.id == src.link_id, link.health.not_in(FAILING_HEALTH)),
            )
        )
    )
    stmt = (
        select(Claim.key, Source.key, Source.title, Source.url, Link.health)
        .join(Citation, Citation.claim_id == Claim.id)
        .join(Source, Source.id == Citation.source_id)
        .outerjoin(Link, Link.id == Source.link_id)
        .where(_claim_scope(document_id), ~has_healthy_source)
        .distinct()
        .order_by(Claim.key, Source.key)
    )
    return [tuple(r) for r in session.execute(stmt).all()]


def source_keys(session: Session, document_id: DocumentIds) -> list[str]:
    return list(session.scalars(select(Source.key).where(source_scope(document_id))))


def sources_by_health(session: Session, document_id: DocumentIds) -> Rows:
    """(has no URL, link health or None, number of sources)."""
    no_url = Source.url.is_(None)
    stmt = (
        select(no_url, Link.health, func.count(Source.id))
        .select_from(Source)
        .outerjoin(Link, Link.id == Source.link_id)
        .where(source_scope(document_id))
        .group_by(no_url, Link.health)
    )
    return [tuple(r) for r in session.execute(stmt).all()]


def sources_without_accessed(session: Session, document_id: DocumentIds) -> Rows:
    """Online sources (with a URL) that give no access date: key, title, url, health."""
    stmt = (
        select(Source.key, Source.title, Source.url, Link.health)
        .outerjoin(Link, Link.id == Source.link_id)
        .where(source_scope(document_id), Source.url.is_not(None), Source.accessed.is_(None))
        .order_by(Source.key)
    )
    return [tuple(r) for r in session.execute(stmt).all()]


def archived_copies(session: Session, document_id: DocumentIds) -> list[ArchivedCopy]:
    return archived_copies_where(session, source_scope(document_id))


def link_rows(session: Session, document_id: DocumentIds) -> Rows:
    """One row per source with a URL: url (the link's, else as cited), health, last check, key."""
    url = func.coalesce(Link.url, Source.url)
    stmt = (
        select(url, Link.health, Link.last_checked_at, Source.key)
        .select_from(Source)
        .outerjoin(Link, Link.id == Source.link_id)
        .where(source_scope(document_id), or_(Source.url.is_not(None), Link.id.is_not(None)))
        .order_by(url, Source.key)
    )
    return [tuple(r) for r in session.execute(stmt).all()]


# --- the document view (HTML) ----------------------------------------------------------------


def document_rows(session: Session, document_id: DocumentIds) -> Rows:
    stmt = select(
        Document.id,
        Document.key,
        Document.title,
        Document.author,
        Document.publisher,
        Document.published,
        Document.url,
        Document.text,
    ).order_by(Document.key)
    if document_id is not None:
        stmt = stmt.where(in_documents(Document.id, document_id))
    return [tuple(r) for r in session.execute(stmt).all()]


def footnote_rows(session: Session, document_id: DocumentIds) -> Rows:
    """id, document id, number, text, start, end."""
    stmt = select(
        Footnote.id,
        Footnote.document_id,
        Footnote.number,
        Footnote.text,
        Footnote.start,
        Footnote.end,
    ).order_by(Footnote.document_id, Footnote.number)
    if document_id is not None:
        stmt = stmt.where(in_documents(Footnote.document_id, document_id))
    return [tuple(r) for r in session.execute(stmt).all()]


def claim_view_rows(session: Session, document_id: DocumentIds) -> Rows:
    """id, document id, key, status, statement, quote, start, end — in text order."""
    stmt = (
        select(
            Claim.id,
            Claim.document_id,
            Claim.key,
            Claim.status,
            Claim.statement,
            Claim.quote,
            Claim.start,
            Claim.end,
        )
        .where(_claim_scope(document_id))
        .order_by(Claim.document_id, Claim.start, Claim.end.desc(), Claim.key)
    )
    return [tuple(r) for r in session.execute(stmt).all()]


def citation_rows(session: Session, document_id: DocumentIds) -> Rows:
    """claim id, source id, footnote number, position, pinpoint."""
    stmt = (
        select(
            Citation.claim_id,
            Citation.source_id,
            Footnote.number,
            Citation.position,
            Citation.pinpoint,
        )
        .join(Claim, Claim.id == Citation.claim_id)
        .outerjoin(Footnote, Footnote.id == Citation.footnote_id)
        .where(_claim_scope(document_id))
        .order_by(Citation.claim_id, Footnote.number, Citation.position, Citation.id)
    )
    return [tuple(r) for r in session.execute(stmt).all()]


def source_rows(session: Session, document_id: DocumentIds) -> Rows:
    """id, key, kind, title, container, publisher, issued, precision, url, accessed, basis, raw,
    health, last checked."""
    stmt = (
        select(
            Source.id,
            Source.key,
            Source.kind,
            Source.title,
            Source.container,
            Source.publisher,
            Source.issued,
            Source.issued_precision,
            Source.url,
            Source.accessed,
            Source.accessed_basis,
            Source.raw,
            Link.health,
            Link.last_checked_at,
        )
        .outerjoin(Link, Link.id == Source.link_id)
        .where(source_scope(document_id))
        .order_by(Source.key)
    )
    return [tuple(r) for r in session.execute(stmt).all()]


def contributor_rows(session: Session, document_id: DocumentIds) -> Rows:
    """source id, role, family, given, literal — in order."""
    stmt = (
        select(
            Contributor.source_id,
            Contributor.role,
            Contributor.family,
            Contributor.given,
            Contributor.literal,
        )
        .join(Source, Source.id == Contributor.source_id)
        .where(source_scope(document_id))
        .order_by(Contributor.source_id, Contributor.role, Contributor.position)
    )
    return [tuple(r) for r in session.execute(stmt).all()]


def trail_rows(session: Session, document_id: DocumentIds) -> Rows:
    """claim id, at, verdict, reviewer, note, source key — oldest first."""
    stmt = (
        select(
            Verification.claim_id,
            Verification.at,
            Verification.verdict,
            Verification.reviewer,
            Verification.note,
            Source.key,
        )
        .join(Claim, Claim.id == Verification.claim_id)
        .outerjoin(Source, Source.id == Verification.source_id)
        .where(_claim_scope(document_id))
        .order_by(Verification.claim_id, Verification.at, Verification.id)
    )
    return [tuple(r) for r in session.execute(stmt).all()]
