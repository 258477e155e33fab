"""Lint: what a careful editor would catch, offline."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import LETTER_DATASET

from claims.dataset import LintRule, lint, load_dataset, read_dataset
from claims.dataset.lint import dates_agree, dates_in_url
from claims.db import Database
from claims.records import PartialDate


@pytest.mark.parametrize(
    ("url", "dates"),
    [
        ("http://www.nytimes.com/2016/02/23/world/asia/x.html", ["2016-02-23"]),
        ("http://thediplomat.com/2015/05/chinese-military", ["2015-05"]),
        ("http://www.reuters.com/article/us-china-instagram-idUSKCN0HN0VW20140928", ["2014-09-28"]),
        ("http://www.mofo.com/~/media/Files/ClientAlert/2016/01/160120ChinaAnti.pdf", ["2016-01"]),
        ("https://example.org/news/2016-07-18-letter", ["2016-07-18"]),
        ("https://example.org/posts/2016/7/8/", ["2016-07-08"]),
        # ambiguous or not a date: ignored, never guessed
        ("http://www.rfa.org/english/x-05132016093057.html", []),
        ("http://www.wsj.com/articles/china-punishes-1440991960", []),
        ("http://www.scmp.com/news/china/article/1448182/crackdown", []),
        ("https://example.org/2016/13/40/", []),
        ("https://example.org/items/20161340", []),
        ("https://example.org/issue/2016/", []),
        ("https://example.org/a?date=2016-02-03", ["2016-02-03"]),
    ],
)
def test_dates_in_url(url: str, dates: list[str]) -> None:
    assert [d.iso() for d in dates_in_url(url)] == dates


def test_dates_agree_at_the_coarser_precision() -> None:
    assert dates_agree(PartialDate.parse("2015-05-21"), PartialDate.parse("2015-05"))
    assert dates_agree(PartialDate.parse("2015"), PartialDate.parse("2015-05-21"))
    assert not dates_agree(PartialDate.parse("2016-02-22"), PartialDate.parse("2016-02-23"))
    assert not dates_agree(PartialDate.parse("2016-01"), PartialDate.parse("2016-02-01"))


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31)), st.booleans())
def test_a_date_path_is_read_back(date: dt.date, with_day: bool) -> None:
    path = f"/{date.year}/{date.month:02d}" + (f"/{date.day:02d}" if with_day else "")
    (found,) = dates_in_url(f"https://example.org{path}/slug")
    assert found.as_date() == (date if with_day else date.replace(day=1))


@given(st.text(max_size=80))
def test_any_url_text_is_safe(text: str) -> None:
    for date in dates_in_url("https://example.org/" + text):
        assert 1900 <= date.year <= 2099


def _load(database: Database, folder: Path = LETTER_DATASET) -> None:
    dataset = read_dataset(folder)
    with database.session() as session:
        load_dataset(session, dataset)


def test_the_letter_has_exactly_two_date_disagreements(database: Database) -> None:
    _load(database)
    with database.session() as session:
        report = lint(session)
    mismatches = [f for f in report.findings if f.rule is LintRule.ISSUED_URL_MISMATCH]
    assert [(f.key, f.message) for f in mismatches] == [
        (
            "buckleyCrackdownBloggersMounted2013",
            "issued 2013-09-13 but the URL carries 2013-09-11 (2 days apart)",
        ),
        (
            "wongXiJinpingsNews2016",
            "issued 2016-02-22 but the URL carries 2016-02-23 (1 day apart)",
        ),
    ]
    counts = report.counts()
    assert counts["no-access-date"] == 15  # all but the first and last footnotes' works
    assert counts["missing-field"] == counts["uncited-source"] == counts["duplicate-url"] == 0
    assert counts["unsourced-claim"] == sum(
        1 for c in read_dataset(LETTER_DATASET).claims if not c.has_sources
    )
    assert not report.clean


def test_rules_can_be_chosen(database: Database) -> None:
    _load(database)
    with database.session() as session:
        report = lint(session, [LintRule.MISSING_FIELD, LintRule.DUPLICATE_URL])
    assert report.clean
    assert report.rules == (LintRule.MISSING_FIELD, LintRule.DUPLICATE_URL)
    assert report.as_json()["counts"] == {"missing-field": 0, "duplicate-url": 0}


def test_missing_field_uncited_and_duplicate_url(database: Database, tmp_path: Path) -> None:
    folder = tmp_path / "letter"
    shutil.copytree(LETTER_DATASET, folder)
    path = folder / "dataset.toml"
    toml = path.read_text("utf-8")
    toml = toml.replace('container = "Radio Free Asia"\n', "")  # a news article needs its outlet
    toml = toml.replace("footnotes = [12]", "footnotes = []")  # the appendix is cited by no claim
    toml = toml.replace(
        'url = "https://www.hrw.org/news/2015/10/07/dispatches-time-fix-facebooks-name-policy"',
        'url = "HTTPS://www.hrw.org:443/news/2015/12/11/dispatches-showing-diplomatic-solidarity'
        '-lawyers-trial-china#top"',
    )
    path.write_text(toml, "utf-8")
    _load(database, folder)
    with database.session() as session:
        report = lint(session)
    found = {(f.rule.value, f.key, f.field) for f in report.findings}
    assert ("missing-field", "radioChinaLaunchesRumorBusting2016", "container") in found
    assert ("uncited-source", "appendixLetterNameless2015", None) in found
    assert ("duplicate-url", "peckDispatchesTimeFix2015", "url") in found
    assert ("duplicate-url", "richardsonDispatchesShowingDiplomatic2015", "url") in found
    # the moved URL now disagrees with Peck's issued date too
    assert ("issued-url-mismatch", "peckDispatchesTimeFix2015", "issued") in found
    assert ("unsourced-claim", "real-name-policy-disproportionate", None) in found


def test_empty_database_is_clean(database: Database) -> None:
    with database.session() as session:
        report = lint(session)
    assert report.clean
    assert report.sources_checked == report.claims_checked == 0
