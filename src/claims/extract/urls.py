"""Find URLs and DOIs in citation text and trim the punctuation that follows them."""

from __future__ import annotations

import re
from dataclasses import dataclass

_URL = re.compile(r"(?:\bhttps?://|(?<![\w@.])www\.)[^\s<>\"“”‘’«»]+", re.IGNORECASE)
URL_AT = re.compile(r"(?:https?://|www\.)[^\s<>\"“”‘’«»]+", re.IGNORECASE)  # for .match at i
_DOI = re.compile(r"\bdoi:\s*(?P<doi>10\.\d{4,9}/[^\s<>\"“”]+)", re.IGNORECASE)
_DOI_URL = re.compile(r"^https?://(?:dx\.)?doi\.org/(?P<doi>10\.\d{4,9}/.+)$", re.IGNORECASE)
_TRAILING = ".,;:!?'\"*"
_PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}


@dataclass(frozen=True)
class UrlMatch:
    start: int
    end: int
    url: str  # empty for a bare ``doi:`` reference
    doi: str | None = None


def trim_url(url: str) -> str:
    """Drop trailing sentence punctuation and unbalanced closing brackets; keep balanced ones.

    Linear: the bracket counts are taken once and updated as characters are dropped.
    """
    counts = {c: url.count(c) for pair in _PAIRS.items() for c in pair}
    end = len(url)
    while end:
        last = url[end - 1]
        if last in _TRAILING or (last in _PAIRS and counts[_PAIRS[last]] < counts[last]):
            end -= 1
            if last in counts:
                counts[last] -= 1
        else:
            break
    return url[:end]


def find_urls(text: str) -> list[UrlMatch]:
    """Every URL (and bare ``doi:`` reference) in ``text``, in order."""
    found: list[UrlMatch] = []
    for m in _URL.finditer(text):
        url = trim_url(m.group(0))
        if len(url) <= len("https://") or "." not in url:
            continue
        doi_match = _DOI_URL.match(url)
        found.append(
            UrlMatch(m.start(), m.start() + len(url), url, doi_match["doi"] if doi_match else None)
        )
    for m in _DOI.finditer(text):
        if any(u.start <= m.start() < u.end for u in found):
            continue
        doi = trim_url(m["doi"])
        end = m.start("doi") + len(doi)
        found.append(UrlMatch(m.start(), end, "", doi))  # printed without a URL
    return sorted(found, key=lambda u: u.start)
