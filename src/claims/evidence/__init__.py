"""Evidence: which sentences of a cited page carry a claim, and how well (public API)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from claims.evidence.ranking import rank, support_score

__all__ = ["rank", "support_score"]


def __getattr__(name: str) -> Any:
    # loaded on first use: a check imports claims.evidence.captures, which needs no stemmer
    if name in __all__:
        from claims.evidence import ranking

        return getattr(ranking, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
