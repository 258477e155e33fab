"""Anchoring quotes in a text: exact offsets plus prefix and suffix to find them again."""

from __future__ import annotations

from dataclasses import dataclass

ANCHOR_CONTEXT_CHARS = 32  # as web annotation text-quote selectors use; same as the Claim model


@dataclass(frozen=True)
class Anchor:
    """A quote at ``text[start:end]`` with the characters either side of it."""

    quote: str
    prefix: str
    suffix: str
    start: int
    end: int


def anchor_at(text: str, start: int, end: int, context: int = ANCHOR_CONTEXT_CHARS) -> Anchor:
    """The anchor of ``text[start:end]``; raises ValueError when the span is out of range."""
    if not 0 <= start <= end <= len(text):
        raise ValueError(f"offsets {start}:{end} outside a text of {len(text)} characters")
    return Anchor(
        quote=text[start:end],
        prefix=text[max(0, start - context) : start],
        suffix=text[end : end + context],
        start=start,
        end=end,
    )


def occurrences(text: str, quote: str) -> list[int]:
    """Every start offset of ``quote`` in ``text``, overlapping ones included."""
    found: list[int] = []
    if not quote:
        return found
    at = text.find(quote)
    while at >= 0:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def _common_suffix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[-1 - n] == b[-1 - n]:
        n += 1
    return n


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def locate(
    text: str,
    quote: str,
    *,
    prefix: str = "",
    suffix: str = "",
    near: int | None = None,
) -> Anchor | None:
    """Find ``quote`` again in a text that may have shifted; None when it is not there.

    Among several occurrences, the one whose surroundings best match ``prefix`` and ``suffix``
    wins; then the one nearest the old start ``near``; then the first.
    """
    starts = occurrences(text, quote)
    if not starts:
        return None

    def score(start: int) -> tuple[int, int]:
        end = start + len(quote)
        context = _common_suffix(text[max(0, start - len(prefix)) : start], prefix)
        context += _common_prefix(text[end : end + len(suffix)], suffix)
        distance = abs(start - near) if near is not None else 0
        return (context, -distance)

    best = max(starts, key=score)  # max keeps the first of equals
    return anchor_at(text, best, best + len(quote))
