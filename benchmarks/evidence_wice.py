"""Evidence ranking and support scores on a WiCE-format file (Kamoi et al., EMNLP 2023).

    python benchmarks/evidence_wice.py ../shared/wice-dev/claims-dev.jsonl [--split tune]
        [--no-context]

Over claims labelled supported or partially supported: the share with a whole supporting set
within the top 5 sentences of ``claims.evidence.rank`` and with at least one supporting
sentence in its top 3; the AUROC of ``claims.evidence.support_score`` for supported against
not supported and for supported against partially supported. ``--split`` takes a fixed half
of the claims (by a hash of their id): ``tune`` is the half the weights were tuned on,
``held-out`` the other, so the figures on it are less flattered by tuning. With the
``evidence-model`` extra installed ``support_score`` adds a sentence model (slow: minutes);
``CLAIMS_EVIDENCE_MODEL=off`` measures the lexical path.

Each claim is ranked with its context (``context=``: the Wikipedia article's title, then the
sentences before the claim, from the row's ``meta``), as ``claims evidence`` ranks a stored
claim with its document's title and the text before it; ``--no-context`` ranks on the claim
alone.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claims.evidence import model, rank, support_score

# the team's shared folder sits beside the checkout (`make bench` runs this without arguments)
DEFAULT_PATH = Path(__file__).resolve().parent.parent.parent / "shared/wice-dev/claims-dev.jsonl"


def half(claim_id: str) -> str:
    digest = hashlib.sha256(claim_id.encode()).digest()
    return "tune" if digest[0] % 2 == 0 else "held-out"


def auroc(positives: Sequence[float], negatives: Sequence[float]) -> float:
    """The chance that a random positive scores above a random negative (ties count half)."""
    if not positives or not negatives:
        return float("nan")
    wins = 0.0
    for p in positives:
        for n in negatives:
            wins += 1.0 if p > n else 0.5 if p == n else 0.0
    return wins / (len(positives) * len(negatives))


def context_of(row: dict[str, Any]) -> str | None:
    """The claim's article title, then the sentences before it (the API's convention)."""
    meta = row.get("meta") or {}
    title, before = meta.get("claim_title") or "", meta.get("claim_context") or ""
    return f"{title}\n{before}" if title or before else None


def evaluate(rows: Sequence[dict[str, Any]], *, with_context: bool = True) -> dict[str, float]:
    whole5 = any3 = with_sets = fits5 = 0
    scores: dict[str, list[float]] = {
        "supported": [],
        "partially_supported": [],
        "not_supported": [],
    }
    for row in rows:
        sentences = row["evidence"]
        label = row["label"]
        context = context_of(row) if with_context else None
        scores[label].append(support_score(row["claim"], sentences, context=context))
        sets = [set(s) for s in row["supporting_sentences"] if s]
        if label == "not_supported" or not sets:
            continue
        with_sets += 1
        fits5 += any(len(s) <= 5 for s in sets)  # the rest can never be whole in a top 5
        ranked = [i for i, _ in rank(row["claim"], sentences, k=5, context=context)]
        top5, top3 = set(ranked[:5]), set(ranked[:3])
        whole5 += any(s <= top5 for s in sets)
        any3 += any(s & top3 for s in sets)
    return {
        "claims": len(rows),
        "with_sets": with_sets,
        "whole_set_top5": whole5 / with_sets if with_sets else float("nan"),
        "set_of_5_at_most": fits5 / with_sets if with_sets else float("nan"),
        "one_in_top3": any3 / with_sets if with_sets else float("nan"),
        "auroc_sup_vs_not": auroc(scores["supported"], scores["not_supported"]),
        "auroc_sup_vs_partial": auroc(scores["supported"], scores["partially_supported"]),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "path", type=Path, nargs="?", default=DEFAULT_PATH, help="a WiCE-format JSON-lines file"
    )
    parser.add_argument("--split", choices=("all", "tune", "held-out"), default="all")
    parser.add_argument(
        "--no-context",
        action="store_true",
        help="rank each claim alone, without its article's title and preceding sentences",
    )
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"skipped: no WiCE file at {args.path} (give its path)")
        return 0
    rows = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines() if line]
    if args.split != "all":
        rows = [r for r in rows if half(r["meta"]["id"]) == args.split]
    started = time.perf_counter()
    figures = evaluate(rows, with_context=not args.no_context)
    elapsed = time.perf_counter() - started
    print(
        f"file: {args.path} ({args.split}: {figures['claims']} claims, "
        f"{figures['with_sets']} supported or partially supported with supporting sets)"
    )
    print(
        f"whole supporting set in top 5: {figures['whole_set_top5']:.3f} "
        f"(ceiling: a set of at most 5 sentences for {figures['set_of_5_at_most']:.3f})"
    )
    print(f"supporting sentence in top 3:  {figures['one_in_top3']:.3f}")
    print(f"AUROC supported vs not:        {figures['auroc_sup_vs_not']:.3f}")
    print(f"AUROC supported vs partially:  {figures['auroc_sup_vs_partial']:.3f}")
    scorer = "lexical + sentence model (evidence-model extra)" if model.enabled() else "lexical"
    context = "claim alone" if args.no_context else "claim with its title and preceding text"
    print(f"support_score: {scorer}; rank: lexical, {context}")
    print(f"time: {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
