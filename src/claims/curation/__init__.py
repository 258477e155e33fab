"""Curation: what may overwrite what, hand edits, pinned values and the edit log."""

from __future__ import annotations

from claims.curation import guard
from claims.curation.claims import (
    ClaimChange,
    add_claim,
    delete_claim,
    hand_made_claims,
    locate_quote,
)
from claims.curation.policy import (
    SOURCE_FIELDS,
    FieldChange,
    KeptReason,
    KeptValue,
    Mode,
    SourceMerge,
    diff_records,
    field_value,
    merge_source,
)
from claims.curation.sources import (
    EditSpec,
    EditView,
    SourceChange,
    add_source,
    delete_source,
    edit_history,
    edit_source,
    merge_sources,
    pinned_fields,
)

guard.install()

__all__ = [
    "SOURCE_FIELDS",
    "ClaimChange",
    "EditSpec",
    "EditView",
    "FieldChange",
    "KeptReason",
    "KeptValue",
    "Mode",
    "SourceChange",
    "SourceMerge",
    "add_claim",
    "add_source",
    "delete_claim",
    "delete_source",
    "diff_records",
    "edit_history",
    "edit_source",
    "field_value",
    "hand_made_claims",
    "locate_quote",
    "merge_source",
    "merge_sources",
    "pinned_fields",
]
