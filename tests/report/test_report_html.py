"""The HTML report: self-contained, every claim highlighted, and no text can become markup."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from html.parser import HTMLParser
from importlib import resources
from types import MappingProxyType

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.sample_document import EVIL_TITLE, build_sample

from claims.db import Database
from claims.enums import AccessedBasis, ClaimStatus, LinkHealth, SourceKind, Verdict
from claims.records import Contributor
from claims.report import Report, build_report, render_html
from claims.report.document import (
    CitationView,
    ClaimView,
    DocumentView,
    FootnoteView,
    SourceView,
    TrailView,
)
from claims.report.html import web_url
from claims.report.scope import SOURCE_STATES
from claims.repository.verifications import ArchivedCopy
from claims.workflow import verify

NOW = dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "body", "a", "header", "p", "h1", "h2", "h3", "h4",
    "time", "section", "div", "ul", "ol", "li", "b", "i", "span", "button", "code", "mark",
    "main", "article", "aside", "template", "blockquote", "q", "dl", "dt", "dd", "table", "thead",
    "tbody", "tr", "th", "td", "footer", "script", "details", "summary", "input", "label",
    "select", "option", "output", "fieldset", "legend",
}  # fmt: skip


class Page(HTMLParser):
    """Start tags with their attributes, and the text, as a browser's tokenizer sees them."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.data: list[str] = []
        self.raw: dict[str, list[str]] = {"script": [], "style": []}
        self._in: str | None = None
        self.feed(html)
        self.close()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in self.raw:
            self._in = tag

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self.raw[self._in].append(data)
        else:
            self.data.append(data)

    @property
    def text(self) -> str:
        return "".join(self.data)

    def marks(self, key: str | None = None) -> list[dict[str, str | None]]:
        return [
            a
            for t, a in self.tags
            if t == "mark" and "data-claim" in a and (key is None or a["data-claim"] == key)
        ]

    def structure(self) -> list[tuple[str, tuple[str, ...]]]:
        return [(t, tuple(sorted(a))) for t, a in self.tags]


@pytest.fixture
def sample_html(database: Database) -> str:
    with database.session() as s:
        build_sample(s)
        verify(s, "c-flood", "verified", "<b>Ann</b>", note="</template><script>x()</script>")
    with database.session() as s:
        report = build_report(s, "sample-doc", with_text=True, now=NOW)
    return render_html(report)


def _assert_safe(page: Page) -> None:
    assert {t for t, _ in page.tags} <= ALLOWED_TAGS, {t for t, _ in page.tags} - ALLOWED_TAGS
    assert [t for t, _ in page.tags].count("script") == 1
    script = resources.files("claims.report").joinpath("templates/report.js").read_text()
    assert "".join(page.raw["script"]) == script
    for tag, attrs in page.tags:
        assert not [a for a in attrs if a.startswith("on")], (tag, attrs)
        assert "src" not in attrs, (tag, attrs)
        href = attrs.get("href")
        if href is not None:
            assert href.startswith(("http://", "https://", "#")), href


def test_every_claim_is_highlighted_once_focusable(sample_html: str) -> None:
    page = Page(sample_html)
    keys = ["c-flood", "c-cross", "c-dam", "c-denial", "c-bridge", "c-bridge-again", "c-prices"]
    for key in keys:
        parts = page.marks(key)
        assert parts, key
        focusable = [p for p in parts if p.get("tabindex") == "0"]
        assert len(focusable) == 1, key
        assert focusable[0]["role"] == "button"
        assert focusable[0]["aria-controls"] == "panel"
    # c-dam starts inside c-cross and ends after it: c-dam is cut in two
    assert len(page.marks("c-dam")) == 2
    assert len(page.marks("c-cross")) == 1
    assert {p["data-claim"] for p in page.marks()} == set(keys)
    status = {p["data-claim"]: p["class"] for p in page.marks() if p.get("tabindex")}
    assert "s-disputed" in (status["c-prices"] or "")
    assert "risk" in (status["c-denial"] or "").split()
    templates = [a["data-claim"] for t, a in page.tags if t == "template"]
    assert templates == keys


def test_text_is_kept_exactly(sample_html: str) -> None:
    page = Page(sample_html)
    from tests.sample_document import TEXT

    assert TEXT in page.text  # the highlighted text reads back as the document's text
    assert "Prices rose <b>sharply</b> & quickly." in page.text


def test_the_page_is_self_contained(sample_html: str) -> None:
    page = Page(sample_html)
    _assert_safe(page)
    assert not [t for t, _ in page.tags if t in ("link", "img", "iframe", "object", "embed")]
    css = "".join(page.raw["style"])
    assert "url(" not in css
    assert "@import" not in css
    (csp,) = [
        a["content"] for t, a in page.tags if a.get("http-equiv") == "Content-Security-Policy"
    ]
    assert csp is not None
    assert "default-src 'none'" in csp

    def digest(s: str) -> str:
        return base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()

    assert f"style-src 'sha256-{digest(css)}'" in csp
    assert f"script-src 'sha256-{digest(''.join(page.raw['script']))}'" in csp
    assert '<meta name="viewport"' in sample_html
    assert "@media print" in css
    assert "@media (max-width" in css


def test_hostile_text_stays_text(sample_html: str) -> None:
    page = Page(sample_html)
    _assert_safe(page)
    assert EVIL_TITLE in page.text
    assert "</mark><b>container</b>" in page.text
    assert "</template><script>x()</script>" in page.text
    assert 'href="javascript' not in sample_html
    assert "javascript:alert(1)" in page.text  # shown, not linked
    assert "(not a web link)" in page.text


def test_sources_show_fields_dates_health_and_archives(sample_html: str) -> None:
    page = Page(sample_html)
    text = page.text
    for expected in (
        "Jane Doe; Flood Watch",
        "Example Times",
        "2015-08-13",
        "2016-05-26",
        "(stated)",
        "no access date",
        "last checked 2024-05-02 12:00:00 UTC",
        "wayback copy of 2016-04-30 12:00:00 UTC",
        "footnote 3, p. 12",
        "Flood report, https://alive.example/report.",
    ):
        assert expected in text, expected
    hrefs = [a.get("href") for t, a in page.tags if t == "a"]
    assert "https://archive.example/web/20160430120000/http://dead.example/a" in hrefs
    assert "https://alive.example/report" in hrefs
    health = [
        a["class"] for t, a in page.tags if t == "span" and "health" in (a.get("class") or "")
    ]
    assert "health h-dead" in health
    assert "health h-no-url" in health


def test_web_url_refuses_everything_but_http() -> None:
    assert web_url("https://a.example/x?y=1") == "https://a.example/x?y=1"
    assert web_url(" HTTP://A.example ") == "HTTP://A.example"
    for bad in ("javascript:alert(1)", "data:text/html,x", "//a.example", "https://a b", None, ""):
        assert web_url(bad) is None


# --- property: whatever the text, the markup is the same as for plain text ------------------


def _report(
    *,
    doc_title: str,
    before: str,
    quote: str,
    after: str,
    footnote: str,
    key: str,
    statement: str,
    source_key: str,
    title: str,
    container: str,
    url: str,
    reviewer: str,
    note: str,
) -> Report:
    text = before + quote + footnote + after
    start, end = len(before), len(before) + len(quote)
    source = SourceView(
        key=source_key,
        kind=SourceKind.NEWS_ARTICLE,
        title=title,
        authors=(Contributor(family=container, given=title), Contributor(literal=note)),
        editors=(),
        container=container,
        publisher=note,
        issued=None,
        url=url,
        accessed=dt.date(2016, 5, 26),
        accessed_basis=AccessedBasis.STATED,
        raw=footnote,
        state=LinkHealth.DEAD.value,
        last_checked_at=NOW,
        archived=(ArchivedCopy(source_key, 1, url, LinkHealth.DEAD, note, url, NOW, 200),),
    )
    claim = ClaimView(
        key=key,
        status=ClaimStatus.DISPUTED,
        statement=statement,
        quote=quote,
        start=start,
        end=end,
        anchored=True,
        citations=(CitationView(source_key, 1, 1, note),),
        trail=(TrailView(NOW, Verdict.DISPUTED, reviewer, note, source_key),),
        overlaps=(),
    )
    view = DocumentView(
        key=key,
        title=doc_title,
        author=reviewer,
        publisher=container,
        published=None,
        url=url,
        text=text,
        footnotes=(FootnoteView(1, footnote, end, end + len(footnote)),),
        claims=(claim,),
        sources=MappingProxyType({source_key: source}),
    )
    return Report(
        generated_at=NOW,
        document=key,
        documents=(),
        claims_by_status=MappingProxyType(dict.fromkeys(ClaimStatus, 0)),
        sources_by_health=MappingProxyType(dict.fromkeys(SOURCE_STATES, 0)),
        claims=(),
        claims_at_risk=(),
        sources_without_accessed=(),
        lint=None,
        archived_copies=(),
        links=(),
        views=(view,),
    )


FIELDS = (
    "doc_title",
    "before",
    "quote",
    "after",
    "footnote",
    "key",
    "statement",
    "source_key",
    "title",
    "container",
    "url",
    "reviewer",
    "note",
)
HOSTILE = st.one_of(
    st.text(min_size=1, max_size=30),
    st.sampled_from(
        [
            "<script>alert(1)</script>",
            "</textarea></title></style></script><img src=x onerror=alert(1)>",
            '"><svg onload=alert(1)>',
            "' onmouseover='alert(1)",
            "</template><mark data-claim=x>",
            "{{ 7*7 }}{% raw %}",
            "javascript:alert(1)",
            "&lt;b&gt; &amp; &#60;",
            "<!-- --><![CDATA[x]]>",
        ]
    ),
)


@given(st.fixed_dictionaries(dict.fromkeys(FIELDS, HOSTILE)))
def test_no_text_yields_a_tag(values: dict[str, str]) -> None:
    html = render_html(_report(**values))
    plain = render_html(_report(**{k: "x" * len(v) for k, v in values.items()}))
    page = Page(html)
    # the same elements and attributes as for harmless text: nothing was injected
    assert page.structure() == Page(plain).structure()
    _assert_safe(page)
    text = page.text
    for field in ("statement", "quote", "footnote", "title", "reviewer"):
        value = re.sub(r"[\x00-\x08\x0b\x0e-\x1f\x7f]", "", values[field])
        assert value in text, field
    assert "{{" not in values["statement"] or values["statement"] in text


def test_nested_and_crossing_claims_produce_balanced_marks(sample_html: str) -> None:
    body = sample_html.split('<div class="doc-text"', 1)[1].split("</div>", 1)[0]
    assert body.count("<mark ") == body.count("</mark>")
    depth = 0
    for match in re.finditer(r"<(/?)mark\b", body):
        depth += -1 if match.group(1) else 1
        assert depth >= 0
    assert depth == 0
