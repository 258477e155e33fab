"""Does the sentence model help ``rank``? Lexical ranking against hybrids, on a WiCE-format file.

    python benchmarks/rank_hybrid_wice.py ../shared/wice-dev/claims-dev.jsonl [--cache FILE]

Needs the ``evidence-model`` extra (prints "skipped" without it). For each claim labelled
supported or partially supported, the page's lexical candidates (the 30 best sentences by
BM25, the ranking's best 20 and the two neighbours each side of its best 5) are embedded with
all-MiniLM-L6-v2, once: the vectors are kept in ``--cache`` (default under /tmp), so a second
run takes seconds instead of about 12 minutes. Then, per half of the file (the halves of
benchmarks/evidence_wice.py), it prints the share of claims with a whole supporting set in the
top 5 and with a supporting sentence in the top 3 for:

- ``lexical``: ``claims.evidence.rank`` as shipped;
- ``model``: the candidates by cosine similarity to the claim alone;
- ``rrf``: the ranking's first ``m`` picks, then reciprocal-rank fusion of the ranking's order
  and the model's order (``1/(c + rank)``, the model's weighted ``w``);
- ``ceiling``: a whole set within the ranking's best 10 and within those and BM25's best 10
  (what a perfect re-ordering of those candidates could reach).

The settings printed were the best on the tune half of a small grid (docs/evidence.md); the
held-out half tells whether they carry over.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claims.evidence import model
from claims.evidence.ranking import Claim, Page, _greedy, bm25_scores
from claims.evidence.text import clean_sentence
from evidence_wice import DEFAULT_PATH, half

DEFAULT_CACHE = Path("/tmp/claims-rank-hybrid-minilm.pickle")
RRF_SETTINGS = ((2, 5, 1.0), (2, 30, 2.0))  # (greedy picks kept, c, model weight)


def candidates(claim: str, sentences: Sequence[str]) -> tuple[list[int], list[int], list[int]]:
    """The ranking's best 20, BM25's order, and the candidate pool the model is asked about."""
    page = Page.of(sentences)
    parsed = Claim.of(claim, page)
    bm25 = bm25_scores(parsed, page)
    by_bm25 = sorted(range(len(sentences)), key=lambda i: -bm25[i])
    ranked = [i for i, _ in _greedy(parsed, page, 20)]
    pool = set(by_bm25[:30]) | set(ranked)
    for i in ranked[:5]:
        pool |= {j for j in (i - 2, i - 1, i + 1, i + 2) if 0 <= j < len(sentences)}
    return ranked, by_bm25, sorted(pool)


def key(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:24]


def embed(texts: Sequence[str], cache: dict[str, Any], cache_path: Path) -> None:
    wanted = sorted({t for t in texts if key(t) not in cache})
    if not wanted:
        return
    encoder = model._model()  # the library's own loading (offline, 128 tokens)
    assert encoder is not None
    for start in range(0, len(wanted), 2000):
        chunk = wanted[start : start + 2000]
        vectors = encoder.encode(
            chunk, batch_size=64, normalize_embeddings=True, convert_to_numpy=True
        )
        cache.update({key(t): v for t, v in zip(chunk, vectors, strict=True)})
        cache_path.write_bytes(pickle.dumps(cache))  # a cache of our own making, under /tmp
        print(f"embedded {start + len(chunk)}/{len(wanted)}", file=sys.stderr, flush=True)


def rrf(ranked: list[int], by_model: list[int], keep: int, c: float, weight: float) -> list[int]:
    fused: dict[int, float] = {}
    for order, w in ((ranked, 1.0), (by_model, weight)):
        for position, i in enumerate(order):
            fused[i] = fused.get(i, 0.0) + w / (c + position)
    head = ranked[:keep]
    return head + sorted((i for i in fused if i not in head), key=lambda i: -fused[i])


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, nargs="?", default=DEFAULT_PATH)
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE)
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"skipped: no WiCE file at {args.path} (give its path)")
        return 0
    if not model.enabled():
        print("skipped: needs the evidence-model extra (and CLAIMS_EVIDENCE_MODEL not off)")
        return 0
    rows = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines() if line]
    rows = [r for r in rows if r["label"] != "not_supported" and any(r["supporting_sentences"])]
    prepared = []
    for row in rows:
        ranked, by_bm25, pool = candidates(row["claim"], row["evidence"])
        texts = [clean_sentence(row["evidence"][i]) for i in pool]
        prepared.append((row, ranked, by_bm25, pool, texts))
    cache: dict[str, Any] = pickle.loads(args.cache.read_bytes()) if args.cache.exists() else {}
    embed([t for row, *_, texts in prepared for t in [row["claim"], *texts]], cache, args.cache)
    tallies: dict[tuple[str, str], list[int]] = {}
    for row, ranked, by_bm25, pool, texts in prepared:
        claim_vector = cache[key(row["claim"])]
        sims = {i: float(cache[key(t)] @ claim_vector) for i, t in zip(pool, texts, strict=True)}
        by_model = sorted(pool, key=lambda i: -sims[i])
        orders = {"lexical": ranked, "model": by_model}
        for keep, c, weight in RRF_SETTINGS:
            orders[f"rrf m={keep} c={c:g} w={weight:g}"] = rrf(ranked, by_model, keep, c, weight)
        sets = [set(s) for s in row["supporting_sentences"] if s]
        split = half(row["meta"]["id"])
        for name, order in orders.items():
            tally = tallies.setdefault((name, split), [0, 0, 0])
            tally[0] += any(s <= set(order[:5]) for s in sets)
            tally[1] += any(s & set(order[:3]) for s in sets)
            tally[2] += 1
        for name, pool10 in (
            ("ceiling: ranking's best 10", set(ranked[:10])),
            ("ceiling: … and BM25's best 10", set(ranked[:10]) | set(by_bm25[:10])),
        ):
            tally = tallies.setdefault((name, split), [0, 0, 0])
            tally[0] += any(s <= pool10 for s in sets)
            tally[2] += 1
    print(f"file: {args.path}; whole set in top 5 / a sentence in top 3, per half")
    for name in dict.fromkeys(n for n, _ in tallies):
        cells = []
        for split in ("tune", "held-out"):
            whole, one, n = tallies[(name, split)]
            three = "  -  " if name.startswith("ceiling") else f"{one / n:.3f}"
            cells.append(f"{split} {whole / n:.3f} / {three} ({n})")
        print(f"{name:32} " + "   ".join(cells))
    return 0


if __name__ == "__main__":
    sys.exit(main())
