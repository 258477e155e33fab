"""Document text → footnotes → citations → fields, and the claims footnotes support.

Pure functions over text: no database, no printing. :func:`extract_document` reads a whole
document; :func:`parse_citation` and :func:`split_footnote` work on one note.
"""

from __future__ import annotations

from claims.extract.citations import parse_citation, split_footnote
from claims.extract.document import extract_document
from claims.extract.results import (
    CitationFlag,
    ExtractedClaim,
    ExtractedFootnote,
    Extraction,
    ExtractionWarning,
    Layout,
    ParsedCitation,
)

__all__ = [
    "CitationFlag",
    "ExtractedClaim",
    "ExtractedFootnote",
    "Extraction",
    "ExtractionWarning",
    "Layout",
    "ParsedCitation",
    "extract_document",
    "parse_citation",
    "split_footnote",
]
