"""A document as the HTML view shows it: its text, claims, footnotes and cited sources."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from sqlalchemy.orm import Session

from claims.enums import (
    AccessedBasis,
    ClaimStatus,
    ContributorRole,
    DatePrecision,
    SourceKind,
    Verdict,
)
from claims.records import Contributor, PartialDate
from claims.report.scope import FAILING_HEALTH, NO_URL, Documents, resolve_document
from claims.repository import reporting as repo
from claims.repository.verifications import ArchivedCopy


@dataclass(frozen=True)
class SourceView:
    key: str
    kind: SourceKind
    title: str | None
    authors: tuple[Contributor, ...]
    editors: tuple[Contributor, ...]
    container: str | None
    publisher: str | None
    issued: PartialDate | None
    url: str | None
    accessed: dt.date | None
    accessed_basis: AccessedBasis
    raw: str | None
    state: str  # a LinkHealth value, or NO_URL
    last_checked_at: dt.datetime | None
    archived: tuple[ArchivedCopy, ...]

    @property
    def failing(self) -> bool:
        return self.state in FAILING_HEALTH


@dataclass(frozen=True)
class CitationView:
    source: str
    footnote: int | None
    position: int
    pinpoint: str | None


@dataclass(frozen=True)
class TrailView:
    at: dt.datetime
    verdict: Verdict
    reviewer: str
    note: str | None
    source: str | None


@dataclass(frozen=True)
class ClaimView:
    key: str
    status: ClaimStatus
    statement: str
    quote: str
    start: int
    end: int
    anchored: bool  # the offsets fall inside the text and hold the quote
    citations: tuple[CitationView, ...]
    trail: tuple[TrailView, ...]
    overlaps: tuple[str, ...]  # keys of claims sharing characters with this one

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.source for c in self.citations))

    @property
    def footnotes(self) -> tuple[int, ...]:
        return tuple(dict.fromkeys(c.footnote for c in self.citations if c.footnote is not None))


@dataclass(frozen=True)
class FootnoteView:
    number: int
    text: str
    start: int | None
    end: int | None


@dataclass(frozen=True)
class DocumentView:
    key: str
    title: str
    author: str | None
    publisher: str | None
    published: dt.date | None
    url: str | None
    text: str
    footnotes: tuple[FootnoteView, ...]
    claims: tuple[ClaimView, ...]
    sources: Mapping[str, SourceView]  # every source the claims cite, by key

    def footnote(self, number: int) -> FootnoteView | None:
        return next((f for f in self.footnotes if f.number == number), None)

    def at_risk(self, claim: ClaimView) -> bool:
        """No source at all, or every source dead or suspect."""
        keys = claim.sources
        return not keys or all(self.sources[k].failing for k in keys)


def _overlaps(claims: list[tuple[str, int, int]]) -> dict[str, list[str]]:
    """Pairs of ranges sharing a character, by a sweep over starts (ranges sorted by start)."""
    found: dict[str, list[str]] = defaultdict(list)
    active: list[tuple[str, int]] = []
    for key, start, end in sorted(claims, key=lambda c: (c[1], -c[2])):
        active = [(k, e) for k, e in active if e > start]
        for other, _ in active:
            found[key].append(other)
            found[other].append(key)
        if end > start:
            active.append((key, end))
    return found


def build_documents(session: Session, document: Documents = None) -> tuple[DocumentView, ...]:
    """Every document (or those named), in a fixed number of queries."""
    document_id = resolve_document(session, document)

    contributors: defaultdict[int, list[Contributor]] = defaultdict(list)
    for source_id, role, family, given, literal in repo.contributor_rows(session, document_id):
        contributors[source_id].append(Contributor(family, given, literal, role))
    archived: defaultdict[str, list[ArchivedCopy]] = defaultdict(list)
    for copy in repo.archived_copies(session, document_id):
        archived[copy.source_key].append(copy)

    sources: dict[int, SourceView] = {}
    for row in repo.source_rows(session, document_id):
        (sid, key, kind, title, container, publisher, issued, precision, url) = row[:9]
        accessed, basis, raw, health, checked = row[9:]
        people = contributors.get(sid, [])
        sources[sid] = SourceView(
            key=key,
            kind=kind,
            title=title,
            authors=tuple(c for c in people if c.role is ContributorRole.AUTHOR),
            editors=tuple(c for c in people if c.role is ContributorRole.EDITOR),
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
            raw=raw,
            state=NO_URL if url is None and health is None else str(health or "unchecked"),
            last_checked_at=checked,
            archived=tuple(archived.get(key, ())),
        )

    claim_rows: defaultdict[int, list[tuple[Any, ...]]] = defaultdict(list)
    document_of: dict[int, int] = {}
    for row in repo.claim_view_rows(session, document_id):
        claim_rows[row[1]].append(row)
        document_of[row[0]] = row[1]

    citations: defaultdict[int, list[CitationView]] = defaultdict(list)
    cited: defaultdict[int, set[int]] = defaultdict(set)  # document id -> source ids
    for claim_id, source_id, footnote, position, pinpoint in repo.citation_rows(
        session, document_id
    ):
        citations[claim_id].append(
            CitationView(sources[source_id].key, footnote, position, pinpoint)
        )
        cited[document_of[claim_id]].add(source_id)

    trails: defaultdict[int, list[TrailView]] = defaultdict(list)
    for claim_id, at, verdict, reviewer, note, source_key in repo.trail_rows(session, document_id):
        trails[claim_id].append(TrailView(at, verdict, reviewer, note, source_key))

    footnotes: defaultdict[int, list[FootnoteView]] = defaultdict(list)
    for _fid, doc_id, number, text, start, end in repo.footnote_rows(session, document_id):
        footnotes[doc_id].append(FootnoteView(number, text, start, end))

    views = []
    for doc_id, key, title, author, publisher, published, url, text in repo.document_rows(
        session, document_id
    ):
        rows = claim_rows.get(doc_id, [])
        overlaps = _overlaps([(r[2], r[6], r[7]) for r in rows])
        claims = tuple(
            ClaimView(
                key=ckey,
                status=status,
                statement=statement,
                quote=quote,
                start=start,
                end=end,
                anchored=0 <= start < end <= len(text) and text[start:end] == quote,
                citations=tuple(citations.get(cid, ())),
                trail=tuple(trails.get(cid, ())),
                overlaps=tuple(overlaps.get(ckey, ())),
            )
            for cid, _doc, ckey, status, statement, quote, start, end in rows
        )
        doc_sources = sorted((sources[sid] for sid in cited.get(doc_id, ())), key=lambda v: v.key)
        views.append(
            DocumentView(
                key=key,
                title=title,
                author=author,
                publisher=publisher,
                published=published,
                url=url,
                text=text,
                footnotes=tuple(footnotes.get(doc_id, ())),
                claims=claims,
                sources=MappingProxyType({v.key: v for v in doc_sources}),
            )
        )
    return tuple(views)
