"""``host_of``: the host name urlsplit gives, by a faster path (hypothesis compares them)."""

from __future__ import annotations

from urllib.parse import urlsplit

from hypothesis import given
from hypothesis import strategies as st

from claims.linkcheck.checker import host_of


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
def test_host_of_is_urlsplits_host_name(url: str) -> None:
    assert host_of(url) == _by_urlsplit(url)


def test_host_of_examples() -> None:
    assert host_of("https://User@Example.ORG:8443/a?b#c") == "example.org"
    assert host_of("http://[::1]:80/") == "::1"
    assert host_of("http://[::1/") == ""  # an invalid IPv6 netloc
    assert host_of("  http://a.test/") == "a.test"  # leading space, as urlsplit strips it
    assert host_of("http://a\t.test/") == "a.test"  # a tab, as urlsplit removes it
    assert host_of("mailto:someone@a.test") == ""
