"""Entry types and fields for each kind, in BibTeX, biblatex and CSL-JSON."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace

import pytest
from bib_support import source_lists
from hypothesis import given, settings
from hypothesis import strategies as st

from claims.bib.bibtex import (
    WRITE_BATCH,
    ExportItem,
    format_bibliography,
    write_entries,
    write_with_bibtexparser,
)
from claims.bib.common import ArchivedCopy, Dialect
from claims.bib.csljson import csl_item, format_items
from claims.enums import ContributorRole, SourceKind
from claims.records import Contributor, PartialDate, SourceRecord


def _by_key(letter: list[SourceRecord], key_start: str) -> SourceRecord:
    return next(r for r in letter if r.key.startswith(key_start))


def _entry(record: SourceRecord, dialect: Dialect, archive: ArchivedCopy | None = None) -> str:
    return format_bibliography([ExportItem(record, archive)], dialect)


def test_news_article(letter: list[SourceRecord]) -> None:
    r = replace(_by_key(letter, "vlastelica"), accessed=dt.date(2016, 5, 26))
    assert _entry(r, Dialect.BIBTEX) == (
        "@article{vlastelicaInstagramReportedlyBlocked2014,\n"
        "  author = {Vlastelica, Ryan},\n"
        "  title = {Instagram {Reportedly} {Blocked} in {China} {Amid} {Hong} {Kong} {Protests}},\n"
        "  journal = {Reuters},\n"
        "  year = {2014},\n"
        "  month = sep,\n"
        "  date = {2014-09-28},\n"
        "  url = {http://www.reuters.com/article/us-china-instagram-idUSKCN0HN0VW20140928},\n"
        "  urldate = {2016-05-26},\n"
        "  language = {english},\n"
        "  note = {Accessed 26 May 2016},\n"
        "}\n"
    )
    assert _entry(r, Dialect.BIBLATEX) == (
        "@article{vlastelicaInstagramReportedlyBlocked2014,\n"
        "  author = {Vlastelica, Ryan},\n"
        "  title = {Instagram {Reportedly} {Blocked} in {China} {Amid} {Hong} {Kong} {Protests}},\n"
        "  journaltitle = {Reuters},\n"
        "  entrysubtype = {newspaper},\n"
        "  date = {2014-09-28},\n"
        "  url = {http://www.reuters.com/article/us-china-instagram-idUSKCN0HN0VW20140928},\n"
        "  urldate = {2016-05-26},\n"
        "  langid = {english},\n"
        "}\n"
    )


def test_press_release_web_page_and_blog_post(letter: list[SourceRecord]) -> None:
    hrw = _by_key(letter, "humanChinaReverse")
    bibtex = _entry(hrw, Dialect.BIBTEX)
    assert bibtex.startswith("@misc{humanChinaReverseDownward2016,\n")
    assert "  author = {{Human Rights Watch}},\n" in bibtex
    # the publisher, not an outlet: it reads back as the publisher
    assert "  organization = {Human Rights Watch},\n" in bibtex
    assert "howpublished" not in bibtex
    assert "  type = {news release},\n" in bibtex  # the dataset's genre, as printed
    biblatex = _entry(hrw, Dialect.BIBLATEX)
    # @online has one list for outlet and publisher; @misc tells them apart
    assert biblatex.startswith("@misc{humanChinaReverseDownward2016,\n")
    assert "  organization = {Human Rights Watch},\n" in biblatex
    assert "  type = {news release},\n" in biblatex
    plain = replace(hrw, extra={})
    assert "  type = {Press release},\n" in _entry(plain, Dialect.BIBTEX)
    assert "year" not in biblatex

    blog = _by_key(letter, "economy")
    assert (
        "  howpublished = {Asia Unbound},\n  organization = {Council on Foreign Relations},\n"
        in (_entry(blog, Dialect.BIBTEX))
    )
    assert "  organization = {{Asia Unbound} and {Council on Foreign Relations}},\n" in (
        _entry(blog, Dialect.BIBLATEX)
    )
    faq = _by_key(letter, "facebook")
    assert _entry(faq, Dialect.BIBLATEX).startswith("@online{")
    assert _entry(faq, Dialect.BIBTEX).startswith("@misc{")


def test_report_and_client_alert(letter: list[SourceRecord]) -> None:
    mofo = _by_key(letter, "mckenzie")
    bibtex = _entry(mofo, Dialect.BIBTEX)
    assert bibtex.startswith("@techreport{")
    assert "  author = {McKenzie, Paul and Milner, Gordon and Zhang, Wei},\n" in bibtex
    assert "  type = {Client Alert},\n  institution = {Morrison Foerster},\n" in bibtex
    assert "  note = {Accessed 14 June 2016},\n" in bibtex
    biblatex = _entry(mofo, Dialect.BIBLATEX)
    assert biblatex.startswith("@report{")
    assert "  type = {Client Alert},\n  institution = {Morrison Foerster},\n" in biblatex
    assert "  urldate = {2016-06-14},\n" in biblatex
    assert "note" not in biblatex
    report = replace(mofo, kind=SourceKind.REPORT, extra={})
    assert "  type = {Report},\n" in _entry(report, Dialect.BIBLATEX)


def test_dates_at_their_precision(letter: list[SourceRecord]) -> None:
    r = _by_key(letter, "vlastelica")
    month = _entry(replace(r, issued=PartialDate(2014, 9)), Dialect.BIBLATEX)
    assert "  date = {2014-09},\n" in month
    year = _entry(replace(r, issued=PartialDate(2014)), Dialect.BIBTEX)
    assert "  year = {2014},\n" in year
    assert "month" not in year


def test_archived_copy(letter: list[SourceRecord]) -> None:
    r = _by_key(letter, "facebook")
    archive = ArchivedCopy("https://web.archive.org/web/20160526/http://investor.fb.com/faq.cfm")
    assert (
        "  note = {Accessed 26 May 2016. Archived at "
        "https://web.archive.org/web/20160526/http://investor.fb.com/faq.cfm},\n"
    ) in _entry(r, Dialect.BIBTEX, archive)
    assert (
        "  addendum = {Archived at "
        "https://web.archive.org/web/20160526/http://investor.fb.com/faq.cfm},\n"
    ) in _entry(r, Dialect.BIBLATEX, archive)
    assert csl_item(ExportItem(r, archive))["archive_location"] == archive.url


def test_unicode_kept_for_biblatex_and_latex_for_bibtex() -> None:
    r = SourceRecord(
        key="k",
        kind=SourceKind.NEWS_ARTICLE,
        title="Xi Jinping’s “Müller” – test",
        contributors=(Contributor(family="Łoś", given="Zoë"),),
    )
    assert "title = {Xi {Jinping’s} “{Müller}” – test}" in _entry(r, Dialect.BIBLATEX)
    assert "author = {Łoś, Zoë}" in _entry(r, Dialect.BIBLATEX)
    bibtex = _entry(r, Dialect.BIBTEX)
    assert "title = {Xi {Jinping\\textquoteright{}s} ``{M{\\\"u}ller}'' -- test}" in bibtex
    assert "author = {{\\L}o{\\'s}, Zo{\\\"e}}" in bibtex
    ascii = format_bibliography([ExportItem(r)], Dialect.BIBLATEX, ascii=True)
    assert ascii.isascii()


def test_editors_and_organisations() -> None:
    r = SourceRecord(
        key="k",
        kind=SourceKind.REPORT,
        title="T",
        contributors=(
            Contributor(literal="Human Rights Watch"),
            Contributor(family="Doe", given="Jane", role=ContributorRole.EDITOR),
        ),
    )
    text = _entry(r, Dialect.BIBLATEX)
    assert "  author = {{Human Rights Watch}},\n  editor = {Doe, Jane},\n" in text


def test_csl_json(letter: list[SourceRecord]) -> None:
    items = {r.key: csl_item(ExportItem(r)) for r in letter}
    wsj = items["wongChinaPunishesNearly2015"]
    assert wsj == {
        "id": "wongChinaPunishesNearly2015",
        "type": "article-newspaper",
        "title": "China ‘Punishes’ Nearly 200 for Spreading Rumors",
        "author": [{"family": "Wong", "given": "Chun Han"}],
        "container-title": "Wall Street Journal",
        "issued": {"date-parts": [[2015, 8, 31]]},
        "URL": "http://www.wsj.com/articles/china-punishes-nearly-200-for-spreading-rumors-1440991960",
        "language": "en",
    }
    hrw = items["humanChinaReverseDownward2016"]
    assert hrw["type"] == "webpage"
    assert hrw["genre"] == "news release"
    assert csl_item(ExportItem(replace(letter[4], extra={})))["genre"] == "Press release"
    assert hrw["author"] == [{"literal": "Human Rights Watch"}]
    assert items["richardsonDispatchesShowingDiplomatic2015"]["genre"] == "dispatch"
    assert items["richardsonDispatchesShowingDiplomatic2015"]["type"] == "post-weblog"
    assert items["economyChillIllWind2013"]["publisher"] == "Council on Foreign Relations"
    mofo = items["mckenzieChinasAntiTerrorismLaw2016"]
    assert mofo["type"] == "report"
    assert mofo["accessed"] == {"date-parts": [[2016, 6, 14]]}
    assert items["facebookFacebookMissionStatement"]["accessed"] == {"date-parts": [[2016, 5, 26]]}
    assert json.loads(format_items([ExportItem(r) for r in letter])) == list(items.values())
    assert json.loads(format_items([])) == []


@pytest.mark.parametrize("dialect", list(Dialect))
def test_output_streams_in_batches(dialect: Dialect) -> None:
    records = (
        SourceRecord(key=f"k{i}", kind=SourceKind.WEB_PAGE, title=f"T {i}")
        for i in range(WRITE_BATCH * 2 + 1)
    )
    chunks = list(write_entries((ExportItem(r) for r in records), dialect))
    assert len(chunks) == 3
    text = "".join(chunks)
    assert text.count("\n@") == WRITE_BATCH * 2  # one blank line between all entries
    assert text.startswith("@")
    assert "\n\n\n" not in text


@settings(max_examples=60, deadline=None)
@given(source_lists(max_size=4), st.sampled_from(Dialect), st.booleans())
def test_entries_are_laid_out_exactly_as_bibtexparser_writes_them(
    records: list[SourceRecord], dialect: Dialect, ascii: bool
) -> None:
    items = [ExportItem(r) for r in records]
    assert format_bibliography(items, dialect, ascii=ascii) == write_with_bibtexparser(
        items, dialect, ascii=ascii
    )


def test_the_letter_is_laid_out_exactly_as_bibtexparser_writes_it(
    letter: list[SourceRecord],
) -> None:
    archive = ArchivedCopy("https://web.archive.org/web/2016/x", dt.date(2016, 5, 1))
    items = [ExportItem(r, archive if i % 2 else None) for i, r in enumerate(letter)]
    for dialect in Dialect:
        for ascii in (False, True):
            ours = format_bibliography(items, dialect, ascii=ascii)
            assert ours == write_with_bibtexparser(items, dialect, ascii=ascii)
