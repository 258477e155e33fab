"""Field-level accuracy of citation extraction: real footnotes by leave-one-publisher-out,
the project's corpora and the curated letter.

Usage: python benchmarks/extract_accuracy.py [--misses] [--no-lopo] [--rules-only]
                                             [--fresh PATH [--batch N]]

1. ../shared/citations-dev/ (real footnotes, 13 publishers), leave-one-publisher-out: for
   each publisher the labeller is retrained (benchmarks/train_extractor.py's functions) on
   the other publishers and the project's corpora, then every footnote of the left-out
   publisher is split and parsed and its citations are compared with the hand labels on
   title, url, issued, accessed, authors and container after normalising case, quotes and
   punctuation. Citations found: the splitter's span holds the labelled citation and no
   other, in the footnotes and in the whole documents (documents/*.txt, each read with the
   model of its publisher's fold). Flags: share of wrong fields flagged for review, and
   share of flags on right fields.
   --fresh PATH scores a set in citations-dev's format as a whole with the shipped model
   (no retraining, nothing tuned on it), e.g. benchmarks/data/citations-fresh.jsonl;
   --batch N keeps the lines of one batch (their `batch` field; lines without it are batch 1).
2. tests/fixtures/citations_corpus.toml and citations_heldout.toml (the project's own
   corpora, which the shipped model is trained on) and the HRW letter (never trained on:
   extraction of the whole document against data/…/dataset.toml, by position), every field
   compared exactly. Known misses count as misses here.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import re
import sys
import tempfile
import time
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_extractor as training
from claims.extract import (
    ParsedCitation,
    extract_document,
    labeller,
    parse_citation,
    split_footnote,
)
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


# --- citations-dev, leave one publisher out -----------------------------------------------

DEV_FIELDS = ("title", "url", "issued", "accessed", "authors", "container")


def _norm(value: str | None) -> str | None:
    if value is None:
        return None
    value = re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKC", value).lower())
    return " ".join(value.split()) or None


def _squash(text: str) -> str:
    return " ".join(text.split())


def dev_got(citation: ParsedCitation) -> dict[str, Any]:
    source = citation.source
    accessed = source.accessed.isoformat() if source.accessed else None
    if accessed and source.extra.get("accessed_precision") == "month":
        accessed = accessed[:7]
    elif accessed and source.extra.get("accessed_precision") == "year":
        accessed = accessed[:4]
    return {
        "title": _norm(source.title),
        "url": _norm(source.url),
        "issued": source.issued.iso() if source.issued else None,
        "accessed": accessed,
        "authors": [_norm(a.display()) for a in source.authors],
        "container": _norm(source.container),
    }


def dev_expected(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "title": _norm(row["title"]),
        "url": _norm(row["url"]),
        "issued": row["issued"],
        "accessed": row["accessed"],
        "authors": [_norm(a) for a in row["authors"]],
        "container": _norm(row["container"]),
    }


class DevScore:
    """Right fields, found citations and flag calibration, per publisher."""

    def __init__(self) -> None:
        self.right: dict[str, int] = defaultdict(int)
        self.total: dict[str, int] = defaultdict(int)
        self.by_field: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        self.found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        self.wrong_flagged = [0, 0]  # wrong fields flagged, wrong fields
        self.flag_right = [0, 0]  # flags on right fields, flags
        self.wrong_reviewed = [0, 0]  # wrong fields in citations that need review, wrong fields
        self.review_right = [0, 0]  # right fields in citations that need review, their fields
        self.risks: list[tuple[float, bool, bool]] = []  # found citations: risk, wrong, flagged
        self.misses: list[str] = []

    def score_footnotes(self, group: str, rows: list[dict[str, Any]]) -> None:
        notes: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for row in rows:
            notes[(row["source_document"], row["footnote_number"])].append(row)
        for cites in notes.values():
            footnote = cites[0]["footnote"]
            spans = [footnote[s:e] for s, e in split_footnote(footnote)]
            parsed: list[ParsedCitation] = []
            for span in spans:
                previous = parsed[-1].source if parsed else None
                parsed.append(parse_citation(span, previous=previous))
            raws = [_squash(c["raw"]) for c in cites]
            for row, raw in zip(cites, raws, strict=True):
                hit = [
                    k
                    for k, span in enumerate(spans)
                    if raw in _squash(span) and sum(r in _squash(span) for r in raws) == 1
                ]
                self.found[group][1] += 1
                citation = parsed[hit[0]] if hit else None
                if citation is not None:
                    self.found[group][0] += 1
                self._fields(group, row, citation)

    def _fields(self, group: str, row: Mapping[str, Any], citation: ParsedCitation | None) -> None:
        want = dev_expected(row)
        got = dev_got(citation) if citation is not None else {}
        unsure = set(citation.unsure_fields) if citation is not None else set()
        for name in DEV_FIELDS:
            ok = got.get(name, "<not found>") == want[name]
            self.total[group] += 1
            self.right[group] += ok
            self.by_field[name][0] += ok
            self.by_field[name][1] += 1
            flagged = name in unsure or citation is None
            if citation is not None:
                risk = dict(citation.field_risk).get(name, 1.0 if flagged else 0.0)
                self.risks.append((risk, not ok, flagged))
            reviewed = citation is None or citation.needs_review
            if reviewed:
                self.review_right[1] += 1
                self.review_right[0] += ok
            if not ok:
                self.wrong_reviewed[1] += 1
                self.wrong_reviewed[0] += reviewed
                self.wrong_flagged[1] += 1
                self.wrong_flagged[0] += flagged
                self.misses.append(
                    f"{group[:24]} #{row['footnote_number']} {name}: expected {want[name]!r}, "
                    f"got {got.get(name)!r}{' (flagged)' if flagged else ''}"
                )
            if flagged:
                self.flag_right[1] += 1
                self.flag_right[0] += ok

    def accuracy(self, group: str) -> float:
        return self.right[group] / self.total[group] if self.total[group] else 1.0


def _doc_groups(rows: list[dict[str, Any]]) -> dict[str, list[Path]]:
    out: dict[str, list[Path]] = defaultdict(list)
    for meta_path in sorted((training.DEV / "documents").glob("*.json")):
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        lines = [n for f in meta["footnotes"] for n in f["citation_lines"]]
        if lines:
            out[rows[lines[0] - 1]["publisher_of_document"]].append(meta_path)
    return out


def score_documents(score: DevScore, rows: list[dict[str, Any]], paths: Iterable[Path]) -> None:
    for meta_path in paths:
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        text = meta_path.with_suffix(".txt").read_text(encoding="utf-8")
        extraction = extract_document(text)
        by_number: dict[str, list[str]] = defaultdict(list)
        for note in extraction.footnotes:
            by_number[str(note.number)].extend(_squash(c.raw) for c in note.citations)
        key = "documents: " + meta["file"]
        for note in meta["footnotes"]:
            raws = [_squash(rows[n - 1]["raw"]) for n in note["citation_lines"]]
            spans = by_number.get(note["number"], [])
            for raw in raws:
                score.found[key][1] += 1
                if any(raw in s and sum(r in s for r in raws) == 1 for s in spans):
                    score.found[key][0] += 1


def lopo(rules_only: bool) -> tuple[DevScore, dict[str, int], float]:
    rows = training.dev_rows()
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[row["publisher_of_document"]].append(row)
    documents = _doc_groups(rows)
    own = training.own_examples()
    score = DevScore()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for group, held_out in groups.items():
            model: labeller.Labeller | None = None
            if not rules_only:
                path = Path(tmp) / "fold.crfsuite"
                others = [r for r in rows if r["publisher_of_document"] != group]
                training.train(training.dev_examples(others) + own, path)
                model = labeller.Labeller(str(path))
            with labeller.using(model):
                score.score_footnotes(group, held_out)
                score_documents(score, rows, documents.get(group, []))
    return score, {g: len(r) for g, r in groups.items()}, time.perf_counter() - started


def fresh(
    path: Path, rules_only: bool, batch: int | None = None
) -> tuple[DevScore, dict[str, int], float]:
    """A held-out set scored as a whole: the shipped model, no training on it."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if batch is not None:
        rows = [r for r in rows if r.get("batch", 1) == batch]
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[row["publisher_of_document"]].append(row)
    score = DevScore()
    started = time.perf_counter()
    with contextlib.ExitStack() as stack:
        if rules_only:
            stack.enter_context(labeller.using(None))
        for group, held_out in groups.items():
            score.score_footnotes(group, held_out)
    return score, {g: len(r) for g, r in groups.items()}, time.perf_counter() - started


def print_lopo(
    score: DevScore, sizes: dict[str, int], took: float, rules_only: bool, title: str = ""
) -> None:
    what = "rules only" if rules_only else "labeller retrained per fold"
    if title:
        what = "rules only" if rules_only else "shipped model, not trained or tuned on it"
        print(f"{title} ({what}; {took:.0f} s)")
    else:
        print(f"citations-dev, leave one publisher out ({what}; {took:.0f} s)")
    print(f"{'publisher of document':<52}{'cites':>6}{'fields':>9}{'found':>9}")
    accuracies = []
    for group in sorted(sizes, key=score.accuracy):
        accuracies.append(score.accuracy(group))
        found, total = score.found[group]
        print(f"{group[:50]:<52}{sizes[group]:>6}{score.accuracy(group):>8.1%}{found:>5}/{total}")
    right = sum(score.right.values())
    total = sum(score.total.values())
    print(f"{'mean of publishers':<58}{sum(accuracies) / len(accuracies):>8.1%}")
    print(f"{'worst publisher':<58}{min(accuracies):>8.1%}")
    print(f"{'all fields (micro)':<58}{right / total:>8.1%}")
    for name in DEV_FIELDS:
        ok, n = score.by_field[name]
        print(f"  {name:<56}{ok / n:>8.1%}")
    notes = [v for k, v in score.found.items() if not k.startswith("documents: ")]
    docs = {k: v for k, v in score.found.items() if k.startswith("documents: ")}
    found = sum(f for f, _ in notes), sum(t for _, t in notes)
    print(f"citations found in their footnotes: {found[0]}/{found[1]} ({found[0] / found[1]:.1%})")
    found = sum(f for f, _ in docs.values()), sum(t for _, t in docs.values())
    print(
        f"citations found in the whole documents: {found[0]}/{found[1]} "
        f"({found[0] / max(found[1], 1):.1%})"
    )
    for key, (f, t) in sorted(docs.items()):
        print(f"  {key[len('documents: ') :]:<56}{f:>4}/{t}")
    wf, w = score.wrong_flagged
    fr, fl = score.flag_right
    print(
        f"fields flagged (unsure_fields): wrong fields flagged {wf}/{w} ({wf / max(w, 1):.1%}); "
        f"flags on right fields {fr}/{fl} ({fr / max(fl, 1):.1%})"
    )
    found_wrong = [r for r in score.risks if r[1]]
    found_flags = [r for r in score.risks if r[2]]
    fw = sum(1 for r in found_wrong if r[2])
    fr = sum(1 for r in found_flags if not r[1])
    print(
        f"  among found citations: wrong fields flagged {fw}/{len(found_wrong)} "
        f"({fw / max(len(found_wrong), 1):.1%}); flags on right fields {fr}/{len(found_flags)} "
        f"({fr / max(len(found_flags), 1):.1%})"
    )
    if any(r[0] not in (0.0, 1.0) for r in score.risks):
        cells = []
        for t in (0.1, 0.2, 0.34, 0.5):
            flagged = [r for r in score.risks if r[0] >= t]
            hit = sum(1 for r in flagged if r[1])
            on_right = (len(flagged) - hit) / max(len(flagged), 1)
            cells.append(f"{t:.2f}: {hit / max(len(found_wrong), 1):.0%}/{on_right:.0%}")
        print("  risk threshold trade-off (wrong flagged / flags on right): " + ", ".join(cells))
    wr, w = score.wrong_reviewed
    rr, rl = score.review_right
    print(
        f"citations needing review: wrong fields in them {wr}/{w} ({wr / max(w, 1):.1%}); "
        f"right fields in them {rr}/{rl} ({rr / max(rl, 1):.1%})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list every field that differs")
    parser.add_argument("--no-lopo", action="store_true", help="skip citations-dev")
    parser.add_argument("--rules-only", action="store_true", help="citations-dev without model")
    parser.add_argument("--fresh", type=Path, help="score this held-out set as a whole")
    parser.add_argument("--batch", type=int, help="with --fresh: only the lines of this batch")
    args = parser.parse_args()
    if args.fresh:
        score, sizes, took = fresh(args.fresh, args.rules_only, args.batch)
        what = f"held-out set {args.fresh}" + (f", batch {args.batch}" if args.batch else "")
        print_lopo(score, sizes, took, args.rules_only, title=what)
        if args.misses:
            print("\n".join(score.misses))
        return
    if not args.no_lopo:
        dev, sizes, took = lopo(args.rules_only)
        print_lopo(dev, sizes, took, args.rules_only)
        if args.misses:
            print("\n".join(dev.misses))
        print()

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
