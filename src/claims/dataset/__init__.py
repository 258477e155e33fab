"""The curated dataset format: read and check a dataset folder, load it, browse and lint it."""

from __future__ import annotations

from claims.dataset.browse import (
    ClaimDetail,
    ClaimView,
    SourceDetail,
    SourceView,
    list_claims,
    list_sources,
    show_claim,
    show_source,
)
from claims.dataset.lint import Finding, LintReport, LintRule, lint
from claims.dataset.loader import Changes, LoadResult, load_dataset
from claims.dataset.model import ClaimSpec, Dataset, DocumentSpec, FootnoteSpec
from claims.dataset.reader import DatasetInvalid, Issue, read_dataset

__all__ = [
    "Changes",
    "ClaimDetail",
    "ClaimSpec",
    "ClaimView",
    "Dataset",
    "DatasetInvalid",
    "DocumentSpec",
    "Finding",
    "FootnoteSpec",
    "Issue",
    "LintReport",
    "LintRule",
    "LoadResult",
    "SourceDetail",
    "SourceView",
    "lint",
    "list_claims",
    "list_sources",
    "load_dataset",
    "read_dataset",
    "show_claim",
    "show_source",
]
