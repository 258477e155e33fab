"""claims.bib.latex against pylatexenc (bibtexparser's own dependency) on the same texts.

Prints, for N random texts full of LaTeX specials, ligature pairs, accents and CJK: the time
to encode (and to decode our encoding), and how often each encoder breaks a guarantee of
docs/bib.md: braces that do not balance when counted as BibTeX and biber count them (without
regard to backslashes), math mode entered (an unescaped ``$`` or ``\\ensuremath``).

Usage: python benchmarks/bib_latex_bench.py [--texts 3000]
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import random
import re
import time
from collections.abc import Callable

from pylatexenc.latex2text import LatexNodes2Text
from pylatexenc.latexencode import UnicodeToLatexEncoder

from claims.bib.latex import decode_text, encode_text

PIECES = [
    *"abcdefghij ABC",
    *"\\{}%$#&_~^`'\"-,.!?<>| \u00a0’“”–—",
    "--",
    "''",
    "Müller",
    "Łódź",
    "ß",
    "ệ",
    "中文",
    "$x$",
    "\\textbf{x}",
]


def unbalanced(text: str) -> bool:
    depth = 0
    for c in text:
        depth += (c == "{") - (c == "}")
        if depth < 0:
            return True
    return depth != 0


def math(text: str) -> bool:
    return bool(re.search(r"(?<!\\)\$|\\ensuremath|\\\(", text))


def timed(fn: Callable[[str], str], texts: list[str]) -> tuple[list[str], float]:
    start = time.perf_counter()
    out = [fn(t) for t in texts]
    return out, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=3000)
    args = parser.parse_args()
    logging.getLogger("pylatexenc").setLevel(logging.ERROR)  # one warning per CJK character
    rng = random.Random(7)
    texts = [
        "".join(rng.choice(PIECES) for _ in range(rng.randrange(5, 40))) for _ in range(args.texts)
    ]
    encoder = UnicodeToLatexEncoder(non_ascii_only=False, unknown_char_policy="keep")
    decoder = LatexNodes2Text(math_mode="verbatim")

    ours, ours_s = timed(lambda t: encode_text(t, ascii=True), texts)
    theirs, theirs_s = timed(encoder.unicode_to_latex, texts)
    print(f"latex encoding: {len(texts):,} texts, {dt.date.today()}")
    print(f"  encode   claims {ours_s:6.2f} s   pylatexenc {theirs_s:6.2f} s")
    for name, bad in (("unbalanced braces", unbalanced), ("math mode", math)):
        print(
            f"  {name:18} claims {sum(map(bad, ours)):5}   pylatexenc {sum(map(bad, theirs)):5}"
            f"   (of {len(texts):,})"
        )
    _, ours_d = timed(decode_text, ours)
    _, theirs_d = timed(decoder.latex_to_text, ours)
    print(f"  decode (our encoding)   claims {ours_d:6.2f} s   pylatexenc {theirs_d:6.2f} s")


if __name__ == "__main__":
    main()
