"""``claims claims edit`` and ``claims footnotes list | edit | history``: corrections by words,
logged, pinned, kept by load and extract --save, shown by show (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from claims.db import Database
from claims.models import Citation, Claim, Document, Edit, Footnote, Pin, Source
from tests.conftest import Cli, ok_json
from tests.curation.conftest import LETTER

DOC = "hrw-2016-07-18-facebook-china"
PU = "pu-zhiqiang-conviction-2015"  # cites richardsonDispatchesShowingDiplomatic2015 in fn 10
POLICE = "police-embedded-internet-companies"  # the claim footnote 5 supports
DOU = "douChinaEmbedInternet2015"
TIEZZI = "tiezziChineseMilitaryDeclares2015"
RICHARDSON = "richardsonDispatchesShowingDiplomatic2015"
WONG = "wongXiJinpingsNews2016"


def rows(db_url: str) -> dict[str, Any]:
    """Claims, citations, footnotes, edits and pins, field by field, as the database holds
    them."""
    database = Database(db_url)
    try:
        with database.session() as s:
            sources = dict(s.execute(select(Source.id, Source.key)).all())
            claims = {
                c.key: (c.quote, c.prefix, c.suffix, c.start, c.end, c.statement, c.status.value)
                for c in s.scalars(select(Claim))
            }
            keys = dict(s.execute(select(Claim.id, Claim.key)).all())
            numbers = dict(s.execute(select(Footnote.id, Footnote.number)).all())
            citations = sorted(
                [
                    (
                        keys[c.claim_id],
                        numbers.get(c.footnote_id or 0),  # None: outside any footnote
                        c.position,
                        sources[c.source_id],
                    )
                    for c in s.scalars(select(Citation))
                ],
                key=lambda t: (t[0], t[1] is None, t[1] or 0, t[2], t[3]),
            )
            footnotes = {
                f.number: (f.start, f.end, f.text)
                for f in s.scalars(select(Footnote).join(Document).where(Document.key == DOC))
            }
            edits = [
                (e.by, e.note, e.action, e.target, e.key, e.field, e.old, e.new)
                for e in s.scalars(select(Edit).order_by(Edit.id))
            ]
            pins = sorted(
                (p.claim_id or 0, p.footnote_id or 0, p.source_id or 0, p.field)
                for p in s.scalars(select(Pin))
            )
            return {
                "claims": claims,
                "citations": citations,
                "footnotes": footnotes,
                "edits": edits,
                "pins": pins,
            }
    finally:
        database.dispose()


def cited(db: dict[str, Any], claim: str) -> list[tuple[int | None, int, str]]:
    return [(n, p, k) for c, n, p, k in db["citations"] if c == claim]


def test_edit_a_claim_by_its_words(loaded: Cli, db_url: str) -> None:
    before = rows(db_url)
    text = (LETTER / "letter.txt").read_text(encoding="utf-8")
    result = loaded(
        "claims", "edit", PU, "--statement", "Pu Zhiqiang was convicted",
        "--quote", "Pu Zhiqiang, was found guilty", "--uncites", f"{RICHARDSON}@10",
        "--cites", f"{TIEZZI}@3", "--cites", DOU, "--by", "ana", "--note", "narrower",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    assert "pinned: statement, quote, citations" in result.stderr
    after = rows(db_url)
    start = text.index("Pu Zhiqiang, was found guilty")
    end = start + len("Pu Zhiqiang, was found guilty")
    quote, *_ = before["claims"][PU]
    assert after["claims"][PU] == (
        text[start:end], text[start - 32 : start], text[end : end + 32], start, end,
        "Pu Zhiqiang was convicted", "unverified",
    )  # fmt: skip
    # tiezzi at its place in footnote 3, dou outside any footnote
    assert cited(after, PU) == [(3, 1, TIEZZI), (None, 1, DOU)]
    # nothing else changed
    assert {k: v for k, v in after["claims"].items() if k != PU} == {
        k: v for k, v in before["claims"].items() if k != PU
    }
    assert [c for c in after["citations"] if c[0] != PU] == [
        c for c in before["citations"] if c[0] != PU
    ]
    assert after["edits"] == [
        ("ana", "narrower", "set", "claim", PU, "statement", before["claims"][PU][5],
         "Pu Zhiqiang was convicted"),
        ("ana", "narrower", "set", "claim", PU, "quote", f"{before['claims'][PU][3]}:"
         f"{before['claims'][PU][4]} {quote}", f"{start}:{end} Pu Zhiqiang, was found guilty"),
        ("ana", "narrower", "set", "claim", PU, "citations", f"{RICHARDSON}@10",
         f"{TIEZZI}@3, {DOU}"),
    ]  # fmt: skip
    assert [p[3] for p in after["pins"]] == ["citations", "quote", "statement"]
    # shown by show (text and JSON) and the history command
    shown = ok_json(loaded, "show", PU)
    assert [(e["field"], e["by"], e["note"]) for e in shown["edits"]] == [
        ("statement", "ana", "narrower"),
        ("quote", "ana", "narrower"),
        ("citations", "ana", "narrower"),
    ]
    assert "edits:" in loaded("show", PU).stdout
    assert ok_json(loaded, "claims", "history", PU) == shown["edits"]
    # loading the dataset again keeps every edited field, one line each
    again = loaded("load", str(LETTER))
    assert again.exit_code == 0, again.stderr
    for field in ("statement", "quote", "citations"):
        assert f"kept the edited {field} of {PU}; the file has " in again.stderr
    assert f"kept the edited citations of {PU}; the file has '{RICHARDSON}@10'" in again.stderr
    assert rows(db_url) == after


def test_a_claim_citing_nothing_needs_a_source_and_back(loaded: Cli, db_url: str) -> None:
    gone = ok_json(loaded, "claims", "edit", PU, "--uncites", RICHARDSON)
    assert gone["sources"] == []
    assert ok_json(loaded, "show", PU)["status"] == "needs-source"
    back = ok_json(loaded, "claims", "edit", PU, "--cites", f"{RICHARDSON}@10")
    assert back["sources"] == [RICHARDSON]
    assert ok_json(loaded, "show", PU)["status"] == "unverified"
    assert cited(rows(db_url), PU) == [(10, 1, RICHARDSON)]


def test_an_edit_under_a_verdict_warns(loaded: Cli) -> None:
    assert loaded("verify", PU, "--verdict", "verified", "--by", "ana").exit_code == 0
    result = loaded("claims", "edit", PU, "--statement", "Changed")
    assert result.exit_code == 0, result.stderr
    assert "warning: claim 'pu-zhiqiang-conviction-2015': the verdict 'verified'" in result.stderr
    assert ok_json(loaded, "show", PU)["status"] == "verified"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["nope", "--statement", "x"], "error: no claim with key 'nope'"),
        ([PU], "error: nothing to change"),
        ([PU, "--statement", " "], "error: --statement is empty"),
        (
            [PU, "--statement", "Written?", "--quote", "no such words here"],
            "error: the quote is not in the text of",
        ),
        ([PU, "--quote", "Facebook"], "error: the quote occurs 35 times in"),
        ([PU, "--quote", "Facebook", "--occurrence", "36"], "error: --occurrence 36: the quote"),
        ([PU, "--occurrence", "2"], "error: --occurrence needs --quote"),
        ([PU, "--cites", "noSuch"], "error: --cites 'noSuch': no source with key 'noSuch'"),
        ([PU, "--cites", f"{DOU}@99"], f"error: document '{DOC}' has no footnote 99"),
        ([PU, "--cites", f"{DOU}@x"], f"error: --cites '{DOU}@x': a footnote is a number"),
        ([PU, "--cites", f"{DOU}@0"], f"error: --cites '{DOU}@0': a footnote is a number"),
        ([PU, "--cites", f"{RICHARDSON}@10"], f"error: --cites {RICHARDSON}@10: claim"),
        (
            [PU, "--statement", "Written?", "--uncites", DOU],
            f"error: --uncites {DOU}: claim '{PU}' does not cite",
        ),
    ],
)
def test_bad_claim_edits_are_one_line_exit_2_and_write_nothing(
    loaded: Cli, db_url: str, args: list[str], message: str
) -> None:
    before = rows(db_url)
    result = loaded("claims", "edit", *args, "--note", "x", "--by", "ana")
    assert result.exit_code == 2, result.stdout
    assert result.stderr.startswith(message), result.stderr
    assert len([line for line in result.stderr.splitlines() if line.startswith("error:")]) == 1
    assert rows(db_url) == before


def test_footnotes_list(loaded: Cli) -> None:
    notes = ok_json(loaded, "footnotes", "list", DOC)
    assert [n["number"] for n in notes] == list(range(1, 14))
    assert notes[2] == {
        "number": 3,
        "start": 3509,
        "end": 3915,
        "text": notes[2]["text"],
        "sources": [TIEZZI, WONG],
        "claims": [notes[2]["claims"][0]],
        "pinned": [],
    }
    assert notes[2]["text"].startswith("Shannon Tiezzi,")
    text = loaded("footnotes", "list", DOC).stdout
    assert text.splitlines()[0].split()[:3] == ["no", "extent", "cites"]
    assert loaded("footnotes", "list", "no-doc").exit_code == 2


def test_edit_a_footnote_by_its_words(loaded: Cli, db_url: str) -> None:
    text = (LETTER / "letter.txt").read_text(encoding="utf-8")
    before = rows(db_url)
    assert before["footnotes"][5][:2] == (4777, 4955)
    # a footnote cut short, and a citation the extraction missed
    result = loaded(
        "footnotes", "edit", DOC, "5", "--from", "Eva Dou,", "--to", 'Tech Firms,"',
        "--cites", WONG, "--by", "bo", "--note", "per the PDF",
    )  # fmt: skip
    assert result.exit_code == 0, result.stderr
    end = text.index('Tech Firms,"', 4777) + len('Tech Firms,"')
    after = rows(db_url)
    assert after["footnotes"][5] == (4777, end, text[4777:end])
    assert cited(after, POLICE) == [(5, 1, DOU), (5, 2, WONG)]
    old = f"4777:4955 {before['footnotes'][5][2]}"
    assert after["edits"] == [
        ("bo", "per the PDF", "set", "footnote", f"{DOC}#5", "extent", old,
         f"4777:{end} {text[4777:end]}"),
        ("bo", "per the PDF", "set", "footnote", f"{DOC}#5", "citations", DOU, f"{DOU}, {WONG}"),
    ]  # fmt: skip
    listed = ok_json(loaded, "footnotes", "list", DOC)[4]
    assert (listed["sources"], listed["pinned"]) == ([DOU, WONG], ["extent", "citations"])
    history = ok_json(loaded, "footnotes", "history", DOC, "5")
    assert [(e["field"], e["by"]) for e in history] == [("extent", "bo"), ("citations", "bo")]
    # the last words alone move only the end; offsets are the advanced way
    assert loaded("footnotes", "edit", DOC, "5", "--to", "1438755985.").exit_code == 0
    assert rows(db_url)["footnotes"][5] == before["footnotes"][5]
    assert loaded("footnotes", "edit", DOC, "5", "--span", f"4777:{end}").exit_code == 0
    assert rows(db_url)["footnotes"][5] == (4777, end, text[4777:end])
    # load keeps what a person corrected, and says so
    again = loaded("load", str(LETTER))
    assert again.exit_code == 0, again.stderr
    assert f"kept the edited extent of {DOC}#5; the file has '4777:4955'" in again.stderr
    assert f"kept the edited citations of {DOC}#5; the file has '{DOU}'" in again.stderr
    kept = rows(db_url)
    assert kept["footnotes"] == rows(db_url)["footnotes"]
    assert kept["footnotes"][5] == (4777, end, text[4777:end])
    assert cited(kept, POLICE) == [(5, 1, DOU), (5, 2, WONG)]
    # dropping a citation leaves every claim citing the footnote
    assert loaded("footnotes", "edit", DOC, "5", "--uncites", DOU).exit_code == 0
    assert cited(rows(db_url), POLICE) == [(5, 1, WONG)]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no-doc", "5", "--span", "1:2"], "error: no document with key 'no-doc'"),
        ([DOC, "99", "--span", "1:2"], f"error: document '{DOC}' has no footnote 99"),
        ([DOC, "5"], "error: nothing to change"),
        ([DOC, "5", "--from", "Facebook"], "error: --from 'Facebook' occurs 35 times"),
        ([DOC, "5", "--from", "no such words"], "error: --from 'no such words' is not in"),
        ([DOC, "5", "--to", "Dear Mr."], "error: --to 'Dear Mr.' does not occur after"),
        ([DOC, "5", "--span", "4777"], "error: --span '4777': expected START:END"),
        ([DOC, "5", "--span", "4955:4777"], "error: footnote 5: 4955:4777 is not a span"),
        ([DOC, "5", "--span", "4700:5300"], "error: footnote 5: 4700:5300 overlaps footnote 6"),
        ([DOC, "5", "--span", "1:2", "--to", "x"], "error: --span gives both ends"),
        ([DOC, "5", "--occurrence", "2"], "error: --occurrence goes with --from"),
        ([DOC, "5", "--cites", "noSuch"], "error: --cites 'noSuch': no source with key"),
        ([DOC, "5", "--cites", DOU], f"error: --cites '{DOU}': footnote 5 already cites it"),
        ([DOC, "5", "--uncites", WONG], f"error: --uncites '{WONG}': footnote 5 does not cite"),
    ],
)
def test_bad_footnote_edits_are_one_line_exit_2_and_write_nothing(
    loaded: Cli, db_url: str, args: list[str], message: str
) -> None:
    before = rows(db_url)
    result = loaded("footnotes", "edit", *args)
    assert result.exit_code == 2, result.stdout
    assert result.stderr.startswith(message), result.stderr
    assert len([line for line in result.stderr.splitlines() if line.startswith("error:")]) == 1
    assert rows(db_url) == before


def test_edits_survive_extract_save_again(cli: Cli, db_url: str) -> None:
    args = ("extract", str(LETTER / "letter.txt"), "--save", "--key", "x", "--title", "Letter")
    first = ok_json(cli, *args)
    claim = "x-fn5"
    assert ok_json(cli, "show", claim)["footnotes"] == [5]
    start = first["footnotes"][4]["start"]
    assert cli("claims", "edit", claim, "--statement", "Police sit in firms").exit_code == 0
    fixed = cli("footnotes", "edit", "x", "5", "--span", f"{start}:{start + 20}")
    assert fixed.exit_code == 0, fixed.stderr
    held = rows(db_url)
    again = cli(*args)
    assert again.exit_code == 0, again.stderr
    assert f"kept the edited statement of {claim}; the file has " in again.stderr
    assert "kept the edited extent of x#5; the file has " in again.stderr
    after = rows(db_url)
    assert after["claims"][claim] == held["claims"][claim]
    assert ok_json(cli, "footnotes", "list", "x")[4]["end"] == start + 20


def _shifted(tmp_path: Path, lead: str, *, drop: str | None = None) -> Path:
    """The letter's dataset with ``lead`` before its text (every offset moved), and the claim
    ``drop`` left out."""
    out = tmp_path / "shifted"
    out.mkdir()
    text = (LETTER / "letter.txt").read_text(encoding="utf-8")
    (out / "letter.txt").write_text(lead + text, encoding="utf-8")
    toml = (LETTER / "dataset.toml").read_text(encoding="utf-8")
    toml = re.sub(
        r"^(start|end) = (\d+)$",
        lambda m: f"{m[1]} = {int(m[2]) + len(lead)}",
        toml,
        flags=re.M,
    )
    if drop is not None:
        tables = toml.split("\n[[claims]]\n")
        toml = "\n[[claims]]\n".join(t for t in tables if f'key = "{drop}"' not in t)
    (out / "dataset.toml").write_text(toml, encoding="utf-8")
    return out


def test_edited_words_are_found_again_when_the_text_moves(
    loaded: Cli, db_url: str, tmp_path: Path
) -> None:
    quote = "Pu Zhiqiang, was found guilty"
    assert loaded("claims", "edit", PU, "--quote", quote).exit_code == 0
    assert loaded("footnotes", "edit", DOC, "5", "--to", 'Tech Firms,"').exit_code == 0
    edited = "facebook-blocked-in-china"
    assert loaded("claims", "edit", edited, "--statement", "Blocked").exit_code == 0
    held = rows(db_url)
    lead = "A note.\n"
    result = loaded("load", str(_shifted(tmp_path, lead, drop=edited)))
    assert result.exit_code == 0, result.stderr
    after = rows(db_url)
    start, end = held["claims"][PU][3:5]
    assert after["claims"][PU][:5] == (quote, held["claims"][PU][1], held["claims"][PU][2],
                                       start + len(lead), end + len(lead))  # fmt: skip
    fn_start, fn_end, fn_text = held["footnotes"][5]
    assert after["footnotes"][5] == (fn_start + len(lead), fn_end + len(lead), fn_text)
    assert after["claims"][edited] == held["claims"][edited]  # edited: not dropped
    # words a person chose that are gone from the text: refused, nothing written
    gone = tmp_path / "gone"
    gone.mkdir()
    for name in ("letter.txt", "dataset.toml"):
        (gone / name).write_text((LETTER / name).read_text(encoding="utf-8"), encoding="utf-8")
    text = (gone / "letter.txt").read_text(encoding="utf-8")
    (gone / "letter.txt").write_text(text.replace(quote, quote.upper()), encoding="utf-8")
    toml = (gone / "dataset.toml").read_text(encoding="utf-8")
    (gone / "dataset.toml").write_text(toml.replace(quote, quote.upper()), encoding="utf-8")
    refused = loaded("load", str(gone))
    assert refused.exit_code == 2, refused.stderr
    assert refused.stderr.startswith(
        f"error: claim '{PU}': its edited quote is no longer in the document's text"
    ), refused.stderr
    assert rows(db_url) == after


def test_a_claim_can_cite_part_of_a_footnote(loaded: Cli, db_url: str) -> None:
    claim = next(c for c, n, _, k in rows(db_url)["citations"] if n == 3 and k == WONG)
    assert loaded("claims", "edit", claim, "--uncites", f"{TIEZZI}@3").exit_code == 0
    assert cited(rows(db_url), claim) == [(3, 2, WONG)]  # at its place in the footnote
    assert ok_json(loaded, "footnotes", "list", DOC)[2]["sources"] == [WONG]
    assert loaded("claims", "edit", claim, "--cites", f"{TIEZZI}@3").exit_code == 0
    assert cited(rows(db_url), claim) == [(3, 2, WONG), (3, 3, TIEZZI)]
