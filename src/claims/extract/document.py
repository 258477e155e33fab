"""Extract a whole document: chrome, footnotes, citations, distinct sources, anchored claims."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from claims.anchors import anchor_at
from claims.extract import calibration, dates, labeller, styles, urls
from claims.extract.chrome import blank_chrome, find_chrome
from claims.extract.citations import parse_citation, refers_back, split_footnote
from claims.extract.combine import refine
from claims.extract.footnotes import FoundFootnote, find_inline, find_numbered
from claims.extract.keys import assign_keys
from claims.extract.results import (
    CitationFlag,
    ExtractedClaim,
    ExtractedFootnote,
    Extraction,
    ExtractionWarning,
    Layout,
    ParsedCitation,
)
from claims.extract.sentences import sentence_start
from claims.records import SourceRecord

KeyRule = Callable[[Sequence[SourceRecord]], list[str]]

_FLAG_MESSAGES = {
    CitationFlag.LEFTOVER_TEXT: "text left over after parsing: {leftover!r}",
    CitationFlag.MISSING_TITLE: "no title found",
    CitationFlag.MISSING_DATE: "no publication date found",
    CitationFlag.MISSING_URL: "no URL found",
    CitationFlag.MISSING_OPENING_QUOTE: "the title lacks its opening quotation mark",
    CitationFlag.UNBALANCED_QUOTES: "a quotation mark is not closed",
    CitationFlag.AMBIGUOUS_DATE: "the date could be read day-first or month-first",
    CitationFlag.ISSUED_DIFFERS_FROM_URL: "the date ({issued}) differs from the URL's ({url_date})",
    CitationFlag.SEVERAL_URLS: "several URLs; the first is taken",
    CitationFlag.IBID: "Ibid.: the work cited just before",
    CitationFlag.NOT_A_CITATION: "reads as a comment rather than a citation",
    CitationFlag.UNSURE_FIELDS: "fields to check: {unsure}",
}


class _Parser:
    """Parses citations once: the layout finders and the note reader ask about the same text."""

    def __init__(self) -> None:
        self._cache: dict[str, ParsedCitation] = {}
        self._rules_cache: dict[str, ParsedCitation] = {}
        self._splits: dict[str, list[tuple[int, int]]] = {}

    def _split(self, note: str) -> list[tuple[int, int]]:
        """``split_footnote``, once per note: finding the note and reading it both split it."""
        spans = self._splits.get(note)
        if spans is None:
            spans = self._splits[note] = split_footnote(note)
        return spans

    def _rules(self, text: str) -> ParsedCitation:
        """The rules' reading alone: enough to tell a note from prose, and cheap."""
        parsed = self._rules_cache.get(text)
        if parsed is None:
            with labeller.using(None):
                parsed = self._rules_cache[text] = parse_citation(text, styled=False)
        return parsed

    def parse(self, text: str, previous: SourceRecord | None = None) -> ParsedCitation:
        if refers_back(text):
            return parse_citation(text, previous=previous)  # Ibid. depends on what came before
        parsed = self._cache.get(text)
        if parsed is None:
            # the rules' reading (often already made to find the note), then the labeller's
            parsed = self._cache[text] = refine(self._rules(text))
        inherited = styles.inherit(parsed.source, previous)
        if inherited is not parsed.source:
            parsed = replace(parsed, source=inherited)
        return calibration.flag(parsed)

    def looks_like_citation(self, note: str) -> bool:
        """Whether a run of text is a note: a URL, or a quoted title with a date or outlet."""
        for start, end in self._split(note):
            parsed = self._rules(note[start:end])
            source = parsed.source
            if source.url or source.doi:
                return True
            quoted = CitationFlag.MISSING_TITLE not in parsed.flags and any(
                q in parsed.raw for q in "“”\"‘’'"
            )
            if quoted and (source.issued or source.container):
                return True
            if (
                source.issued
                and source.container
                and CitationFlag.NOT_A_CITATION not in parsed.flags
                and CitationFlag.LEFTOVER_TEXT not in parsed.flags
            ):
                return True
        return False

    def parse_note(
        self, text: str, found: FoundFootnote, previous: SourceRecord | None
    ) -> list[ParsedCitation]:
        note = text[found.start : found.end]
        out: list[ParsedCitation] = []
        for position, (start, end) in enumerate(self._split(note), start=1):
            parsed = self.parse(note[start:end], previous)
            out.append(
                replace(parsed, position=position, start=found.start + start, end=found.start + end)
            )
            previous = parsed.source
        return out


def _url_identity(url: str) -> str:
    bare = re.sub(r"^https?://(?:www\.)?", "", url.strip(), flags=re.IGNORECASE)
    return bare.rstrip("/").lower()


def _identity(source: SourceRecord) -> str:
    if source.doi:
        return "doi:" + source.doi.lower()
    if source.url:
        return "url:" + _url_identity(source.url)
    return "raw:" + " ".join((source.raw or "").split()).lower()


def _warnings_for(number: int, citation: ParsedCitation) -> list[ExtractionWarning]:
    out = []
    extra = citation.source.extra
    for flag in citation.flags:
        message = _FLAG_MESSAGES[flag].format(
            leftover=citation.leftover or "",
            issued=citation.source.issued.iso() if citation.source.issued else "",
            url_date=extra.get("url_date", ""),
            unsure=", ".join(citation.unsure_fields),
        )
        out.append(ExtractionWarning(flag.value, message, number, citation.position))
    return out


def extract_document(
    text: str,
    *,
    key_rule: KeyRule = assign_keys,
    notes: Sequence[FoundFootnote] | None = None,
) -> Extraction:
    """Find footnotes in either layout, parse their citations and anchor the claims they support.

    ``key_rule`` gives the distinct sources their keys, in order; the default is a simple
    provisional rule, and the command line passes the bibliography's (Better BibTeX style).
    ``notes`` are notes a format reader already found by structure (Word, HTML,
    Markdown): they are used instead of searching the text for a layout.
    Never raises on any text; what cannot be read is returned with warnings.
    """
    dates.clear_cache()
    urls.clear_cache()
    chrome = find_chrome(text)
    body = blank_chrome(text, chrome)
    warnings: list[ExtractionWarning] = []

    parser = _Parser()
    numbered = None if notes is not None else find_numbered(body, parser.looks_like_citation)
    found: list[FoundFootnote]
    if notes is not None:
        found = list(notes)
        layout = Layout.NUMBERED if found else Layout.NONE
        warnings.extend(
            ExtractionWarning(
                "marker-not-found", f"no marker for note {f.number} in the text", f.number
            )
            for f in found
            if f.marker_start is None
        )
    elif numbered is not None and len(numbered.unmatched) * 2 <= len(numbered.footnotes):
        layout = Layout.NUMBERED
        found = list(numbered.footnotes)
        for number in numbered.unmatched:
            warnings.append(
                ExtractionWarning(
                    "marker-not-found", f"no marker for note {number} in the text", number
                )
            )
    else:
        found = find_inline(body, parser.looks_like_citation)
        layout = Layout.INLINE if found else Layout.NONE

    # parse every note; the same work cited twice is one source
    parsed_notes: list[list[ParsedCitation]] = []
    previous: SourceRecord | None = None
    for note in found:
        citations = parser.parse_note(body, note, previous)
        if citations:
            previous = citations[-1].source
        parsed_notes.append(citations)

    identities: dict[str, int] = {}
    distinct: list[SourceRecord] = []
    index_of: list[list[int]] = []
    for citations in parsed_notes:
        row = []
        for citation in citations:
            identity = _identity(citation.source)
            if identity not in identities:
                identities[identity] = len(distinct)
                distinct.append(citation.source)
            row.append(identities[identity])
        index_of.append(row)
    keys = key_rule(distinct)
    sources = tuple(replace(s, key=k) for s, k in zip(distinct, keys, strict=True))

    footnotes: list[ExtractedFootnote] = []
    claims: list[ExtractedClaim] = []
    floor = 0
    for note, citations, row in zip(found, parsed_notes, index_of, strict=True):
        keyed = tuple(
            # the first citation of a work carries the very source keyed above
            replace(
                c, source=sources[i] if c.source is distinct[i] else replace(c.source, key=keys[i])
            )
            for c, i in zip(citations, row, strict=True)
        )
        footnotes.append(
            ExtractedFootnote(
                number=note.number,
                text=text[note.start : note.end],
                start=note.start,
                end=note.end,
                citations=keyed,
                marker_start=note.marker_start,
                marker_end=note.marker_end,
            )
        )
        for citation in keyed:
            warnings.extend(_warnings_for(note.number, citation))
        claim = _anchor(text, body, note, floor, tuple(dict.fromkeys(keys[i] for i in row)))
        if claim is not None:
            claims.append(claim)
            floor = note.end if layout is Layout.INLINE else (note.marker_end or claim.end)
        elif note.anchor_end >= 0:
            warnings.append(
                ExtractionWarning("no-anchor", "no sentence found before the note", note.number)
            )
    return Extraction(
        layout=layout,
        footnotes=tuple(footnotes),
        sources=sources,
        claims=tuple(claims),
        warnings=tuple(warnings),
        chrome=tuple(chrome),
    )


def _anchor(
    text: str, body: str, note: FoundFootnote, floor: int, source_keys: tuple[str, ...]
) -> ExtractedClaim | None:
    """The sentence ending where the note (or its marker) begins."""
    end = note.anchor_end
    if end < 0:
        return None
    while end > floor and body[end - 1].isspace():
        end -= 1
    start = sentence_start(body, end, min(floor, end))
    while start < end and (body[start].isspace() or body[start] in ",;:"):
        start += 1  # a second marker in one sentence supports the clause after the first
    if start >= end:
        return None
    anchor = anchor_at(text, start, end)
    return ExtractedClaim(
        footnote=note.number,
        quote=anchor.quote,
        prefix=anchor.prefix,
        suffix=anchor.suffix,
        start=start,
        end=end,
        source_keys=source_keys,
    )
