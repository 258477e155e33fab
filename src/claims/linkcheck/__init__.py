"""The link-rot checker: polite HTTP, careful verdicts, health over time, archived copies."""

from __future__ import annotations

from claims.linkcheck.options import CheckOptions, HealthPolicy
from claims.linkcheck.progress import NullProgress, Progress
from claims.linkcheck.results import (
    ArchiveCapture,
    CheckFact,
    CheckResult,
    CheckTarget,
    LinkReport,
    Redirect,
)

__all__ = [
    "ArchiveCapture",
    "CheckFact",
    "CheckOptions",
    "CheckResult",
    "CheckTarget",
    "HealthPolicy",
    "LinkReport",
    "NullProgress",
    "Progress",
    "Redirect",
]
