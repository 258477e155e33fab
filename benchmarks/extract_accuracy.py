"""Field-level accuracy of citation extraction on the corpora and on the curated letter.

Usage: python benchmarks/extract_accuracy.py [--misses]

Scores every citation of tests/fixtures/citations_corpus.toml (the corpus the rules were
written against), tests/fixtures/citations_heldout.toml (written after the parser), and the
HRW letter (extraction of the whole document against data/…/dataset.toml, by position).
Known misses count as misses here.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tomllib
from pathlib import Path
from typing import Any

from claims.extract import ParsedCitation, extract_document, parse_citation, split_footnote
from claims.extract.evaluation import (
    OPTIONAL_FIELDS,
    SCORED_FIELDS,
    Score,
    citation_fields,
    expected_fields,
)

ROOT = Path(__file__).resolve().parent.parent
CORPORA = {
    "corpus": ROOT / "tests" / "fixtures" / "citations_corpus.toml",
    "held-out": ROOT / "tests" / "fixtures" / "citations_heldout.toml",
}
LETTER = ROOT / "data" / "hrw-2016-07-18-facebook-china"


def _parse_note(text: str) -> list[ParsedCitation]:
    out: list[ParsedCitation] = []
    for start, end in split_footnote(text):
        out.append(parse_citation(text[start:end], previous=out[-1].source if out else None))
    return out


def score_corpus(path: Path) -> tuple[Score, int, int]:
    """The score, the number of citations, and how many came out exactly right."""
    with path.open("rb") as fh:
        notes: list[dict[str, Any]] = tomllib.load(fh)["note"]
    score = Score()
    count = exact = 0
    for note in notes:
        parsed = _parse_note(note["text"])
        for i, entry in enumerate(note["cite"]):
            count += 1
            expected = expected_fields(entry)
            label = f"{note['id']}#{i + 1}"
            if i >= len(parsed):
                score.missing(label, expected)
                continue
            if not score.add(label, expected, citation_fields(parsed[i])):
                exact += 1
    return score, count, exact


def score_letter() -> tuple[Score, int, int]:
    with (LETTER / "dataset.toml").open("rb") as fh:
        curated = tomllib.load(fh)
    extraction = extract_document((LETTER / "letter.txt").read_text(encoding="utf-8"))
    by_key = {s["key"]: s for s in curated["sources"]}
    keys = [key for f in curated["footnotes"] for key in f["sources"]]
    score = Score()
    exact = 0
    citations = extraction.citations
    for i, key in enumerate(keys):
        expected = expected_fields(by_key[key])
        expected["raw"] = by_key[key]["raw"]
        expected.pop("pinpoint")  # the dataset records no pinpoints
        if i >= len(citations):
            score.missing(key, expected)
            continue
        if not score.add(key, expected, citation_fields(citations[i])):
            exact += 1
    return score, len(keys), exact


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every field that differs")
    args = parser.parse_args()

    results = {name: score_corpus(path) for name, path in CORPORA.items()}
    results["letter"] = score_letter()
    fields = [
        f
        for f in (*SCORED_FIELDS, *OPTIONAL_FIELDS)
        if any(f in r[0].total for r in results.values())
    ]
    print(f"extract accuracy, {dt.date.today().isoformat()} (field-level, known misses counted)")
    header = f"{'field':<18}" + "".join(f"{name:>12}" for name in results)
    print(header)
    print("-" * len(header))
    for name in fields:
        row = f"{name:<18}"
        for score, _, _ in results.values():
            row += f"{score.field_accuracy(name):>11.1%} " if name in score.total else f"{'-':>12}"
        print(row)
    print("-" * len(header))
    print(f"{'overall':<18}" + "".join(f"{r[0].overall:>11.1%} " for r in results.values()))
    print(f"{'citations':<18}" + "".join(f"{r[1]:>12}" for r in results.values()))
    print(f"{'exactly right':<18}" + "".join(f"{r[2] / r[1]:>11.1%} " for r in results.values()))
    if args.misses:
        for name, (score, _, _) in results.items():
            for label, field, expected, got in score.misses:
                print(f"{name}: {label} {field}: expected {expected!r}, got {got!r}")


if __name__ == "__main__":
    main()
