"""The ORM models; importing this package registers every table on ``Base.metadata``."""

from __future__ import annotations

from claims.models.base import Base, UTCDateTime, utcnow
from claims.models.capture import Capture, CaptureText
from claims.models.claim import ANCHOR_CONTEXT_CHARS, Citation, Claim, RejectedProposal
from claims.models.curation import Edit, Pin, ReviewFlag
from claims.models.document import Document, Footnote
from claims.models.link import CheckRound, Link, LinkCheck, Snapshot
from claims.models.source import Contributor, Source
from claims.models.verification import Verification

__all__ = [
    "ANCHOR_CONTEXT_CHARS",
    "Base",
    "Capture",
    "CaptureText",
    "CheckRound",
    "Citation",
    "Claim",
    "Contributor",
    "Document",
    "Edit",
    "Footnote",
    "Link",
    "LinkCheck",
    "Pin",
    "RejectedProposal",
    "ReviewFlag",
    "Snapshot",
    "Source",
    "UTCDateTime",
    "Verification",
    "utcnow",
]
