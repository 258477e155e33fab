"""Compare other review-flag signals with the shipped flags, field by field.

Usage: PYTHONPATH=src python benchmarks/flag_signals.py --fresh PATH [--batch N]
       PYTHONPATH=src python benchmarks/flag_signals.py --dev

For every found citation and scored field: is the field wrong, is it flagged as shipped, and
what three other signals say — the labeller asked about every citation (also those the rules
read as sure) and disagreeing with the rules, the labeller's marginal (its least sure token)
below a threshold, and a field's shape (a hyphen left dangling by a PDF's line break). Prints
the share of wrong fields each flags and the share of its flags on right fields. ``--dev``
reads citations-dev out of fold (the labeller retrained without each publisher). To study the
predictions a batch got before it was tuned on, run this at the commit that scored it (batch
6: ``git worktree add /tmp/untuned fc51c59``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calibrate_flags import dev_folds, found_citations
from claims.extract import labeller
from claims.extract.combine import _balance, clean_text, contributor, rule_fields
from claims.extract.combine import _norm as same_form
from extract_accuracy import DEV_FIELDS, dev_expected, dev_got

Reading = dict[str, Any]


def readings(rows: list[dict[str, Any]]) -> list[Reading]:
    out: list[Reading] = []
    model = labeller.active()
    assert model is not None, "the labeller is needed"
    for row, citation, text in found_citations(rows):
        got, want = dev_got(citation), dev_expected(row)
        ours = rule_fields(citation.source)
        _, reading = model.read(text, ours)  # asked even where the rules were sure
        theirs = {
            name: clean_text(_balance(text, *reading.spans[name][0]))
            if name in reading.spans
            else None
            for name in ("title", "container")
        }
        authors = [contributor(text[s:e]) for s, e in reading.spans.get("authors", [])]
        theirs_authors = [a.display() for a in authors if a is not None]
        for name in DEV_FIELDS:
            if name in theirs:
                disagree = same_form(theirs[name]) != same_form(ours[name])
            elif name == "authors":
                disagree = same_form(theirs_authors) != same_form(ours["authors"])
            else:
                disagree = False
            if name == "authors":
                value = " ".join(a.display() for a in citation.source.authors)
            else:
                value = str(getattr(citation.source, name) or "")
            out.append(
                {
                    "wrong": got[name] != want[name],
                    "flagged": name in citation.unsure_fields,
                    "disagree": disagree,
                    "sure": reading.confidence.get(name, 1.0),
                    "shape": "- " in value or "-\n" in value,
                }
            )
    return out


def report(out: list[Reading], label: str) -> None:
    wrong = sum(r["wrong"] for r in out)
    print(f"{label}: {len(out)} fields of found citations, {wrong} wrong")
    signals: list[tuple[str, Callable[[Reading], bool]]] = [
        ("shipped flags", lambda r: r["flagged"]),
        ("labeller asked always, disagrees", lambda r: r["disagree"]),
        ("labeller marginal < 0.7", lambda r: r["sure"] < 0.7),
        ("labeller marginal < 0.9", lambda r: r["sure"] < 0.9),
        ("shape: a hyphen left dangling", lambda r: r["shape"]),
        ("shipped or disagrees", lambda r: r["flagged"] or r["disagree"]),
        ("shipped or shape", lambda r: r["flagged"] or r["shape"]),
    ]
    for name, signal in signals:
        flagged = [r for r in out if signal(r)]
        hit = sum(r["wrong"] for r in flagged)
        on_right = len(flagged) - hit
        print(
            f"  {name:<36} wrong flagged {hit:>3}/{wrong} ({hit / max(wrong, 1):>4.0%}); "
            f"flags on right fields {on_right:>3}/{len(flagged)} "
            f"({on_right / max(len(flagged), 1):>4.0%})"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--fresh", type=Path, help="a held-out set, read with the shipped model")
    parser.add_argument("--batch", type=int, help="with --fresh: only the lines of this batch")
    parser.add_argument("--dev", action="store_true", help="citations-dev, out of fold")
    args = parser.parse_args()
    if args.fresh:
        lines = args.fresh.read_text(encoding="utf-8").splitlines()
        rows = [json.loads(line) for line in lines if line]
        if args.batch is not None:
            rows = [r for r in rows if r.get("batch", 1) == args.batch]
        report(readings(rows), f"{args.fresh}{f', batch {args.batch}' if args.batch else ''}")
    if args.dev:
        out: list[Reading] = []
        for _, held_out in dev_folds():
            out += readings(held_out)
        report(out, "citations-dev, out of fold")


if __name__ == "__main__":
    main()
