"""Queries on sources (cited works), their contributors, links and citations."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.interfaces import LoaderOption

from claims.models import Citation, Claim, Link, Source
from claims.records import SourceRecord


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


def list_sources(session: Session, *, document_id: int | None = None) -> Sequence[Source]:
    """All sources in the order they were added, or those a document's claims cite."""
    stmt = select(Source).options(*_full()).order_by(Source.id)
    if document_id is not None:
        cited = (
            select(Citation.source_id)
            .join(Claim, Citation.claim_id == Claim.id)
            .where(Claim.document_id == document_id)
        )
        stmt = stmt.where(Source.id.in_(cited))
    return session.scalars(stmt).all()


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
