"""Page chrome: lines a web capture adds around the text (skip links, donate buttons, menus).

Pure text rules, below every service: extraction ignores chrome, and ``claims show`` and the
report leave it out of view while every stored offset still points into the whole text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int


_MAX_CHROME_LINE = 200  # a longer line is prose, whatever it says
_MAX_NAV_LINE = 80

# whole lines that are controls of the page, not text of the document
_CONTROL = re.compile(
    r"^(?:skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|search|menu)"
    r"|jump\s+to\s+(?:navigation|content|search)"
    r"|(?:donate|give|support\s+us|join\s+us|subscribe|sign\s+up)(?:\s+(?:now|today|here))?"
    r"|(?:open|close|toggle|main)?\s*(?:menu|navigation|search)"
    r"|(?:share|print|email|tweet)(?:\s+(?:this|page|article|on\s+\w+|via\s+\w+))*"
    r"|back\s+to\s+top|read\s+more|see\s+more|load\s+more|more\s+reading|related\s+content"
    r"|most\s+(?:viewed|read|popular)|(?:log|sign)\s+(?:in|out)|accept(?:\s+all)?\s+cookies"
    r"|cookie\s+(?:settings|policy|preferences)|privacy\s+policy|terms\s+of\s+use|home"
    r"|advertisement|sponsored(?:\s+content)?|follow\s+us(?:\s+on\s+\w+)?)\s*[.!:]?$",
    re.IGNORECASE,
)
# fundraising appeals: short lines asking for money
_APPEAL = re.compile(
    r"\btax[- ]deductible\b"
    r"|\b(?:donate|give|contribute|chip\s+in)\s+(?:now|today|monthly|here|to\s+(?:us|our))\b"
    r"|\byour\s+(?:gift|donation|support|contribution)\s+(?:can|will|helps?|makes?)\b"
    r"|\b(?:make|become)\s+a\s+(?:gift|donation|donor|member|monthly\s+donor)\b"
    r"|\bsupport\s+our\s+work\b",
    re.IGNORECASE,
)
_WE_USE_COOKIES = re.compile(r"\b(?:we|this\s+site)\s+uses?\s+cookies\b", re.IGNORECASE)
_NAV_SEPARATOR = re.compile(r"\s*(?:/|\||>|»|›|·)\s*")


def _is_navigation(line: str) -> bool:
    """Breadcrumbs and facet labels: short capitalised items joined by / | > (Region / Country)."""
    if len(line) > _MAX_NAV_LINE or "://" in line:
        return False
    items = [p for p in _NAV_SEPARATOR.split(line) if p]
    if len(items) < 2 or len(_NAV_SEPARATOR.findall(line)) < 1:
        return False
    return all(
        len(item.split()) <= 4 and item[0].isupper() and not item.rstrip().endswith((".", ","))
        for item in items
    )


def is_chrome(line: str) -> bool:
    """Whether a whole line is page chrome rather than the document's own text."""
    stripped = line.strip()
    if not stripped or len(stripped) > _MAX_CHROME_LINE:
        return False
    if "http://" in stripped or "https://" in stripped:
        return False
    return bool(
        _CONTROL.match(stripped)
        or _APPEAL.search(stripped)
        or _WE_USE_COOKIES.search(stripped)
        or _is_navigation(stripped)
    )


def find_chrome(text: str) -> list[Span]:
    """Spans of the chrome lines in ``text`` (each line without its line break)."""
    spans: list[Span] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        if is_chrome(body):
            lead = len(body) - len(body.lstrip())
            spans.append(Span(pos + lead, pos + len(body.rstrip())))
        pos += len(line)
    return spans


def blank_chrome(text: str, spans: list[Span]) -> str:
    """``text`` with chrome replaced by spaces, so offsets into it stay offsets into the text."""
    if not spans:
        return text
    parts: list[str] = []
    last = 0
    for span in spans:
        parts.append(text[last : span.start])
        parts.append(" " * (span.end - span.start))
        last = span.end
    parts.append(text[last:])
    return "".join(parts)


def without_chrome(text: str, start: int, end: int, spans: list[Span] | None = None) -> str:
    """``text[start:end]`` with its chrome lines (and the line breaks after them) left out."""
    spans = find_chrome(text) if spans is None else spans
    parts: list[str] = []
    pos = start
    for span in spans:
        if span.end <= start or span.start >= end:
            continue
        parts.append(text[pos : max(pos, span.start)])
        pos = span.end
        while pos < end and text[pos] in "\r\n":
            pos += 1
    parts.append(text[pos:end] if pos < end else "")
    return "".join(parts)
