"""Uncited claims proposed: checkable sentences that cite nothing; accept, reject, not again."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import Cli

from claims.extract import extract_document
from claims.extract.proposals import propose_uncited, score_sentence

TEXT = (
    "Dear Ms. Doe:\n"
    "In May 2016, the Ministry of Public Security enlisted Sina Weibo to hunt rumors. "
    "We urge you to reconsider your plans for the country. "
    "Will the company publish its data? "
    "It was created in 2009 by Arash Payan, a developer in Los Angeles.[1]\n"
    "The police detained 12 activists, a spokesman said.\n"
    "Notes\n"
    '1. Jane Smith, "A Title," Reuters, May 1, 2016, http://example.org/a.\n'
)


def test_checkable_sentences_score_high_requests_and_questions_low() -> None:
    fact, reasons = score_sentence("In 2014, Microsoft announced that it would open .NET.")
    assert fact >= 0.5
    assert any(r.startswith("a date") for r in reasons)
    assert score_sentence("We urge you to reconsider your plans for the country.")[0] < 0.3
    assert score_sentence("Will the company publish its data about China in 2016?")[0] < 0.3


def test_proposals_leave_out_cited_sentences_requests_and_notes() -> None:
    extraction = extract_document(TEXT)
    assert len(extraction.claims) == 1
    quotes = [p.quote for p in propose_uncited(TEXT, extraction)]
    assert quotes == [
        "In May 2016, the Ministry of Public Security enlisted Sina Weibo to hunt rumors.",
        "The police detained 12 activists, a spokesman said.",
    ]
    for p in propose_uncited(TEXT, extraction):
        assert TEXT[p.start : p.end] == p.quote
        assert 0 < p.score <= 1
        assert p.reason


def test_save_accept_reject_and_never_again(cli: Cli, tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(TEXT, encoding="utf-8")
    out = json.loads(cli("extract", str(doc), "--json").stdout)
    assert len(out["proposals"]) == 2
    assert {"quote", "start", "end", "score", "reason"} == set(out["proposals"][0])
    saved = cli("extract", str(doc), "--save", "--key", "d", "--json")
    assert saved.exit_code == 0, saved.stderr
    listed = json.loads(cli("list", "--status", "needs-source", "--json").stdout)
    keys = sorted(c["key"] for c in listed)
    assert len(keys) == 2
    assert all(k.startswith("d-u") for k in keys)
    assert all(c["proposed"] for c in listed)
    table = cli("list", "--status", "needs-source", "--format", "tsv").stdout
    assert table.count("needs-source proposed") == 2
    assert "claims proposals accept|reject" in cli("show", keys[1]).stdout
    assert json.loads(cli("show", keys[1], "--json").stdout)["proposed"] is True
    rejected = cli("proposals", "reject", keys[0], "--by", "ana", "--json")
    assert rejected.exit_code == 0, rejected.stderr
    assert json.loads(rejected.stdout)["decision"] == "rejected"
    accepted = cli("proposals", "accept", keys[1])
    assert accepted.exit_code == 0, accepted.stderr
    again = cli("proposals", "accept", keys[1])
    assert again.exit_code == 2
    assert "not a proposal" in again.stderr
    resaved = cli("extract", str(doc), "--save", "--key", "d", "--json")
    assert resaved.exit_code == 0, resaved.stderr
    assert [p["quote"] for p in json.loads(resaved.stdout)["proposals"]] == [
        "The police detained 12 activists, a spokesman said."
    ]
    listed = json.loads(cli("list", "--status", "needs-source", "--json").stdout)
    assert [c["key"] for c in listed] == [keys[1]]  # rejected stays out, accepted stays in
    assert listed[0]["proposed"] is False
    assert "proposals accept" not in cli("show", keys[1]).stdout
    missing = cli("proposals", "reject", "nope")
    assert missing.exit_code == 2
    assert missing.stderr.startswith("error: no claim 'nope'")
