"""Page chrome, as extraction uses it (the rules live in :mod:`claims.chrome`)."""

from __future__ import annotations

from claims import chrome as _chrome
from claims.chrome import is_chrome
from claims.extract.results import Span

__all__ = ["blank_chrome", "find_chrome", "is_chrome"]


def find_chrome(text: str) -> list[Span]:
    """Spans of the chrome lines in ``text`` (each line without its line break)."""
    return [Span(s.start, s.end) for s in _chrome.find_chrome(text)]


def blank_chrome(text: str, spans: list[Span]) -> str:
    """``text`` with chrome replaced by spaces, so offsets into it stay offsets into the text."""
    return _chrome.blank_chrome(text, [_chrome.Span(s.start, s.end) for s in spans])
