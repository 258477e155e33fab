"""A digest of everything extraction outputs, to prove a speed change changed no output.

Usage: python benchmarks/extract_golden.py [--write PATH]

Extracts the speed benchmark's documents (both layouts, 200 kB, and glued prose), the
letter, citations-dev's whole documents and every real footnote of citations-dev and
citations-fresh (split and parsed as ``claims extract`` does, each after the one before),
with the labeller and with the rules alone, and prints one SHA-256 over the full reprs of
the results (fields, flags, confidences, risks, the readers' evidence). Run it before and
after a change: the same digest means byte-identical output on all of them.
"""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract_speed
from claims.extract import Layout, extract_document, labeller, parse_citation, split_footnote
from claims.extract.results import Extraction, ParsedCitation

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "citations-dev"
FRESH = ROOT / "benchmarks" / "data" / "citations-fresh.jsonl"
LETTER = ROOT / "data" / "hrw-2016-07-18-facebook-china" / "letter.txt"


def _texts() -> Iterator[tuple[str, str]]:
    for layout in (Layout.INLINE, Layout.NUMBERED):
        yield layout.value, extract_speed.build(200_000, layout)[0]
    prose = (
        "The committee met in the capital and discussed the matter at length with officials."
        "Then they left without a statement, and the press was told nothing further about it. "
    )
    yield "glued", prose * 600
    yield "letter", LETTER.read_text(encoding="utf-8")
    for path in sorted((DEV / "documents").glob("*.txt")):
        yield path.name, path.read_text(encoding="utf-8")
    for path in (DEV / "citations.jsonl", FRESH):
        notes: list[str] = []
        for line in path.read_text(encoding="utf-8").splitlines():
            note = json.loads(line)["footnote"]
            if not notes or notes[-1] != note:
                notes.append(note)
        # each footnote alone, as a one-note numbered document
        for i, note in enumerate(notes):
            yield f"{path.name}:{i}", f"A claim is made here.[1]\n\nNotes\n[1] {note}\n"


def _dump(extraction: Extraction) -> str:
    parts = [repr(extraction)]
    for citation in extraction.citations:
        parts.append(repr(citation.evidence))
    return "\n".join(parts)


def _parse_note(note: str) -> str:
    out: list[ParsedCitation] = []
    for start, end in split_footnote(note):
        out.append(parse_citation(note[start:end], previous=out[-1].source if out else None))
    return "\n".join(f"{c!r} {c.evidence!r}" for c in out)


def digest(lines: list[str] | None = None) -> str:
    h = hashlib.sha256()
    for mode in ("labeller", "rules"):
        for name, text in _texts():
            with labeller.using(None) if mode == "rules" else contextlib.nullcontext():
                out = _dump(extract_document(text))
                if ":" in name:  # a real footnote: also as the accuracy benchmark parses it
                    out += "\n" + _parse_note(text.split("\nNotes\n[1] ", 1)[1][:-1])
            h.update(f"{mode}:{name}\n{out}\n".encode())
            if lines is not None:
                lines.append(f"{mode}:{name} {hashlib.sha256(out.encode()).hexdigest()[:16]}")
    return h.hexdigest()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", type=Path, help="also write one digest per text here")
    args = parser.parse_args()
    lines: list[str] = []
    print(digest(lines))
    if args.write:
        args.write.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
