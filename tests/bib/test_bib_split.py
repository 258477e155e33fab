"""The quick splitter of .bib text gives what bibtexparser's own splitter gives, or nothing."""

from __future__ import annotations

import logging

import pytest
from bib_support import FIXTURES, REALWORLD, source_lists
from bibtexparser.entrypoint import parse_string
from bibtexparser.model import DuplicateBlockKeyBlock, Entry, ExplicitComment, ImplicitComment
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.bib.bibtex import ExportItem, format_bibliography
from claims.bib.common import Dialect
from claims.bib.latex import decode_text
from claims.bib.reader import BlockReader, chunks_of, field_lines, split_entries
from claims.records import Contributor, SourceKind, SourceRecord

Split = tuple[int, str, str, list[tuple[str, str]], list[int]]


def _library_split(text: str) -> list[Split] | None:
    """bibtexparser's entries, or None if it found anything but entries and comments."""
    logger = logging.getLogger("bibtexparser")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        blocks = parse_string(text, parse_stack=[]).blocks
    finally:
        logger.setLevel(level)
    out: list[Split] = []
    for found in blocks:
        if isinstance(found, ImplicitComment | ExplicitComment):
            continue
        block = found
        if isinstance(found, DuplicateBlockKeyBlock) and not found.key.strip():
            block = found.ignore_error_block  # keyless entries: not duplicates to the reader
        if type(block) is not Entry:
            return None
        fields = [(f.key, f.value) for f in block.fields]
        lines = [f.start_line for f in block.fields]
        out.append((block.start_line, block.entry_type, block.key, fields, lines))
    return out


def _quick_split(text: str) -> list[Split] | None:
    entries = split_entries(text)
    if entries is None:
        return None
    return [(e.line, e.entry_type, e.key, e.fields, field_lines(text, e)) for e in entries]


def _agrees(text: str) -> bool:
    """The quick split equals bibtexparser's wherever it gives one; True if it did."""
    quick = _quick_split(text)
    if quick is not None:
        assert quick == _library_split(text), text
    return quick is not None


# the characters bibtexparser's splitter treats apart, and some it does not
_MARKS = [*'{}"\\,=@#()\n\t %a1é', "@article{", "@misc(", "\\\n", '{"}', "\\{", "\\}"]
# drawn as bytes, each picking a mark: one draw per run of marks, not one per mark (drawing
# was nearly all of these tests' time)
_TEXT = st.binary(max_size=12).map(lambda b: "".join([_MARKS[x % len(_MARKS)] for x in b]))


@st.composite
def _balanced(draw: st.DrawFn, depth: int = 0) -> str:
    parts = draw(st.lists(_TEXT | st.sampled_from(["x", "Müller", "{\\'e}", "\\&"]), max_size=4))
    if depth < 5 and draw(st.booleans()):
        # anywhere among the parts (one draw, where a permutation of them took several)
        parts.insert(draw(st.integers(0, len(parts))), draw(_balanced(depth + 1)))
    return "{" + "".join(parts) + "}"


_PART = st.one_of(
    _balanced(),
    _TEXT.map(lambda t: '"' + t + '"'),
    st.sampled_from(["2016", "jul", "CACM", "a-b", ""]),
)
_VALUE = st.lists(_PART, min_size=1, max_size=3).flatmap(
    lambda parts: st.sampled_from([" # ", "#", " ", ""]).map(lambda sep: sep.join(parts))
)
_SPACE = st.sampled_from(["", " ", "\n", "\t", "  \n\t", "\r\n"])
_NAME = st.sampled_from(["title", "Author", "url", "my field", "a+b", "", "x=y", "note"])


@st.composite
def _entry(draw: st.DrawFn) -> str:
    # the usual form most often, so that many files are split quickly and compared
    kind = draw(st.sampled_from(["article", "Misc", "online", "comment", "string", "", "x y"]))
    opening = draw(st.sampled_from(["{"] * 5 + ["("]))
    key = draw(st.sampled_from(["k1", "k2", "k3", "", "a b", "k,", "k{"]) | _TEXT)
    fields = draw(
        st.lists(
            st.tuples(_SPACE, _NAME, _SPACE, _VALUE, _SPACE).map(
                lambda f: f"{f[0]}{f[1]}{f[2]}={f[2]}{f[3]}{f[4]}"
            ),
            max_size=4,
        )
    )
    body = ",".join(fields) + draw(st.sampled_from(["", "", ",", ",\n", ", ,"]))
    closing = draw(st.sampled_from(["}"] * 5 + [")", ""]))
    return f"@{kind}{draw(_SPACE)}{opening}{key},{body}{draw(_SPACE)}{closing}"


_FILES = st.lists(st.tuples(_TEXT | _SPACE, _entry()).map("".join), min_size=1, max_size=5).map(
    "\n".join
)


# 250: 500 took 50–75 s on a loaded two-core machine, once past the 120 s timeout
@settings(max_examples=250)
@given(_FILES)
def test_the_quick_split_is_bibtexparsers_or_none(text: str) -> None:
    _agrees(text)


@given(source_lists(), st.sampled_from(Dialect), st.booleans())
def test_exported_files_split_quickly(
    records: list[SourceRecord], dialect: Dialect, ascii: bool
) -> None:
    text = format_bibliography([ExportItem(r) for r in records], dialect, ascii=ascii)
    assert _agrees(text)


@pytest.mark.parametrize("ascii", [False, True])
def test_an_at_sign_before_a_brace_starts_no_entry(ascii: bool) -> None:
    # hypothesis found "@À" (ASCII: "@{\\`A}"): bibtexparser starts an entry at "@{"
    record = SourceRecord(
        key="key0", kind=SourceKind.NEWS_ARTICLE, contributors=(Contributor(family="@À"),)
    )
    text = format_bibliography([ExportItem(record)], Dialect.BIBTEX, ascii=ascii)
    assert _agrees(text)
    (entry,) = [b for b in parse_string(text).blocks if isinstance(b, Entry)]
    assert decode_text(entry.fields_dict["author"].value) == "@À"


def test_usual_forms_split_quickly() -> None:
    text = (
        "% a comment\n@Article{a,\n  title = {{T}he \\{x\\} {\\'e}},\n"
        '  journal = "J. @ home" # { and } # CACM,\n  year = 2016,\n  month=jul}\n'
        "@comment{jabref-meta: {x}}\n@misc{,\n title={a, b = c}\n}\n@misc{,}\n"
    )
    assert _agrees(text)
    assert [e.key for e in split_entries(text) or []] == ["a", "", ""]


@pytest.mark.parametrize(
    "text",
    [
        "@string{cacm = {CACM}}\n@misc{a, title = {x}}",
        "@preamble{{x}}",
        "@misc(a, title = {x})",
        "@misc{a, title = {x}}\n@misc{a, title = {y}}",  # a duplicate key
        "@misc{a, title = {x}, title = {y}}",  # a duplicate field
        "@misc{a, title = {x}\n@misc{b, title = {y}}",  # no closing brace
        "@misc{a, title = {x\n@misc{b, title = {y}}}}",  # a block start in a value
        "@misc{a, title = {x}, note = {a \\\n b}}",  # a line end bibtexparser does not count
    ],
)
def test_other_forms_are_left_to_bibtexparser(text: str) -> None:
    assert split_entries(text) is None


@pytest.mark.parametrize("size", [1, 7, 200])
def test_files_read_the_same_either_way(size: int) -> None:
    files = [*FIXTURES.glob("*.bib"), *REALWORLD.glob("*.bib")]
    assert len(files) >= 3
    for path in files:
        lines = [line + "\n" for line in path.read_text(encoding="utf-8-sig").split("\n")]
        for track_keys in (True, False):
            quick = BlockReader(track_keys=track_keys).read(chunks_of(lines, size))
            library = BlockReader(track_keys=track_keys, split_fast=False).read(
                chunks_of(lines, size)
            )
            assert list(quick) == list(library), path
