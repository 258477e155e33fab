"""URL normalisation shared by the dataset loader and the link checker (one Link per URL)."""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
TRAILING_PUNCTUATION = ".,;:"


# a URL already in its normal form: lower-case http(s) scheme and host, no port or user,
# a path, printable ASCII without spaces, no fragment (a query, if any, not empty)
_NORMAL = re.compile(r"https?://[a-z0-9][a-z0-9.-]*/[!-\"$-~]*")


def normalize_url(url: str) -> str:
    """The form two citations of one resource share.

    Lower-cases the scheme and host, drops a default port, the fragment and surrounding
    whitespace, gives an empty path ``/``, and keeps the path and query exactly (servers may
    treat their case and order as significant).

    Raises:
        ValueError: ``url`` is not an absolute http(s) URL with a host.
    """
    if _NORMAL.fullmatch(url) and url[-1] != "?":
        return url  # most URLs: what the steps below would give back unchanged
    return _normalize(url)


def _normalize(url: str) -> str:
    text = url.strip()
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise ValueError(f"not a valid URL: {url!r}") from exc
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"not an absolute http(s) URL: {url!r}")
    host = parts.hostname.lower()  # hostname drops userinfo and lower-cases
    if ":" in host:
        host = f"[{host}]"  # IPv6 literal
    userinfo = parts.netloc.rpartition("@")[0] if "@" in parts.netloc else ""
    netloc = f"{userinfo}@{host}" if userinfo else host
    if port is not None and port != DEFAULT_PORTS[scheme]:
        netloc = f"{netloc}:{port}"
    return urlunsplit((scheme, netloc, parts.path or "/", parts.query, ""))


def has_trailing_punctuation(url: str) -> bool:
    """A URL copied with the sentence's full stop or comma still attached."""
    return url.rstrip().endswith(tuple(TRAILING_PUNCTUATION))


# schemes that run code or embed content where a reader clicks: never a cited source
UNSAFE_SCHEMES = frozenset({"javascript", "data", "vbscript"})


def unsafe_scheme(url: str) -> str | None:
    """The scheme of ``url`` when it is one that runs or embeds content (``javascript:``)."""
    # browsers ignore control characters and spaces inside the scheme: "java\tscript:"
    head, colon, _rest = url.partition(":")  # dropping those characters moves no colon
    scheme = "".join(ch for ch in head if ch > " ").lower()
    return scheme if colon and scheme in UNSAFE_SCHEMES else None


def has_credentials(url: str) -> bool:
    """Whether ``url`` carries a user name or password (``https://user:pass@host/``)."""
    if "@" not in url:
        return False  # userinfo ends with one
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.username is not None or parts.password is not None


def credentials_warning(url: str, where: str) -> str:
    return (
        f"{where}: the URL carries a user name or password; it is kept as cited, but the"
        " checker never sends it"
    )


# scheme://netloc, as urlsplit cuts it; what urlsplit would first strip or remove falls back
_NETLOC = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://([^/?#\t\r\n]*)(?=[/?#]|$)")


def _host_by_urlsplit(url: str) -> str:
    try:
        return (urlsplit(url).hostname or "").lower()
    except ValueError:
        return ""


@functools.lru_cache(maxsize=256)
def _host_of_netloc(netloc: str) -> str:
    return _host_by_urlsplit("//" + netloc)


def host_name(url: str) -> str:
    """The host name of ``url`` as ``urlsplit`` gives it, lower-cased ("" for none): the
    netloc cut by a pattern, its host name parsed once per netloc (a run has few)."""
    match = _NETLOC.match(url)
    if match is None:
        return _host_by_urlsplit(url)
    return _host_of_netloc(match.group(1))
