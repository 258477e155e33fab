"""The speed benchmark's extraction alone, for instruction counts the machine's load does not move.

Run each step in a new process under callgrind and subtract ``none`` (start-up, the document
built, the model loaded and a first small extraction) from ``inline``, ``numbered`` or
``glued``:

    valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.STEP \\
        python benchmarks/extract_callgrind.py STEP --size 60000
    grep summary: /tmp/cg.STEP

Divide by the number of footnotes printed for instructions per footnote.
"""

from __future__ import annotations

import argparse

import extract_speed
from claims.extract import Layout, extract_document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=("none", "inline", "numbered", "glued"))
    parser.add_argument("--size", type=int, default=60_000)
    args = parser.parse_args()
    layout = Layout.NUMBERED if args.step == "numbered" else Layout.INLINE
    text, notes = extract_speed.build(args.size, layout)
    extract_document(text[:3000])  # the model and the patterns made ready in every step
    if args.step == "glued":  # the speed benchmark's worst case: glued prose, no notes
        text, notes = extract_speed.GLUED * (args.size // len(extract_speed.GLUED)), 0
    if args.step != "none":
        extraction = extract_document(text)
        print(f"{args.step}: {len(extraction.footnotes)} footnotes of {notes}")


if __name__ == "__main__":
    main()
