"""Queries behind the verification trail: claims and sources by key, the trail, cited links."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from claims.enums import LinkHealth, Verdict
from claims.models import Citation, Claim, Link, Snapshot, Source, Verification


@dataclass(frozen=True)
class TrailRow:
    """One entry of a claim's trail, as stored."""

    id: int
    claim_key: str
    at: dt.datetime
    verdict: Verdict
    reviewer: str
    note: str | None
    source_key: str | None


@dataclass(frozen=True)
class CitedSourceRow:
    """A source a claim cites, with the health of its link (None: the source has no URL)."""

    source_id: int
    key: str
    title: str | None
    url: str | None
    accessed: dt.date | None
    issued: dt.date | None
    link_id: int | None
    health: LinkHealth | None
    last_checked_at: dt.datetime | None


@dataclass(frozen=True)
class ArchivedCopy:
    """An archived copy of the link a source points to."""

    source_key: str
    link_id: int
    url: str
    health: LinkHealth
    service: str
    archive_url: str
    archived_at: dt.datetime
    original_status: int | None


def find_claim(session: Session, key: str) -> Claim | None:
    return session.scalars(select(Claim).where(Claim.key == key)).one_or_none()


def find_source(session: Session, key: str) -> Source | None:
    return session.scalars(select(Source).where(Source.key == key)).one_or_none()


def cited_sources(session: Session, claim_id: int) -> list[CitedSourceRow]:
    """Each distinct source the claim cites, in citation order, with its link's health."""
    first_citation = func.min(Citation.id).label("first_citation")
    rows = session.execute(
        select(
            Source.id,
            Source.key,
            Source.title,
            Source.url,
            Source.accessed,
            Source.issued,
            Link.id,
            Link.health,
            Link.last_checked_at,
            first_citation,
        )
        .join(Citation, Citation.source_id == Source.id)
        .outerjoin(Link, Link.id == Source.link_id)
        .where(Citation.claim_id == claim_id)
        .group_by(
            Source.id,
            Source.key,
            Source.title,
            Source.url,
            Source.accessed,
            Source.issued,
            Link.id,
            Link.health,
            Link.last_checked_at,
        )
        .order_by(first_citation)
    ).all()
    return [
        CitedSourceRow(
            source_id=r[0],
            key=r[1],
            title=r[2],
            url=r[3],
            accessed=r[4],
            issued=r[5],
            link_id=r[6],
            # a URL never checked may not have a link row yet
            health=r[7] if r[7] is not None else (LinkHealth.UNCHECKED if r[3] else None),
            last_checked_at=r[8],
        )
        for r in rows
    ]


def archived_copies(session: Session, source_ids: Iterable[int]) -> list[ArchivedCopy]:
    """Archived copies of the links of the given sources, oldest capture first."""
    ids = sorted(set(source_ids))
    if not ids:
        return []
    return archived_copies_where(session, Source.id.in_(ids))


def archived_copies_where(session: Session, condition: ColumnElement[bool]) -> list[ArchivedCopy]:
    """Archived copies of the links of the sources that meet ``condition``, by key then age."""
    rows = session.execute(
        select(
            Source.key,
            Link.id,
            Link.url,
            Link.health,
            Snapshot.service,
            Snapshot.archive_url,
            Snapshot.archived_at,
            Snapshot.original_status,
        )
        .join(Link, Link.id == Source.link_id)
        .join(Snapshot, Snapshot.link_id == Link.id)
        .where(condition)
        .order_by(Source.key, Snapshot.archived_at, Snapshot.id)
    ).all()
    return [ArchivedCopy(*r) for r in rows]


def append_verification(
    session: Session,
    *,
    claim: Claim,
    verdict: Verdict,
    reviewer: str,
    note: str | None,
    source: Source | None,
    at: dt.datetime | None = None,
) -> Verification:
    entry = Verification(
        claim_id=claim.id,
        verdict=verdict,
        reviewer=reviewer,
        note=note,
        source_id=source.id if source is not None else None,
    )
    if at is not None:
        entry.at = at
    session.add(entry)
    session.flush()
    return entry


def trail(
    session: Session,
    *,
    claim_id: int | None = None,
    document_ids: Sequence[int] | None = None,
) -> list[TrailRow]:
    """Verifications of one claim or of a document's claims, in the order they were recorded."""
    stmt = (
        select(
            Verification.id,
            Claim.key,
            Verification.at,
            Verification.verdict,
            Verification.reviewer,
            Verification.note,
            Source.key,
        )
        .join(Claim, Claim.id == Verification.claim_id)
        .outerjoin(Source, Source.id == Verification.source_id)
        .order_by(Verification.at, Verification.id)
    )
    if claim_id is not None:
        stmt = stmt.where(Verification.claim_id == claim_id)
    if document_ids is not None:
        stmt = stmt.where(Claim.document_id.in_(document_ids))
    return [TrailRow(*r) for r in session.execute(stmt).all()]
