"""The link-rot checker: polite HTTP, careful verdicts, health over time, archived copies."""

from __future__ import annotations

import sys

# httpx's own command line (httpx._main) pulls in rich's syntax module and pygments, ~5 MiB
# that a check never uses; without it httpx defines a stub in its place
sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]

# ruff: noqa: E402
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
