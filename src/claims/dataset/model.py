"""The curated dataset as plain frozen records, checked and ready to load."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
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


@dataclass(frozen=True)
class FootnoteSpec:
    number: int
    text: str  # exactly as printed
    start: int  # offsets of ``text`` in the document text
    end: int
    sources: tuple[str, ...]  # source keys, in the order the footnote cites them


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

    @property
    def has_sources(self) -> bool:
        return bool(self.footnotes or self.sources)


@dataclass(frozen=True)
class Dataset:
    path: Path  # the dataset.toml file
    document: DocumentSpec
    footnotes: tuple[FootnoteSpec, ...]
    sources: tuple[SourceRecord, ...]
    claims: tuple[ClaimSpec, ...]
