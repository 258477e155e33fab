"""Fixtures for the bibliography tests: the letter's 17 works as source records."""

from __future__ import annotations

import datetime as dt
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import strategies as st

from claims.bib.keys import assign_keys
from claims.bib.latex import normalise_space
from claims.enums import AccessedBasis, ContributorRole, DatePrecision, SourceKind
from claims.records import Contributor, PartialDate, SourceRecord

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "bib"
REALWORLD = Path(__file__).resolve().parents[3] / "shared" / "realworld-bib"

_N = SourceKind.NEWS_ARTICLE
_HRW = "Human Rights Watch"


def _person(family: str, given: str) -> Contributor:
    return Contributor(family=family, given=given)


def _org(name: str) -> Contributor:
    return Contributor(literal=name)


# the 13 footnotes of the letter cite these 17 works, in order
_WORKS: list[dict[str, object]] = [
    {
        "kind": SourceKind.WEB_PAGE,
        "title": "Facebook mission statement",
        "container": "Facebook Investor Relations FAQ",
        "publisher": "Facebook",
        "url": "http://investor.fb.com/faq.cfm",
        "accessed": dt.date(2016, 5, 26),
    },
    {
        "kind": _N,
        "title": "Instagram Reportedly Blocked in China Amid Hong Kong Protests",
        "contributors": (_person("Vlastelica", "Ryan"),),
        "container": "Reuters",
        "issued": PartialDate(2014, 9, 28),
        "url": "http://www.reuters.com/article/us-china-instagram-idUSKCN0HN0VW20140928",
    },
    {
        "kind": _N,
        "title": "Chinese Military Declares the Internet an Ideological ‘Battleground’",
        "contributors": (_person("Tiezzi", "Shannon"),),
        "container": "The Diplomat",
        "issued": PartialDate(2015, 5, 21),
        "url": "http://thediplomat.com/2015/05/chinese-military-declares-the-internet-an-ideological-battleground",
    },
    {
        "kind": _N,
        "title": "Xi Jinping’s News Alert: Chinese Media Must Serve the Party",
        "contributors": (_person("Wong", "Edward"),),
        "container": "New York Times",
        "issued": PartialDate(2016, 2, 22),
        "url": "http://www.nytimes.com/2016/02/23/world/asia/china-media-policy-xi-jinping.html",
    },
    {
        "kind": SourceKind.PRESS_RELEASE,
        "title": "China: Reverse Downward Rights Spiral",
        "contributors": (_org(_HRW),),
        "container": _HRW,
        "publisher": _HRW,
        "issued": PartialDate(2016, 1, 27),
        "url": "https://www.hrw.org/news/2016/01/27/china-reverse-downward-rights-spiral-0",
    },
    {
        "kind": _N,
        "title": "China to Embed Internet Police in Tech Firms",
        "contributors": (_person("Dou", "Eva"),),
        "container": "Wall Street Journal",
        "issued": PartialDate(2015, 8, 5),
        "url": "http://www.wsj.com/articles/china-to-embed-internet-police-in-tech-firms-1438755985",
    },
    {
        "kind": _N,
        "title": "China Launches ‘Rumor-Busting’ Website to Enforce Party Line",
        "container": "Radio Free Asia",
        "issued": PartialDate(2016, 5, 13),
        "url": "http://www.rfa.org/english/news/china/china-launches-rumor-busting-website-to-enforce-party-line-05132016093057.html",
    },
    {
        "kind": SourceKind.PRESS_RELEASE,
        "title": "China: Draconian Legal Interpretation Threatens Online Freedom",
        "contributors": (_org(_HRW),),
        "container": _HRW,
        "publisher": _HRW,
        "issued": PartialDate(2013, 9, 13),
        "url": "https://www.hrw.org/news/2013/09/13/china-draconian-legal-interpretation-threatens-online-freedom",
    },
    {
        "kind": _N,
        "title": "China ‘Punishes’ Nearly 200 for Spreading Rumors",
        "contributors": (_person("Wong", "Chun Han"),),
        "container": "Wall Street Journal",
        "issued": PartialDate(2015, 8, 31),
        "url": "http://www.wsj.com/articles/china-punishes-nearly-200-for-spreading-rumors-1440991960",
    },
    {
        "kind": SourceKind.PRESS_RELEASE,
        "title": "China: New Ban on ‘Spreading Rumors’ About Disasters",
        "contributors": (_org(_HRW),),
        "container": _HRW,
        "publisher": _HRW,
        "issued": PartialDate(2015, 11, 2),
        "url": "https://www.hrw.org/news/2015/11/02/china-new-ban-spreading-rumors-about-disasters",
    },
    {
        "kind": SourceKind.BLOG_POST,
        "title": "A Chill, Ill Wind Blows Across China",
        "contributors": (_person("Economy", "Elizabeth C."),),
        "container": "Asia Unbound",
        "publisher": "Council on Foreign Relations",
        "issued": PartialDate(2013, 9, 16),
        "url": "http://blogs.cfr.org/asia/2013/09/16/a-chill-ill-wind-blows-across-china",
    },
    {
        "kind": _N,
        "title": "Crackdown on Bloggers Is Mounted by China",
        "contributors": (_person("Buckley", "Chris"),),
        "container": "New York Times",
        "issued": PartialDate(2013, 9, 13),
        "url": "http://www.nytimes.com/2013/09/11/world/asia/china-cracks-down-on-online-opinion-makers.html",
    },
    {
        "kind": _N,
        "title": "Fresh China media crackdown hits popular accounts on Tencent’s WeChat",
        "container": "South China Morning Post",
        "issued": PartialDate(2014, 3, 14),
        "url": "http://www.scmp.com/news/china/article/1448182/crackdown-hits-popular-accounts-tencents-wechat",
    },
    {
        "kind": SourceKind.BLOG_POST,
        "title": "Dispatches: Showing Diplomatic Solidarity at Lawyer’s Trial in China",
        "contributors": (_person("Richardson", "Sophie"),),
        "container": _HRW,
        "publisher": _HRW,
        "issued": PartialDate(2015, 12, 11),
        "url": "https://www.hrw.org/news/2015/12/11/dispatches-showing-diplomatic-solidarity-lawyers-trial-china",
        "extra": {"genre": "Dispatch"},
    },
    {
        "kind": SourceKind.BLOG_POST,
        "title": "Dispatches: Time to Fix Facebook’s Name Policy",
        "contributors": (_person("Peck", "Henry"),),
        "container": _HRW,
        "publisher": _HRW,
        "issued": PartialDate(2015, 10, 7),
        "url": "https://www.hrw.org/news/2015/10/07/dispatches-time-fix-facebooks-name-policy",
        "extra": {"genre": "Dispatch"},
    },
    {
        "kind": SourceKind.LETTER,
        "title": (
            "Appendix to Letter from the Nameless Coalition to Facebook About its Real Names Policy"
        ),
        "contributors": (_org("Nameless Coalition"),),
        "issued": PartialDate(2015, 10, 5),
        "url": "https://www.eff.org/document/appendix-october-5-2015-coalition-letter-facebook",
    },
    {
        "kind": SourceKind.CLIENT_ALERT,
        "title": "China’s Anti-Terrorism Law Raises Data Security Concerns",
        "contributors": (
            _person("McKenzie", "Paul"),
            _person("Milner", "Gordon"),
            _person("Zhang", "Wei"),
        ),
        "container": "Morrison Foerster Client Alert",
        "publisher": "Morrison Foerster",
        "issued": PartialDate(2016, 1, 20),
        "url": "http://www.mofo.com/~/media/Files/ClientAlert/2016/01/160120ChinaAntiTerrorism.pdf",
        "accessed": dt.date(2016, 6, 14),
    },
]


def letter_records() -> list[SourceRecord]:
    """The 17 works with Better BibTeX keys; access dates are stated in the letter."""
    drafts = [
        SourceRecord(
            key="",
            accessed_basis=AccessedBasis.STATED if w.get("accessed") else AccessedBasis.UNKNOWN,
            language="en",
            **w,  # type: ignore[arg-type]
        )
        for w in _WORKS
    ]
    keys = assign_keys(drafts)
    return [replace(r, key=k) for r, k in zip(drafts, keys, strict=True)]


@pytest.fixture
def letter() -> list[SourceRecord]:
    return letter_records()


def require_tool(name: str) -> str:
    """The path of an external program, or a visible skip naming what is missing."""
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (apt-get install {name}); CI installs it")
    return path


# ---------------------------------------------------------------- generated sources

# odd Unicode, braces, percent signs, backslashes and LaTeX look-alikes in every field
ODD_TEXT = st.lists(
    st.characters(codec="utf-8")
    | st.sampled_from(list("\\{}%$#&_~^`'\"-,.!?<>| \u00a0’“”–—"))
    | st.sampled_from(["--", "''", "\\textbf{x}", "$x$", "{\\'e}", "and", "China", "WeChat"]),
    min_size=1,
    max_size=30,
).map("".join)
_NAME = ODD_TEXT.filter(lambda s: normalise_space(s) != "")


def _contributors() -> st.SearchStrategy[tuple[Contributor, ...]]:
    role = st.sampled_from(ContributorRole)
    person = st.builds(Contributor, family=_NAME, given=_NAME | st.none(), role=role)
    org = st.builds(Contributor, literal=_NAME, role=role)
    return st.lists(person | org, max_size=3).map(tuple)


def _partial_dates() -> st.SearchStrategy[PartialDate]:
    return st.builds(
        PartialDate.from_date,
        st.dates(dt.date(1800, 1, 1), dt.date(2100, 12, 31)),
        st.sampled_from(DatePrecision),
    )


def _extra() -> st.SearchStrategy[dict[str, str]]:
    keys = st.sampled_from(["genre", "archive_url", "volume", "number", "pages", "issue"])
    return st.dictionaries(keys, ODD_TEXT, max_size=3)


@st.composite
def source_records(draw: st.DrawFn, key: str) -> SourceRecord:
    maybe = st.none() | ODD_TEXT
    accessed = draw(st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2100, 1, 1)))
    return SourceRecord(
        key=key,
        kind=draw(st.sampled_from(SourceKind)),
        title=draw(maybe),
        contributors=draw(_contributors()),
        container=draw(maybe),
        publisher=draw(maybe),
        issued=draw(st.none() | _partial_dates()),
        url=draw(maybe),
        accessed=accessed,
        accessed_basis=AccessedBasis.STATED if accessed else AccessedBasis.UNKNOWN,
        language=draw(st.none() | st.sampled_from(["en", "de", "fr", "en-GB"])),
        note=draw(maybe),
        doi=draw(maybe),
        extra=draw(_extra()),
    )


@st.composite
def source_lists(draw: st.DrawFn, max_size: int = 5) -> list[SourceRecord]:
    n = draw(st.integers(0, max_size))
    return [draw(source_records(f"key{i}")) for i in range(n)]
