"""Extraction on adversarial text: every stage must be linear or bounded (issue 18.7).

Runs ``extract_document`` on hostile inputs (long tokens, runs of dots, quotes, brackets,
URLs made of dots) at several sizes up to 100 KB, each in a child process limited to a CPU
budget, and prints the CPU seconds per size and the growth from the smallest to the largest
size (a linear stage grows about 8x from 12.5 KB to 100 KB; a quadratic one about 64x).
With ``--strict`` it exits 1 if any input passes the budget.

Usage: python benchmarks/extract_adversarial.py [--budget-s 10] [--sizes 12500,25000,50000,100000]
       [--cases NAME,NAME] [--strict]
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import time
from collections.abc import Callable

NOTE = "A claim.1\n\n1 "
CASES: dict[str, Callable[[int], str]] = {
    "url of dots": lambda n: "http://" + "a." * (n // 2),
    "url of dots in prose": lambda n: "See it. " + "http://" + "a." * (n // 2) + " Done.",
    "one long token": lambda n: "a" * n,
    "dots": lambda n: "." * n,
    "dot-space": lambda n: ". " * (n // 2),
    "initials": lambda n: "A. " * (n // 3),
    "abbreviations": lambda n: "Mr. " * (n // 4),
    "dotted word": lambda n: "U.S.A" * (n // 5) + ". Next",
    "dotted words": lambda n: "Aa.Bb. " * (n // 7),
    # 4,000-character lines of them, each ending a real sentence (the note window's size)
    "dotted lines": lambda n: ("U.S.A" * 800 + ". Next ") * (n // 4007),
    "dotted lines with digits": lambda n: ("U.S.A2014" * 444 + ". Next ") * (n // 4003),
    "dotted words then ends": lambda n: ("Aa.Bb. " * 570 + "End. Next ") * (n // 4000),
    "glued sentences": lambda n: "It is.So " * (n // 9),
    "straight quotes": lambda n: '"' * n,
    "curly quotes": lambda n: "“" * n,
    "quoted words": lambda n: '"a." ' * (n // 5),
    "opening brackets": lambda n: "(" * n,
    "closing brackets": lambda n: ")" * n,
    "url then brackets": lambda n: "http://x.org/" + ")" * n,
    "url then dots": lambda n: "http://x.org/" + "." * n,
    "square brackets": lambda n: "[" * (n // 2) + "]" * (n // 2),
    "footnote markers": lambda n: "Text.1 " * (n // 7),
    "many urls": lambda n: "http://a.b/c. " * (n // 14),
    # law reports' bracketed years (found by issue 12's batch 3; every year was rescanned)
    "bracketed years": lambda n: "A claim.1\n\n1 A v B " + "[2001] (2002) " * (n // 14),
    "sentence then note": lambda n: "A claim here.1 “Title.” http://x.org/a. " * (n // 40),
    # the shapes of the fourteenth session's batches, repeated
    # (one numbered note holds them, so the splitter and the parser read them)
    "agencies and semicolons": lambda n: NOTE + "Department of State; " * (n // 21),
    "inverted names and semicolons": lambda n: NOTE + "Vgl. Prinz, Claudia; " * (n // 21),
    "quoted stops then see also": lambda n: NOTE + "Sison, “Title.” See also: " * (n // 26),
    "code levels": lambda n: (
        NOTE + "Code of Federal Regulations, Title 2, A; Part 200, B; " * (n // 54)
    ),
    "letters in a run": lambda n: NOTE + "WLG to MWC, July 19, 1848, LWLG 3:568, " * (n // 39),
}


def _child(name: str, size: int, out: multiprocessing.Queue[float]) -> None:
    from claims.extract.document import extract_document

    text = CASES[name](size)
    started = time.process_time()
    extract_document(text)
    out.put(time.process_time() - started)


def measure(name: str, size: int, budget_s: float) -> float | None:
    """CPU seconds for one input, or None when it passed the budget (the child is ended)."""
    queue: multiprocessing.Queue[float] = multiprocessing.Queue()
    child = multiprocessing.Process(target=_child, args=(name, size, queue))
    child.start()
    # wall time bounds the wait; CPU time is what is reported
    child.join(budget_s * 3)
    if child.is_alive():
        child.kill()
        child.join()
        return None
    cpu = queue.get() if not queue.empty() else None
    return cpu if cpu is not None and cpu <= budget_s else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--budget-s", type=float, default=10.0, help="CPU seconds per input")
    parser.add_argument("--sizes", default="12500,25000,50000,100000")
    parser.add_argument("--cases", default="", help="comma-separated case names (default all)")
    parser.add_argument("--strict", action="store_true", help="exit 1 if any input is over")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    names = [c for c in args.cases.split(",") if c] or list(CASES)
    header = "".join(f"{s // 1000:>9}K" for s in sizes)
    print(f"{'input':<22}{header}   growth (CPU s; budget {args.budget_s:g} s per input)")
    over = 0
    for name in names:
        times: list[float | None] = []
        for size in sizes:
            cpu = measure(name, size, args.budget_s)
            times.append(cpu)
            if cpu is None:
                break  # larger sizes will not do better
        cells = "".join(f"{t:>10.3f}" if t is not None else f"{'>budget':>10}" for t in times)
        cells += "".join(f"{'-':>10}" for _ in range(len(sizes) - len(times)))
        first, last = times[0], times[-1]
        if len(times) == len(sizes) and first is not None and last is not None:
            growth = f"{last / max(first, 1e-3):.1f}x"
        else:
            growth = "over budget"
            over += 1
        print(f"{name:<22}{cells}   {growth}", flush=True)
    if over:
        print(f"{over} input(s) over the budget of {args.budget_s:g} CPU s")
    return 1 if over and args.strict else 0


if __name__ == "__main__":
    sys.exit(main())
