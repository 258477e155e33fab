"""Recall and precision of the uncited-claim finder on the letter's curated needs-source claims.

Usage: python benchmarks/uncited_claims.py [--threshold 0.5] [--misses]

The letter's curated dataset (data/…/dataset.toml) lists 48 claims, of which 35 cite nothing
(`needs-source`); a person found them by reading. The finder proposes sentences of the
letter's text that state checkable facts and that no footnote supports. A proposal matches a
curated claim when their quotes overlap by at least half of the shorter of the two.
Recall: curated claims matched by some proposal. Precision: proposals matching some curated
claim. The rules were written against the prose of the development documents
(../shared/citations-dev/documents), not against the letter; this script is the one place the
letter's curated claims are read.
"""

from __future__ import annotations

import argparse
import tomllib
from pathlib import Path

from claims.extract import extract_document
from claims.extract.proposals import PROPOSAL_THRESHOLD, propose_uncited

ROOT = Path(__file__).resolve().parent.parent
LETTER = ROOT / "data" / "hrw-2016-07-18-facebook-china"


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    shared = min(a[1], b[1]) - max(a[0], b[0])
    return shared > 0 and shared * 2 >= min(a[1] - a[0], b[1] - b[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=PROPOSAL_THRESHOLD)
    parser.add_argument("--misses", action="store_true", help="list misses and false alarms")
    args = parser.parse_args()
    dataset = tomllib.loads((LETTER / "dataset.toml").read_text(encoding="utf-8"))
    text = (LETTER / "letter.txt").read_text(encoding="utf-8")
    curated = [
        c
        for c in dataset["claims"]
        if not c.get("footnotes") and not c.get("sources")
        and c.get("status", "needs-source") == "needs-source"
    ]  # fmt: skip
    extraction = extract_document(text)
    print(f"letter: {len(curated)} curated needs-source claims of {len(dataset['claims'])}")
    print(f"{'threshold':>9} {'proposals':>9} {'recall':>7} {'precision':>9} {'F1':>5}")
    for threshold in sorted({0.3, 0.4, 0.5, 0.6, 0.7, args.threshold}):
        proposals = propose_uncited(text, extraction, threshold=threshold)
        spans = [(p.start, p.end) for p in proposals]
        found = [c for c in curated if any(overlaps((c["start"], c["end"]), s) for s in spans)]
        right = [
            p
            for p in proposals
            if any(overlaps((c["start"], c["end"]), (p.start, p.end)) for c in curated)
        ]
        recall = len(found) / len(curated)
        precision = len(right) / len(proposals) if proposals else 0.0
        f1 = 2 * recall * precision / (recall + precision) if recall + precision else 0.0
        mark = "  <- default" if threshold == PROPOSAL_THRESHOLD else ""
        print(
            f"{threshold:>9.2f} {len(proposals):>9} {recall:>7.3f} {precision:>9.3f} {f1:>5.3f}"
            + mark
        )
        if args.misses and threshold == args.threshold:
            for c in curated:
                if c not in found:
                    print(f"  missed: {c['key']}: {c['quote'][:90]!r}")
            for p in proposals:
                if p not in right:
                    print(f"  false alarm ({p.score}): {p.quote[:90]!r} [{p.reason}]")


if __name__ == "__main__":
    main()
