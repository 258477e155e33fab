"""Provisional source keys: a simple local rule until the bibliography's key rule assigns them."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from claims.records import SourceRecord

_STOPWORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "on",
        "in",
        "and",
        "to",
        "for",
        "at",
        "by",
        "from",
        "with",
        "is",
        "are",
        "as",
        "its",
    ]
)


def _ascii_words(text: str) -> list[str]:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return [w for w in re.split(r"[^A-Za-z0-9]+", plain) if w]


def provisional_key(source: SourceRecord) -> str:
    """``[first author's family name][year][first title word]``, lowercase ASCII."""
    who = ""
    initials = True  # an organisation's name gives its initials ("Human Rights Watch" → hrw)
    if source.contributors:
        first = source.contributors[0]
        who = first.family or first.literal or ""
    elif source.publisher:
        who = source.publisher
    elif source.container:
        who, initials = source.container, False
    author_words = _ascii_words(who)
    author = author_words[-1] if source.contributors and source.contributors[0].family else ""
    if not author and author_words:
        long_name = initials and len(author_words) > 2
        author = "".join(w[0] for w in author_words) if long_name else author_words[0]
    year = str(source.issued.year) if source.issued else ""
    title_words = [w for w in _ascii_words(source.title or "") if w.lower() not in _STOPWORDS]
    word = title_words[0] if title_words else ""
    key = f"{author.lower()}{year}{word.lower()}"
    return key or "source"


def assign_keys(sources: Sequence[SourceRecord]) -> list[str]:
    """A distinct key per source, suffixing a, b, c … where the rule gives the same key twice."""
    base = [provisional_key(s) for s in sources]
    counts: dict[str, int] = {}
    for key in base:
        counts[key] = counts.get(key, 0) + 1
    seen: dict[str, int] = {}
    out: list[str] = []
    for key in base:
        if counts[key] == 1:
            out.append(key)
            continue
        n = seen.get(key, 0)
        seen[key] = n + 1
        out.append(key + _suffix(n))
    return out


def _suffix(n: int) -> str:
    letters = ""
    n += 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("a") + rem) + letters
    return letters
