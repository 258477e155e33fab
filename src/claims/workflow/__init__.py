"""The verification workflow: verdicts on claims with an append-only trail."""

from __future__ import annotations

from claims.repository.verifications import ArchivedCopy
from claims.workflow import guard
from claims.workflow.guard import AppendOnlyViolation
from claims.workflow.verification import (
    ClaimHistory,
    SourceStanding,
    TrailEntry,
    VerifyResult,
    history,
    parse_verdict,
    verify,
)

# Importing the workflow guards the trail in every session of the process.
guard.install()

__all__ = [
    "AppendOnlyViolation",
    "ArchivedCopy",
    "ClaimHistory",
    "SourceStanding",
    "TrailEntry",
    "VerifyResult",
    "history",
    "parse_verdict",
    "verify",
]
