"""Fit the per-field review-flag model (src/claims/extract/flag_calibration.json).

Usage: PYTHONPATH=src python benchmarks/calibrate_flags.py [--write] [--readings PATH]

1. Out-of-fold readings of ../shared/citations-dev/: for each publisher the labeller is
   retrained on the others (as benchmarks/extract_accuracy.py does), that publisher's
   footnotes are split and parsed, and for each found citation and each scored field the
   model's features (claims.extract.calibration.features) and whether the field is wrong.
2. A logistic model (L2, Newton steps, pure Python) fitted by leave-one-publisher-out on
   those readings: every publisher's risks come from a model not fitted on it. The threshold
   is the one with the best F1 of "flagged" against "wrong" on these out-of-fold risks.
3. --write: the model fitted on all readings, with that threshold, is written for shipping.
Without --with-untuned nothing fitted here reads citations-fresh. The shipped model (since
2026-12-06) is `--with-untuned --threshold 0.25 --write`; its figures on unseen house styles
are the untuned batches' out-of-fold ones this prints (the whole fresh set is no longer
held out from the flags: its batches' first readings are in the fit).
--fresh PATH [--batch N] instead reads that set (or one batch of it) with the shipped parser,
labeller and flag model and reports the flags' trade-off on it; --save PATH keeps every
field's reading (features, risk, flag, got, expected) as JSON for later study.
--with-untuned adds to the citations-dev readings those saved when each citations-fresh batch
was first scored, before any change made from it (benchmarks/data/citations-fresh-batch*-
untuned.json): readings of house styles the parser had never seen, the case the flags are for.
Each batch is then one more group left out in turn, and the figures are given for both kinds
of reading.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import tempfile
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import train_extractor as training
from claims.extract import ParsedCitation, calibration, labeller, parse_citation, split_footnote
from extract_accuracy import DEV_FIELDS, _squash, dev_expected, dev_got
from logistic import solve

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "claims" / "extract" / calibration.CALIBRATION_FILE
L2 = 1.0

Reading = tuple[str, dict[str, float], int]  # publisher, features, wrong (0/1)


def readings_of(rows: list[dict[str, Any]], group: str) -> list[Reading]:
    return [(group, x, wrong) for _, _, _, x, wrong, _, _ in _field_readings(rows)]


FieldReading = tuple[
    dict[str, Any], ParsedCitation, str, dict[str, float], int, dict[str, Any], dict[str, Any]
]


def found_citations(
    rows: list[dict[str, Any]],
) -> Iterator[tuple[dict[str, Any], ParsedCitation, str]]:
    """Each labelled citation found by splitting its footnote: row, parse, its span's text."""
    notes: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        notes[(row["source_document"], row["footnote_number"])].append(row)
    for cites in notes.values():
        footnote = cites[0]["footnote"]
        spans = [footnote[s:e] for s, e in split_footnote(footnote)]
        parsed: list[ParsedCitation] = []
        for span in spans:
            parsed.append(parse_citation(span, previous=parsed[-1].source if parsed else None))
        raws = [_squash(c["raw"]) for c in cites]
        for row, raw in zip(cites, raws, strict=True):
            hit = [
                k
                for k, span in enumerate(spans)
                if raw in _squash(span) and sum(r in _squash(span) for r in raws) == 1
            ]
            if hit:  # a citation not found is flagged whole; the model is not asked
                yield row, parsed[hit[0]], spans[hit[0]].strip()


def _field_readings(rows: list[dict[str, Any]]) -> list[FieldReading]:
    """Per found citation and scored field: row, parse, field, features, wrong, got, want."""
    out: list[FieldReading] = []
    for row, citation, _ in found_citations(rows):
        got, want = dev_got(citation), dev_expected(row)
        for name in DEV_FIELDS:
            x = calibration.features(citation, name)
            out.append((row, citation, name, x, int(got[name] != want[name]), got, want))
    return out


def fresh_report(path: Path, batch: int | None, save: Path | None) -> None:
    """The shipped flags on a held-out set: wrong fields flagged, flags on right fields."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    if batch is not None:
        rows = [r for r in rows if r.get("batch", 1) == batch]
    readings = _field_readings(rows)
    scored = [(dict(c.field_risk).get(name, 0.0), wrong) for _, c, name, _, wrong, _, _ in readings]
    flagged = [(1.0 if name in c.unsure_fields else 0.0, w) for _, c, name, _, w, _, _ in readings]
    found = len({id(c) for _, c, _, _, _, _, _ in readings})
    wrong = sum(y for _, y in scored)
    print(
        f"{path}{f', batch {batch}' if batch else ''}: {len(rows)} citations, {found} found; "
        f"{len(scored)} fields of found citations, {wrong} wrong (shipped model and flags)"
    )
    recall, on_right, f1 = trade_off(flagged, 0.5)
    flags = sum(1 for p, _ in flagged if p)
    print(
        f"  as shipped (unsure_fields): wrong fields flagged {recall:.1%} "
        f"({sum(1 for p, y in flagged if p and y)}/{wrong}), flags on right fields "
        f"{on_right:.1%} (of {flags}), F1 {f1:.2f}"
    )
    print(f"{'threshold':>10}{'wrong flagged':>15}{'flags on right':>16}{'F1':>7}")
    for t in (0.05, 0.1, 0.2, 0.3, 0.5):
        recall, on_right, f1 = trade_off(scored, t)
        print(f"{t:>10.2f}{recall:>14.1%} {on_right:>15.1%} {f1:>6.2f}")
    if save:
        dump = [
            {
                "raw": row["raw"],
                "publisher": row["publisher_of_document"],
                "footnote_number": row["footnote_number"],
                "field": name,
                "wrong": wrong,
                "risk": dict(c.field_risk).get(name),
                "flagged": name in c.unsure_fields,
                "features": x,
                "got": got[name],
                "want": want[name],
            }
            for row, c, name, x, wrong, got, want in readings
        ]
        lines = ",\n".join(json.dumps(d, ensure_ascii=False) for d in dump)
        save.write_text(f"[\n{lines}\n]\n", encoding="utf-8")
        print(f"readings written to {save}")


def dev_folds() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """Each publisher of citations-dev and its rows, with the labeller retrained on the others
    active while the caller reads them."""
    rows = training.dev_rows()
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        groups[row["publisher_of_document"]].append(row)
    own = training.own_examples()
    with tempfile.TemporaryDirectory() as tmp:
        for group, held_out in groups.items():
            path = Path(tmp) / "fold.crfsuite"
            others = [r for r in rows if r["publisher_of_document"] != group]
            training.train(training.dev_examples(others) + own, path)
            with labeller.using(labeller.Labeller(str(path))):
                yield group, held_out


UNTUNED = ROOT / "benchmarks" / "data"


def untuned_readings() -> list[Reading]:
    """The readings saved when each citations-fresh batch was first scored, untuned."""
    out: list[Reading] = []
    for path in sorted(UNTUNED.glob("citations-fresh-batch*-untuned.json")):
        batch = path.name.removeprefix("citations-fresh-").removesuffix("-untuned.json")
        for d in json.loads(path.read_text(encoding="utf-8")):
            out.append((f"untuned {batch}", d["features"], int(d["wrong"])))
    return out


def dev_readings() -> list[Reading]:
    out: list[Reading] = []
    for group, held_out in dev_folds():
        out += readings_of(held_out, group)
    return out


# --- logistic regression -------------------------------------------------------------------


def fit(data: list[Reading]) -> dict[str, Any]:
    names = sorted({k for _, x, _ in data for k in x})
    rows = [[1.0] + [x.get(k, 0.0) for k in names] for _, x, _ in data]
    ys = [y for _, _, y in data]
    w = [0.0] * (len(names) + 1)
    for _ in range(25):
        grad = [0.0] * len(w)
        hess = [[0.0] * len(w) for _ in w]
        for x, y in zip(rows, ys, strict=True):
            z = sum(a * b for a, b in zip(w, x, strict=True))
            p = 1 / (1 + math.exp(-max(min(z, 40), -40)))
            g, h = p - y, p * (1 - p)
            for i, xi in enumerate(x):
                if xi:
                    grad[i] += g * xi
                    row = hess[i]
                    for j, xj in enumerate(x):
                        if xj:
                            row[j] += h * xi * xj
        for i in range(1, len(w)):  # the bias is not shrunk
            grad[i] += L2 * w[i]
            hess[i][i] += L2
        step = solve(hess, grad)
        w = [a - b for a, b in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return {"bias": w[0], "weights": dict(zip(names, w[1:], strict=True))}


def predict(model: dict[str, Any], x: dict[str, float]) -> float:
    z = model["bias"] + sum(model["weights"].get(k, 0.0) * v for k, v in x.items())
    return 1 / (1 + math.exp(-max(min(z, 40), -40)))


def out_of_fold(data: list[Reading]) -> list[tuple[float, int]]:
    return [(risk, y) for _, risk, y in out_of_fold_by_group(data)]


def out_of_fold_by_group(data: list[Reading]) -> list[tuple[str, float, int]]:
    out: list[tuple[str, float, int]] = []
    for group in sorted({g for g, _, _ in data}):
        model = fit([r for r in data if r[0] != group])
        out += [(g, predict(model, x), y) for g, x, y in data if g == group]
    return out


def trade_off(scored: list[tuple[float, int]], threshold: float) -> tuple[float, float, float]:
    """Recall of wrong fields, share of flags on right fields, F1."""
    flagged_wrong = sum(1 for p, y in scored if p >= threshold and y)
    flags = sum(1 for p, _ in scored if p >= threshold)
    wrong = sum(y for _, y in scored)
    recall = flagged_wrong / max(wrong, 1)
    precision = flagged_wrong / max(flags, 1)
    f1 = 2 * precision * recall / max(precision + recall, 1e-9)
    return recall, 1 - precision if flags else 0.0, f1


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="write the shipped model")
    parser.add_argument("--readings", type=Path, help="cache of out-of-fold readings (JSON)")
    parser.add_argument("--fresh", type=Path, help="report the shipped flags on this set")
    parser.add_argument("--batch", type=int, help="with --fresh: only the lines of this batch")
    parser.add_argument("--save", type=Path, help="with --fresh: write every field's reading")
    parser.add_argument(
        "--with-untuned", action="store_true", help="fit on the untuned batches' readings too"
    )
    parser.add_argument("--threshold", type=float, help="ship this threshold, not the best F1's")
    args = parser.parse_args()
    if args.fresh:
        fresh_report(args.fresh, args.batch, args.save)
        return
    if args.readings and args.readings.exists():
        data = [tuple(r) for r in json.loads(args.readings.read_text(encoding="utf-8"))]
    else:
        data = dev_readings()
        if args.readings:
            args.readings.write_text(json.dumps(data), encoding="utf-8")
    if args.with_untuned:
        data = data + untuned_readings()  # type: ignore[operator]
    by_group = out_of_fold_by_group(data)  # type: ignore[arg-type]
    scored = [(risk, y) for _, risk, y in by_group]
    kinds = {
        "citations-dev": [(r, y) for g, r, y in by_group if not g.startswith("untuned ")],
        "untuned batches": [(r, y) for g, r, y in by_group if g.startswith("untuned ")],
    }
    best = max((t / 100 for t in range(2, 96)), key=lambda t: trade_off(scored, t)[2])
    chosen = args.threshold if args.threshold is not None else best
    for kind, part in kinds.items():
        if not part:
            continue
        wrong = sum(y for _, y in part)
        print(
            f"{kind}, out-of-fold readings (each group left out in turn): {len(part)} fields, "
            f"{wrong} wrong"
        )
        print(f"{'threshold':>10}{'wrong flagged':>15}{'flags on right':>16}{'F1':>7}")
        for t in sorted({0.05, 0.1, 0.2, 0.25, 0.3, 0.5, best, chosen}):
            recall, on_right, f1 = trade_off(part, t)
            mark = "  <- best F1 over all readings" if t == best else ""
            mark += "  <- shipped" if t == chosen else ""
            print(f"{t:>10.2f}{recall:>14.1%} {on_right:>15.1%} {f1:>6.2f}{mark}")
    if args.write:
        model = fit(data) | {"threshold": chosen}  # type: ignore[arg-type]
        parts = []
        for kind, part in kinds.items():
            if part:
                recall, on_right, _ = trade_off(part, chosen)
                parts.append(
                    f"{kind} {len(part)} out-of-fold field readings: wrong fields flagged "
                    f"{recall:.1%}, flags on right {on_right:.1%}"
                )
        model["fitted_on"] = "; ".join(parts) + " (each group left out in turn)"
        OUT.write_text(json.dumps(model, indent=1, sort_keys=True) + "\n", encoding="utf-8")
        print(f"written {OUT}")


if __name__ == "__main__":
    main()
