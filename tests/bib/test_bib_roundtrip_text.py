"""Export, read back, export again: the same bytes, for generated sources of every kind."""

from __future__ import annotations

from bib_support import source_lists
from hypothesis import given
from hypothesis import strategies as st

from claims.bib.bibtex import ExportItem, format_bibliography
from claims.bib.common import Dialect
from claims.bib.reader import parse_bibliography
from claims.records import SourceRecord


@given(source_lists(), st.sampled_from(Dialect), st.booleans())
def test_export_read_export_is_identical(
    records: list[SourceRecord], dialect: Dialect, ascii: bool
) -> None:
    first = format_bibliography([ExportItem(r) for r in records], dialect, ascii=ascii)
    parsed = parse_bibliography(first)
    assert parsed.failures == ()
    assert [e.record.key for e in parsed.entries] == [r.key for r in records]
    again = format_bibliography(
        [ExportItem(e.record) for e in parsed.entries], dialect, ascii=ascii
    )
    assert again == first


@given(source_lists(max_size=3))
def test_bibtex_output_always_reads_back(records: list[SourceRecord]) -> None:
    text = format_bibliography([ExportItem(r) for r in records], Dialect.BIBTEX)
    assert parse_bibliography(text).failures == ()
