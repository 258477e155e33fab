"""The citation corpora: every citation parses to its expected fields (known misses aside)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest

from claims.extract import ParsedCitation, parse_citation, split_footnote
from claims.extract.evaluation import citation_fields, expected_fields

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
CORPUS = FIXTURES / "citations_corpus.toml"
HELDOUT = FIXTURES / "citations_heldout.toml"  # written after the parser; see docs/extract.md


def _notes(path: Path) -> list[dict[str, Any]]:
    with path.open("rb") as fh:
        notes: list[dict[str, Any]] = tomllib.load(fh)["note"]
    return notes


NOTES = _notes(CORPUS)
ALL_NOTES = NOTES + _notes(HELDOUT)


def parse_note(text: str) -> list[ParsedCitation]:
    out: list[ParsedCitation] = []
    for start, end in split_footnote(text):
        out.append(parse_citation(text[start:end], previous=out[-1].source if out else None))
    return out


def test_corpus_is_large_and_varied() -> None:
    cites = [c for n in NOTES for c in n["cite"]]
    assert len(cites) >= 60
    assert len({n["id"] for n in ALL_NOTES}) == len(ALL_NOTES)
    kinds = {c.get("kind", "other") for c in cites}
    assert {"news-article", "press-release", "report", "blog-post", "client-alert"} <= kinds
    assert {"legal-text", "letter", "web-page", "other"} <= kinds
    assert any("accessed" in c for c in cites)
    assert any(len(n["cite"]) > 1 for n in NOTES)


@pytest.mark.parametrize("note", ALL_NOTES, ids=[n["id"] for n in ALL_NOTES])
def test_corpus_note_parses_to_expected_fields(note: dict[str, Any]) -> None:
    parsed = parse_note(note["text"])
    assert len(parsed) == len(note["cite"])
    for expected_entry, citation in zip(note["cite"], parsed, strict=True):
        expected = expected_fields(expected_entry)
        got = citation_fields(citation)
        known = set(expected_entry.get("known_miss", []))
        wrong = {k: (v, got[k]) for k, v in expected.items() if k not in known and got[k] != v}
        assert wrong == {}
        # a known miss that starts passing should be taken off the list
        for name in known:
            assert got[name] != expected[name], f"{name} now parses: drop it from known_miss"


@pytest.mark.parametrize("note", ALL_NOTES, ids=[n["id"] for n in ALL_NOTES])
def test_corpus_raw_text_is_kept_and_offsets_point_at_it(note: dict[str, Any]) -> None:
    text = note["text"]
    for start, end in split_footnote(text):
        citation = parse_citation(text[start:end])
        assert citation.raw == text[start:end]
        assert citation.source.raw == citation.raw
        assert text[start:end][citation.start : citation.end] == citation.raw


def test_incomplete_citations_are_flagged_for_review_not_dropped() -> None:
    by_id = {n["id"]: n for n in NOTES}
    for note_id in ("ngo-report-unquoted-no-url", "ngo-interview-no-url", "comment-not-citation"):
        (citation,) = parse_note(by_id[note_id]["text"])
        assert citation.needs_review, note_id
        assert citation.raw == by_id[note_id]["text"]
    (comment,) = parse_note(by_id["comment-not-citation"]["text"])
    assert "not-a-citation" in comment.flags
