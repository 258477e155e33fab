"""Train the citation labeller (a CRF over tokens) that ships in src/claims/extract/.

Usage: python benchmarks/train_extractor.py [--out PATH]

Training data: every citation of ../shared/citations-dev/citations.jsonl (real footnotes,
hand-labelled) and of tests/fixtures/citations_corpus.toml and citations_heldout.toml (the
project's own corpora). Each citation is the span the footnote splitter gives for it (so the
model sees what it will see at run time: signals and all), its tokens labelled by aligning
the hand-labelled fields with the printed text. The same functions serve
benchmarks/extract_accuracy.py, which retrains on all publishers but one for every fold.
"""

from __future__ import annotations

import argparse
import json
import time
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pycrfsuite

from claims.extract import labeller, parse_citation, split_footnote
from claims.extract.combine import rule_fields

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "citations-dev"
OWN = (
    ROOT / "tests" / "fixtures" / "citations_corpus.toml",
    ROOT / "tests" / "fixtures" / "citations_heldout.toml",
)
MODEL = ROOT / "src" / "claims" / "extract" / labeller.MODEL_FILE
PARAMS = {"c1": 0.05, "c2": 0.01, "max_iterations": 300, "feature.possible_transitions": True}


@dataclass(frozen=True)
class Example:
    """One citation: the text the parser reads, and its hand-labelled fields."""

    group: str  # publisher of the document (citations-dev) or "own corpus"
    text: str
    fields: Mapping[str, Any]
    footnote: str = ""
    position: int = 1


def _squash(text: str) -> str:
    return " ".join(text.split())


def span_for(footnote: str, raw: str) -> str | None:
    """The splitter's span that holds ``raw`` (and no other citation), if any."""
    want = _squash(raw)
    for start, end in split_footnote(footnote):
        if want in _squash(footnote[start:end]):
            return footnote[start:end]
    return None


def dev_rows(path: Path = DEV / "citations.jsonl") -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def dev_fields(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "title": row["title"],
        "container": row["container"],
        "publisher": row["publisher"],
        "authors": list(row["authors"]),
        "issued": row["issued"],
        "accessed": row["accessed"],
        "url": row["url"],
    }


def dev_examples(rows: Iterable[Mapping[str, Any]]) -> list[Example]:
    out = []
    for row in rows:
        text = span_for(row["footnote"], row["raw"]) or row["raw"]
        out.append(
            Example(
                row["publisher_of_document"],
                text,
                dev_fields(row),
                row["footnote"],
                row["position"],
            )
        )
    return out


def _display(author: Mapping[str, str]) -> str:
    if "literal" in author:
        return author["literal"]
    return " ".join(p for p in (author.get("given"), author.get("family")) if p)


def own_examples(paths: Sequence[Path] = OWN) -> list[Example]:
    out = []
    for path in paths:
        with path.open("rb") as fh:
            notes = tomllib.load(fh)["note"]
        for note in notes:
            spans = split_footnote(note["text"])
            for (start, end), cite in zip(spans, note["cite"], strict=False):
                fields = {
                    "title": cite.get("title"),
                    "container": cite.get("container"),
                    "publisher": cite.get("publisher"),
                    "authors": [_display(a) for a in cite.get("authors", [])],
                    "issued": str(cite["issued"]) if "issued" in cite else None,
                    "accessed": str(cite["accessed"]) if "accessed" in cite else None,
                    "url": cite.get("url"),
                }
                out.append(Example("own corpus", note["text"][start:end], fields))
    return out


def sequences(examples: Iterable[Example]) -> list[tuple[list[dict[str, Any]], list[str]]]:
    """(features, labels) per example; the rules' reading is read with no model in use."""
    out = []
    with labeller.using(None):
        for ex in examples:
            toks = labeller.tokenize(ex.text)
            if not toks:
                continue
            ours = rule_fields(parse_citation(ex.text, styled=False).source)
            xseq = labeller.features(ex.text, toks, labeller.align(ex.text, ours, toks))
            out.append((xseq, labeller.align(ex.text, ex.fields, toks)))
    return out


def train(examples: Iterable[Example], out: Path) -> None:
    trainer = pycrfsuite.Trainer(verbose=False)
    for xseq, yseq in sequences(examples):
        trainer.append(xseq, yseq)
    trainer.set_params(PARAMS)
    trainer.train(str(out))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=MODEL, help=f"model file (default {MODEL})")
    args = parser.parse_args()
    started = time.perf_counter()
    examples = dev_examples(dev_rows()) + own_examples()
    train(examples, args.out)
    took = time.perf_counter() - started
    print(f"trained on {len(examples)} citations in {took:.1f} s → {args.out}")


if __name__ == "__main__":
    main()
