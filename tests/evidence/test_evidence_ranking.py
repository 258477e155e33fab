"""claims.evidence.rank and support_score: the public API, on small pages and random input."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

import claims.evidence
from claims.evidence import rank, support_score
from claims.evidence.text import checkable_parts, part_found, split_sentences, tokenize

PAGE = [
    "(meta data) TITLE: Facebook blocked in China | The Daily Example",
    "Skip to content",
    "Home World Business",
    "Facebook has been blocked in China since July 2009.",
    "The block followed riots in Urumqi, the capital of Xinjiang.",
    "Its founder has visited Beijing several times since.",
    "Share this story",
]


def test_public_api() -> None:
    assert claims.evidence.__all__ == ["rank", "support_score"]


def test_rank_puts_the_supporting_sentences_first() -> None:
    claim = "Facebook has been blocked in China since 2009, after riots in Urumqi."
    ranked = rank(claim, PAGE, k=3)
    assert [i for i, _ in ranked][:2] == [3, 4]
    scores = [s for _, s in ranked]
    assert scores == sorted(scores, reverse=True)


def test_rank_edge_cases() -> None:
    assert rank("anything", []) == []
    assert rank("anything", PAGE, k=0) == []
    assert len(rank("anything", PAGE, k=50)) == len(PAGE)


def test_support_score_orders_support() -> None:
    supported = "Facebook has been blocked in China since July 2009."
    partly = "Facebook has been blocked in China and Russia since July 2009 by court order."
    unrelated = "The orchestra toured Argentina in 1987 with a new conductor."
    scores = [support_score(c, PAGE) for c in (supported, partly, unrelated)]
    assert scores[0] > scores[1] > scores[2]
    assert 0.0 <= scores[2] <= scores[0] <= 1.0
    assert support_score(supported, []) == 0.0


def test_numbers_dates_and_names_are_normalised() -> None:
    tokens = tokenize("In May 2015, 10,000 people met Zürich's mayor on 3 Sept.")
    assert {"2015", "10000", "3"} <= tokens.numbers
    assert "month5" in tokens.words
    assert "month9" in tokens.words
    assert "zurich" in tokens.names
    assert "month5" not in tokenize("It may rain.").words


@given(
    claim=st.text(max_size=200),
    sentences=st.lists(st.text(max_size=120), max_size=30),
    k=st.integers(min_value=0, max_value=40),
)
def test_rank_returns_distinct_valid_indices(claim: str, sentences: list[str], k: int) -> None:
    ranked = rank(claim, sentences, k)
    indices = [i for i, _ in ranked]
    assert len(indices) == min(k, len(sentences))
    assert len(set(indices)) == len(indices)
    assert all(0 <= i < len(sentences) for i in indices)
    score = support_score(claim, sentences)
    assert 0.0 <= score <= 1.0


@given(st.text(max_size=400))
def test_sentence_splitting_loses_no_words(text: str) -> None:
    sentences = split_sentences(text)
    assert " ".join(sentences).split() == text.split()
    assert all(s.strip() for s in sentences)


@given(st.text(max_size=300))
def test_checkable_parts_come_from_the_claim(claim: str) -> None:
    for part in checkable_parts(claim):
        assert part.kind in {"number", "date", "name", "quote"}
        assert part.text
        assert all(word in claim for word in part.text.split())
        assert part_found(part, [claim]) or part.kind == "quote"


def test_checkable_parts_of_a_claim() -> None:
    claim = (
        'In 1997 he won the Medal of Honor for actions on December 26, 1944, near "Sommocolonia".'
    )
    parts = [(p.kind, p.text) for p in checkable_parts(claim)]
    assert parts == [
        ("number", "1997"),
        ("name", "Medal of Honor"),
        ("date", "December 26, 1944"),
        ("quote", "Sommocolonia"),
    ]
    assert part_found(checkable_parts(claim)[2], ["On 26 December 1944 the attack began."])
    assert not part_found(checkable_parts(claim)[0], ["In 1998 he won."])
