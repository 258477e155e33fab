"""Find URLs and DOIs in citation text and trim the punctuation that follows them."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

# CJK characters and full-width punctuation end a URL: Chinese text follows one unspaced
# a PDF's conversion may put a space after the scheme: "https:// comptroller.defense.gov/…"
# an address typed in angle brackets needs no scheme: "<bbc.com/news/stories-48528841>"
_URL = re.compile(
    r"(?:\bhttps?://(?:[ \t]+(?=\w))?|(?<![\w@.])www\.|(?<=<)(?=(?:[a-z0-9-]+\.)+[a-z]{2,6}[/>]))"
    r"[^\s<>\"“”‘’«»\u3000-\u9fff\uff00-\uffef]+",
    re.IGNORECASE,
)
URL_AT = re.compile(  # for .match at i
    r"(?:https?://(?:[ \t]+(?=\w))?|www\.)[^\s<>\"“”‘’«»\u3000-\u9fff\uff00-\uffef]+", re.IGNORECASE
)
_SPACED_SCHEME = re.compile(r"^(https?://)[ \t]+", re.IGNORECASE)
_DOI = re.compile(r"\bdoi:\s*(?P<doi>10\.\d{4,9}/[^\s<>\"“”]+)", re.IGNORECASE)
_DOI_URL = re.compile(r"^https?://(?:dx\.)?doi\.org/(?P<doi>10\.\d{4,9}/.+)$", re.IGNORECASE)
_TRAILING = ".,;:!?'\"*"
_PAIRS = {")": "(", "]": "[", "}": "{", ">": "<"}


@dataclass(frozen=True)
class UrlMatch:
    start: int
    end: int
    url: str  # empty for a bare ``doi:`` reference
    doi: str | None = None


def trim_url(url: str) -> str:
    """Drop trailing sentence punctuation and unbalanced closing brackets; keep balanced ones.

    Linear: the bracket counts are taken once and updated as characters are dropped.
    """
    counts = {c: url.count(c) for pair in _PAIRS.items() for c in pair}
    end = len(url)
    while end:
        last = url[end - 1]
        if last in _TRAILING or (last in _PAIRS and counts[_PAIRS[last]] < counts[last]):
            end -= 1
            if last in counts:
                counts[last] -= 1
        else:
            break
    return url[:end]


# what may follow a URL cut by a line break or a space where a PDF was converted to text
_PIECE = re.compile(r"[ \t]*\n?[ \t]*\n?[ \t]*(?P<piece>[^\s<>\"“”‘’«»]+)")
_CUT_ENDS = ("-", "/", "_", "=", "?", "&")
_PIECE_STARTS = ("/", "%", "?", "&", "#")
_TLD_PIECE = re.compile(r"[a-z]{2,6}/")
_MAX_PIECES = 4
# a piece on the next line that only a URL would hold: a %-escape, a query's = or &, an
# underscore or slash, or a file's extension (``…/GT-GELR220023.⏎pdf``, ``…%2⏎0is,%2C…``)
_EXTENSION_NAME = r"(?:pdf|html?|php|aspx?|jsp|docx?|xlsx?|pptx?|txt|xml|json|csv|zip)"
_EXTENSION = r"\.?" + _EXTENSION_NAME
_URL_ONLY = re.compile(r"%[0-9A-Fa-f]|[=&_/]|" + _EXTENSION + r"$")
_FILE_END = re.compile(r"\." + _EXTENSION_NAME + r"$", re.IGNORECASE)  # "2017_Turkey.pdf"
_NEW_START = re.compile(r"(?:https?:|www\.|doi:)", re.IGNORECASE)


def _continues(url: str, gap: str, piece: str) -> bool:
    """Whether ``piece``, after ``gap`` (white space), is more of ``url``: only a URL with a
    path is cut this way, and a piece that starts a new address or reads as a word is not."""
    if "/" not in url.split("://", 1)[-1] or _NEW_START.match(piece):
        return False
    if "\n" in gap:
        return _URL_ONLY.search(piece) is not None
    # a file name after a space: its extension, and a character no word holds (checked on
    # the piece's end only, so that a long piece costs no backtracking)
    return _file_name(piece)


def _file_name(piece: str) -> bool:
    return _FILE_END.search(piece[-6:]) is not None and any(c in piece for c in "_%/")


# a PDF hyphenates an address inside a word at a line end (``www.bloom-⏎berg.com``,
# ``situationalaware-⏎ness.pdf``): the hyphen is the typesetter's when the word around it has
# no other hyphen (a slug's own hyphens come in runs: ``china-⏎united-states``), or when the
# two halves make a word addresses are made of (``wp-con-⏎tent``)
_URL_WORD_BREAK = re.compile(r"[./_?=&#+:~%]")
_URL_WORDS = frozenset({"content", "uploads", "articles", "article", "documents", "publications"})


def _word_break(url: str, piece: str) -> bool:
    """Whether the hyphen ending ``url`` only broke a word that ``piece`` finishes."""
    if not (piece[:1].isalpha() and piece[:1].islower()):
        return False
    head = re.search(r"[a-z]+$", url[:-1])
    if head is None:
        return False
    left = _URL_WORD_BREAK.split(url[:-1])[-1]
    right = _URL_WORD_BREAK.split(piece, maxsplit=1)[0]
    if "-" not in left and "-" not in right:
        return True
    tail = re.match(r"[a-z]+", piece)
    return tail is not None and head.group(0) + tail.group(0) in _URL_WORDS


def _cut_before(url: str, gap: str, piece: str) -> bool:
    """A piece after a space that only a cut address explains: ``/ @handle/…``,
    ``…-Hub- Programme-Prospectus…``, ``…trusts+- +from+theory…``."""
    if "\n" in gap:
        return False
    if url.endswith("/") and piece.startswith("@"):
        return True
    if url.endswith(("-", "+")) and piece.startswith("+"):
        return True
    return url.endswith("-") and piece[:1].isupper() and any(c in piece for c in "-/_%")


_WORDS_OF_PROSE = "a an and are as at by for from in is of on or see the to was where which with"
_PROSE_WORDS = frozenset(_WORDS_OF_PROSE.split())
_PROSE_GOES_ON = re.compile(r"\s+[a-z]")


def extend_broken(text: str, end: int, url: str) -> tuple[int, str]:
    """The end and text of a URL that goes on after a line break or space inserted by
    conversion: after a hyphen, slash or ``_`` it was cut at, or with a ``/…`` or ``%…``
    piece following; ``unctad. org/…`` too. Nothing is added but the URL's own characters.
    """
    for _ in range(_MAX_PIECES):
        dot = text[end : end + 1] == "."
        m = _PIECE.match(text, end + 1 if dot else end)
        if m is None or m.start("piece") == end + dot:
            break
        piece = trim_url(m["piece"])
        if not piece or _NEW_START.match(piece):
            break  # nothing, or the next address: "…/88089/ https://inno- vation…"
        raw_end = m.start("piece") + len(piece)
        gap = text[end + dot : m.start("piece")]
        if dot and not (
            _TLD_PIECE.match(piece)
            or (re.search(r"(?:^|//)www$", url, re.IGNORECASE) and piece[0].isalnum())
            or ("\n" in gap and re.fullmatch(_EXTENSION_NAME, piece, re.I))
            or _file_name(piece)  # "…/12/Start. coop_2019Report.pdf"
        ):
            break
        if not dot and piece in _PROSE_WORDS and _PROSE_GOES_ON.match(text, raw_end):
            break  # "…/590725/ for a discussion about …": the sentence goes on, not the address
        if dot:
            url += "."  # the host's dot was read as a full stop
        elif not (
            (url.endswith(_CUT_ENDS) and (piece[0].islower() or piece[0].isdigit()))
            or piece.startswith(_PIECE_STARTS)
            or _continues(url, gap, piece)
            or _cut_before(url, gap, piece)
        ):
            break
        if url.endswith("-") and not dot and "\n" in gap and _word_break(url, piece):
            # the typesetter's hyphen at a line end, not the address's (a space after a
            # hyphen is a converter's: "…/factsand- figures" keeps it)
            url = url[:-1]
        url += piece
        end = raw_end
    return end, url


def find_urls(text: str) -> list[UrlMatch]:
    """Every URL (and bare ``doi:`` reference) in ``text``, in order."""
    return list(_find_urls(text))


def clear_cache() -> None:
    """Forget the texts read (each document is read afresh; benchmarks time it so)."""
    _find_urls.cache_clear()


@functools.lru_cache(maxsize=4096)  # the readers ask about the same text many times
def _find_urls(text: str) -> tuple[UrlMatch, ...]:
    found: list[UrlMatch] = []
    for m in _URL.finditer(text):
        if found and m.start() < found[-1].end:
            continue  # a piece of a broken URL already read
        url = trim_url(m.group(0))
        end, url = extend_broken(text, m.start() + len(url), url)
        url = _SPACED_SCHEME.sub(r"\1", url)
        if len(url) <= len("https://") or "." not in url:
            continue
        doi_match = _DOI_URL.match(url)
        found.append(UrlMatch(m.start(), end, url, doi_match["doi"] if doi_match else None))
    for m in _DOI.finditer(text):
        if any(u.start <= m.start() < u.end for u in found):
            continue
        doi = trim_url(m["doi"])
        end = m.start("doi") + len(doi)
        found.append(UrlMatch(m.start(), end, "", doi))  # printed without a URL
    return tuple(sorted(found, key=lambda u: u.start))
