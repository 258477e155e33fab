"""Any text and any quotes written as a dataset read back exactly (hypothesis)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st

from claims.dataset import read_dataset


def toml_string(value: str) -> str:
    """A TOML basic string for any text: escapes quotes, backslashes and control characters."""
    out = []
    for ch in value:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append(f"\\u{ord(ch):04X}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


# any Unicode but surrogates (not encodable as UTF-8), astral characters and CR LF included
characters = st.characters(exclude_categories=["Cs"])


@st.composite
def documents(draw: st.DrawFn) -> tuple[str, list[tuple[int, int]]]:
    text = draw(st.text(characters, min_size=1, max_size=200))
    spans = draw(
        st.lists(
            st.tuples(st.integers(0, len(text) - 1), st.integers(1, 40)),
            min_size=1,
            max_size=5,
        )
    )
    return text, [(start, min(len(text), start + length)) for start, length in spans]


@given(documents(), st.text(characters, min_size=1, max_size=40))
def test_quotes_and_statements_round_trip(
    document: tuple[str, list[tuple[int, int]]], statement: str
) -> None:
    text, spans = document
    assume(all(text[start:end].strip() for start, end in spans))  # blank quotes are refused
    lines = ["format = 1", "[document]", 'key = "d"', 'title = "T"', 'text = "t.txt"']
    for n, (start, end) in enumerate(spans):
        lines += [
            "[[claims]]",
            f'key = "c{n}"',
            f"statement = {toml_string(statement + str(n))}",
            f"quote = {toml_string(text[start:end])}",
            f"start = {start}",
            f"end = {end}",
        ]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "t.txt").write_bytes(text.encode("utf-8"))
        (folder / "dataset.toml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        dataset = read_dataset(folder)
    assert dataset.document.text == text
    assert [(c.start, c.end, c.quote) for c in dataset.claims] == [
        (start, end, text[start:end]) for start, end in spans
    ]
    assert dataset.claims[0].statement == statement + "0"
