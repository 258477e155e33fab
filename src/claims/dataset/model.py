"""The curated dataset as plain frozen records, checked and ready to load."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from claims.enums import ClaimStatus
from claims.records import SourceRecord

FORMAT_VERSION = 1
DATASET_FILE = "dataset.toml"


@dataclass(frozen=True)
class DocumentSpec:
    key: str
    title: str
    text: str  # the document's text exactly as stored in its file
    text_file: Path
    author: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    url: str | None = None
    file_sha256: str | None = None  # of the file extraction read the text from


@dataclass(frozen=True)
class PinSpec:
    """A field a person pinned (``claims sources edit`` …): loading never overwrites it."""

    field: str
    by: str | None = None


@dataclass(frozen=True)
class CitationSpec:
    """One citation of a claim, as ``citations`` lists them (when the short form cannot say
    it): a source, in a footnote or outside any, at a position within it."""

    source: str
    footnote: int | None = None
    position: int = 1
    pinpoint: str | None = None


@dataclass(frozen=True)
class FootnoteSpec:
    number: int
    text: str  # exactly as printed
    start: int  # offsets of ``text`` in the document text
    end: int
    sources: tuple[str, ...]  # source keys, in the order the footnote cites them
    pinned: tuple[PinSpec, ...] = ()


@dataclass(frozen=True)
class ClaimSpec:
    key: str
    statement: str
    quote: str
    start: int
    end: int
    footnotes: tuple[int, ...] = ()
    sources: tuple[str, ...] = ()  # sources cited outside any footnote (added by a researcher)
    status: ClaimStatus | None = None  # None: derived (needs-source without sources)
    # every citation, in order, when given this way instead of footnotes and sources
    citations: tuple[CitationSpec, ...] | None = None
    proposed: bool = False  # proposed by extraction, not yet accepted by a person
    pinned: tuple[PinSpec, ...] = ()

    @property
    def has_sources(self) -> bool:
        return bool(self.footnotes or self.sources or self.citations)


@dataclass(frozen=True)
class RejectedSpec:
    """A proposed uncited claim a person rejected: extraction never proposes it again."""

    quote: str
    by: str | None = None


@dataclass(frozen=True)
class Dataset:
    path: Path  # the dataset.toml file
    document: DocumentSpec
    footnotes: tuple[FootnoteSpec, ...]
    sources: tuple[SourceRecord, ...]
    claims: tuple[ClaimSpec, ...]
    source_pins: Mapping[str, tuple[PinSpec, ...]] = field(default_factory=dict)  # by key
    rejected: tuple[RejectedSpec, ...] = ()
