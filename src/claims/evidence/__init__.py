"""Evidence: which sentences of a cited page carry a claim, and how well (public API)."""

from __future__ import annotations

from claims.evidence.ranking import rank, support_score

__all__ = ["rank", "support_score"]
