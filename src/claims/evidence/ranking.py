"""Which sentences of a page carry a claim, and how well: lexical, offline, pure.

BM25 finds sentences that share the claim's rarer words; a greedy cover then picks sentences
that add words, numbers and names the picked ones lack, since a claim is often carried by a
few sentences together (often neighbours). ``support_score`` is the weighted share of the
claim's content that the best sentences cover.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from claims.evidence.text import Tokens, clean_sentence, tokenize

K1 = 1.2
B = 0.75
NAME_BOOST = 1.5  # names and numbers carry a claim more than common words
NUMBER_BOOST = 2.0
NEIGHBOUR_SHARE = 0.3  # a neighbour's cover counts this much toward a sentence's gain
BM25_SHARE = 0.15  # of a sentence's (normalised) BM25 score added to its cover gain
ADJACENT_BONUS = 0.1  # supporting sentences are often neighbours…
ADJACENT_FROM = 3  # …but the first picks go to the best sentences anywhere
MAX_SENTENCE_WORDS = 120  # longer "sentences" are page chrome run together


@dataclass(frozen=True)
class Page:
    """A page's sentences, tokenised once, with the term statistics ranking needs."""

    tokens: tuple[Tokens, ...]
    df: Counter[str]
    avg_len: float

    @classmethod
    def of(cls, sentences: Sequence[str]) -> Page:
        tokens = tuple(tokenize(s) for s in sentences)
        df: Counter[str] = Counter()
        for t in tokens:
            df.update(set(t.words))
        lengths = [len(t.words) for t in tokens] or [1]
        return cls(tokens, df, max(1.0, sum(lengths) / len(lengths)))

    def idf(self, term: str) -> float:
        n = len(self.tokens)
        df = self.df.get(term, 0)
        return math.log(1.0 + (n - df + 0.5) / (df + 0.5))


@dataclass(frozen=True)
class Claim:
    tokens: Tokens
    weights: dict[str, float]  # claim term -> weight

    @classmethod
    def of(cls, claim: str, page: Page) -> Claim:
        tokens = tokenize(claim)
        weights: dict[str, float] = {}
        for term in dict.fromkeys(tokens.words):
            weight = page.idf(term)
            if term in tokens.numbers:
                weight *= NUMBER_BOOST
            elif term in tokens.names:
                weight *= NAME_BOOST
            weights[term] = weight
        return cls(tokens, weights)


def bm25_scores(claim: Claim, page: Page) -> list[float]:
    scores: list[float] = []
    for t in page.tokens:
        counts = Counter(t.words)
        length = len(t.words)
        score = 0.0
        for term, weight in claim.weights.items():
            tf = counts.get(term, 0)
            if tf:
                norm = tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / page.avg_len))
                score += weight * norm
        scores.append(score)
    return scores


def _greedy(claim: Claim, page: Page, k: int) -> list[tuple[int, float]]:
    bm25 = bm25_scores(claim, page)
    top = max(bm25, default=0.0) or 1.0
    total = sum(claim.weights.values()) or 1.0
    term_sets = [frozenset(t.words) & claim.weights.keys() for t in page.tokens]
    covered: set[str] = set()
    chosen: list[tuple[int, float]] = []
    picked: set[int] = set()
    n = len(page.tokens)
    while len(chosen) < min(k, n):
        best_i, best_gain = -1, -1.0
        for i in range(n):
            if i in picked:
                continue
            new = term_sets[i] - covered
            gain = sum(claim.weights[t] for t in new) / total
            near = [j for j in (i - 1, i + 1) if 0 <= j < n]
            gain += NEIGHBOUR_SHARE * max(
                (sum(claim.weights[t] for t in term_sets[j] - covered - new) / total for j in near),
                default=0.0,
            )
            gain += BM25_SHARE * bm25[i] / top
            if len(chosen) >= ADJACENT_FROM and ((i - 1) in picked or (i + 1) in picked):
                gain += ADJACENT_BONUS
            if len(page.tokens[i].words) > MAX_SENTENCE_WORDS:
                gain *= 0.5
            if gain > best_gain:
                best_i, best_gain = i, gain
        picked.add(best_i)
        covered |= term_sets[best_i]
        # a later pick can gain more (a neighbour bonus); scores still read best first
        chosen.append((best_i, min(best_gain, chosen[-1][1]) if chosen else best_gain))
    return chosen


def rank(claim: str, sentences: Sequence[str], k: int = 5) -> list[tuple[int, float]]:
    """The ``k`` sentences that best carry ``claim``, best first: (index, score)."""
    if k <= 0 or not sentences:
        return []
    page = Page.of(sentences)
    return _greedy(Claim.of(claim, page), page, k)


SUPPORT_K = 3  # the claim's words are looked for in its best 3 sentences
SUPPORT_POWER = 1.0  # weights are idf ** power: rarer words matter more
SUPPORT_NUMBER_BOOST = 4.0  # a missing number or date nearly always means "not (all) supported"
SUPPORT_NAME_BOOST = 1.5
PREFIX_CREDIT = 0.0  # a word found only as a longer or shorter form ("Libya", "Libyan")
PREFIX_MIN = 4
SET_SHARE = 0.5  # of the score from the best sentences anywhere; the rest from one window
WINDOW = 0  # neighbours each side (0: the sentence alone)


def _support_weights(parsed: Claim, page: Page) -> dict[str, float]:
    weights: dict[str, float] = {}
    for term in parsed.weights:
        weight = page.idf(term) ** SUPPORT_POWER
        if term in parsed.tokens.numbers:
            weight *= SUPPORT_NUMBER_BOOST
        elif term in parsed.tokens.names:
            weight *= SUPPORT_NAME_BOOST
        weights[term] = weight
    return weights


def _credit(term: str, words: set[str]) -> float:
    if term in words:
        return 1.0
    if PREFIX_CREDIT and len(term) >= PREFIX_MIN and not term.isdigit():
        for word in words:
            if len(word) >= PREFIX_MIN and (word.startswith(term) or term.startswith(word)):
                return PREFIX_CREDIT
    return 0.0


def coverage(claim: str, sentences: Sequence[str], k: int | None = None) -> float:
    """The weighted share of the claim's words found in its ``k`` best sentences."""
    k = SUPPORT_K if k is None else k
    page = Page.of(sentences)
    parsed = Claim.of(claim, page)
    weights = _support_weights(parsed, page)
    total = sum(weights.values())
    if not total:
        return 0.0
    words: set[str] = set()
    for i, _ in _greedy(parsed, page, k):
        words |= set(page.tokens[i].words)
    spread = sum(w * _credit(t, words) for t, w in weights.items()) / total
    if SET_SHARE >= 1.0:
        return spread
    # evidence in one place (a sentence and its neighbours) counts more than scattered words
    sets = [set(t.words) & weights.keys() for t in page.tokens]
    best = 0.0
    for i in range(len(sets)):
        window = sets[i].union(*sets[max(0, i - WINDOW) : i + WINDOW + 1])
        best = max(best, sum(weights[t] for t in window))
    return SET_SHARE * spread + (1 - SET_SHARE) * best / total


# with the evidence-model extra: the claim's mean similarity to its 3 most similar sentences
# among the lexical candidates, weighted as the coverage (WiCE dev, docs/evidence.md)
MODEL_SHARE = 1.0
MODEL_TOP = 3
MODEL_BM25_CANDIDATES = 30  # the model reads only these and the ranking's best 15
MODEL_RANKED_CANDIDATES = 15


def model_candidates(claim: str, sentences: Sequence[str]) -> list[int]:
    """The sentences the model is asked about: the best by BM25 and by the ranking."""
    page = Page.of(sentences)
    parsed = Claim.of(claim, page)
    bm25 = bm25_scores(parsed, page)
    best = sorted(range(len(sentences)), key=lambda i: -bm25[i])[:MODEL_BM25_CANDIDATES]
    ranked = [i for i, _ in _greedy(parsed, page, MODEL_RANKED_CANDIDATES)]
    return sorted(set(best) | set(ranked))


def _model_similarity(claim: str, sentences: Sequence[str]) -> float | None:
    from claims.evidence import model

    if not model.enabled():
        return None
    wanted = model_candidates(claim, sentences)
    sims = model.similarities(claim, [clean_sentence(sentences[i]) for i in wanted])
    if sims is None:
        return None
    top = sorted(sims, reverse=True)[:MODEL_TOP]
    return max(0.0, sum(top) / len(top)) if top else 0.0


def support_score(claim: str, sentences: Sequence[str]) -> float:
    """How well ``sentences`` support ``claim``, from 0 (nothing of it) to 1; higher is better.

    Lexical by default; with the ``evidence-model`` extra installed (and not switched off
    with ``CLAIMS_EVIDENCE_MODEL=off``) a sentence-embedding similarity is added in.
    """
    if not sentences:
        return 0.0
    score = coverage(claim, sentences)
    similarity = _model_similarity(claim, sentences)
    if similarity is None:
        return score
    return (score + MODEL_SHARE * similarity) / (1.0 + MODEL_SHARE)
