"""The URL normaliser: one Link per resource, however the citation spelled its URL."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.urls import has_trailing_punctuation, host_name, normalize_url


@pytest.mark.parametrize(
    ("url", "normal"),
    [
        ("HTTP://WWW.Example.COM/Path?Q=A", "http://www.example.com/Path?Q=A"),
        ("https://example.com:443/a", "https://example.com/a"),
        ("http://example.com:80/a", "http://example.com/a"),
        ("http://example.com:8080/a", "http://example.com:8080/a"),
        ("https://example.com", "https://example.com/"),
        ("https://example.com/a#section-2", "https://example.com/a"),
        ("  https://example.com/a  ", "https://example.com/a"),
        ("https://user:pw@Example.com/a", "https://user:pw@example.com/a"),
        ("http://[::1]:8000/x", "http://[::1]:8000/x"),
        (
            "http://www.mofo.com/~/media/Files/ClientAlert/2016/01/160120ChinaAntiTerrorism.pdf",
            "http://www.mofo.com/~/media/Files/ClientAlert/2016/01/160120ChinaAntiTerrorism.pdf",
        ),
        ("https://example.com/a?b=1&a=2", "https://example.com/a?b=1&a=2"),  # order kept
        ("https://example.com/a%2Fb", "https://example.com/a%2Fb"),  # escapes kept
    ],
)
def test_normalize(url: str, normal: str) -> None:
    assert normalize_url(url) == normal


@pytest.mark.parametrize(
    "url",
    ["example.com/a", "ftp://example.com/a", "mailto:a@example.com", "https://", "http://x:99999/"],
)
def test_not_a_web_url(url: str) -> None:
    with pytest.raises(ValueError, match="URL"):
        normalize_url(url)


def test_trailing_punctuation() -> None:
    assert has_trailing_punctuation("https://example.com/a.")
    assert has_trailing_punctuation("https://example.com/a;")
    assert not has_trailing_punctuation("https://example.com/a.html")


hosts = st.from_regex(r"[A-Za-z][A-Za-z0-9-]{0,10}(\.[A-Za-z]{2,5}){1,2}", fullmatch=True)
paths = st.from_regex(r"(/[A-Za-z0-9._~%-]{0,8}){0,4}", fullmatch=True)
queries = st.from_regex(r"(\?[A-Za-z0-9=&%]{0,12})?", fullmatch=True)


@given(
    scheme=st.sampled_from(["http", "https", "HTTP", "Https"]),
    host=hosts,
    port=st.sampled_from(["", ":80", ":443", ":8080"]),
    path=paths,
    query=queries,
    fragment=st.from_regex(r"(#[a-z0-9]{0,6})?", fullmatch=True),
)
def test_normalize_is_idempotent_and_keeps_path_and_query(
    scheme: str, host: str, port: str, path: str, query: str, fragment: str
) -> None:
    url = f"{scheme}://{host}{port}{path}{query}{fragment}"
    once = normalize_url(url)
    assert normalize_url(once) == once
    default = {"http": ":80", "https": ":443"}[scheme.lower()]
    kept_port = "" if port in ("", default) else port
    kept_query = query if len(query) > 1 else ""  # a bare "?" carries nothing
    assert once == f"{scheme.lower()}://{host.lower()}{kept_port}{path or '/'}{kept_query}"


_URLISH = st.builds(
    "".join,
    st.lists(
        st.sampled_from(
            [
                "http",
                "https",
                "HTTP",
                "://",
                "example.org",
                "EXAMPLE",
                "a",
                "-",
                ".",
                ":",
                "80",
                "@",
                "u:p",
                "/",
                "//",
                "?",
                "#",
                "%20",
                "&",
                "=",
                "~",
                " ",
                "\t",
                "[",
                "]",
                "é",
                "_",
            ]
        ),
        max_size=12,
    ),
)


@given(st.one_of(_URLISH, st.from_regex(r"https?://[a-z0-9.-]{1,12}/[!-~]{0,20}", fullmatch=True)))
def test_the_short_cut_for_normal_urls_agrees_with_the_full_normaliser(url: str) -> None:
    from claims import urls

    try:
        full = urls._normalize(url)
    except ValueError:
        full = None
    if urls._NORMAL.fullmatch(url) and url[-1] != "?":
        assert full == url


# host_name: the host name urlsplit gives, by a faster path (hypothesis compares them)
def _by_urlsplit(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


# the pieces a URL is cut at, and what urlsplit strips, removes or refuses
SPECIAL = ": // / ? # @ [ ] ::1 :80 user:pw@ %2F 127.0.0.1 . x http HTTPS ftp a+b.c-d Example.ORG"
ODD = ["b\u00fccher.de", "\u2100", "\uff0f", "\t", "\r", "\n", " ", "\x00"]
PIECES = st.sampled_from([*SPECIAL.split(), *ODD])


@given(st.lists(PIECES | st.text(max_size=3), max_size=8).map("".join))
def test_host_name_is_urlsplits(url: str) -> None:
    assert host_name(url) == _by_urlsplit(url)


def test_host_name_examples() -> None:
    assert host_name("https://User@Example.ORG:8443/a?b#c") == "example.org"
    assert host_name("http://[::1]:80/") == "::1"
    assert host_name("http://[::1/") == ""  # an invalid IPv6 netloc
    assert host_name("  http://a.test/") == "a.test"  # leading space, as urlsplit strips it
    assert host_name("http://a\t.test/") == "a.test"  # a tab, as urlsplit removes it
    assert host_name("mailto:someone@a.test") == ""
