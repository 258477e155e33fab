"""Sentence boundaries good enough to anchor a claim: abbreviations and initials are not ends."""

from __future__ import annotations

import re

# short words that end with a period without ending the sentence
_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "capt",
        "sgt",
        "rev",
        "hon",
        "pres",
        "amb",
        "no",
        "nos",
        "vol",
        "vols",
        "p",
        "pp",
        "para",
        "paras",
        "art",
        "arts",
        "sec",
        "fig",
        "ch",
        "inc",
        "ltd",
        "co",
        "corp",
        "dept",
        "univ",
        "vs",
        "v",
        "cf",
        "al",
        "approx",
        "est",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "a.m",
        "p.m",
    ]
)
MAX_SENTENCE_CHARS = 5000  # look no further back for a sentence's start
# a word longer than every abbreviation (and than a dotted "Ph.D"-like word) ends a sentence,
# so the scan back from a full stop never needs more than this many characters
_MAX_NON_ENDING_WORD = max(5, *(len(a) for a in _ABBREVIATIONS))
_WRAPPED_LINE = 60  # characters: shorter lines are headings or verse, never wrapped by a PDF
CLOSERS = "”\"’'»)]"
_BOUNDARY = re.compile(r"[.!?…]+[”\"’'»)\]]*\s+")
_LIST_MARKER = re.compile(r"(?:\d{1,3}[.)]|[a-zA-Z][.)]|[ivxIVX]{1,4}[.)]|[•\-*–])\s+")


def ends_sentence(text: str, punct: int) -> bool:
    """Whether the mark at ``punct`` ends a sentence (not ``Mr.``, ``U.S.`` or ``C.``)."""
    if text[punct] != ".":
        return True
    start = punct
    limit = max(0, punct - _MAX_NON_ENDING_WORD - 1)
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in '(“"‘':
        if start == limit:
            return True  # longer than any word that does not end a sentence
        start -= 1
    word = text[start:punct]
    if not word:
        return True
    if word.lower() in _ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        return False  # an initial
    return not ("." in word and len(word) <= 5)  # U.S, e.g, Ph.D


def starts_sentence(ch: str) -> bool:
    return ch.isupper() or ch.isdigit() or ch in "“\"‘'«(["


def soft_break(text: str, newline: int) -> bool:
    """Whether the line break at ``newline`` only wraps a line inside a sentence, as text
    converted from a PDF has them: the line before ends mid-sentence, and the next goes on in
    lower case or the line before is a full, wrapped line ending in a lower-case word."""
    if not 0 < newline < len(text) - 1 or text[newline + 1].isspace():
        return False
    before, after = text[newline - 1], text[newline + 1]
    if before in "\n.!?:…":
        return False
    if after.islower():
        return True
    line = newline - text.rfind("\n", 0, newline) - 1
    return (before.islower() or before == ",") and line >= _WRAPPED_LINE


def paragraph_line_start(text: str, floor: int, pos: int) -> int:
    """Where the line holding ``pos`` begins, lines joined across soft breaks."""
    start = text.rfind("\n", floor, pos) + 1
    while start > floor and soft_break(text, start - 1):
        start = text.rfind("\n", floor, start - 1) + 1
    return start


def sentence_start(text: str, pos: int, floor: int) -> int:
    """Where the sentence that ends at ``pos`` begins, never before ``floor``."""
    floor = max(floor, pos - MAX_SENTENCE_CHARS)
    line_start = paragraph_line_start(text, floor, pos)
    floor = max(floor, line_start)
    start = floor
    for m in _BOUNDARY.finditer(text, floor, pos):
        if m.end() >= pos:
            break
        if ends_sentence(text, m.start()) and starts_sentence(text[m.end()]):
            start = m.end()
    while start < pos and text[start].isspace():
        start += 1
    if start in (line_start, floor):
        marker = _LIST_MARKER.match(text, start, pos)
        if marker:
            start = marker.end()
    return start
