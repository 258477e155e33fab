"""Reading .bib files: macros, # joins, accents, access dates, kinds, and failed blocks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from bib_support import FIXTURES, REALWORLD

from claims.bib.bibtex import ExportItem, format_bibliography
from claims.bib.common import Dialect
from claims.bib.reader import evaluate, parse_bibliography
from claims.enums import AccessedBasis, SourceKind
from claims.records import Contributor, PartialDate


def _parse(name: str) -> dict[str, object]:
    parsed = parse_bibliography((FIXTURES / name).read_text(encoding="utf-8"))
    return {"entries": {e.record.key: e for e in parsed.entries}, "parsed": parsed}


def test_macros_concatenation_and_month_names() -> None:
    macros = {"nyt": "The New York Times", "jan": "January"}
    assert evaluate('nyt # " (" # {Int.} # ")"', macros) == "The New York Times (Int.)"
    assert evaluate("2016", {}) == "2016"
    assert evaluate("{a {nested} group}", {}) == "a {nested} group"


def test_messy_file() -> None:
    parsed = parse_bibliography((FIXTURES / "messy-macros.bib").read_text(encoding="utf-8"))
    assert parsed.failures == ()
    assert parsed.strings == 4
    by_key = {e.record.key: e for e in parsed.entries}
    assert list(by_key) == [
        "wong2016",
        "hrw2016",
        "fbfaq",
        "economy2013",
        "mofo2016",
        "schroedinger",
    ]

    wong = by_key["wong2016"]
    assert wong.line == 13
    assert wong.record.kind is SourceKind.NEWS_ARTICLE
    assert wong.record.container == "The New York Times"  # a macro
    assert wong.record.issued == PartialDate(2016, 2, 22)  # month macro and day
    assert wong.record.title == "Xi Jinping's News Alert: Chinese Media Must Serve the Party"
    assert wong.record.accessed == dt.date(2016, 5, 26)
    assert wong.record.accessed_basis is AccessedBasis.PERSON  # a person wrote it in the file

    hrw = by_key["hrw2016"].record
    assert hrw.contributors == (Contributor(literal="Human Rights Watch"),)
    assert hrw.container == "Human Rights Watch news release"  # a macro of a macro # a string
    assert hrw.issued == PartialDate(2016, 1)
    assert hrw.accessed == dt.date(2016, 5, 26)  # from the note "Accessed May 26, 2016"
    assert hrw.extra == {"note": "Press release."}  # the file's note; SourceRecord.note is ours

    faq = by_key["fbfaq"].record
    assert faq.url == "http://investor.fb.com/faq.cfm"  # from howpublished = {\url{…}}
    assert faq.accessed == dt.date(2016, 5, 26)  # "(accessed 26 May 2016)"
    assert "note" not in faq.extra

    economy = by_key["economy2013"].record
    assert (economy.container, economy.publisher) == (
        "Asia Unbound",
        "Council on Foreign Relations",
    )
    assert economy.accessed == dt.date(2016, 5, 26)  # a urldate with a time
    assert economy.language == "en"

    mofo = by_key["mofo2016"].record
    assert mofo.kind is SourceKind.CLIENT_ALERT
    assert mofo.publisher == "Morrison & Foerster"
    assert mofo.title == "China’s Anti-Terrorism Law Raises Data Security Concerns"
    assert mofo.issued == PartialDate(2016, 1, 20)  # jan # "~20"

    book = by_key["schroedinger"].record
    assert book.kind is SourceKind.OTHER
    assert [c.family for c in book.contributors] == [
        "Schrödinger",
        "Ångström",
        "Müller",
        "de la Fuente",
    ]
    assert book.title == "Über die Quantenmechanik: 50% of α – and more"
    assert book.url == "http://example.org/a_b%20c"  # the \_ habit undone, %20 untouched
    assert book.extra == {"address": "Berlin"}


def test_failed_blocks_are_reported_with_line_and_reason() -> None:
    parsed = parse_bibliography((FIXTURES / "broken.bib").read_text(encoding="utf-8"))
    assert [e.record.key for e in parsed.entries] == ["good1", "", "good2"]  # "" gets one on import
    failures = [f.describe() for f in parsed.failures]
    assert failures[0].startswith("line 8: entry 'unbalanced': Unexpected block start")
    assert failures[1:] == [
        "line 14: entry 'good1': duplicate key (first used at line 1)",
        "line 21: entry 'undefinedmacro': undefined @string macro 'nosuchmacro' in field 'journal'",
        "line 29: entry 'badyear': year is not a four-digit year: 'forthcoming'",
        "line 34: entry 'baddate': date is not a valid date: '2016-02-30'",
        "line 39: entry 'dupfield': duplicate field title",
    ]


def test_mendeley_types() -> None:
    parsed = parse_bibliography((FIXTURES / "mendeley.bib").read_text(encoding="utf-8"))
    kinds = {e.record.key: e.record.kind for e in parsed.entries}
    assert kinds == {"Vlastelica2014": SourceKind.WEB_PAGE, "Dou2015": SourceKind.NEWS_ARTICLE}


@pytest.mark.parametrize(
    ("entry", "kind"),
    [
        ("@article{k, title={T}, journal={J}}", SourceKind.NEWS_ARTICLE),
        (
            "@article{k, title={T}, journaltitle={J}, entrysubtype={newspaper}}",
            SourceKind.NEWS_ARTICLE,
        ),
        ("@online{k, title={T}, url={http://x}}", SourceKind.WEB_PAGE),
        (
            "@online{k, title={T}, url={http://x}, titleaddon={Press release}}",
            SourceKind.PRESS_RELEASE,
        ),
        ("@misc{k, title={T}, type={Blog post}}", SourceKind.BLOG_POST),
        ("@misc{k, title={T}, url={http://x}}", SourceKind.WEB_PAGE),
        ("@misc{k, title={T}}", SourceKind.OTHER),
        ("@techreport{k, title={T}, institution={I}}", SourceKind.REPORT),
        ("@report{k, title={T}, type={Client alert}}", SourceKind.CLIENT_ALERT),
        ("@letter{k, title={T}}", SourceKind.LETTER),
        ("@legislation{k, title={T}}", SourceKind.LEGAL_TEXT),
        ("@inproceedings{k, title={T}, booktitle={B}}", SourceKind.OTHER),
    ],
)
def test_entry_types_map_back_to_kinds(entry: str, kind: SourceKind) -> None:
    (parsed,) = parse_bibliography(entry).entries
    assert parsed.record.kind is kind


# what each real-world file holds, and the blocks it must report (checked by hand)
REALWORLD_FILES = {
    "plk__biblatex__biblatex-examples.bib": (92, 0),
    "david415__anonbib__anonbib.bib": (652, 17),
    "retorquere__zotero-better-bibtex__Some_bibtex_entries_quietly_discarded_on_import"
    "_from_bib_file_873.bib": (
        732,
        256,
    ),
    "retorquere__zotero-better-bibtex__Bulk_performance_test.bib": (1240, 1),
    "retorquere__zotero-better-bibtex__Import_error_with_character_plus_in_BibTeX_field"
    "_name_2660.bib": (
        278,
        6,
    ),
    "retorquere__zotero-better-bibtex__web_page_and_other_mendeley_idiocy.bib": (484, 28),
    "NullHypothesis__censorbib__references.bib": (378, 0),
}


def _realworld(name: str) -> str:
    path = REALWORLD / name
    if not path.is_file():
        pytest.skip(f"{path} is not there (the shared real-world .bib files live beside the repo)")
    return path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(REALWORLD_FILES))
def test_realworld_files(name: str) -> None:
    parsed = parse_bibliography(_realworld(name))
    assert (len(parsed.entries), len(parsed.failures)) == REALWORLD_FILES[name]
    for failure in parsed.failures:
        assert failure.line >= 1
        assert failure.reason
    # every source that was read writes out and reads back to the same text
    for dialect in Dialect:
        items = [ExportItem(e.record) for e in parsed.entries if e.record.key]
        first = format_bibliography(items, dialect)
        again = parse_bibliography(first)
        assert again.failures == ()
        assert format_bibliography([ExportItem(e.record) for e in again.entries], dialect) == first


def test_realworld_details() -> None:
    anonbib = parse_bibliography(_realworld("david415__anonbib__anonbib.bib"))
    assert anonbib.strings == 14
    failures = {f.key: f.describe() for f in anonbib.failures}
    assert failures["chaum85"] == (
        "line 286: entry 'chaum85': undefined @string macro 'CACM' in field 'journal'"
    )
    bbt = parse_bibliography(
        _realworld("retorquere__zotero-better-bibtex__Bulk_performance_test.bib")
    )
    accessed = [e for e in bbt.entries if e.record.accessed is not None]
    assert len(accessed) > 100
    assert all(e.record.accessed_basis is AccessedBasis.PERSON for e in accessed)
    examples = parse_bibliography(_realworld("plk__biblatex__biblatex-examples.bib"))
    by_key = {e.record.key: e.record for e in examples.entries}
    assert by_key["ctan"].kind is SourceKind.WEB_PAGE
    assert by_key["ctan"].accessed == dt.date(2006, 10, 1)
    assert by_key["ctan"].title == "CTAN: The Comprehensive TeX Archive Network"
    aksin = by_key["aksin"]
    assert [(c.family, c.given) for c in aksin.contributors][:2] == [
        ("Aksın", "Özge"),
        ("Türkmen", "Hayati"),
    ]
    assert aksin.container == "J.\u00a0Organomet. Chem."  # a macro with a tie


def test_reading_does_not_log(caplog: pytest.LogCaptureFixture, tmp_path: Path) -> None:
    parse_bibliography((FIXTURES / "broken.bib").read_text(encoding="utf-8"))
    assert [r for r in caplog.records if r.name.startswith("bibtexparser")] == []
