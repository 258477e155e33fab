"""Every table's content as plain data, rows named by their keys instead of their ids, for
comparing two databases field by field (ids and timestamps left out)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from claims.db import Database
from claims.models import (
    Base,
    Citation,
    Claim,
    Contributor,
    Document,
    Footnote,
    Link,
    Pin,
    RejectedProposal,
    Source,
)

# what a dataset does not carry (docs/dataset.md, "What a dataset carries"): history and checks
NOT_IN_A_DATASET = frozenset(
    {
        "edit",
        "review_flag",
        "verification",
        "link_check",
        "check_round",
        "check_worker",
        "snapshot",
        "capture",
        "capture_text",
        "alembic_version",
    }
)
SNAPSHOT_TABLES = frozenset(
    {
        "document",
        "footnote",
        "claim",
        "citation",
        "source",
        "contributor",
        "link",
        "pin",
        "rejected_proposal",
    }
)
_SKIPPED = {"id", "created_at", "updated_at", "pinned_at", "rejected_at", "link_id"}


def _columns(model: Any, *, skip: set[str] | None = None) -> list[str]:
    skipped = _SKIPPED | (skip or set())
    return [c.key for c in model.__table__.columns if c.key not in skipped]


def _row(obj: Any, names: list[str]) -> dict[str, Any]:
    out = {}
    for name in names:
        value = getattr(obj, name)
        out[name] = value.value if hasattr(value, "value") and not isinstance(value, str) else value
    return out


def snapshot_session(session: Session) -> dict[str, Any]:
    """The content of every table a dataset carries; raises if a table is in neither list."""
    tables = set(Base.metadata.tables)
    unknown = tables - SNAPSHOT_TABLES - NOT_IN_A_DATASET
    assert not unknown, f"decide whether a dataset carries {sorted(unknown)} (db_snapshot.py)"
    documents = {d.id: d.key for d in session.scalars(select(Document))}
    footnotes = {
        f.id: (documents[f.document_id], f.number) for f in session.scalars(select(Footnote))
    }
    claims = {c.id: c.key for c in session.scalars(select(Claim))}
    sources = {s.id: s.key for s in session.scalars(select(Source))}
    out: dict[str, Any] = {}
    out["document"] = sorted(
        (_row(d, _columns(Document)) for d in session.scalars(select(Document))),
        key=lambda r: r["key"],
    )
    out["footnote"] = sorted(
        (
            {
                "document": documents[f.document_id],
                **_row(f, _columns(Footnote, skip={"document_id"})),
            }
            for f in session.scalars(select(Footnote))
        ),
        key=lambda r: (r["document"], r["number"]),
    )
    out["claim"] = sorted(
        (
            {"document": documents[c.document_id], **_row(c, _columns(Claim, skip={"document_id"}))}
            for c in session.scalars(select(Claim))
        ),
        key=lambda r: r["key"],
    )
    # per claim in the order made (claims show lists them so)
    out["citation"] = [
        {
            "claim": claims[c.claim_id],
            "source": sources[c.source_id],
            "footnote": footnotes[c.footnote_id] if c.footnote_id else None,
            "position": c.position,
            "pinpoint": c.pinpoint,
        }
        for c in sorted(session.scalars(select(Citation)), key=lambda c: (claims[c.claim_id], c.id))
    ]
    # in the order added: `claims sources list` shows them so
    out["source"] = [
        {"link": s.link.url if s.link else None, **_row(s, _columns(Source))}
        for s in session.scalars(select(Source).order_by(Source.id))
    ]
    out["contributor"] = sorted(
        (
            {"source": sources[c.source_id], **_row(c, _columns(Contributor, skip={"source_id"}))}
            for c in session.scalars(select(Contributor))
        ),
        key=lambda r: (r["source"], r["role"], r["position"]),
    )
    # links no source points to any more (a merged duplicate's URL, with its check history)
    # are the database's history, not a dataset's content
    used = select(Source.link_id).where(Source.link_id.is_not(None))
    out["link"] = sorted(session.scalars(select(Link.url).where(Link.id.in_(used))))
    out["pin"] = sorted(
        (
            (
                "source" if p.source_id else "claim" if p.claim_id else "footnote",
                str(
                    sources.get(p.source_id or 0)
                    or claims.get(p.claim_id or 0)
                    or footnotes.get(p.footnote_id or 0)
                ),
                p.field,
                p.pinned_by or "",
            )
            for p in session.scalars(select(Pin))
        ),
    )
    out["rejected_proposal"] = [
        {
            "document": documents[r.document_id],
            **_row(r, _columns(RejectedProposal, skip={"document_id"})),
        }
        for r in session.scalars(select(RejectedProposal).order_by(RejectedProposal.id))
    ]
    return out


def snapshot_url(url: str) -> dict[str, Any]:
    database = Database(url)
    try:
        with database.session(readonly=True) as session:
            return snapshot_session(session)
    finally:
        database.dispose()
