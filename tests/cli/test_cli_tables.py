"""Tables that fit: keys whole, free text shortened at 80 and 120 columns, nothing cut piped."""

from __future__ import annotations

import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from rich.console import Console
from tests.conftest import LETTER_DATASET, Cli

from claims.cli._common import Col, ListFormat, cells, print_table


@pytest.fixture
def letter(cli: Cli) -> Cli:
    assert cli("load", str(LETTER_DATASET)).exit_code == 0
    return cli


def _at(monkeypatch: pytest.MonkeyPatch, cli: Cli, width: int, *args: str) -> list[str]:
    monkeypatch.setenv("COLUMNS", str(width))
    result = cli(*args)
    monkeypatch.delenv("COLUMNS")
    assert result.exception is None
    assert result.exit_code in (0, 1), result.stderr
    return result.stdout.splitlines()


@pytest.mark.parametrize("width", [80, 120])
def test_claims_list_fits_with_whole_keys(
    letter: Cli, monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    claims = json.loads(letter("list", "--json").stdout)
    lines = _at(monkeypatch, letter, width, "list")
    assert lines[0].split()[:3] == ["key", "status", "claim"]
    assert len(lines) == len(claims) + 1  # one row a line
    assert all(cells(line) <= width for line in lines)
    assert [line.split()[0] for line in lines[1:]] == [c["key"] for c in claims]
    assert any(line.endswith("…") for line in lines)  # long statements are shortened
    for line, claim in zip(lines[1:], claims, strict=True):
        shown = line.split(claim["status"], 1)[1].strip().split("  ")[0].removesuffix("…")
        assert claim["statement"].startswith(shown), (shown, claim["statement"])


@pytest.mark.parametrize("width", [80, 120])
def test_sources_list_fits_with_whole_keys(
    letter: Cli, monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    sources = json.loads(letter("sources", "list", "--json").stdout)
    lines = _at(monkeypatch, letter, width, "sources", "list")
    assert len(lines) == len(sources) + 1
    assert all(cells(line) <= width for line in lines)
    assert [line.split()[0] for line in lines[1:]] == [s["key"] for s in sources]
    assert [line.split()[1] for line in lines[1:]] == ["unchecked"] * len(sources)
    header = lines[0].split()
    assert header[:2] == ["key", "health"]
    assert header[-1] == "title"
    if width >= 120:
        assert {"issued", "accessed", "kind"} <= set(header)


@pytest.mark.parametrize("width", [80, 120])
def test_lint_fits(letter: Cli, monkeypatch: pytest.MonkeyPatch, width: int) -> None:
    findings = json.loads(letter("lint", "--json").stdout)["findings"]
    lines = _at(monkeypatch, letter, width, "lint")
    assert len(lines) == len(findings) + 1
    assert all(cells(line) <= width for line in lines)
    assert [line.split()[1] for line in lines[1:]] == [f["key"] for f in findings]


@pytest.mark.parametrize("width", [80, 120])
def test_report_keeps_keys_and_urls_whole(
    letter: Cli, monkeypatch: pytest.MonkeyPatch, width: int
) -> None:
    report = json.loads(letter("report", "--format", "json").stdout)
    lines = _at(monkeypatch, letter, width, "report")
    assert len(lines) < 300  # was 826 at 80 columns
    words = {w for line in lines for w in line.split()}
    assert {c["key"] for c in report["claims"]} <= words
    assert {link["url"] for link in report["links"]} <= words
    # only a line holding a URL may run past the width: URLs are never cut
    assert all(cells(line) <= width or "http" in line for line in lines)
    assert all(line == line.rstrip() for line in lines)


def test_piped_output_is_whole_and_unpadded(letter: Cli) -> None:
    claims = json.loads(letter("list", "--json").stdout)
    lines = letter("list").stdout.splitlines()
    assert all(line == line.rstrip() for line in lines)
    assert "…" not in "\n".join(lines)
    for line, claim in zip(lines[1:], claims, strict=True):
        assert " ".join(claim["statement"].split()) in line


def test_report_written_to_a_file_is_not_padded(letter: Cli, tmp_path: object) -> None:
    from pathlib import Path

    target = Path(str(tmp_path)) / "report.txt"
    assert letter("report", "-o", str(target)).exit_code == 0
    lines = target.read_text("utf-8").splitlines()
    assert all(line == line.rstrip() for line in lines)
    assert "…" not in "\n".join(lines)


@pytest.mark.parametrize(
    ("args", "header"),
    [
        (("list",), ["key", "status", "claim", "sources"]),
        (("sources", "list"), ["key", "health", "issued", "accessed", "kind", "title"]),
        (("lint",), ["rule", "key", "finding"]),
    ],
)
def test_tsv(letter: Cli, args: tuple[str, ...], header: list[str]) -> None:
    result = letter(*args, "--format", "tsv")
    assert result.exit_code in (0, 1), result.stderr
    rows = [line.split("\t") for line in result.stdout.splitlines()]
    assert rows[0] == header
    assert all(len(row) == len(header) for row in rows)
    assert len(rows) > 10


def test_list_sources_column_shows_whole_keys_or_a_count(
    letter: Cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = _at(monkeypatch, letter, 200, "list")
    assert lines[0].split()[-1] == "sources"
    rumor = next(line for line in lines if line.startswith("rumor-crackdown "))
    assert rumor.rstrip().endswith("wongChinaPunishesNearly2015, +2")


def _render(columns: list[Col], rows: list[tuple[str, ...]], width: int | None) -> list[str]:
    buffer = io.StringIO()
    console = Console(file=buffer, width=width or 80, color_system=None)
    print_table(columns, rows, console=console, width=width, fmt=ListFormat.TABLE)
    return buffer.getvalue().splitlines()


KEYS = st.text(st.characters(min_codepoint=33, max_codepoint=126), min_size=1, max_size=40)
TEXT = st.text(
    st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=0, max_size=200
)


@given(
    st.lists(st.tuples(KEYS, st.sampled_from(["alive", "dead", "no-url"]), TEXT), max_size=8),
    st.integers(min_value=40, max_value=160),
)
def test_keys_are_never_cut_and_rows_fit(rows: list[tuple[str, str, str]], width: int) -> None:
    columns = [Col("key", "key"), Col("health"), Col("text", "text")]
    lines = _render(columns, rows, width)
    assert len(lines) == len(rows) + 1
    for line, (key, health, _text) in zip(lines[1:], rows, strict=True):
        assert line.startswith(key + " ") or line == key
        assert health in line
        if width >= 40 + 2 + 6 + 2 + 12:
            assert cells(line) <= width
        assert line == line.rstrip()


def test_wide_characters_count_two_cells() -> None:
    lines = _render([Col("key", "key"), Col("title", "text")], [("k", "中文" * 40)], 30)
    assert cells(lines[1]) <= 30
    assert lines[1].endswith("…")


DEESE = LETTER_DATASET.parent.parent.parent / "shared" / "citations-dev" / "documents"


@pytest.fixture
def curated(letter: Cli) -> Cli:
    """The letter with an edited source and claim, and an extracted document's review flags."""
    remarks = DEESE / "whitehouse-deese-competition-agenda-remarks.txt"
    assert letter("extract", str(remarks), "--save", "--key", "deese").exit_code == 0
    title = "title=China to Embed Internet Police in Tech Firms, a title long enough to shorten"
    note = "as printed on the page, which a reader may want to see whole"
    edit = ("sources", "edit", "douChinaEmbedInternet2015", "--set", title, "--by", "ana",
            "--note", note)  # fmt: skip
    assert letter(*edit).exit_code == 0
    statement = "Pu Zhiqiang was convicted in December 2015 " + "of charges a court invented " * 3
    assert letter("claims", "edit", "pu-zhiqiang-conviction-2015", "--statement", statement,
                  "--by", "ana").exit_code == 0  # fmt: skip
    return letter


@pytest.mark.parametrize("width", [80, 120])
@pytest.mark.parametrize(
    ("args", "key"),
    [
        (("footnotes", "list", "hrw-2016-07-18-facebook-china"), None),
        (("flags", "list"), "milkisTheodoreRooseveltDomestic"),
        (("sources", "history", "douChinaEmbedInternet2015"), None),
        (("claims", "history", "pu-zhiqiang-conviction-2015"), None),
        (("sources", "show", "douChinaEmbedInternet2015"), "douChinaEmbedInternet2015"),
        (("show", "pu-zhiqiang-conviction-2015"), "pu-zhiqiang-conviction-2015"),
    ],
)
def test_curation_tables_fit(
    curated: Cli,
    monkeypatch: pytest.MonkeyPatch,
    width: int,
    args: tuple[str, ...],
    key: str | None,
) -> None:
    lines = _at(monkeypatch, curated, width, *args)
    if key is not None:  # keys are whole
        assert any(key in line.split() for line in lines), key
    if "show" in args:  # prose wraps in the terminal; the tables of edits fit
        lines = [line for line in lines if line[:4].isdigit()]
    assert lines
    assert all(cells(line) <= width for line in lines), [x for x in lines if cells(x) > width]
