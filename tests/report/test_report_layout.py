"""Overlapping ranges become properly nested parts that cover exactly their characters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from claims.report.layout import Close, Open, Span, Text, Token, drawable, nest


def _check(text: str, spans: list[Span], tokens: list[Token]) -> None:
    assert "".join(t.text for t in tokens if isinstance(t, Text)) == text
    stack: list[Span] = []
    covered: dict[Span, list[int]] = {}
    parts: dict[Span, list[int]] = {}
    pos = 0
    for token in tokens:
        if isinstance(token, Open):
            stack.append(token.span)
            parts.setdefault(token.span, []).append(token.part)
        elif isinstance(token, Close):
            assert stack, "a close without an open"
            assert stack[-1] == token.span, "closes must match the innermost open"
            stack.pop()
        else:
            assert token.text, "no empty text tokens"
            for span in stack:
                covered.setdefault(span, []).extend(range(pos, pos + len(token.text)))
            pos += len(token.text)
    assert not stack
    for span in spans:
        if drawable(text, span):
            assert covered[span] == list(range(span.start, span.end)), span
            assert parts[span] == list(range(len(parts[span])))
        else:
            assert span not in parts


@st.composite
def texts_and_spans(draw: st.DrawFn) -> tuple[str, list[Span]]:
    text = draw(st.text(min_size=0, max_size=40))
    n = len(text)
    spans = []
    for i in range(draw(st.integers(0, 8))):
        a = draw(st.integers(-2, n + 2))
        b = draw(st.integers(-2, n + 2))
        kind = draw(st.sampled_from(["claim", "footnote"]))
        spans.append(Span(min(a, b), max(a, b), kind, f"k{i}", order=i))
    return text, spans


@given(texts_and_spans())
def test_nesting_covers_every_range_exactly(case: tuple[str, list[Span]]) -> None:
    text, spans = case
    _check(text, spans, nest(text, spans))


def test_nested_claim_stays_in_one_part() -> None:
    text = "The river flooded and the dam failed."
    outer = Span(0, len(text), "claim", "outer")
    inner = Span(22, 36, "claim", "inner")
    tokens = nest(text, [inner, outer])
    assert [type(t).__name__ for t in tokens] == [
        "Open",
        "Text",
        "Open",
        "Text",
        "Close",
        "Text",
        "Close",
    ]
    assert tokens[0] == Open(outer, 0)
    assert tokens[2] == Open(inner, 0)


def test_crossing_claims_split_the_later_one() -> None:
    text = "aaaa bbbb cccc"
    first = Span(0, 9, "claim", "first")
    second = Span(5, 14, "claim", "second")
    tokens = nest(text, [first, second])
    _check(text, [first, second], tokens)
    opens = [(t.span.key, t.part) for t in tokens if isinstance(t, Open)]
    assert opens == [("first", 0), ("second", 0), ("second", 1)]


def test_identical_ranges_nest_in_a_stable_order() -> None:
    a = Span(0, 3, "claim", "a", order=0)
    b = Span(0, 3, "claim", "b", order=1)
    fn = Span(0, 3, "footnote", "1")
    tokens = nest("abc", [b, a, fn])
    assert [t.span.key for t in tokens if isinstance(t, Open)] == ["1", "a", "b"]
