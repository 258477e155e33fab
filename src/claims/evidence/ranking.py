"""Which sentences of a page carry a claim, and how well: lexical, offline, pure.

BM25 finds sentences that share the claim's rarer words; a greedy cover then picks sentences
that add words, numbers and names the picked ones lack, since a claim is often carried by a
few sentences together (often neighbours). ``support_score`` is a logistic model over how much
of the claim (its words, names, numbers) the best sentences and the page carry.
"""

from __future__ import annotations

import itertools
import math
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace

from claims.evidence.text import Tokens, clean_sentence, is_date_line, mentions_date, tokenize

K1 = 1.2
B = 0.75
NAME_BOOST = 1.5  # names and numbers carry a claim more than common words
NUMBER_BOOST = 2.0
NEIGHBOUR_SHARE = 0.3  # a neighbour's cover counts this much toward a sentence's gain
BM25_SHARE = 0.15  # of a sentence's (normalised) BM25 score added to its cover gain
ADJACENT_BONUS = 0.1  # supporting sentences are often neighbours…
ADJACENT_FROM = 3  # …but the first picks go to the best sentences anywhere
# a word the picks already carry counts this much again (and its square the time after):
# the sentence that first carried it may not be the one a reader needs
AGAIN_SHARE = 0.2
MAX_SENTENCE_WORDS = 120  # longer "sentences" are page chrome run together
# a sentence naming the claim's subject (the context's title words the claim lacks: "He was
# born …" in an article about him) gains this much times the share of them it names; a prior
# outside the cover, so it does not fade once a pick names the subject (chosen on WiCE's tune
# half, docs/evidence.md)
SUBJECT_BONUS = 0.1
# a dated claim whose top picks hold no date line gets the page's best-ranked date line at this
# place ("Published Aug. 10, 2014" when the claim says "On August 10"): annotators often add
# it, and it shares too few words with the claim to be picked (chosen on WiCE's tune half)
DATE_SLOT = 4
DATE_CANDIDATES = 20  # the date line is looked for among the ranking's best 20


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
    subject: dict[str, float] = field(default_factory=dict)  # subject term -> its IDF

    @classmethod
    def of(cls, claim: str, page: Page, context: str | None = None) -> Claim:
        tokens = tokenize(claim)
        weights: dict[str, float] = {}
        for term in dict.fromkeys(tokens.words):
            weight = page.idf(term)
            if term in tokens.numbers:
                weight *= NUMBER_BOOST
            elif term in tokens.names:
                weight *= NAME_BOOST
            weights[term] = weight
        return cls(tokens, weights, _subject(context, tokens, page))


def _subject(context: str | None, claim: Tokens, page: Page) -> dict[str, float]:
    """The words of the context's first line (its title) that the claim lacks and the page
    has, by IDF."""
    if not context:
        return {}
    title = tokenize(context.split("\n", 1)[0]).words
    return {t: page.idf(t) for t in dict.fromkeys(title) if t not in claim.words and page.df.get(t)}


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
    return list(itertools.islice(_picks(claim, page), k))


def _picks(claim: Claim, page: Page) -> Iterator[tuple[int, float]]:
    """The greedy's picks, best first, as many as are asked for (picks never depend on k)."""
    bm25 = bm25_scores(claim, page)
    top = max(bm25, default=0.0) or 1.0
    total = sum(claim.weights.values()) or 1.0
    # sums over sets use fsum: a float sum's last bit follows the set's order, which follows
    # the process's string hashing, and a near-tie must not flip from one run to the next
    term_sets = [frozenset(t.words) & claim.weights.keys() for t in page.tokens]
    covered: Counter[str] = Counter()  # claim term -> picks that carry it
    subject_total = sum(claim.subject.values())
    subject = (
        [
            math.fsum(claim.subject.get(t, 0.0) for t in set(tokens.words)) / subject_total
            for tokens in page.tokens
        ]
        if subject_total
        else []
    )
    last = math.inf
    picked: set[int] = set()
    n = len(page.tokens)
    while len(picked) < n:
        best_i, best_gain = -1, -1.0
        for i in range(n):
            if i in picked:
                continue
            new = term_sets[i] - covered.keys()
            gain = math.fsum(claim.weights[t] for t in new) / total
            gain += (
                AGAIN_SHARE
                * math.fsum(
                    claim.weights[t] * AGAIN_SHARE ** (covered[t] - 1)
                    for t in term_sets[i] & covered.keys()
                )
                / total
            )
            near = [j for j in (i - 1, i + 1) if 0 <= j < n]
            gain += NEIGHBOUR_SHARE * max(
                (
                    math.fsum(claim.weights[t] for t in term_sets[j] - covered.keys() - new) / total
                    for j in near
                ),
                default=0.0,
            )
            gain += BM25_SHARE * bm25[i] / top
            if subject:
                gain += SUBJECT_BONUS * subject[i]
            if len(picked) >= ADJACENT_FROM and ((i - 1) in picked or (i + 1) in picked):
                gain += ADJACENT_BONUS
            if len(page.tokens[i].words) > MAX_SENTENCE_WORDS:
                gain *= 0.5
            if gain > best_gain:
                best_i, best_gain = i, gain
        picked.add(best_i)
        covered.update(term_sets[best_i])
        # a later pick can gain more (a neighbour bonus); scores still read best first
        last = min(best_gain, last)
        yield best_i, last


def rank(
    claim: str, sentences: Sequence[str], k: int = 5, *, context: str | None = None
) -> list[tuple[int, float]]:
    """The ``k`` sentences that best carry ``claim``, best first: (index, score).

    ``context``: what comes before the claim where it is written, its first line the title
    (a document's title, then the text before the claim). Sentences naming the title's words
    the claim lacks (its implicit subject) gain a little; None ranks on the claim alone.
    """
    if k <= 0 or not sentences:
        return []
    page = Page.of(sentences)
    parsed = Claim.of(claim, page, context)
    picks = _picks(parsed, page)
    chosen = list(itertools.islice(picks, k))
    if k <= DATE_SLOT or not mentions_date(claim):
        return chosen
    if any(is_date_line(sentences[i]) for i, _ in chosen):
        return chosen
    more = itertools.islice(picks, max(DATE_CANDIDATES - k, 0))  # the same greedy, going on
    date = next((i for i, _ in more if is_date_line(sentences[i])), None)
    if date is None:
        return chosen
    order = [i for i, _ in chosen]
    order = [*order[:DATE_SLOT], date, *order[DATE_SLOT:]][:k]
    return [(i, score) for i, (_, score) in zip(order, chosen, strict=True)]


SUPPORT_K = 3  # the claim's words are looked for in its best 3 sentences
SUPPORT_NUMBER_BOOST = 4.0  # a missing number or date nearly always means "not (all) supported"
SUPPORT_NAME_BOOST = 1.5


def _support_weights(parsed: Claim, page: Page) -> dict[str, float]:
    weights: dict[str, float] = {}
    for term in parsed.weights:
        weight = page.idf(term)
        if term in parsed.tokens.numbers:
            weight *= SUPPORT_NUMBER_BOOST
        elif term in parsed.tokens.names:
            weight *= SUPPORT_NAME_BOOST
        weights[term] = weight
    return weights


@dataclass(frozen=True)
class SupportFeatures:
    """What ``support_score`` weighs: how much of the claim its best sentences carry."""

    spread: float  # weighted share of the claim's words in its best 3 sentences
    best: float  # … in its single best sentence (evidence in one place counts more)
    names_missing: float  # share of the claim's names not in the best 3 sentences
    numbers_missing: float  # how many of its numbers and dates are not in them
    on_page: float  # weighted share of the claim's words anywhere on the page
    length: float  # log(1 + the claim's distinct content words)
    similarity: float | None = None  # with the model: mean cosine of the 3 most similar sentences

    def vector(self) -> tuple[float, ...]:
        lexical = (self.spread, self.best, self.names_missing, self.numbers_missing,
                   self.on_page, self.length)  # fmt: skip
        return lexical if self.similarity is None else (*lexical, self.similarity)


def support_features(claim: str, sentences: Sequence[str]) -> SupportFeatures | None:
    """The lexical features of ``claim`` against ``sentences``; None when the claim has no
    content words or there are no sentences."""
    if not sentences:
        return None
    page = Page.of(sentences)
    parsed = Claim.of(claim, page)
    weights = _support_weights(parsed, page)
    total = sum(weights.values())
    if not total:
        return None
    words: set[str] = set()
    for i, _ in _greedy(parsed, page, SUPPORT_K):
        words |= set(page.tokens[i].words)
    best = max(
        (math.fsum(weights.get(w, 0.0) for w in set(s.words)) for s in page.tokens), default=0.0
    )
    numbers = [t for t in weights if t in parsed.tokens.numbers]
    names = [t for t in weights if t in parsed.tokens.names and t not in parsed.tokens.numbers]
    return SupportFeatures(
        spread=sum(w for t, w in weights.items() if t in words) / total,
        best=best / total,
        names_missing=sum(1 for t in names if t not in words) / len(names) if names else 0.0,
        numbers_missing=float(sum(1 for t in numbers if t not in words)),
        on_page=sum(w for t, w in weights.items() if page.df.get(t)) / total,
        length=math.log1p(len(weights)),
    )


def coverage(claim: str, sentences: Sequence[str]) -> float:
    """The weighted share of the claim's words found in its 3 best sentences (half) and in its
    single best sentence (half): how much of the claim a page carries, from 0 to 1."""
    found = support_features(claim, sentences)
    return 0.0 if found is None else (found.spread + found.best) / 2


@dataclass(frozen=True)
class Logistic:
    bias: float
    weights: tuple[float, ...]

    def __call__(self, features: Sequence[float]) -> float:
        z = self.bias + sum(w * f for w, f in zip(self.weights, features, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


# fitted by benchmarks/train_support.py on the tune half of WiCE dev (docs/evidence.md);
# MODEL_SUPPORT with the evidence-model extra installed, its similarity last
LEXICAL_SUPPORT = Logistic(-5.0367, (1.8823, 2.4355, -2.9324, -1.0004, 0.8742, 0.9544))
MODEL_SUPPORT = Logistic(-5.6327, (1.9883, 1.8551, -2.9056, -1.0325, 0.7390, 0.6084, 2.9772))


# with the evidence-model extra: the claim's mean similarity to its 3 most similar sentences
# among the lexical candidates, one more feature of MODEL_SUPPORT (docs/evidence.md)
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


def support_score(claim: str, sentences: Sequence[str], *, context: str | None = None) -> float:
    """How well ``sentences`` support ``claim``, from 0 (nothing of it) to 1; higher is better.

    A logistic model over what the claim's best sentences carry (``SupportFeatures``); with
    the ``evidence-model`` extra installed (and not switched off with
    ``CLAIMS_EVIDENCE_MODEL=off``) a sentence-embedding similarity is one more feature.
    ``context`` (as for ``rank``) is accepted so callers pass both the same, and not used
    yet: picking the best sentences with it lowered both AUROCs on WiCE (docs/evidence.md).
    """
    del context
    found = support_features(claim, sentences)
    if found is None:
        return 0.0
    similarity = _model_similarity(claim, sentences)
    if similarity is None:
        return LEXICAL_SUPPORT(found.vector())
    return MODEL_SUPPORT(replace(found, similarity=similarity).vector())
