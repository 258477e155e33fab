"""Where a document stands: claims by status, sources by link health, what is at risk."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType

from sqlalchemy.orm import Session

from claims.curation.review import FlagView, list_flags
from claims.enums import ClaimStatus, LinkHealth, Verdict
from claims.models import utcnow
from claims.report.document import DocumentView, build_documents
from claims.report.scope import (
    NO_URL,
    SOURCE_STATES,
    Documents,
    document_keys,
    resolve_document,
    source_state,
)
from claims.repository import reporting as repo
from claims.repository.verifications import ArchivedCopy


class RiskReason(StrEnum):
    NO_SOURCE = "no-source"
    SOURCES_FAILING = "sources-failing"  # every source's link is dead or suspect


@dataclass(frozen=True)
class LintFinding:
    """One thing a careful editor would catch (the fields of ``claims lint --json``)."""

    rule: str
    subject: str  # "source" or "claim"
    key: str
    message: str
    field: str | None = None


# Lint comes from the dataset's checker (the CLI passes it in); the report keeps the findings
# about the claims and sources it covers.
LintProvider = Callable[[Session], Sequence[LintFinding]]
# best passage per claim key: (source key, passage text, score, content changed); from the
# evidence service, which the report cannot import (sibling services)
EvidenceProvider = Callable[[Session, Sequence[str]], Mapping[str, tuple[str, str, float, bool]]]


@dataclass(frozen=True)
class BestPassage:
    """The sentence of a cited page's capture that best carries a claim."""

    source: str
    text: str
    score: float
    content_changed: bool  # the passage seen near the access date is gone from the live page


@dataclass(frozen=True)
class DocumentSummary:
    key: str
    title: str
    claims: int
    sources: int


@dataclass(frozen=True)
class ClaimRow:
    key: str
    document: str
    status: ClaimStatus
    statement: str
    sources: int
    last_verdict: Verdict | None
    last_reviewer: str | None
    last_verified_at: dt.datetime | None


@dataclass(frozen=True)
class SourceRef:
    key: str
    title: str | None
    url: str | None
    state: str  # a LinkHealth value, or NO_URL


@dataclass(frozen=True)
class ClaimAtRisk:
    key: str
    document: str
    status: ClaimStatus
    statement: str
    reason: RiskReason
    sources: tuple[SourceRef, ...]


@dataclass(frozen=True)
class LinkRow:
    url: str
    health: LinkHealth
    last_checked_at: dt.datetime | None
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Report:
    generated_at: dt.datetime
    document: str | None  # the --document filter (keys joined by ", "), None for everything
    documents: tuple[DocumentSummary, ...]
    claims_by_status: Mapping[ClaimStatus, int]  # every status, zeros included
    sources_by_health: Mapping[str, int]  # every SOURCE_STATES entry, zeros included
    claims: tuple[ClaimRow, ...]
    claims_at_risk: tuple[ClaimAtRisk, ...]
    sources_without_accessed: tuple[SourceRef, ...]
    lint: tuple[LintFinding, ...] | None  # None: no lint provider was given
    archived_copies: tuple[ArchivedCopy, ...]
    links: tuple[LinkRow, ...]
    views: tuple[DocumentView, ...] = ()  # text, claims and sources; only when asked for
    passages: Mapping[str, BestPassage] = field(default_factory=dict)  # by claim key
    # open review flags extraction kept, by source (or footnote) key, in the order raised
    review_flags: tuple[FlagView, ...] = ()

    @property
    def total_claims(self) -> int:
        return sum(self.claims_by_status.values())

    @property
    def total_sources(self) -> int:
        return sum(self.sources_by_health.values())


def _lint_in_scope(
    session: Session,
    lint: LintProvider,
    document_id: Sequence[int] | None,
    claims: list[ClaimRow],
) -> tuple[LintFinding, ...]:
    findings = tuple(lint(session))
    if document_id is None:
        return findings
    claim_keys = {c.key for c in claims}
    source_keys = set(repo.source_keys(session, document_id))
    return tuple(
        f
        for f in findings
        if (f.key in claim_keys if f.subject == "claim" else f.key in source_keys)
    )


def _flags_by_key(flags: Sequence[FlagView]) -> tuple[FlagView, ...]:
    """Grouped per source (or footnote), the groups in the order first raised."""
    first: dict[str, int] = {}
    for n, flag in enumerate(flags):
        first.setdefault(flag.key, n)
    return tuple(sorted(flags, key=lambda f: (first[f.key], f.id)))


def build_report(
    session: Session,
    document: Documents = None,
    *,
    lint: LintProvider | None = None,
    with_text: bool = False,
    now: dt.datetime | None = None,
    evidence: EvidenceProvider | None = None,
) -> Report:
    """Gather the report in a fixed number of queries, whatever the size of the database.

    Args:
        document: a document key or several, or None for the whole database.
        lint: where lint findings come from (the dataset's checker); None leaves them out.
        with_text: also gather each document's text, claims and sources (for HTML).
        now: the report's timestamp (tests pass one).
        evidence: where the claims' best passages come from; None leaves them out.
    """
    document_id = resolve_document(session, document)

    documents = tuple(
        DocumentSummary(key, title, claims, sources)
        for key, title, claims, sources in repo.documents(session, document_id)
    )

    claims: list[ClaimRow] = []
    by_status = dict.fromkeys(ClaimStatus, 0)
    risky: dict[str, ClaimRow] = {}
    for key, doc, status, statement, n_sources, n_ok, verdict, reviewer, at in repo.claim_rows(
        session, document_id
    ):
        row = ClaimRow(key, doc, status, statement, n_sources, verdict, reviewer, at)
        claims.append(row)
        by_status[status] += 1
        if n_ok == 0:
            risky[key] = row

    failing: dict[str, list[SourceRef]] = defaultdict(list)
    for claim_key, source_key, title, url, health in repo.failing_citations(session, document_id):
        failing[claim_key].append(SourceRef(source_key, title, url, source_state(url, health)))
    at_risk = tuple(
        ClaimAtRisk(
            key=row.key,
            document=row.document,
            status=row.status,
            statement=row.statement,
            reason=RiskReason.NO_SOURCE if row.sources == 0 else RiskReason.SOURCES_FAILING,
            sources=tuple(failing.get(row.key, ())),
        )
        for row in risky.values()
    )

    by_health = dict.fromkeys(SOURCE_STATES, 0)
    for no_url, health, count in repo.sources_by_health(session, document_id):
        by_health[NO_URL if no_url else (health or LinkHealth.UNCHECKED).value] += count

    links: dict[str, tuple[LinkHealth, dt.datetime | None, list[str]]] = {}
    for url, health, last_checked, source_key in repo.link_rows(session, document_id):
        entry = links.setdefault(url, (health or LinkHealth.UNCHECKED, last_checked, []))
        entry[2].append(source_key)

    return Report(
        generated_at=now or utcnow(),
        document=", ".join(document_keys(document)) or None,
        documents=documents,
        claims_by_status=MappingProxyType(by_status),
        sources_by_health=MappingProxyType(by_health),
        claims=tuple(claims),
        claims_at_risk=at_risk,
        sources_without_accessed=tuple(
            SourceRef(key, title, url, source_state(url, health))
            for key, title, url, health in repo.sources_without_accessed(session, document_id)
        ),
        lint=None if lint is None else _lint_in_scope(session, lint, document_id, claims),
        archived_copies=tuple(repo.archived_copies(session, document_id)),
        links=tuple(
            LinkRow(url, health, checked, tuple(keys))
            for url, (health, checked, keys) in links.items()
        ),
        views=build_documents(session, document) if with_text else (),
        review_flags=_flags_by_key(list_flags(session, document=document)),
        passages={}
        if evidence is None
        else {
            key: BestPassage(*found)
            for key, found in evidence(session, [c.key for c in claims]).items()
        },
    )
