"""Citation keys in the style of Better BibTeX: ``vlastelicaInstagramReportedlyBlocked2014``."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from claims.enums import ContributorRole
from claims.records import Contributor, SourceRecord

TITLE_WORDS = 3
FALLBACK_KEY = "anon"

# Function words skipped in titles and organisation names (English plus the articles and
# prepositions of the languages that most often appear in citations).
STOP_WORDS = frozenset(
    """
    a ab aboard about above across after against al along amid among an and anti around as at
    before behind below beneath beside besides between beyond but by d da das de del della dei
    degli dell dello der des di die don down du during ein eine einem einen einer eines el en et
    except for from gli i il in inside into is it its l la las le les like lo los near nor of off
    on onto or over past per plus round since so some sur than the through to toward towards un
    una unas under underneath une unlike uno unos until up upon versus via von vs while with
    within without yet zu zum zur
    """.split()  # noqa: SIM905 -- a word list reads better as prose
)

# Letters that Unicode decomposition does not reduce to ASCII.
_FOLD = str.maketrans(
    {
        "ß": "ss",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ø": "o",
        "Ø": "O",
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ð": "d",
        "Ð": "D",
        "þ": "th",
        "Þ": "Th",
        "ı": "i",
        "ȷ": "j",
        "ŋ": "ng",
        "Ŋ": "Ng",
        "ħ": "h",
        "Ħ": "H",
    }
)
_JOINERS = re.compile(r"(?<=\w)['’ʼ-](?=\w)")  # "Jinping’s", "Rumor-Busting": one word
_WORD = re.compile(r"[A-Za-z0-9]+")


def fold_ascii(text: str) -> str:
    """Fold to ASCII: strip accents, spell out ligatures, drop what has no ASCII form."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_FOLD))
    return "".join(c for c in decomposed if c.isascii())


def _words(text: str) -> list[str]:
    # joined parts keep their capitals: "RumorBusting", "AntiTerrorism", "Jinpings"
    return _WORD.findall(fold_ascii(_JOINERS.sub("", text)))


def _significant(words: Iterable[str]) -> list[str]:
    return [w for w in words if w.lower() not in STOP_WORDS]


def _first_contributor(record: SourceRecord) -> Contributor | None:
    for role in (ContributorRole.AUTHOR, ContributorRole.EDITOR):
        for c in record.contributors:
            if c.role is role:
                return c
    return None


def _first_word(name: str) -> str:
    words = _significant(_words(name)) or _words(name)
    return words[0].lower() if words else ""


def _name_part(record: SourceRecord) -> str:
    c = _first_contributor(record)
    if c is None:
        # no author: the outlet stands in, as it does in author-date styles
        return _first_word(record.container or record.publisher or "")
    if c.literal is not None:
        return _first_word(c.literal)
    return "".join(_words(c.family or "")).lower()


def base_key(record: SourceRecord) -> str:
    """The key a source would get with no clash: name, three title words, year.

    The name is the first author's family name (or an organisation's first significant
    word; with no author, the outlet's), lower-cased and folded to ASCII; the title words
    are capitalised; a source with no name at all starts with its first title word in
    lower case.
    """
    name = _name_part(record)
    words = _significant(_words(record.title or ""))[:TITLE_WORDS]
    title = "".join(w[0].upper() + w[1:] for w in words)
    if not name and title:
        title = title[0].lower() + title[1:]
    year = f"{record.issued.year:04d}" if record.issued else ""
    key = f"{name}{title}{year}"
    return key if (name or title) else f"{FALLBACK_KEY}{year}"


def suffix(n: int) -> str:
    """The n-th clash suffix (1-based): a … z, aa, ab, … as Better BibTeX counts."""
    out = ""
    while n > 0:
        n, rem = divmod(n - 1, 26)
        out = chr(ord("a") + rem) + out
    return out


def _clash_order(record: SourceRecord) -> tuple[str, str, str, str, str]:
    return (
        record.issued.iso() if record.issued else "",
        record.title or "",
        record.url or "",
        record.raw or "",
        record.key,
    )


def assign_keys(records: Sequence[SourceRecord], taken: Iterable[str] = ()) -> list[str]:
    """Give each record a key, in input order, never one of ``taken`` nor one given before.

    Records sharing a base key are ordered by date, title, URL and raw citation (not by
    input order), so the same sources always get the same a/b/c suffixes; the first keeps
    the bare key if it is free.
    """
    used = set(taken)
    bases = [base_key(r) for r in records]
    order = sorted(range(len(records)), key=lambda i: (bases[i], _clash_order(records[i])))
    keys: list[str] = [""] * len(records)
    for i in order:
        keys[i] = next_free(bases[i], used)
        used.add(keys[i])
    return keys


def next_free(base: str, used: set[str] | frozenset[str]) -> str:
    """``base`` if unused, else ``base`` with the first free suffix a, b, c …"""
    if base not in used:
        return base
    n = 1
    while f"{base}{suffix(n)}" in used:
        n += 1
    return f"{base}{suffix(n)}"
