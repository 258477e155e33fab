"""Time extraction of a ~1 MB document, in both footnote layouts; prints time per 100 footnotes.

Usage: python benchmarks/extract_speed.py [--size-mb 1.0] [--repeat 3]

The document repeats prose sentences, each followed by a note drawn from the citation
corpus and made distinct (inline layout: glued to the sentence; numbered layout: a [n]
marker and the notes listed at the end).
"""

from __future__ import annotations

import argparse
import contextlib
import random
import time
import tomllib
from pathlib import Path

from claims.extract import Layout, extract_document, labeller

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "citations_corpus.toml"
SENTENCES = [
    "The authorities blocked the service for several days after the protests began.",
    "Journalists who reported on the outbreak were detained and questioned by police.",
    "The new law requires companies to store the personal data of users inside the country.",
    "Critics say the measure gives officials broad powers to censor peaceful expression.",
    "In 2019, the ministry ordered platforms to remove content it called “rumors.”",
]
FILLER = (
    "Netizens continued to share information despite the restrictions, and some moved to "
    "encrypted services that the government has found harder to monitor. "
)

# the worst case: one line of prose in which every sentence is glued to the next (a typo
# that looks like an inline note each time), and no notes at all
GLUED = (
    "The committee met in the capital and discussed the matter at length with officials."
    "Then they left without a statement, and the press was told nothing further about it. "
)


def _notes() -> list[str]:
    with CORPUS.open("rb") as fh:
        notes = tomllib.load(fh)["note"]
    # notes that carry a URL or a quoted title, as inline notes must
    return [n["text"] for n in notes if "http" in n["text"] and n["id"] != "comment-not-citation"]


def build(size: int, layout: Layout, seed: int = 7) -> tuple[str, int]:
    """A document of about ``size`` characters and the number of notes in it."""
    rng = random.Random(seed)
    notes = _notes()
    body: list[str] = ["Skip to main content\nDonate Now\n\n"]
    listed: list[str] = []
    length = 0
    count = 0
    while length < size:
        paragraph = [FILLER]
        for _ in range(rng.randint(1, 3)):
            count += 1
            sentence = rng.choice(SENTENCES)
            # every note distinct (its host), so no work is saved by seeing it before
            note = rng.choice(notes).replace("://", f"://n{count}.", 1)
            if layout is Layout.INLINE:
                paragraph.append(f"{sentence}{note} ")
            else:
                paragraph.append(f"{sentence}[{count}] ")
                listed.append(f"[{count}] {note}\n")
            length += len(sentence) + len(note) + 8
        paragraph.append(FILLER)
        length += 2 * len(FILLER)
        body.append("".join(paragraph).rstrip() + "\n\n")
    if listed:
        body.append("Notes\n")
        body.extend(listed)
    body.append("Your tax deductible gift can help.\nRegion / Country\n")
    return "".join(body), count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size-mb", type=float, default=1.0)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument(
        "--rules-only", action="store_true", help="without the trained labeller (for the ratio)"
    )
    args = parser.parse_args()
    with contextlib.ExitStack() as stack:
        if args.rules_only:
            stack.enter_context(labeller.using(None))
        run(args)


def run(args: argparse.Namespace) -> None:
    size = int(args.size_mb * 1_000_000)
    what = "rules only" if args.rules_only else "rules and labeller"
    print(f"extract speed ({what}): ~{args.size_mb:g} MB documents, best of {args.repeat}")
    for layout in (Layout.INLINE, Layout.NUMBERED):
        text, notes = build(size, layout)
        best = float("inf")
        for _ in range(args.repeat):
            started = time.perf_counter()
            extraction = extract_document(text)
            best = min(best, time.perf_counter() - started)
        found = len(extraction.footnotes)
        assert extraction.layout is layout, extraction.layout
        print(
            f"{layout.value:<9} {len(text) / 1e6:5.2f} MB  {notes:5d} notes ({found} found, "
            f"{len(extraction.citations)} citations)  {best:6.2f} s total  "
            f"{best / found * 100 * 1000:7.1f} ms per 100 footnotes"
        )
    text = GLUED * (size // len(GLUED))
    started = time.perf_counter()
    extraction = extract_document(text)
    elapsed = time.perf_counter() - started
    print(
        f"{'glued':<9} {len(text) / 1e6:5.2f} MB  one line, {text.count('.Then')} glued sentences, "
        f"no notes ({len(extraction.footnotes)} found)  {elapsed:6.2f} s total"
    )


if __name__ == "__main__":
    main()
