"""The exported letter bibliography as real consumers read it: bibtexparser, pybtex, biber,
pandoc (rendered text checked, not only exit codes) and the CSL-JSON schema."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import bibtexparser
import jsonschema
import pytest
from bib_support import FIXTURES, require_tool
from pybtex.database import parse_string as pybtex_parse

from claims.bib.bibtex import ExportItem, format_bibliography
from claims.bib.common import ArchivedCopy, Dialect
from claims.bib.csljson import format_items
from claims.records import SourceRecord

pytestmark = pytest.mark.external_tool

# the data the letter does not give, which biber's data model asks for
_DATA_GAPS = {
    "Missing mandatory field 'author'": lambda r: not r.authors,
    "Missing mandatory field - one of 'date, year' must be defined": lambda r: r.issued is None,
}


def _items(letter: list[SourceRecord]) -> list[ExportItem]:
    # one archived copy, so the archive fields are exercised too
    archive = ArchivedCopy(
        "https://web.archive.org/web/20160526000000/http://investor.fb.com/faq.cfm"
    )
    return [ExportItem(r, archive if i == 0 else None) for i, r in enumerate(letter)]


@pytest.fixture(params=list(Dialect), ids=[d.value for d in Dialect])
def bib(request: pytest.FixtureRequest, letter: list[SourceRecord]) -> tuple[Dialect, str]:
    dialect: Dialect = request.param
    return dialect, format_bibliography(_items(letter), dialect)


def test_bibtexparser_reads_every_entry(
    bib: tuple[Dialect, str], letter: list[SourceRecord]
) -> None:
    _, text = bib
    library = bibtexparser.parse_string(text)
    assert library.failed_blocks == []
    assert [e.key for e in library.entries] == [r.key for r in letter]


def test_pybtex_reads_every_entry(bib: tuple[Dialect, str], letter: list[SourceRecord]) -> None:
    _, text = bib
    data = pybtex_parse(text, "bibtex")
    assert list(data.entries) == [r.key for r in letter]
    for record in letter:
        persons = data.entries[record.key].persons.get("author", [])
        assert len(persons) == len(record.authors)
        for person, author in zip(persons, record.authors, strict=True):
            if author.literal:  # one name, never split into given and family
                assert person.last_names == ["{" + author.literal + "}"]
            else:
                assert " ".join(person.last_names) == author.family


def test_biber_validates_the_data_model(
    bib: tuple[Dialect, str], letter: list[SourceRecord], tmp_path: Path
) -> None:
    biber = require_tool("biber")
    dialect, text = bib
    path = tmp_path / f"letter-{dialect.value}.bib"
    path.write_text(text, encoding="utf-8")
    run = subprocess.run(
        [biber, "--tool", "--validate-datamodel", path.name],
        capture_output=True,
        text=True,
        check=False,
        cwd=tmp_path,
        timeout=120,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    by_key = {r.key: r for r in letter}
    for line in (run.stdout + run.stderr).splitlines():
        if not re.match(r"(WARN|ERROR) - ", line) or "WARNINGS:" in line:
            continue
        m = re.match(r"WARN - Datamodel: Entry '([^']+)' \([^)]*\): (.*)$", line)
        assert m, f"biber: {line}"
        key, message = m.groups()
        # only data the letter itself lacks may be missing; nothing about our encoding
        assert message in _DATA_GAPS, f"biber: {line}"
        assert _DATA_GAPS[message](by_key[key]), f"biber: {line}"


def _pandoc(bibliography: Path, tmp_path: Path) -> dict[str, str]:
    pandoc = require_tool("pandoc")
    doc = tmp_path / "doc.md"
    doc.write_text('---\nnocite: "@*"\n---\n', encoding="utf-8")
    run = subprocess.run(
        [
            pandoc,
            str(doc),
            "--citeproc",
            "--wrap=none",
            "-t",
            "plain",
            f"--bibliography={bibliography}",
            f"--csl={FIXTURES / 'check.csl'}",
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr == "", run.stderr
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    # each rendered entry ends with its URL, which no style rewrites
    return {line.rsplit(" | ", 1)[-1]: line for line in lines}


def _check_rendered(rendered: dict[str, str], letter: list[SourceRecord]) -> None:
    assert len(rendered) == 17
    for r in letter:
        assert r.url is not None
        line = rendered[r.url]
        for author in r.authors:
            assert author.display() in line, (author, line)
        assert r.title is not None
        # styles may turn quotes around; the words are what must arrive
        words = " ".join(re.findall(r"\w+", r.title)).lower()
        assert words in " ".join(re.findall(r"\w+", line)).lower(), (r.title, line)
        outlets = [o for o in (r.container, r.publisher) if o]
        assert any(o in line for o in outlets) or not outlets, (outlets, line)
        if r.issued:
            assert f"issued {r.issued.iso()}" in line, line
        if r.accessed:
            assert f"accessed {r.accessed.isoformat()}" in line, line


def test_pandoc_renders_every_entry_from_bib(
    bib: tuple[Dialect, str], letter: list[SourceRecord], tmp_path: Path
) -> None:
    dialect, text = bib
    # pandoc reads .bib as biblatex and .bibtex as BibTeX
    path = tmp_path / ("letter.bib" if dialect is Dialect.BIBLATEX else "letter.bibtex")
    path.write_text(text, encoding="utf-8")
    _check_rendered(_pandoc(path, tmp_path), letter)


def test_pandoc_keeps_protected_capitals(letter: list[SourceRecord], tmp_path: Path) -> None:
    # pandoc's biblatex reader sentence-cases English titles, as many styles do
    path = tmp_path / "letter.bib"
    path.write_text(format_bibliography(_items(letter), Dialect.BIBLATEX), encoding="utf-8")
    pandoc = require_tool("pandoc")
    run = subprocess.run(
        [pandoc, str(path), "-f", "biblatex", "-t", "csljson"],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    titles = " ".join(item["title"] for item in json.loads(run.stdout))
    for word in ("China", "Facebook", "WeChat", "Hong Kong", "Xi Jinping’s", "Internet"):
        assert word in titles, word


def test_csl_json_validates_and_pandoc_reads_it(letter: list[SourceRecord], tmp_path: Path) -> None:
    text = format_items(_items(letter))
    schema = json.loads((FIXTURES / "csl-data.schema.json").read_text(encoding="utf-8"))
    data = json.loads(text)
    jsonschema.validate(data, schema)
    assert len(data) == 17
    path = tmp_path / "letter.json"
    path.write_text(text, encoding="utf-8")
    _check_rendered(_pandoc(path, tmp_path), letter)
