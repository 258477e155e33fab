"""A person's decision on a proposed uncited claim: accept it as a claim, or reject it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from claims.errors import InputError, NotFoundError
from claims.extract.proposals import quote_hash
from claims.models import Claim, RejectedProposal


@dataclass(frozen=True)
class ProposalDecision:
    key: str
    document: str
    decision: str  # "accepted" or "rejected"
    quote: str

    def as_json(self) -> dict[str, str]:
        return {
            "key": self.key,
            "document": self.document,
            "decision": self.decision,
            "quote": self.quote,
        }


def _proposed(session: Session, key: str) -> Claim:
    claim = session.scalars(select(Claim).where(Claim.key == key)).one_or_none()
    if claim is None:
        raise NotFoundError(f"no claim {key!r}")
    if not claim.proposed:
        raise InputError(f"claim {key!r} is not a proposal (already accepted, or made by hand)")
    return claim


def accept_proposal(session: Session, key: str) -> ProposalDecision:
    """The proposal becomes an ordinary claim (status needs-source until a source is added)."""
    claim = _proposed(session, key)
    claim.proposed = False
    return ProposalDecision(key, claim.document.key, "accepted", claim.quote)


def reject_proposal(session: Session, key: str, by: str | None = None) -> ProposalDecision:
    """The proposal is deleted and remembered, so saving the document again does not bring
    it back. A proposal with a verification history is refused: its trail is kept."""
    claim = _proposed(session, key)
    if claim.verifications:
        raise InputError(
            f"claim {key!r} has a verification history and is kept",
            hint=f"accept it with `claims proposals accept {key}`",
        )
    digest = quote_hash(claim.quote)
    exists = session.scalars(
        select(RejectedProposal).where(
            RejectedProposal.document_id == claim.document_id,
            RejectedProposal.quote_hash == digest,
        )
    ).one_or_none()
    if exists is None:
        session.add(
            RejectedProposal(
                document_id=claim.document_id, quote_hash=digest, quote=claim.quote, rejected_by=by
            )
        )
    decision = ProposalDecision(key, claim.document.key, "rejected", claim.quote)
    session.delete(claim)
    return decision
