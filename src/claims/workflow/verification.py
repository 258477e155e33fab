"""Verdicts on claims: append to the trail, set the status, warn when every source has failed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from claims.enums import ClaimStatus, LinkHealth, Verdict
from claims.errors import InputError, NotFoundError
from claims.models import Claim
from claims.repository import verifications as repo
from claims.repository.verifications import ArchivedCopy, CitedSourceRow, TrailRow

REVIEWER_MAX_CHARS = 200
FAILING_HEALTH = frozenset({LinkHealth.DEAD, LinkHealth.SUSPECT})


@dataclass(frozen=True)
class TrailEntry:
    """One verdict in a claim's trail: who, when, what, why, and which source was consulted."""

    id: int
    at: dt.datetime
    verdict: Verdict
    reviewer: str
    note: str | None
    source_key: str | None

    @classmethod
    def from_row(cls, row: TrailRow) -> TrailEntry:
        return cls(row.id, row.at, row.verdict, row.reviewer, row.note, row.source_key)


@dataclass(frozen=True)
class SourceStanding:
    """A source the claim cites and the health of its link (None when it has no URL)."""

    key: str
    title: str | None
    url: str | None
    health: LinkHealth | None
    last_checked_at: dt.datetime | None

    @property
    def failing(self) -> bool:
        return self.health in FAILING_HEALTH


@dataclass(frozen=True)
class VerifyResult:
    claim_key: str
    verdict: Verdict
    previous_status: ClaimStatus
    status: ClaimStatus
    entry: TrailEntry
    sources: tuple[SourceStanding, ...]
    archived_copies: tuple[ArchivedCopy, ...]  # suggested, best first, when every source failed
    warnings: tuple[str, ...]

    @property
    def sources_failing(self) -> bool:
        """True when the claim cites sources and every one of them is dead or suspect."""
        return bool(self.sources) and all(s.failing for s in self.sources)


@dataclass(frozen=True)
class ClaimHistory:
    claim_key: str
    statement: str
    status: ClaimStatus
    entries: tuple[TrailEntry, ...]


def parse_verdict(value: Verdict | str) -> Verdict:
    try:
        return Verdict(value)
    except ValueError as exc:
        choices = ", ".join(v.value for v in Verdict)
        raise InputError(f"unknown verdict {value!r}; choose one of {choices}") from exc


def _claim(session: Session, key: str) -> Claim:
    claim = repo.find_claim(session, key)
    if claim is None:
        raise NotFoundError(f"no claim with key {key!r}", hint="`claims list` shows the keys")
    return claim


def _reviewer(by: str) -> str:
    name = " ".join(by.split())
    if not name:
        raise InputError("--by needs the reviewer's name")
    if len(name) > REVIEWER_MAX_CHARS:
        raise InputError(f"the reviewer's name is longer than {REVIEWER_MAX_CHARS} characters")
    return name


def _standing(row: CitedSourceRow) -> SourceStanding:
    return SourceStanding(row.key, row.title, row.url, row.health, row.last_checked_at)


def rank_archived_copies(
    copies: list[ArchivedCopy], reference: dict[str, dt.date | None]
) -> tuple[ArchivedCopy, ...]:
    """Per source, the capture closest before its reference date first, then later captures.

    The reference is the access date (else the issued date): the page as the author saw it.
    """

    def key(copy: ArchivedCopy) -> tuple[str, int, float]:
        ref = reference.get(copy.source_key)
        stamp = copy.archived_at.timestamp()
        if ref is None:
            return (copy.source_key, 0, -stamp)  # newest first
        if copy.archived_at.date() <= ref:
            return (copy.source_key, 0, -stamp)  # closest before first
        return (copy.source_key, 1, stamp)  # then closest after

    return tuple(sorted(copies, key=key))


def verify(
    session: Session,
    claim_key: str,
    verdict: Verdict | str,
    by: str,
    *,
    note: str | None = None,
    source_key: str | None = None,
    at: dt.datetime | None = None,
) -> VerifyResult:
    """Append a verdict to the claim's trail and set its status; never edits an old entry."""
    chosen = parse_verdict(verdict)
    reviewer = _reviewer(by)
    claim = _claim(session, claim_key)
    source = None
    if source_key is not None:
        source = repo.find_source(session, source_key)
        if source is None:
            raise NotFoundError(
                f"no source with key {source_key!r}", hint="`claims sources list` shows the keys"
            )
    note = (note or "").strip() or None

    cited = repo.cited_sources(session, claim.id)
    warnings: list[str] = []
    if source is not None and source.id not in {row.source_id for row in cited}:
        warnings.append(f"source {source.key!r} is not among the sources claim {claim.key!r} cites")

    previous = claim.status
    if chosen is Verdict.UNVERIFIED and not cited:
        status = ClaimStatus.NEEDS_SOURCE  # derived: a claim without a source needs one
    else:
        status = ClaimStatus(chosen.value)
    entry = repo.append_verification(
        session,
        claim=claim,
        verdict=chosen,
        reviewer=reviewer,
        note=note,
        source=source,
        at=at,
    )
    claim.status = status
    session.flush()

    sources = tuple(_standing(row) for row in cited)
    copies: tuple[ArchivedCopy, ...] = ()
    if sources and all(s.failing for s in sources):
        found = repo.archived_copies(session, [row.source_id for row in cited])
        copies = rank_archived_copies(found, {row.key: row.accessed or row.issued for row in cited})
        states = ", ".join(f"{s.key} {s.health}" for s in sources)
        advice = "consult an archived copy" if copies else "no archived copy is known yet"
        warnings.append(
            f"every source of claim {claim.key!r} is dead or suspect ({states}); {advice}"
        )
    elif not sources:
        warnings.append(f"claim {claim.key!r} cites no source")

    return VerifyResult(
        claim_key=claim.key,
        verdict=chosen,
        previous_status=previous,
        status=status,
        entry=TrailEntry(entry.id, entry.at, chosen, reviewer, note, source_key),
        sources=sources,
        archived_copies=copies,
        warnings=tuple(warnings),
    )


def history(session: Session, claim_key: str) -> ClaimHistory:
    """The claim's trail, oldest first."""
    claim = _claim(session, claim_key)
    entries = tuple(TrailEntry.from_row(r) for r in repo.trail(session, claim_id=claim.id))
    return ClaimHistory(claim.key, claim.statement, claim.status, entries)
