"""Set-based queries behind ``claims lint``: plain rows, streamed, for all or one document.

Every function takes ``document_id`` (None: the whole database). The sources of a document
are those its claims cite; its claims are its own.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

from sqlalchemy import ColumnElement, exists, func, select
from sqlalchemy.orm import Session

from claims.enums import DatePrecision, SourceKind
from claims.models import Citation, Claim, Link, Source
from claims.repository.reporting import source_scope
from claims.repository.scope import DocumentIds, in_documents

STREAM_ROWS = 2000  # rows fetched at a time: memory stays flat however many sources


@dataclass(frozen=True)
class SourceLintRow:
    """What the per-source rules read: a few columns, and whether any claim cites it."""

    key: str
    kind: SourceKind
    url: str | None
    accessed: dt.date | None
    issued: dt.date | None
    issued_precision: DatePrecision | None
    title: str | None
    container: str | None
    publisher: str | None
    cited: bool


def _claim_scope(document_id: DocumentIds) -> ColumnElement[bool]:
    return in_documents(Claim.document_id, document_id)


def source_lint_rows(session: Session, document_id: DocumentIds) -> Iterator[SourceLintRow]:
    """The sources in scope, in the order they were added, streamed."""
    cited = exists().where(Citation.source_id == Source.id)
    stmt = (
        select(
            Source.key,
            Source.kind,
            Source.url,
            Source.accessed,
            Source.issued,
            Source.issued_precision,
            Source.title,
            Source.container,
            Source.publisher,
            cited.label("cited"),
        )
        .where(source_scope(document_id))
        .order_by(Source.id)
        .execution_options(yield_per=STREAM_ROWS)
    )
    for row in session.execute(stmt):
        yield SourceLintRow(*row[:9], cited=bool(row[9]))


def shared_link_rows(
    session: Session, document_id: DocumentIds
) -> list[tuple[int, str, str, bool]]:
    """(link id, link URL, source key, source in scope) for every source sharing its link with
    another source, where at least one of them is in scope."""
    in_scope = source_scope(document_id)
    shared = select(Source.link_id).where(Source.link_id.is_not(None))
    if document_id is not None:  # count only the links the document's sources have
        shared = shared.where(Source.link_id.in_(select(Source.link_id).where(in_scope)))
    shared = shared.group_by(Source.link_id).having(func.count(Source.id) > 1)
    stmt = (
        select(Source.link_id, Link.url, Source.key, in_scope.label("in_scope"))
        .join(Link, Link.id == Source.link_id)
        .where(Source.link_id.in_(shared))
        .order_by(Source.link_id, Source.key)
    )
    if document_id is not None:
        stmt = stmt.where(Source.link_id.in_(select(Source.link_id).where(in_scope)))
    return [
        (int(link_id or 0), url, key, bool(scoped))
        for link_id, url, key, scoped in session.execute(stmt)
    ]


def unsourced_claim_keys(session: Session, document_id: DocumentIds) -> list[str]:
    stmt = (
        select(Claim.key)
        .where(_claim_scope(document_id), ~exists().where(Citation.claim_id == Claim.id))
        .order_by(Claim.key)
    )
    return list(session.scalars(stmt))


def count_claims(session: Session, document_id: DocumentIds) -> int:
    return int(session.scalar(select(func.count(Claim.id)).where(_claim_scope(document_id))) or 0)
