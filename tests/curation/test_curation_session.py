"""Issue 11's "done when", as a new user would do it, on a document in a house style that is not
the letter's (the White House's remarks of 14 July 2022: 25 endnotes printed "[n]").

Extract and save it, correct three citations, add two claims that cite nothing, merge a
duplicate source, save it again, import the project's own BibTeX export with
``--on-conflict update``: nothing corrected changes — compared as database content, field by
field, through every ``--json`` view a user has."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.conftest import SHARED_DIR, Cli, ok_json

DOCUMENT = (
    SHARED_DIR / "citations-dev" / "documents" / "whitehouse-deese-competition-agenda-remarks.txt"
)
KEY = "deese"
REMARKS = "whiteRemarksPresidentBiden2021"
REMARKS_URL = (
    "https://bidenwhitehouse.archives.gov/briefing-room/speeches-remarks/2021/07/09/"
    "remarks-by-president-biden-at-signing-of-an-executive-order-promoting-competition-"
    "in-the-american-economy/"
)

pytestmark = pytest.mark.skipif(not DOCUMENT.exists(), reason="needs ../shared/citations-dev")


def ok(cli: Cli, *args: str) -> str:
    result = cli(*args)
    assert result.exit_code == 0, (args, result.stderr)
    return result.stdout


def snapshot(cli: Cli) -> dict[str, Any]:
    """Everything a user can read about the database, as data."""
    sources = ok_json(cli, "sources", "list")
    claims = ok_json(cli, "list")
    return {
        "sources": sources,
        "source details": {s["key"]: ok_json(cli, "sources", "show", s["key"]) for s in sources},
        "claims": claims,
        "claim details": {c["key"]: ok_json(cli, "show", c["key"]) for c in claims},
        "footnotes": ok_json(cli, "footnotes", "list", KEY),
    }


def curate(cli: Cli) -> dict[str, Any]:
    """Extract and save the document, then correct, add and merge as a person would."""
    ok(cli, "extract", str(DOCUMENT), "--save", "--key", KEY)
    # three citations corrected
    ok(cli, "sources", "edit", "mortonReformingUS2020", "--set", "kind=report",
       "--set", "publisher=Washington Center for Equitable Growth", "--by", "ana",
       "--note", "checked the PDF")  # fmt: skip
    ok(cli, "sources", "edit", "goodwinBullyPulpitTheodore2013", "--set", "kind=other",
       "--set", "publisher=Simon & Schuster", "--unset", "container", "--by", "ana")  # fmt: skip
    ok(cli, "sources", "edit", "milkisTheodoreRooseveltDomestic", "--set", "kind=web-page",
       "--set", "container=Miller Center, University of Virginia", "--by", "ana")  # fmt: skip
    # two claims that cite nothing, added by their words
    order = "President Biden issued a landmark Executive Order on Competition."
    trusts = "Roosevelt confronted an economy with industry after industry dominated by trusts."
    ok(cli, "claims", "add", KEY, "--quote", order, "--by", "ana")
    ok(cli, "claims", "add", KEY, "--key", "deese-trusts", "--quote", trusts,
       "--statement", "Roosevelt faced trusts in every industry", "--by", "ana")  # fmt: skip
    # a duplicate source, cited, then merged into the one extraction found
    ok(cli, "sources", "add", "remarksDup", "--set", "kind=web-page", "--set",
       "title=Remarks by President Biden at Signing of an Executive Order Promoting "
       "Competition in the American Economy", "--set", f"url={REMARKS_URL}",
       "--set", "issued=2021-07-09", "--set", "accessed=2022-07-20", "--by", "ana")  # fmt: skip
    ok(cli, "claims", "edit", f"{KEY}-c1", "--cites", "remarksDup", "--by", "ana")
    ok(cli, "sources", "merge", REMARKS, "remarksDup", "--by", "ana")
    return snapshot(cli)


def test_nothing_corrected_changes(cli: Cli, tmp_path: Path) -> None:
    curated = curate(cli)
    # what the person did is there
    morton = curated["source details"]["mortonReformingUS2020"]
    assert (morton["kind"], morton["publisher"]) == (
        "report",
        "Washington Center for Equitable Growth",
    )
    assert "remarksDup" not in curated["source details"]
    remarks = curated["source details"][REMARKS]
    assert remarks["accessed"] == "2022-07-20"  # the merge filled what extraction lacked
    added = {c["key"]: c for c in curated["claims"] if c["key"].startswith(f"{KEY}-")}
    assert added[f"{KEY}-c1"]["sources"] == [REMARKS]
    assert added["deese-trusts"]["status"] == "needs-source"

    # saving the extraction again changes nothing
    again = cli("extract", str(DOCUMENT), "--save", "--key", KEY)
    assert again.exit_code == 0, again.stderr
    assert snapshot(cli) == curated

    # nor does the project's own BibTeX export read back with --on-conflict update
    bib = tmp_path / "deese.bib"
    ok(cli, "export", "bibtex", "--document", KEY, "-o", str(bib))
    updated = cli("import", "bibtex", str(bib), "--on-conflict", "update")
    assert updated.exit_code == 0, updated.stderr
    assert snapshot(cli) == curated
