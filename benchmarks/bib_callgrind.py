"""One step of bib_bench.py alone, for instruction counts that the machine's load does not move.

Run each step in a new process under callgrind and subtract the ``none`` step (start-up,
the file and database made ready) from ``import``, ``parse`` and ``export``, and ``prep``
(bibtexparser's entries built) from ``write``:

    valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.STEP \\
        python benchmarks/bib_callgrind.py STEP --sources 2000
    grep summary: /tmp/cg.STEP

The first run of a size writes the .bib file and the database it exports (not measured).
"""

from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

import bibtexparser
from bibtexparser.middlewares import default_unparse_stack

from bib_bench import bibtexparser_library, export, load, make_records
from claims.bib.bibtex import ExportItem, format_bibliography
from claims.bib.common import Dialect
from claims.db import Database

STEPS = ("none", "parse", "import", "export", "prep", "write")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("step", choices=STEPS)
    parser.add_argument("--sources", type=int, default=2000)
    parser.add_argument("--dir", type=Path, default=Path(tempfile.gettempdir()) / "bib-callgrind")
    args = parser.parse_args()
    args.dir.mkdir(parents=True, exist_ok=True)
    bib = args.dir / f"sources-{args.sources}.bib"
    held = args.dir / f"held-{args.sources}.db"
    if not bib.exists() or not held.exists():
        items = [ExportItem(r) for r in make_records(args.sources)]
        bib.write_text(format_bibliography(items, Dialect.BIBTEX), encoding="utf-8")
        held.unlink(missing_ok=True)
        made = Database(f"sqlite:///{held}")
        load(made, bib)
        made.dispose()
    text = bib.read_text(encoding="utf-8")
    fresh = args.dir / "fresh.db"
    fresh.unlink(missing_ok=True)
    target = Database(f"sqlite:///{fresh}")  # the schema is made here, in every step
    with target.session():
        pass
    source = Database(f"sqlite:///{held}")
    with source.session():
        pass
    if args.step == "parse":
        bibtexparser.parse_string(text)
    elif args.step == "import":
        load(target, bib)
    elif args.step == "export":
        export(source)
    elif args.step in ("prep", "write"):
        library = bibtexparser_library(make_records(args.sources))
        stack = default_unparse_stack(allow_inplace_modification=True)
        if args.step == "write":
            bibtexparser.write_string(library, unparse_stack=stack)
    target.dispose()
    source.dispose()


if __name__ == "__main__":
    main()
