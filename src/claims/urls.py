"""URL normalisation shared by the dataset loader and the link checker (one Link per URL)."""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

DEFAULT_PORTS = {"http": 80, "https": 443}
TRAILING_PUNCTUATION = ".,;:"


def normalize_url(url: str) -> str:
    """The form two citations of one resource share.

    Lower-cases the scheme and host, drops a default port, the fragment and surrounding
    whitespace, gives an empty path ``/``, and keeps the path and query exactly (servers may
    treat their case and order as significant).

    Raises:
        ValueError: ``url`` is not an absolute http(s) URL with a host.
    """
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
