"""Fit the weights of ``claims.evidence.support_score`` on a WiCE-format file.

    python benchmarks/train_support.py ../shared/wice-dev/claims-dev.jsonl [--split tune] [--cv]

A logistic regression (L2, Newton's method; pure Python) of "labelled supported" on the
features of ``claims.evidence.ranking.support_features``, fitted on the claims of one half of
the file (``--split``, the halves of benchmarks/evidence_wice.py) and printed as the
``Logistic(...)`` to paste into ranking.py, with the AUROCs it gives on each half. ``--cv``
first prints 5-fold cross-validation AUROCs within that half for a few L2 values (how L2 was
chosen). With the ``evidence-model`` extra installed (and not switched off) the model's
similarity is one more feature (slow: minutes a half) and the weights printed are
MODEL_SUPPORT's.
"""

from __future__ import annotations

import argparse
import json
import math
import random
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from claims.evidence import model
from claims.evidence.ranking import _model_similarity, support_features
from evidence_wice import DEFAULT_PATH, auroc, half
from logistic import solve

L2 = 3.0  # on standardised features; chosen by 5-fold cross-validation within the tune half


def features(row: dict[str, Any], with_model: bool) -> list[float] | None:
    claim, sentences = str(row["claim"]), list(row["evidence"])
    found = support_features(claim, sentences)
    if found is None:
        return None
    vector = list(found.vector())
    if with_model:
        vector.append(_model_similarity(claim, sentences) or 0.0)
    return vector


def fit(xs: Sequence[Sequence[float]], ys: Sequence[int], l2: float) -> list[float]:
    """Bias then weights, in the features' own units (standardised for the fit)."""
    d = len(xs[0])
    mean = [sum(x[j] for x in xs) / len(xs) for j in range(d)]
    sd = [math.sqrt(sum((x[j] - mean[j]) ** 2 for x in xs) / len(xs)) or 1.0 for j in range(d)]
    zs = [[1.0] + [(x[j] - mean[j]) / sd[j] for j in range(d)] for x in xs]
    beta = [0.0] * (d + 1)
    for _ in range(50):
        grad = [0.0] * (d + 1)
        hess = [[0.0] * (d + 1) for _ in range(d + 1)]
        for z, y in zip(zs, ys, strict=True):
            p = 1.0 / (1.0 + math.exp(-sum(b * v for b, v in zip(beta, z, strict=True))))
            for i in range(d + 1):
                grad[i] += (p - y) * z[i]
                for j in range(d + 1):
                    hess[i][j] += p * (1 - p) * z[i] * z[j]
        for i in range(1, d + 1):  # no penalty on the bias
            grad[i] += l2 * beta[i]
            hess[i][i] += l2
        step = solve(hess, grad)
        beta = [b - s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-9:
            break
    weights = [beta[j + 1] / sd[j] for j in range(d)]
    bias = beta[0] - sum(w * m for w, m in zip(weights, mean, strict=True))
    return [bias, *weights]


def score(beta: Sequence[float], x: Sequence[float]) -> float:
    return beta[0] + sum(w * v for w, v in zip(beta[1:], x, strict=True))


def aurocs(scored: Sequence[tuple[str, float]]) -> tuple[float, float]:
    by: dict[str, list[float]] = {}
    for label, s in scored:
        by.setdefault(label, []).append(s)
    sup = by.get("supported", [])
    return auroc(sup, by.get("not_supported", [])), auroc(sup, by.get("partially_supported", []))


def cross_validate(
    data: Sequence[tuple[str, list[float]]], l2: float, repeats: int = 5
) -> tuple[float, float]:
    """Mean AUROCs over ``repeats`` shuffles of 5 folds (a fixed seed)."""
    rng = random.Random(15)
    vs_not: list[float] = []
    vs_part: list[float] = []
    for _ in range(repeats):
        order = list(range(len(data)))
        rng.shuffle(order)
        scores = [0.0] * len(data)
        for fold in range(5):
            test = set(order[fold::5])
            train = [(data[i][1], int(data[i][0] == "supported")) for i in order if i not in test]
            beta = fit([x for x, _ in train], [y for _, y in train], l2)
            for i in test:
                scores[i] = score(beta, data[i][1])
        a, b = aurocs([(label, s) for (label, _), s in zip(data, scores, strict=True)])
        vs_not.append(a)
        vs_part.append(b)
    return sum(vs_not) / repeats, sum(vs_part) / repeats


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path, nargs="?", default=DEFAULT_PATH)
    parser.add_argument("--split", choices=("all", "tune", "held-out"), default="tune")
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--cv", action="store_true", help="first print cross-validation AUROCs")
    args = parser.parse_args(argv)
    if not args.path.exists():
        print(f"skipped: no WiCE file at {args.path} (give its path)")
        return 0
    with_model = model.enabled()
    rows = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines() if line]
    data = []
    for row in rows:
        x = features(row, with_model)
        if x is not None:
            data.append((half(row["meta"]["id"]), row["label"], x))
    chosen = [(label, x) for part, label, x in data if args.split in ("all", part)]
    if args.cv:
        for l2 in (0.1, 0.3, 1.0, 3.0, 10.0, 30.0):
            vs_not, vs_part = cross_validate(chosen, l2)
            print(
                f"L2 {l2:5.1f}: 5-fold AUROC supported vs not {vs_not:.3f}, "
                f"vs partially {vs_part:.3f}"
            )
    beta = fit([x for _, x in chosen], [int(label == "supported") for label, _ in chosen], args.l2)
    name = "MODEL_SUPPORT" if with_model else "LEXICAL_SUPPORT"
    weights = ", ".join(f"{w:.4f}" for w in beta[1:])
    print(f"{name} = Logistic({beta[0]:.4f}, ({weights}))")
    print(f"fitted on {args.split} ({len(chosen)} claims), L2 {args.l2}")
    for part in ("tune", "held-out", "all"):
        vs_not, vs_part = aurocs([(lb, score(beta, x)) for p, lb, x in data if part in ("all", p)])
        print(f"{part:9s} AUROC supported vs not {vs_not:.3f}, vs partially {vs_part:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
