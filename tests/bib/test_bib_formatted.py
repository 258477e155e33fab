"""``claims export formatted``: the letter's notes and bibliographies in CSL styles, checked
entry by entry against pandoc's citeproc rendering of the project's own CSL-JSON export."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from bib_support import LETTER_DATASET, require_tool
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import Cli

from claims.bib.formatted import (
    Note,
    Renderer,
    TextFormat,
    flip_quotes,
    resolve_style,
    smart_quotes,
)

DOCUMENT = "hrw-2016-07-18-facebook-china"


@pytest.fixture
def loaded(cli: Cli) -> Cli:
    result = cli("load", str(LETTER_DATASET))
    assert result.exit_code == 0, result.stderr
    return cli


@pytest.fixture
def sqlite_loaded(sqlite_cli: Cli) -> Cli:
    """The letter on SQLite only: the comparisons with pandoc cost seconds of citeproc each,
    and what the database gives them is held on both backends by the tests that do not."""
    result = sqlite_cli("load", str(LETTER_DATASET))
    assert result.exit_code == 0, result.stderr
    return sqlite_cli


def _footnote_keys() -> list[list[str]]:
    """The source keys each of the letter's footnotes cites, from the dataset itself."""
    import tomllib

    data = tomllib.loads((LETTER_DATASET / "dataset.toml").read_text(encoding="utf-8"))
    return [f["sources"] for f in sorted(data["footnotes"], key=lambda f: f["number"])]


_PANDOC_ARGS = [
    "--citeproc",
    "--csl",
    "style.csl",
    "--bibliography",
    "refs.json",
    "-t",
    "plain",
    "--wrap=none",
    "doc.md",
]


def _pandoc(csl_json: str, style: str, markdown: str, tmp_path: Path) -> list[str]:
    """pandoc --citeproc's plain-text output, one paragraph per line."""
    pandoc = require_tool("pandoc")
    (tmp_path / "refs.json").write_text(csl_json, encoding="utf-8")
    shutil.copy(resolve_style(style).path, tmp_path / "style.csl")  # pandoc needs a local file
    (tmp_path / "doc.md").write_text(markdown, encoding="utf-8")
    run = subprocess.run(
        [pandoc, *_PANDOC_ARGS],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
    )
    return [line for line in run.stdout.splitlines() if line.strip()]


def _pandoc_notes(csl_json: str, style: str, tmp_path: Path) -> list[str]:
    paragraphs = [
        f"Note {n}[{'; '.join('@' + k for k in keys)}]."
        for n, keys in enumerate(_footnote_keys(), 1)
    ]
    lines = _pandoc(csl_json, style, "\n\n".join(paragraphs) + "\n", tmp_path)
    return [re.sub(r"^\[\d+\] ", "", line) for line in lines if re.match(r"^\[\d+\] ", line)]


def _pandoc_bibliography(csl_json: str, style: str, tmp_path: Path) -> list[str]:
    keys = [item["id"] for item in json.loads(csl_json)]
    markdown = "---\nnocite: |\n  " + ", ".join("@" + k for k in keys) + "\n---\n\nText.\n"
    return [line for line in _pandoc(csl_json, style, markdown, tmp_path) if line != "Text."]


@pytest.mark.external_tool
@pytest.mark.parametrize("style", ["chicago-notes-bibliography", "chicago-note-bibliography"])
def test_the_letters_notes_match_pandoc_entry_by_entry(
    sqlite_loaded: Cli, style: str, tmp_path: Path
) -> None:
    csl_json = sqlite_loaded("export", "csljson").stdout
    expected = _pandoc_notes(csl_json, style, tmp_path)
    assert len(expected) == 13

    result = sqlite_loaded("export", "formatted", "--style", style, "--notes")
    assert result.exit_code == 0, result.stderr
    notes = result.stdout.splitlines()
    assert len(notes) == 13
    for number, (ours, theirs) in enumerate(zip(notes, expected, strict=True), 1):
        assert ours == f"{number}. {theirs}"
    assert result.stderr.splitlines()[-1] == f"13 notes ({resolve_style(style).name})"


def test_full_notes_read_as_the_letter_prints_them(loaded: Cli) -> None:
    result = loaded(
        "export",
        "formatted",
        "--style",
        "chicago-notes-bibliography",
        "--notes",
        "--document",
        DOCUMENT,
    )
    assert result.exit_code == 0, result.stderr
    notes = result.stdout.splitlines()
    assert notes[1] == (
        "2. Ryan Vlastelica, “Instagram Reportedly Blocked in China Amid Hong Kong Protests,” "
        "Reuters, September 28, 2014, "
        "http://www.reuters.com/article/us-china-instagram-idUSKCN0HN0VW20140928."
    )
    # two works in one footnote: one note, in the footnote's order
    assert notes[2].startswith("3. Shannon Tiezzi, “Chinese Military Declares")
    assert "; Edward Wong, “Xi Jinping’s News Alert" in notes[2]
    # straight quotes in the data print as the style's inner quotes inside its outer ones
    assert notes[5].startswith("6. “China Launches ‘Rumor-Busting’ Website")


def test_the_retired_name_says_what_it_became(loaded: Cli) -> None:
    result = loaded("export", "formatted", "--style", "chicago-note-bibliography", "--notes")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("1. Facebook Investor Relations FAQ, “Facebook Mission")
    assert (
        "style 'chicago-note-bibliography' is now 'chicago-shortened-notes-bibliography'"
        in result.stderr
    )


@pytest.mark.external_tool
@pytest.mark.parametrize("style", ["apa", "chicago-notes-bibliography", "mla"])
def test_bibliographies_match_pandoc_entry_by_entry(
    sqlite_loaded: Cli, style: str, tmp_path: Path
) -> None:
    csl_json = sqlite_loaded("export", "csljson").stdout
    expected = _pandoc_bibliography(csl_json, style, tmp_path)
    assert len(expected) == 17

    result = sqlite_loaded("export", "formatted", "--style", style)
    assert result.exit_code == 0, result.stderr
    ours = result.stdout.splitlines()
    assert len(ours) == 17
    if style == "mla":
        # citeproc-py's en-US locale abbreviates September "Sept.", pandoc 2.17's "Sep.";
        # MLA's "———" for a repeated author is not in citeproc-py
        expected = [e.replace("Sep. ", "Sept. ") for e in expected]
        repeated = sum(e.startswith("———. ") for e in expected)
        assert repeated == 2
        expected = [e.replace("———. ", "Human Rights Watch. ") for e in expected]
    # entry by entry; the order differs only for works without an author (citeproc-py puts
    # them last, pandoc sorts them by title)
    compared = 0
    for mine, theirs in zip(sorted(ours), sorted(expected), strict=True):
        assert mine == theirs
        compared += 1
    assert compared == 17


def test_html_and_markdown(loaded: Cli) -> None:
    html = loaded("export", "formatted", "--style", "apa", "--format", "html")
    assert html.exit_code == 0, html.stderr
    assert html.stdout.startswith('<div class="csl-bib-body">\n  <div class="csl-entry">')
    assert "<i>Reuters</i>" in html.stdout or "<i>The Diplomat</i>" in html.stdout
    notes = loaded(
        "export", "formatted", "-s", "chicago-notes-bibliography", "--notes", "-f", "html"
    )
    assert '<li value="13">' in notes.stdout
    markdown = loaded(
        "export", "formatted", "-s", "chicago-notes-bibliography", "--notes", "-f", "markdown"
    )
    lines = markdown.stdout.splitlines()
    assert lines[1].startswith("[^2]: Ryan Vlastelica, “Instagram Reportedly Blocked")
    assert "*Reuters*" in lines[1]


def test_a_csl_file_by_path_and_to_a_file(loaded: Cli, tmp_path: Path) -> None:
    style = tmp_path / "house.csl"
    shutil.copy(resolve_style("apa").path, style)
    out = tmp_path / "refs.txt"
    result = loaded("export", "formatted", "--style", str(style), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert out.read_text(encoding="utf-8").count("\n") == 17
    assert result.stderr.strip() == f"17 entries (house) to {out}"


def test_bad_styles_and_keys(loaded: Cli, tmp_path: Path) -> None:
    result = loaded("export", "formatted", "--style", "no-such-style")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("error: no CSL style named 'no-such-style'\nhint: ")

    broken = tmp_path / "broken.csl"
    broken.write_text("<style>", encoding="utf-8")
    result = loaded("export", "formatted", "--style", str(broken))
    assert result.exit_code == 2
    assert f"error: {broken}: not a CSL style" in result.stderr

    result = loaded("export", "formatted", "--style", "apa", "--document", "nope")
    assert result.exit_code == 2
    assert "error: no document with key 'nope'" in result.stderr

    result = loaded("export", "formatted", "--style", "apa", "--notes", "--claim", "x")
    assert result.exit_code == 2


def test_notes_follow_first_and_later_citations() -> None:
    items = [
        {
            "id": "a",
            "type": "article-newspaper",
            "title": "One",
            "container-title": "Paper",
            "author": [{"family": "Li", "given": "Wei"}],
            "issued": {"date-parts": [[2015]]},
        },
    ]
    renderer = Renderer(resolve_style("chicago-notes-bibliography"), items, TextFormat.TEXT)
    first, later = renderer.notes([Note(1, ("a",)), Note(2, ("a",))])
    assert first.text == "Wei Li, “One,” Paper, 2015."
    assert later.text in ("Li, “One.”", "Ibid.")


_QUOTES = "'\"‘’“”"


@given(st.text(alphabet=st.sampled_from(list("ab '\"‘’“” .,"))))
def test_quotes_change_only_quotes(text: str) -> None:
    for out in (smart_quotes(text), flip_quotes(smart_quotes(text))):
        assert len(out) == len(text)
        assert [c for c in out if c not in _QUOTES] == [c for c in text if c not in _QUOTES]


def test_quotes_by_level() -> None:
    title = smart_quotes("China Launches 'Rumor-Busting' Website on Tencent's \"WeChat\"")
    assert title == "China Launches “Rumor-Busting” Website on Tencent’s “WeChat”"
    assert flip_quotes(title) == "China Launches ‘Rumor-Busting’ Website on Tencent’s ‘WeChat’"
    assert smart_quotes("Ideological ‘Battleground’ and Xi Jinping’s") == (
        "Ideological “Battleground” and Xi Jinping’s"
    )
