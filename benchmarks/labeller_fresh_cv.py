"""Would the labeller read unseen house styles better if citations-fresh trained it too?

Usage: PYTHONPATH=src python benchmarks/labeller_fresh_cv.py [--folds 5]

citations-fresh's publishers fall into folds by a hash of their name; for each fold a model is
trained on citations-dev, the project's corpora and the other folds' fresh citations, and the
fold's citations are scored with it and with the shipped model (trained without any fresh
citation). Prints each fold and the totals (field accuracy as extract_accuracy.py counts it).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import extract_accuracy as accuracy
import train_extractor as training
from claims.extract import labeller

FRESH = Path(__file__).resolve().parent / "data" / "citations-fresh.jsonl"


def _fold(publisher: str, folds: int) -> int:
    return int(hashlib.sha256(publisher.encode()).hexdigest(), 16) % folds


def _score(model: labeller.Labeller | None, rows: list[dict[str, Any]]) -> tuple[int, int, int]:
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[row["publisher_of_document"]].append(row)
    score = accuracy.DevScore()
    with labeller.using(model):
        for group, held in groups.items():
            score.score_footnotes(group, held)
    found = sum(v[0] for v in score.found.values())
    return sum(score.right.values()), sum(score.total.values()), found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args()
    rows = [json.loads(line) for line in FRESH.read_text(encoding="utf-8").splitlines() if line]
    base = training.dev_examples(training.dev_rows()) + training.own_examples()
    shipped = labeller.active()
    totals = {"shipped": [0, 0, 0], "with fresh": [0, 0, 0]}
    with tempfile.TemporaryDirectory() as tmp:
        for fold in range(args.folds):
            held = [r for r in rows if _fold(r["publisher_of_document"], args.folds) == fold]
            rest = [r for r in rows if _fold(r["publisher_of_document"], args.folds) != fold]
            started = time.perf_counter()
            path = Path(tmp) / f"fold{fold}.crfsuite"
            training.train(base + training.dev_examples(rest), path)
            took = time.perf_counter() - started
            for name, model in (("shipped", shipped), ("with fresh", labeller.Labeller(str(path)))):
                right, total, found = _score(model, held)
                for i, value in enumerate((right, total, found)):
                    totals[name][i] += value
                print(
                    f"fold {fold}: {len(held)} citations (trained in {took:.0f} s), {name:10} "
                    f"{right / total:.1%} of fields, {found}/{len(held)} found",
                    flush=True,
                )
    for name, (right, total, found) in totals.items():
        print(
            f"all folds, {name:10} {right / total:.2%} of fields ({right}/{total}), {found} found"
        )


if __name__ == "__main__":
    main()
