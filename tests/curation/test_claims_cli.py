"""``claims claims add | delete | history``: claims by their words (SQLite and PostgreSQL)."""

from __future__ import annotations

from tests.conftest import Cli, ok_json
from tests.curation.conftest import LETTER

DOC = "hrw-2016-07-18-facebook-china"


def test_add_by_quote_computes_the_anchor_and_survives_load(loaded: Cli) -> None:
    added = ok_json(
        loaded, "claims", "add", DOC, "--quote", "Facebook", "--occurrence", "3",
        "--statement", "Facebook is named", "--cites", "douChinaEmbedInternet2015@5",
        "--by", "ana",
    )  # fmt: skip
    key = added["key"]
    assert key == f"{DOC}-c1"
    shown = ok_json(loaded, "show", key)
    assert (shown["start"], shown["end"], shown["quote"]) == (663, 671, "Facebook")
    assert len(shown["prefix"]) == 32
    assert shown["sources"] == ["douChinaEmbedInternet2015"]
    assert shown["footnotes"] == [5]
    assert shown["status"] == "unverified"
    assert loaded("load", str(LETTER)).exit_code == 0  # the dataset does not drop it
    assert ok_json(loaded, "show", key)["quote"] == "Facebook"
    history = ok_json(loaded, "claims", "history", key)
    assert [(e["action"], e["by"]) for e in history] == [("add", "ana")]


def test_a_claim_citing_nothing_needs_a_source(loaded: Cli) -> None:
    added = ok_json(loaded, "claims", "add", DOC, "--quote", "Facebook", "--occurrence", "1")
    assert ok_json(loaded, "show", added["key"])["status"] == "needs-source"


def test_absent_and_ambiguous_quotes_are_refused_naming_where(loaded: Cli) -> None:
    before = ok_json(loaded, "list")
    result = loaded("claims", "add", DOC, "--quote", "Facebook")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: the quote occurs 35 times in")
    assert "(at offsets 131, 176, 663, 726, 767, …)" in result.stderr
    result = loaded("claims", "add", DOC, "--quote", "no such words anywhere")
    assert result.exit_code == 2
    assert "error: the quote is not in the text of" in result.stderr
    result = loaded("claims", "add", DOC, "--quote", "FACEBOOK   INVESTOR")
    assert result.exit_code == 2
    assert "written differently, are at offset" in result.stderr
    result = loaded("claims", "add", DOC, "--quote", "Facebook", "--occurrence", "99")
    assert result.exit_code == 2
    result = loaded("claims", "add", DOC, "--quote", "Facebook", "--occurrence", "1",
                    "--cites", "noSuchSource")  # fmt: skip
    assert result.exit_code == 2
    assert "no source with key 'noSuchSource'" in result.stderr
    assert loaded("claims", "add", "no-doc", "--quote", "x").exit_code == 2
    assert ok_json(loaded, "list") == before


def test_delete_refuses_a_claim_with_a_trail(loaded: Cli) -> None:
    claim = "pu-zhiqiang-conviction-2015"
    assert loaded("verify", claim, "--verdict", "verified", "--by", "ana").exit_code == 0
    result = loaded("claims", "delete", claim)
    assert result.exit_code == 2
    assert "has a verification trail" in result.stderr
    added = ok_json(loaded, "claims", "add", DOC, "--quote", "Facebook", "--occurrence", "2")
    assert loaded("claims", "delete", added["key"], "--by", "ana").exit_code == 0
    assert loaded("show", added["key"]).exit_code == 2
    actions = [e["action"] for e in ok_json(loaded, "claims", "history", added["key"])]
    assert actions == ["add", "delete"]
