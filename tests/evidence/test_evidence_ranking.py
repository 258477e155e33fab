"""claims.evidence.rank and support_score: the public API, on small pages and random input."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import SHARED_DIR

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


# rank and support_score on PAGE as they were before ``context`` (main at c5e46cc)
BEFORE_CONTEXT = [
    ("Facebook has been blocked in China since 2009, after riots in Urumqi.",
     [(3, 0.8900069335948428), (4, 0.48322123808407014), (0, 0.13364419920168102), (1, 0.1),
      (2, 0.1)], 0.7883655052309995),
    ("Its founder visited Beijing.", [(5, 1.15), (0, 0.0), (1, 0.0), (2, 0.0), (3, 0.0)],
     0.8143276645173162),
    ("He was born in Xinjiang in 1984.",
     [(4, 0.38187986595785806), (0, 0.0), (1, 0.0), (2, 0.0), (3, 0.0)], 0.019496728976961357),
    ("Share the story of the block",
     [(6, 0.951975674978495), (0, 0.22475284495096667), (3, 0.0663333849337627),
      (4, 0.0663333849337627), (1, 0.0663333849337627)], 0.7302893474153381),
]  # fmt: skip


def test_without_context_the_ranking_is_todays() -> None:
    for claim, ranked, support in BEFORE_CONTEXT:
        for found in (rank(claim, PAGE), rank(claim, PAGE, 5, context=None)):
            assert [i for i, _ in found] == [i for i, _ in ranked]
            # sums over sets: the last bit may differ with the hash seed
            assert [s for _, s in found] == pytest.approx([s for _, s in ranked], rel=1e-12)
        assert support_score(claim, PAGE, context=None) == pytest.approx(support, rel=1e-12)


@given(
    claim=st.text(max_size=200),
    sentences=st.lists(st.text(max_size=120), max_size=30),
    k=st.integers(min_value=0, max_value=12),
    before=st.text(max_size=200),
)
def test_context_acts_only_through_its_title(
    claim: str, sentences: list[str], k: int, before: str
) -> None:
    """context=None ranks as the claim alone does; so does a context whose first line (the
    title) names nothing the claim lacks, whatever text follows it."""
    alone = rank(claim, sentences, k)
    assert rank(claim, sentences, k, context=None) == alone
    assert rank(claim, sentences, k, context="\n" + before) == alone
    title = claim.split("\n", maxsplit=1)[0]
    assert rank(claim, sentences, k, context=f"{title}\n{before}") == alone
    assert support_score(claim, sentences, context=before) == support_score(claim, sentences)


def test_the_title_names_the_claims_subject() -> None:
    page = ["Smith was born in 1984 in Leeds.", "Jones was born in 1984 in Pontypridd."]
    claim = "He was born in 1984."
    assert [i for i, _ in rank(claim, page)] == [0, 1]  # a tie: the first
    context = "Tom Jones\nTom Jones is a Welsh singer. His father was a coal miner."
    assert [i for i, _ in rank(claim, page, context=context)] == [1, 0]
    # the text after the title does not count, nor title words already in the claim
    assert rank(claim, page, context="Welsh singers\nJones, Jones and Jones.") == rank(claim, page)
    assert rank("Jones was born in 1984.", page, context="Tom Jones") == rank(
        "Jones was born in 1984.", page
    )


def test_rank_is_the_same_whatever_the_string_hashing() -> None:
    """A WiCE claim whose 7th to 10th sentences came out in another order under another
    PYTHONHASHSEED: float sums over sets followed the sets' order."""
    wice = SHARED_DIR / "wice-dev" / "claims-dev.jsonl"
    if not wice.exists():
        pytest.skip(f"no WiCE file at {wice}")
    script = (
        "import json, sys\n"
        "from claims.evidence import rank\n"
        f"rows = [json.loads(line) for line in open({str(wice)!r}, encoding='utf-8')]\n"
        "row = next(r for r in rows if r['meta']['id'] == 'dev02199')\n"
        "context = row['meta']['claim_title'] + '\\n' + row['meta']['claim_context']\n"
        "print(rank(row['claim'], row['evidence'], k=10, context=context))\n"
    )
    seen = set()
    for seed in ("1", "3", "7"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
        )
        seen.add(done.stdout)
    assert len(seen) == 1, seen


DATED_PAGE = [
    "(meta data) TITLE: Crosby wins Big Brother",
    "(meta data) PUBLISHED DATETIME: 2013-09-13T22:36:28Z",
    "Charlotte Crosby has won Celebrity Big Brother.",
    "Love was announced as the runner-up by the host.",
    "The runner-up, Love, thanked the housemates.",
    "Love announced a tour after the final.",
    "Fans announced their support for Love online.",
    "The host announced the winner live.",
]


def test_a_dated_claim_gets_the_pages_date_line() -> None:
    """Annotators add the page's date line for a dated claim; it shares no word with
    "13 September", so the cover alone does not pick it."""
    claim = "Love was announced as the runner-up."
    dated = [i for i, _ in rank(f"On 13 September, {claim}", DATED_PAGE)]
    undated = [i for i, _ in rank(claim, DATED_PAGE)]
    assert dated[4] == 1
    assert dated[:4] == undated[:4]
    assert 1 not in undated
    assert 1 not in [i for i, _ in rank("On 13 September, Love was announced.", DATED_PAGE, 4)]
    scores = [s for _, s in rank("On 13 September, Love was announced.", DATED_PAGE, 6)]
    assert scores == sorted(scores, reverse=True)
