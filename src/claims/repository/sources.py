"""Queries on sources (cited works), their contributors, links and citations."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import ColumnElement, Select, or_, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from claims.enums import ContributorRole, LinkHealth
from claims.models import Citation, Claim, Contributor, Link, Snapshot, Source
from claims.records import SourceRecord
from claims.repository.scope import DocumentIds, in_documents


def _full() -> list[LoaderOption]:
    return [
        selectinload(Source.contributors),
        selectinload(Source.link),
        selectinload(Source.citations).selectinload(Citation.claim),
        selectinload(Source.citations).selectinload(Citation.footnote),
    ]


def get_source(session: Session, key: str) -> Source | None:
    """The source with citation key ``key``, with contributors, link and citations loaded."""
    stmt = select(Source).where(Source.key == key).options(*_full())
    return session.scalars(stmt).one_or_none()


def sources_by_key(session: Session, keys: Iterable[str]) -> dict[str, Source]:
    """The sources among ``keys`` that exist, contributors and link loaded."""
    wanted = sorted(set(keys))
    if not wanted:
        return {}
    stmt = (
        select(Source)
        .where(Source.key.in_(wanted))
        .options(selectinload(Source.contributors), selectinload(Source.link))
    )
    return {s.key: s for s in session.scalars(stmt)}


NO_URL = "no-url"  # the state of a source without a URL (a book): it has no link to check


def _listed(
    document_id: DocumentIds,
    health: Sequence[str],
    no_accessed: bool = False,
    archived: bool = False,
) -> list[ColumnElement[bool]]:
    """``health``: LinkHealth values or ``no-url``; a URL with no link row yet is unchecked.
    ``no_accessed``: only sources with a URL and no access date (as the report counts them);
    ``archived``: only sources whose link has an archived copy (the report's group)."""
    conditions: list[ColumnElement[bool]] = []
    if no_accessed:
        conditions.append(Source.url.is_not(None) & Source.accessed.is_(None))
    if archived:
        conditions.append(Source.link_id.in_(select(Snapshot.link_id)))
    if document_id is not None:
        cited = (
            select(Citation.source_id)
            .join(Claim, Citation.claim_id == Claim.id)
            .where(in_documents(Claim.document_id, document_id))
        )
        conditions.append(Source.id.in_(cited))
    if health:
        wanted = set(health)
        states = [LinkHealth(h) for h in wanted if h != NO_URL]
        either: list[ColumnElement[bool]] = []
        if states:
            either.append(Source.link_id.in_(select(Link.id).where(Link.health.in_(states))))
        if LinkHealth.UNCHECKED in states:
            either.append(Source.url.is_not(None) & Source.link_id.is_(None))
        if NO_URL in wanted:
            either.append(Source.url.is_(None) & Source.link_id.is_(None))
        conditions.append(or_(*either))
    return conditions


def listed_source_ids(
    *,
    document_id: DocumentIds = None,
    health: Sequence[str] = (),
    no_accessed: bool = False,
    archived: bool = False,
) -> Select[int]:
    """The ids of the sources a list shows: all, a document's, those whose link has a health."""
    return select(Source.id).where(*_listed(document_id, health, no_accessed, archived))


def source_list_rows(
    session: Session,
    *,
    document_id: DocumentIds = None,
    health: Sequence[str] = (),
    no_accessed: bool = False,
    archived: bool = False,
) -> list[tuple[Any, ...]]:
    """Plain rows for a list of sources, in the order they were added: id, key, kind, title,
    container, publisher, issued, issued precision, url, accessed, accessed basis, health.

    One query whatever the number of sources; no ORM objects (a list of 100,000 sources
    as objects with their relationships takes gigabytes).
    """
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
            Link.health,
        )
        .outerjoin(Link, Link.id == Source.link_id)
        .where(*_listed(document_id, health, no_accessed, archived))
        .order_by(Source.id)
    )
    return [tuple(r) for r in session.execute(stmt)]


def author_rows(session: Session, source_ids: Select[int]) -> list[tuple[Any, ...]]:
    """source id, family, given, literal — the authors of the sources ``source_ids`` selects,
    in order."""
    stmt = (
        select(Contributor.source_id, Contributor.family, Contributor.given, Contributor.literal)
        .where(
            Contributor.source_id.in_(source_ids),
            Contributor.role == ContributorRole.AUTHOR,
        )
        .order_by(Contributor.source_id, Contributor.position)
    )
    return [tuple(r) for r in session.execute(stmt)]


def citing_claim_rows(session: Session, source_ids: Select[int]) -> list[tuple[int, str]]:
    """(source id, claim key) for every claim citing a source ``source_ids`` selects."""
    stmt = (
        select(Citation.source_id, Claim.key)
        .join(Claim, Claim.id == Citation.claim_id)
        .where(Citation.source_id.in_(source_ids))
        .distinct()
    )
    return [(source_id, key) for source_id, key in session.execute(stmt)]


def links_by_url(session: Session, urls: Iterable[str]) -> dict[str, Link]:
    """The links among the normalised ``urls`` that exist."""
    wanted = sorted(set(urls))
    if not wanted:
        return {}
    return {link.url: link for link in session.scalars(select(Link).where(Link.url.in_(wanted)))}


def source_values(record: SourceRecord) -> dict[str, Any]:
    """The columns of a source row, from a record."""
    issued = record.issued
    return {
        "kind": record.kind,
        "title": record.title,
        "container": record.container,
        "publisher": record.publisher,
        "issued": issued.as_date() if issued else None,
        "issued_precision": issued.precision if issued else None,
        "url": record.url,
        "accessed": record.accessed,
        "accessed_basis": record.accessed_basis,
        "raw": record.raw,
        "language": record.language,
        "note": record.note,
        "doi": record.doi,
        "extra": dict(record.extra),
    }
