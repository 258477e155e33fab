"""What extraction returns: frozen records of footnotes, citations, claims and warnings."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from claims.records import SourceRecord


class Layout(StrEnum):
    """How a document prints its footnotes."""

    INLINE = "inline"  # the note follows the sentence with no space, as web captures do
    NUMBERED = "numbered"  # markers ([1], ¹, (1)) in the text, notes listed at the end
    NONE = "none"  # no footnotes found


class CitationFlag(StrEnum):
    """Why a parsed citation deserves a second look."""

    LEFTOVER_TEXT = "leftover-text"
    MISSING_TITLE = "missing-title"
    MISSING_DATE = "missing-date"
    MISSING_URL = "missing-url"
    MISSING_OPENING_QUOTE = "missing-opening-quote"
    UNBALANCED_QUOTES = "unbalanced-quotes"
    AMBIGUOUS_DATE = "ambiguous-date"
    ISSUED_DIFFERS_FROM_URL = "issued-differs-from-url"
    SEVERAL_URLS = "several-urls"
    IBID = "ibid"
    NOT_A_CITATION = "not-a-citation"
    UNSURE_FIELDS = "unsure-fields"  # the labeller is unsure of some fields (unsure_fields)


# flags that make a citation need review; the others are notes on the printed text
REVIEW_FLAGS = frozenset(
    {
        CitationFlag.LEFTOVER_TEXT,
        CitationFlag.MISSING_TITLE,
        CitationFlag.MISSING_DATE,
        CitationFlag.MISSING_URL,
        CitationFlag.UNBALANCED_QUOTES,
        CitationFlag.AMBIGUOUS_DATE,
        CitationFlag.NOT_A_CITATION,
        CitationFlag.UNSURE_FIELDS,
    }
)
REVIEW_CONFIDENCE = 0.6  # below this a citation needs review whatever its flags


@dataclass(frozen=True)
class ParsedCitation:
    """One citation as parsed from a footnote (or from a bare string).

    ``start`` and ``end`` are offsets of ``raw`` in the text it was parsed from: the
    document when it comes from :func:`claims.extract.extract_document`, else the string.
    """

    raw: str
    source: SourceRecord
    position: int = 1  # 1-based within its footnote
    start: int = 0
    end: int = 0
    pinpoint: str | None = None
    confidence: float = 1.0
    flags: tuple[CitationFlag, ...] = ()
    leftover: str | None = None
    unsure_fields: tuple[str, ...] = ()  # fields flagged for review, e.g. ("title", "issued")
    # how likely each field is wrong (calibrated, :mod:`claims.extract.calibration`)
    field_risk: tuple[tuple[str, float], ...] = ()
    # what the readers did, which the calibration reads: ("asked", 1.0), ("changed:title", 1.0)
    evidence: tuple[tuple[str, float], ...] = field(default=(), compare=False, repr=False)

    @property
    def needs_review(self) -> bool:
        return self.confidence < REVIEW_CONFIDENCE or any(f in REVIEW_FLAGS for f in self.flags)

    def as_json(self) -> dict[str, Any]:
        return {
            "position": self.position,
            "source": self.source.key,
            "raw": self.raw,
            "start": self.start,
            "end": self.end,
            "pinpoint": self.pinpoint,
            "confidence": self.confidence,
            "needs_review": self.needs_review,
            "flags": [f.value for f in self.flags],
            "leftover": self.leftover,
            "unsure_fields": list(self.unsure_fields),
        }


@dataclass(frozen=True)
class ExtractedFootnote:
    """A footnote as printed, with its offsets in the document and its citations."""

    number: int
    text: str
    start: int
    end: int
    citations: tuple[ParsedCitation, ...]
    marker_start: int | None = None  # numbered layout: where the marker sits in the text
    marker_end: int | None = None

    def as_json(self) -> dict[str, Any]:
        marker = None
        if self.marker_start is not None:
            marker = {"start": self.marker_start, "end": self.marker_end}
        return {
            "number": self.number,
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "marker": marker,
            "citations": [c.as_json() for c in self.citations],
        }


@dataclass(frozen=True)
class ExtractedClaim:
    """The sentence(s) a footnote supports, anchored like a web annotation selector."""

    footnote: int
    quote: str
    prefix: str
    suffix: str
    start: int
    end: int
    source_keys: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "footnote": self.footnote,
            "quote": self.quote,
            "prefix": self.prefix,
            "suffix": self.suffix,
            "start": self.start,
            "end": self.end,
            "sources": list(self.source_keys),
        }


@dataclass(frozen=True)
class ExtractionWarning:
    """Something the reader should know; ``footnote`` is its number when it concerns one."""

    code: str
    message: str
    footnote: int | None = None
    position: int | None = None  # citation position within the footnote

    def as_json(self) -> dict[str, Any]:
        return {
            "code": self.code,
            "message": self.message,
            "footnote": self.footnote,
            "position": self.position,
        }


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Extraction:
    """Everything found in one document's text."""

    layout: Layout
    footnotes: tuple[ExtractedFootnote, ...]
    sources: tuple[SourceRecord, ...]  # distinct works, in order of first citation
    claims: tuple[ExtractedClaim, ...]
    warnings: tuple[ExtractionWarning, ...]
    chrome: tuple[Span, ...]  # page chrome lines that were ignored

    @property
    def citations(self) -> tuple[ParsedCitation, ...]:
        return tuple(c for f in self.footnotes for c in f.citations)

    @property
    def needs_review(self) -> int:
        """How many citations need a person's review."""
        return sum(1 for c in self.citations if c.needs_review)

    def summary(self) -> dict[str, Any]:
        return {
            "layout": self.layout.value,
            "footnotes": len(self.footnotes),
            "citations": len(self.citations),
            "sources": len(self.sources),
            "claims": len(self.claims),
            "needs_review": self.needs_review,
            "warnings": len(self.warnings),
        }

    def as_json(self) -> dict[str, Any]:
        """Stable JSON: summary, footnotes with their citations, sources, claims, warnings."""
        cited_by: dict[str, list[int]] = {}
        for footnote in self.footnotes:
            for citation in footnote.citations:
                numbers = cited_by.setdefault(citation.source.key, [])
                if footnote.number not in numbers:
                    numbers.append(footnote.number)
        return {
            "summary": self.summary(),
            "footnotes": [f.as_json() for f in self.footnotes],
            "sources": [source_json(s, cited_by.get(s.key, [])) for s in self.sources],
            "claims": [c.as_json() for c in self.claims],
            "warnings": [w.as_json() for w in self.warnings],
            "chrome": [{"start": c.start, "end": c.end} for c in self.chrome],
        }


def source_json(source: SourceRecord, footnotes: list[int]) -> dict[str, Any]:
    """A source as the other commands print one, with what extraction adds (raw, extra)."""
    return {
        "key": source.key,
        "kind": source.kind.value,
        "title": source.title,
        "authors": [a.as_json() for a in source.authors],
        "container": source.container,
        "publisher": source.publisher,
        "issued": source.issued.iso() if source.issued else None,
        "url": source.url,
        "accessed": source.accessed.isoformat() if source.accessed else None,
        "accessed_basis": source.accessed_basis.value,
        "doi": source.doi,
        "raw": source.raw,
        "note": source.note,
        "extra": dict(sorted(source.extra.items())),
        "footnotes": footnotes,
    }
