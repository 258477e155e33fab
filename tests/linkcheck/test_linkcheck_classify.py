"""The pure parts: classification, titles, guard policy, options."""

from __future__ import annotations

import datetime as dt
import ipaddress

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.enums import CheckOutcome
from claims.linkcheck import CheckOptions, Redirect
from claims.linkcheck.checker import sibling_probe_url
from claims.linkcheck.classify import (
    PageFacts,
    classify,
    extract_title,
    is_redirect_to_home,
    title_similarity,
)
from claims.linkcheck.guard import is_public_address
from claims.linkcheck.options import default_user_agent, parse_duration


def page(status: int = 200, title: str | None = "A page", **kw: object) -> PageFacts:
    body = f"<html><head><title>{title}</title></head><body>text</body></html>" if title else None
    return PageFacts(
        requested_url=str(kw.get("requested_url", "https://example.org/a/b")),
        status=status,
        final_url=str(kw.get("final_url", kw.get("requested_url", "https://example.org/a/b"))),
        redirects=kw.get("redirects", ()),  # type: ignore[arg-type]
        headers=kw.get("headers", {}),  # type: ignore[arg-type]
        body=body,
    )


def test_title_extraction_unescapes_and_collapses() -> None:
    assert extract_title("<TITLE lang=en>\n Caf&eacute;  &amp; bar\n</title>") == "Café & bar"
    assert extract_title("<html>no title</html>") is None
    assert extract_title("<title>  </title>") is None


@given(st.text(alphabet=st.characters(blacklist_characters="<>&"), min_size=1))
def test_title_round_trips_plain_text(text: str) -> None:
    title = extract_title(f"<title>{text}</title>")
    assert title == (" ".join(text.split()) or None)


def test_title_similarity_ignores_site_suffix_and_case() -> None:
    assert title_similarity("Facebook in China | Reuters", ["facebook in china"]) == 1.0
    assert title_similarity(None, ["x"]) is None
    assert title_similarity("x", []) is None
    low = title_similarity("Cooking with herbs", ["Facebook in China"])
    assert low is not None
    assert low < 0.5


def test_error_title_on_a_cited_error_title_is_not_soft_404() -> None:
    facts = page(title="404 errors explained")
    verdict = classify(facts, cited_titles=["404 errors explained"])
    assert verdict.outcome is CheckOutcome.OK


def test_redirect_to_home_needs_a_deep_link_on_the_same_site() -> None:
    hop = (Redirect("https://www.example.org/2016/story", 301),)
    home = page(requested_url="https://www.example.org/2016/story", final_url="https://example.org/",
                redirects=hop)  # fmt: skip
    assert is_redirect_to_home(home)
    other = page(requested_url="https://www.example.org/2016/story",
                 final_url="https://elsewhere.net/", redirects=hop)  # fmt: skip
    assert not is_redirect_to_home(other)
    root = page(requested_url="https://example.org/", final_url="https://example.org/en/",
                redirects=(Redirect("https://example.org/", 302),))  # fmt: skip
    assert not is_redirect_to_home(root)


def test_sibling_probe_keeps_directory_and_extension() -> None:
    assert sibling_probe_url("https://x.org/a/b/story.html?id=3", "T") == "https://x.org/a/b/T.html"
    assert sibling_probe_url("https://x.org/a/b/", "T") == "https://x.org/a/b/T"
    assert sibling_probe_url("https://x.org/", "T") is None


@pytest.mark.parametrize(
    ("address", "public"),
    [("93.184.216.34", True), ("127.0.0.1", False), ("10.1.2.3", False), ("172.16.0.1", False),
     ("192.168.1.1", False), ("169.254.169.254", False), ("224.0.0.1", False), ("::1", False),
     ("fe80::1", False), ("fc00::1", False), ("::ffff:127.0.0.1", False), ("0.0.0.0", False),
     ("2606:4700::1111", True), ("100.64.0.1", False)],
)  # fmt: skip
def test_public_addresses(address: str, public: bool) -> None:
    assert is_public_address(ipaddress.ip_address(address)) is public


@pytest.mark.parametrize(
    ("text", "expected"),
    [("24h", dt.timedelta(hours=24)), ("90s", dt.timedelta(seconds=90)),
     ("3d", dt.timedelta(days=3)), ("30m", dt.timedelta(minutes=30)), ("0", dt.timedelta(0)),
     ("1.5h", dt.timedelta(minutes=90))],
)  # fmt: skip
def test_parse_duration(text: str, expected: dt.timedelta) -> None:
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["", "h", "-1h", "soon", "nan", "inf"])
def test_parse_duration_rejects(text: str) -> None:
    with pytest.raises(ValueError, match="duration"):
        parse_duration(text)


def test_options_validate_and_identify() -> None:
    with pytest.raises(ValueError, match="concurrency"):
        CheckOptions(concurrency=0)
    with pytest.raises(ValueError, match="network"):
        CheckOptions(allow_networks=("not-a-net",))
    assert CheckOptions().user_agent == default_user_agent()
    assert default_user_agent().startswith("claims/")


@pytest.mark.parametrize(
    ("url", "home"),
    [("https://x.org/", True), ("https://x.org", True), ("https://x.org/index.html", True),
     ("https://x.org/en/", True), ("https://x.org/de-at/home", True), ("https://x.org/home", True),
     ("https://x.org/ok", False), ("https://x.org/en", False), ("https://x.org/?p=12", False),
     ("https://x.org/news/", False)],
)  # fmt: skip
def test_is_home(url: str, home: bool) -> None:
    from claims.linkcheck.classify import is_home

    assert is_home(url) is home


@pytest.mark.parametrize(
    ("title", "error"),
    [("404", True), ("Error 404", True), ("404 - Page not found", True), ("404 Not Found", True),
     ("Page not found | Example", True), ("Fehler 404", True), ("Seite nicht gefunden", True),
     ("HTTP 410 Gone", True), ("This page does not exist", True),
     ("Flight 404 lands safely", False), ("Article /articles/404", False),
     ("Facebook in China", False), ("The 410 bus route", False)],
)  # fmt: skip
def test_error_titles(title: str, error: bool) -> None:
    from claims.linkcheck.classify import has_error_title

    assert has_error_title(title) is error


_TITLE_PIECES = ["404", "410", "Error", "HTTP", "page", "Page", "not", "NOT", "found", "exist",
                 "exists", "doesn't", "no longer", "available", "missing", "Just a moment",
                 "Access Denied", "are you a", "robot", "human", "verify", "captcha", "Bot",
                 "check", "security", "DDoS-Guard", "nicht", "gefunden", "página", "pagina",
                 "introuvable", "non trouvée", "trovata", "niet", "gevonden", " ", "-", "|",
                 "…", "x"]  # fmt: skip


@given(st.lists(st.sampled_from(_TITLE_PIECES), max_size=8).map(" ".join) | st.text(max_size=40))
def test_title_word_prefilter_agrees_with_the_patterns(title: str) -> None:
    """The words looked for before the patterns never hide a title a pattern matches."""
    from claims.linkcheck.classify import (
        BOT_WALL_TITLE_PATTERNS,
        ERROR_TITLE_PATTERNS,
        has_error_title,
        is_bot_wall,
    )

    assert has_error_title(title) is any(p.search(title) for p in ERROR_TITLE_PATTERNS)
    facts = PageFacts("https://example.org/a", 200, "https://example.org/a", body=f"<title>{title}")
    wall = any(p.search(t) for p in BOT_WALL_TITLE_PATTERNS if (t := facts.title) is not None)
    assert is_bot_wall(facts) is wall
