"""Curation: what may overwrite what, hand edits, pinned values and the edit log."""

from __future__ import annotations

from claims.curation import guard
from claims.curation.citing import render_citations
from claims.curation.claims import (
    CLAIM_FIELDS,
    ClaimChange,
    add_claim,
    claim_pins,
    delete_claim,
    edit_claim,
    hand_made_claims,
    locate_quote,
)
from claims.curation.footnotes import (
    FOOTNOTE_FIELDS,
    FootnoteChange,
    FootnoteView,
    edit_footnote,
    footnote_key,
    footnote_pins,
    list_footnotes,
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
    "CLAIM_FIELDS",
    "FOOTNOTE_FIELDS",
    "SOURCE_FIELDS",
    "ClaimChange",
    "EditSpec",
    "EditView",
    "FieldChange",
    "FootnoteChange",
    "FootnoteView",
    "KeptReason",
    "KeptValue",
    "Mode",
    "SourceChange",
    "SourceMerge",
    "add_claim",
    "add_source",
    "claim_pins",
    "delete_claim",
    "delete_source",
    "diff_records",
    "edit_claim",
    "edit_footnote",
    "edit_history",
    "edit_source",
    "field_value",
    "footnote_key",
    "footnote_pins",
    "hand_made_claims",
    "list_footnotes",
    "locate_quote",
    "merge_source",
    "merge_sources",
    "pinned_fields",
    "render_citations",
]
