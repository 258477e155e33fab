"""Claims and sources as plain records for browsing: lists, details, and their stable JSON."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from claims.chrome import without_chrome
from claims.enums import (
    AccessedBasis,
    ClaimStatus,
    ContributorRole,
    DatePrecision,
    LinkHealth,
    SourceKind,
    Verdict,
)
from claims.errors import NotFoundError
from claims.models import Claim, Source
from claims.records import Contributor, PartialDate
from claims.repository import claims as claim_queries
from claims.repository import sources as source_queries
from claims.repository.reporting import find_document_id

QUOTE_CONTEXT_CHARS = 160  # document text shown either side of a quote by `claims show`


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value is not None else None


@dataclass(frozen=True)
class SourceView:
    """A cited work; ``as_json`` gives the documented fields, in order."""

    key: str
    kind: SourceKind
    title: str | None
    authors: tuple[Contributor, ...]
    container: str | None
    publisher: str | None
    issued: PartialDate | None
    url: str | None
    accessed: dt.date | None
    accessed_basis: AccessedBasis
    health: LinkHealth | None  # None when the source has no URL
    claims: tuple[str, ...]  # keys of the claims citing it

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "kind": self.kind.value,
            "title": self.title,
            "authors": [a.as_json() for a in self.authors],
            "container": self.container,
            "publisher": self.publisher,
            "issued": self.issued.iso() if self.issued else None,
            "url": self.url,
            "accessed": _iso(self.accessed),
            "accessed_basis": self.accessed_basis.value,
            "health": self.health.value if self.health else None,
            "claims": list(self.claims),
        }


@dataclass(frozen=True)
class LinkCheckView:
    checked_at: dt.datetime
    outcome: str
    http_status: int | None
    final_url: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "checked_at": self.checked_at.isoformat(),
            "outcome": self.outcome,
            "http_status": self.http_status,
            "final_url": self.final_url,
        }


@dataclass(frozen=True)
class CitingClaim:
    claim: str
    document: str
    footnote: int | None
    position: int

    def as_json(self) -> dict[str, Any]:
        return {
            "claim": self.claim,
            "document": self.document,
            "footnote": self.footnote,
            "position": self.position,
        }


@dataclass(frozen=True)
class SourceDetail:
    """Everything ``claims sources show`` prints about one source."""

    source: SourceView
    raw: str | None
    language: str | None
    note: str | None
    doi: str | None
    extra: dict[str, Any]
    link_url: str | None  # the normalised URL the checker visits
    last_checked_at: dt.datetime | None
    checks: tuple[LinkCheckView, ...]  # newest first
    citations: tuple[CitingClaim, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            **self.source.as_json(),
            "raw": self.raw,
            "language": self.language,
            "note": self.note,
            "doi": self.doi,
            "extra": self.extra,
            "link": None
            if self.link_url is None
            else {
                "url": self.link_url,
                "health": self.source.health.value if self.source.health else None,
                "last_checked_at": self.last_checked_at.isoformat()
                if self.last_checked_at
                else None,
                "checks": [c.as_json() for c in self.checks],
            },
            "citations": [c.as_json() for c in self.citations],
        }


@dataclass(frozen=True)
class ClaimView:
    """A claim; ``as_json`` gives the documented fields, in order."""

    key: str
    document: str
    status: ClaimStatus
    statement: str
    quote: str
    start: int
    end: int
    footnotes: tuple[int, ...]
    sources: tuple[str, ...]
    proposed: bool = False  # found by the uncited-claim finder, not yet accepted by a person

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "status": self.status.value,
            "statement": self.statement,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "footnotes": list(self.footnotes),
            "sources": list(self.sources),
            "proposed": self.proposed,
        }


@dataclass(frozen=True)
class CitationView:
    footnote: int | None
    position: int
    pinpoint: str | None
    source: SourceView

    def as_json(self) -> dict[str, Any]:
        return {
            "footnote": self.footnote,
            "position": self.position,
            "pinpoint": self.pinpoint,
            "source": self.source.as_json(),
        }


@dataclass(frozen=True)
class VerificationView:
    at: dt.datetime
    verdict: Verdict
    reviewer: str
    note: str | None
    source: str | None

    def as_json(self) -> dict[str, Any]:
        return {
            "at": self.at.isoformat(),
            "verdict": self.verdict.value,
            "reviewer": self.reviewer,
            "note": self.note,
            "source": self.source,
        }


@dataclass(frozen=True)
class ClaimDetail:
    """Everything ``claims show`` prints about one claim."""

    claim: ClaimView
    document_title: str
    prefix: str  # the stored anchor context (32 characters)
    suffix: str
    before: str  # wider context from the document text, for reading
    after: str
    citations: tuple[CitationView, ...]
    verifications: tuple[VerificationView, ...]  # oldest first

    def as_json(self) -> dict[str, Any]:
        return {
            **self.claim.as_json(),
            "document": self.claim.document,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "context": {"before": self.before, "after": self.after},
            "citations": [c.as_json() for c in self.citations],
            "verifications": [v.as_json() for v in self.verifications],
        }


def _issued(source: Source) -> PartialDate | None:
    if source.issued is None:
        return None
    return PartialDate.from_date(source.issued, source.issued_precision or DatePrecision.DAY)


def _source_view(source: Source, claim_keys: Sequence[str] | None = None) -> SourceView:
    if claim_keys is None:
        claim_keys = sorted({c.claim.key for c in source.citations})
    return SourceView(
        key=source.key,
        kind=source.kind,
        title=source.title,
        authors=tuple(
            Contributor(family=c.family, given=c.given, literal=c.literal, role=c.role)
            for c in source.contributors
            if c.role is ContributorRole.AUTHOR
        ),
        container=source.container,
        publisher=source.publisher,
        issued=_issued(source),
        url=source.url,
        accessed=source.accessed,
        accessed_basis=source.accessed_basis,
        health=source.link.health if source.link else None,
        claims=tuple(claim_keys),
    )


def _footnote_numbers(claim: Claim) -> tuple[int, ...]:
    numbers: list[int] = []
    for citation in claim.citations:
        if citation.footnote is not None and citation.footnote.number not in numbers:
            numbers.append(citation.footnote.number)
    return tuple(sorted(numbers))


def _cited_keys(claim: Claim) -> tuple[str, ...]:
    ordered = sorted(
        claim.citations,
        key=lambda c: (c.footnote is None, c.footnote.number if c.footnote else 0, c.position),
    )
    keys: list[str] = []
    for citation in ordered:
        if citation.source.key not in keys:
            keys.append(citation.source.key)
    return tuple(keys)


def _claim_view(claim: Claim) -> ClaimView:
    return ClaimView(
        key=claim.key,
        document=claim.document.key,
        status=claim.status,
        statement=claim.statement,
        quote=claim.quote,
        start=claim.start,
        end=claim.end,
        footnotes=_footnote_numbers(claim),
        sources=_cited_keys(claim),
        proposed=claim.proposed,
    )


Documents = str | Sequence[str] | None  # one document's key, any of several, or every one


def document_ids(session: Session, document: Documents) -> tuple[int, ...] | None:
    """The ids of the documents named (None for every one); an unknown key is an error."""
    if document is None:
        return None
    keys = (document,) if isinstance(document, str) else tuple(dict.fromkeys(document))
    if not keys:
        return None
    ids = []
    for key in keys:
        found = find_document_id(session, key)
        if found is None:
            raise NotFoundError(f"no document with key {key!r}")
        ids.append(found)
    return tuple(ids)


def list_claims(
    session: Session,
    *,
    document: Documents = None,
    status: ClaimStatus | Sequence[ClaimStatus] | None = None,
    at_risk: bool = False,
) -> list[ClaimView]:
    """Claims in text order, optionally of some documents, with one of the statuses, or at
    risk as the report has it (no source, or every source's link dead or suspect).

    Two set-based queries whatever the number of claims (rows, then their citations).
    """
    document_id = document_ids(session, document)
    rows = claim_queries.claim_list_rows(
        session, document_id=document_id, status=status, risky=at_risk
    )
    if not rows:
        return []
    footnotes: defaultdict[int, list[int]] = defaultdict(list)
    sources: defaultdict[int, list[str]] = defaultdict(list)
    for claim_id, number, _position, source_key in claim_queries.claim_citation_rows(
        session, document_id=document_id, status=status, risky=at_risk
    ):
        if number is not None and number not in footnotes[claim_id]:
            footnotes[claim_id].append(number)
        if source_key not in sources[claim_id]:
            sources[claim_id].append(source_key)
    return [
        ClaimView(
            key=key,
            document=doc,
            status=claim_status,
            statement=statement,
            quote=quote,
            start=start,
            end=end,
            footnotes=tuple(sorted(footnotes.get(cid, ()))),
            sources=tuple(sources.get(cid, ())),
            proposed=bool(proposed),
        )
        for cid, key, doc, claim_status, statement, quote, start, end, proposed in rows
    ]


def show_claim(session: Session, key: str) -> ClaimDetail:
    """One claim with its quote in context, its sources, and its verification history.

    Raises:
        NotFoundError: no claim has ``key``.
    """
    claim = claim_queries.get_claim(session, key)
    if claim is None:
        raise NotFoundError(f"no claim with key {key!r}", hint="`claims list` shows the keys")
    text = claim.document.text
    ordered = sorted(
        claim.citations,
        key=lambda c: (c.footnote is None, c.footnote.number if c.footnote else 0, c.position),
    )
    citations = tuple(
        CitationView(
            footnote=c.footnote.number if c.footnote else None,
            position=c.position,
            pinpoint=c.pinpoint,
            source=_source_view(c.source),
        )
        for c in ordered
    )
    verifications = tuple(
        VerificationView(
            at=v.at,
            verdict=v.verdict,
            reviewer=v.reviewer,
            note=v.note,
            source=v.source.key if v.source else None,
        )
        for v in sorted(claim.verifications, key=lambda v: (v.at, v.id))
    )
    return ClaimDetail(
        claim=_claim_view(claim),
        document_title=claim.document.title,
        prefix=claim.prefix,
        suffix=claim.suffix,
        # page chrome ("Skip to main content") is left out of view; offsets are unchanged
        before=without_chrome(text, max(0, claim.start - QUOTE_CONTEXT_CHARS), claim.start),
        after=without_chrome(text, claim.end, claim.end + QUOTE_CONTEXT_CHARS),
        citations=citations,
        verifications=verifications,
    )


def list_sources(
    session: Session,
    *,
    document: Documents = None,
    health: Sequence[str] = (),
    no_accessed: bool = False,
    archived: bool = False,
) -> list[SourceView]:
    """Sources in the order they were added; optionally only those some documents' claims
    cite, those in one of the ``health`` states (LinkHealth values, or ``no-url`` for a
    source without a URL; a URL not yet given a link counts as unchecked, as in the report),
    or (``no_accessed``) those with a URL and no access date, or (``archived``) those whose link
    has an archived copy, as the report lists them.

    Three set-based queries whatever the number of sources (rows, authors, citing claims).
    """
    document_id = document_ids(session, document)
    rows = source_queries.source_list_rows(
        session, document_id=document_id, health=health, no_accessed=no_accessed, archived=archived
    )
    if not rows:
        return []
    ids = source_queries.listed_source_ids(
        document_id=document_id, health=health, no_accessed=no_accessed, archived=archived
    )
    authors: defaultdict[int, list[Contributor]] = defaultdict(list)
    for source_id, family, given, literal in source_queries.author_rows(session, ids):
        authors[source_id].append(
            Contributor(family=family, given=given, literal=literal, role=ContributorRole.AUTHOR)
        )
    claims: defaultdict[int, list[str]] = defaultdict(list)
    for source_id, claim_key in source_queries.citing_claim_rows(session, ids):
        claims[source_id].append(claim_key)
    views = []
    for row in rows:
        (sid, key, kind, title, container, publisher, issued, precision, url) = row[:9]
        accessed, basis, link_health = row[9:]
        views.append(
            SourceView(
                key=key,
                kind=kind,
                title=title,
                authors=tuple(authors.get(sid, ())),
                container=container,
                publisher=publisher,
                issued=(
                    PartialDate.from_date(issued, precision or DatePrecision.DAY)
                    if issued is not None
                    else None
                ),
                url=url,
                accessed=accessed,
                accessed_basis=basis,
                health=link_health,
                claims=tuple(sorted(claims.get(sid, ()))),
            )
        )
    return views


def show_source(session: Session, key: str) -> SourceDetail:
    """One source with every field, its link's health and checks, and the claims citing it.

    Raises:
        NotFoundError: no source has ``key``.
    """
    source = source_queries.get_source(session, key)
    if source is None:
        raise NotFoundError(
            f"no source with key {key!r}", hint="`claims sources list` shows the keys"
        )
    link = source.link
    checks: tuple[LinkCheckView, ...] = ()
    if link is not None:
        checks = tuple(
            LinkCheckView(
                checked_at=c.checked_at,
                outcome=c.outcome.value,
                http_status=c.http_status,
                final_url=c.final_url,
            )
            for c in sorted(link.checks, key=lambda c: (c.checked_at, c.id), reverse=True)
        )
    citations = tuple(
        sorted(
            (
                CitingClaim(
                    claim=c.claim.key,
                    document=c.claim.document.key,
                    footnote=c.footnote.number if c.footnote else None,
                    position=c.position,
                )
                for c in source.citations
            ),
            key=lambda c: (c.document, c.footnote or 0, c.claim),
        )
    )
    return SourceDetail(
        source=_source_view(source),
        raw=source.raw,
        language=source.language,
        note=source.note,
        doi=source.doi,
        extra=dict(source.extra or {}),
        link_url=link.url if link else None,
        last_checked_at=link.last_checked_at if link else None,
        checks=checks,
        citations=citations,
    )
