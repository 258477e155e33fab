"""Extracting the HRW letter reproduces its curated dataset, field by field."""

from __future__ import annotations

import tomllib
from typing import Any

import pytest
from tests.conftest import LETTER_DATASET

from claims.extract import Extraction, Layout, extract_document
from claims.extract.evaluation import citation_fields, expected_fields

# compared exactly as the curated dataset records them (issue 4: "field for field")
LETTER_FIELDS = (
    "kind",
    "title",
    "authors",
    "container",
    "publisher",
    "issued",
    "issued_precision",
    "url",
    "accessed",
    "accessed_basis",
    "raw",
    "genre",
)


@pytest.fixture(scope="module")
def curated() -> dict[str, Any]:
    with (LETTER_DATASET / "dataset.toml").open("rb") as fh:
        return tomllib.load(fh)


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    text = (LETTER_DATASET / "letter.txt").read_text(encoding="utf-8")
    return extract_document(text)


def test_letter_has_the_curated_footnotes(curated: dict[str, Any], extraction: Extraction) -> None:
    assert extraction.layout is Layout.INLINE
    got = [(f.number, f.start, f.end, f.text) for f in extraction.footnotes]
    want = [(f["number"], f["start"], f["end"], f["text"]) for f in curated["footnotes"]]
    assert got == want


def test_letter_footnotes_cite_as_many_works_as_curated(
    curated: dict[str, Any], extraction: Extraction
) -> None:
    got = [len(f.citations) for f in extraction.footnotes]
    want = [len(f["sources"]) for f in curated["footnotes"]]
    assert got == want
    assert len(extraction.sources) == len(curated["sources"]) == 17


def _pairs(curated: dict[str, Any], extraction: Extraction) -> list[tuple[str, Any, Any]]:
    """(curated key, curated source, parsed citation), by position: keys are assigned apart."""
    by_key = {s["key"]: s for s in curated["sources"]}
    keys = [key for f in curated["footnotes"] for key in f["sources"]]
    return [
        (key, by_key[key], citation)
        for key, citation in zip(keys, extraction.citations, strict=True)
    ]


@pytest.mark.parametrize("field", LETTER_FIELDS)
def test_letter_sources_match_field_for_field(
    field: str, curated: dict[str, Any], extraction: Extraction
) -> None:
    wrong = []
    for key, source, citation in _pairs(curated, extraction):
        expected = expected_fields(source)
        got = citation_fields(citation)
        if field in expected and expected[field] != got[field]:
            wrong.append((key, expected[field], got[field]))
    assert wrong == []


def test_letter_sources_are_distinct_and_in_order_of_first_citation(
    curated: dict[str, Any], extraction: Extraction
) -> None:
    assert [s.url for s in extraction.sources] == [s["url"] for s in curated["sources"]]


def test_letter_flags_what_a_careful_reader_notices(extraction: Extraction) -> None:
    codes = [(w.code, w.footnote, w.position) for w in extraction.warnings]
    assert ("missing-opening-quote", 2, 1) in codes
    assert ("issued-differs-from-url", 3, 2) in codes  # one day
    assert ("issued-differs-from-url", 9, 1) in codes  # two days
    # the first footnote prints no date: flagged, and the citation is kept, not dropped
    first = extraction.footnotes[0].citations[0]
    assert first.needs_review
    # the second's title lacks its opening quote, so where the title starts is a guess
    second = extraction.footnotes[1].citations[0]
    assert "title" in second.unsure_fields
    assert extraction.needs_review == 2


def test_letter_chrome_is_ignored(extraction: Extraction) -> None:
    text = (LETTER_DATASET / "letter.txt").read_text(encoding="utf-8")
    chrome = [text[s.start : s.end] for s in extraction.chrome]
    assert chrome[:2] == ["Skip to main content", "Donate Now"]
    assert chrome[-1] == "Region / Country"
    assert any("tax deductible gift" in line for line in chrome)


def test_letter_claims_are_anchored_in_the_text(
    curated: dict[str, Any], extraction: Extraction
) -> None:
    text = (LETTER_DATASET / "letter.txt").read_text(encoding="utf-8")
    assert [c.footnote for c in extraction.claims] == list(range(1, 14))
    for claim in extraction.claims:
        assert text[claim.start : claim.end] == claim.quote
        assert text[: claim.start].endswith(claim.prefix)
        assert text[claim.end :].startswith(claim.suffix)
        assert len(claim.prefix) == len(claim.suffix) == 32
    # every footnoted claim the curators anchored lies within the sentence extraction found
    anchors = {c.footnote: c for c in extraction.claims}
    for claim in curated["claims"]:
        for number in claim.get("footnotes", []):
            found = anchors[number]
            assert found.start <= claim["start"], claim["key"]
            assert claim["end"] <= found.end, claim["key"]


def test_letter_source_keys_follow_the_bibliography_rule(curated: dict[str, Any]) -> None:
    from claims.bib.keys import assign_keys

    text = (LETTER_DATASET / "letter.txt").read_text(encoding="utf-8")
    extraction = extract_document(text, key_rule=assign_keys)
    assert [s.key for s in extraction.sources] == [s["key"] for s in curated["sources"]]
    assert [[c.source.key for c in f.citations] for f in extraction.footnotes] == [
        f["sources"] for f in curated["footnotes"]
    ]
