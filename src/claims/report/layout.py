"""Lay overlapping ranges of a text out as properly nested parts, ready for markup.

Claims may nest (a clause inside a sentence) or cross (two claims sharing words). Markup can
only nest, so a range that crosses the end of another is cut there and reopened just after:
each range becomes one or more parts, and every character keeps every range covering it.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

# When two ranges coincide, footnotes wrap claims.
KIND_ORDER = {"footnote": 0, "claim": 1}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # a KIND_ORDER key
    key: str
    order: int = 0  # tie-break between ranges with the same offsets


@dataclass(frozen=True)
class Open:
    span: Span
    part: int  # 0 for the first part of the span


@dataclass(frozen=True)
class Close:
    span: Span


@dataclass(frozen=True)
class Text:
    text: str


Token = Open | Close | Text


def _nesting_key(span: Span) -> tuple[int, int, int, int]:
    # the range that ends last is opened first, so it is the outer one
    return (-span.end, span.start, KIND_ORDER.get(span.kind, 99), span.order)


def drawable(text: str, span: Span) -> bool:
    return 0 <= span.start < span.end <= len(text)


def nest(text: str, spans: Iterable[Span]) -> list[Token]:
    """Text, Open and Close tokens; Opens and Closes nest and the Texts concatenate to ``text``.

    Spans outside the text or empty are left out (see ``drawable``).
    """
    starts: defaultdict[int, list[Span]] = defaultdict(list)
    boundaries = {0, len(text)}
    for span in spans:
        if drawable(text, span):
            starts[span.start].append(span)
            boundaries.update((span.start, span.end))
    points = sorted(boundaries)

    tokens: list[Token] = []
    stack: list[Span] = []
    parts: Counter[Span] = Counter()
    for i, point in enumerate(points):
        interrupted: list[Span] = []
        while any(s.end == point for s in stack):
            top = stack.pop()
            tokens.append(Close(top))
            if top.end != point:
                interrupted.append(top)
        for span in sorted([*interrupted, *starts.get(point, ())], key=_nesting_key):
            tokens.append(Open(span, parts[span]))
            parts[span] += 1
            stack.append(span)
        if i + 1 < len(points):
            tokens.append(Text(text[point : points[i + 1]]))
    assert not stack, "every span ends within the text"
    return tokens
