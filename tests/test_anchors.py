"""Anchors: a quote at offsets, with context to find it again when the text shifts."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from claims.anchors import ANCHOR_CONTEXT_CHARS, anchor_at, locate, occurrences
from claims.models import ANCHOR_CONTEXT_CHARS as MODEL_CONTEXT_CHARS


def test_context_length_matches_the_model() -> None:
    assert ANCHOR_CONTEXT_CHARS == MODEL_CONTEXT_CHARS == 32


def test_anchor_at_takes_32_characters_either_side() -> None:
    text = "x" * 40 + "QUOTE" + "y" * 40
    anchor = anchor_at(text, 40, 45)
    assert (anchor.quote, anchor.prefix, anchor.suffix) == ("QUOTE", "x" * 32, "y" * 32)
    short = anchor_at("ab QUOTE cd", 3, 8)
    assert (short.prefix, short.suffix) == ("ab ", " cd")


def test_locate_prefers_matching_context_then_nearness() -> None:
    text = "the cat sat. a dog sat. the cat sat."
    assert occurrences(text, "cat sat") == [4, 28]
    found = locate(text, "cat sat", prefix="a dog sat. the ", suffix=".")
    assert found is not None
    assert found.start == 28
    nearest = locate(text, "cat sat", near=30)
    assert nearest is not None
    assert nearest.start == 28
    assert locate(text, "bird") is None
    assert locate(text, "") is None


@given(
    before=st.text(max_size=60),
    quote=st.text(min_size=1, max_size=30),
    after=st.text(max_size=60),
    inserted=st.text(max_size=40),
)
def test_a_shifted_quote_is_found_again(before: str, quote: str, after: str, inserted: str) -> None:
    text = before + quote + after
    anchor = anchor_at(text, len(before), len(before) + len(quote))
    shifted = inserted + text
    assume(shifted.count(quote) == text.count(quote))
    again = locate(
        shifted, anchor.quote, prefix=anchor.prefix, suffix=anchor.suffix, near=anchor.start
    )
    assert again is not None
    assert shifted[again.start : again.end] == quote
    if text.count(quote) == 1:
        assert again.start == anchor.start + len(inserted)
