"""Time reading, loading, reloading, browsing and linting a large synthetic dataset.

Usage: python benchmarks/dataset_load.py [--footnotes 2000] [--db sqlite:///bench.db]

A document of N sentences, each followed by a footnote citing one to three works (about 2N
sources), plus N claims without footnotes: 2N claims in all. Prints seconds per step.
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from claims.dataset import lint, list_claims, list_sources, load_dataset, read_dataset
from claims.dataset.dump import dump_dataset
from claims.db import Database

WORDS = ["government", "censorship", "internet", "platform", "police", "security", "law", "media"]


def _sentence(rng: random.Random, n: int) -> str:
    words = " ".join(rng.choice(WORDS) for _ in range(12))
    return f"Claim {n}: the {words} number {n}."


def build(folder: Path, footnotes: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    text_parts: list[str] = []
    toml = ['format = 1\n\n[document]\nkey = "bench"\ntitle = "Bench"\ntext = "text.txt"\n']
    sources: list[str] = []
    claims: list[str] = []
    offset = 0
    key_no = 0
    for n in range(1, footnotes + 1):
        sentence = _sentence(rng, n)
        keys = []
        citations = []
        for _ in range(rng.randint(1, 3)):
            key_no += 1
            key = f"author{key_no}Title{key_no}2016"
            url = f"https://example.org/2016/01/{1 + key_no % 28:02d}/story-{key_no}"
            citations.append(f'Ann Author{key_no}, "Title {key_no}," Daily, 2016, {url}')
            keys.append(key)
            sources.append(
                f'[[sources]]\nkey = "{key}"\nkind = "news-article"\ntitle = "Title {key_no}"\n'
                f'authors = [{{ family = "Author{key_no}", given = "Ann" }}]\n'
                f'container = "Daily"\nissued = "2016-01-{1 + key_no % 28:02d}"\nurl = "{url}"\n'
            )
        note = "; ".join(citations) + "."
        claims.append(
            f'[[claims]]\nkey = "claim-{n}"\nstatement = "Statement {n}."\n'
            f'quote = "{sentence}"\nstart = {offset}\nend = {offset + len(sentence)}\n'
            f"footnotes = [{n}]\n"
        )
        toml.append(
            f"[[footnotes]]\nnumber = {n}\nstart = {offset + len(sentence)}\n"
            f"end = {offset + len(sentence) + len(note)}\nsources = {keys!r}\n"
            f"text = '{note}'\n"
        )
        text_parts.append(sentence + note + " ")
        offset += len(sentence) + len(note) + 1
        plain = _sentence(rng, footnotes + n)
        claims.append(
            f'[[claims]]\nkey = "plain-{n}"\nstatement = "Plain {n}."\n'
            f'quote = "{plain}"\nstart = {offset}\nend = {offset + len(plain)}\n'
        )
        text_parts.append(plain + " ")
        offset += len(plain) + 1
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "text.txt").write_text("".join(text_parts), encoding="utf-8")
    (folder / "dataset.toml").write_text(
        "\n".join(toml) + "\n" + "\n".join(sources) + "\n" + "\n".join(claims), encoding="utf-8"
    )


def timed(label: str, action: Callable[[], Any]) -> Any:
    started = time.perf_counter()
    result = action()
    print(f"{label:<44} {time.perf_counter() - started:8.2f} s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--footnotes", type=int, default=2000)
    parser.add_argument("--db", default=None, help="database URL (default: a temporary SQLite)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "bench"
        build(folder, args.footnotes)
        url = args.db or f"sqlite:///{tmp}/bench.db"
        database = Database(url)
        dataset = timed("read and check dataset.toml", lambda: read_dataset(folder))
        print(
            f"  {len(dataset.footnotes)} footnotes, {len(dataset.sources)} sources, "
            f"{len(dataset.claims)} claims, {len(dataset.document.text):,} characters"
        )

        def load() -> Any:
            with database.session() as session:
                return load_dataset(session, dataset)

        timed("first load", load)
        result = timed("second load (nothing changes)", load)
        assert not result.changed
        toml = folder / "dataset.toml"
        toml.write_text(
            toml.read_text("utf-8").replace('statement = "Plain 1', 'statement = "Edited 1'),
            "utf-8",
        )
        edited = read_dataset(folder)

        def reload() -> Any:
            with database.session() as session:
                return load_dataset(session, edited)

        result = timed("load after editing some statements", reload)
        print(f"  {result.claims.updated} claims updated")
        with database.session() as session:
            timed("list claims", lambda: list_claims(session))
        with database.session() as session:
            timed("list sources", lambda: list_sources(session))
        with database.session() as session:
            report = timed("lint", lambda: lint(session))
            print(f"  {len(report.findings)} findings")
        dumped = Path(tmp) / "dumped"
        with database.session(readonly=True) as session:
            key = dataset.document.key
            timed("dump (claims dump)", lambda: dump_dataset(session, key, dumped))
        timed("read and check the dump", lambda: read_dataset(dumped))
        database.dispose()


if __name__ == "__main__":
    main()
