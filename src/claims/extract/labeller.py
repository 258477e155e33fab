"""A trained sequence labeller (a CRF over tokens) that reads a citation's fields.

The rules in :mod:`claims.extract.citations` parse first; their reading of every token is one
of the labeller's features, next to quote marks, capitals, month names, URL and date spans
found by rules, position and small outlet/organisation lexicons. The labeller then decides
which tokens hold the title, the authors, the container, the issued and accessed dates.
Training (``benchmarks/train_extractor.py``) aligns hand-labelled fields with the tokens of
the printed text through :func:`align`; reading goes back through :func:`decode`.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

from claims.extract import quotes
from claims.extract.dates import find_dates
from claims.extract.urls import find_urls

MODEL_FILE = "citation_labeller.crfsuite"
LABELS = ("O", "T", "BA", "IA", "C", "P", "D", "X", "U")
FIELD_OF_LABEL = {"T": "title", "BA": "authors", "IA": "authors", "C": "container"}
FIELD_OF_LABEL |= {"P": "publisher", "D": "issued", "X": "accessed", "U": "url"}

_TOKEN = re.compile(r"\w+|[^\w\s]")
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "januari",
        "februari",
        "maart",
        "mei",
        "juni",
        "juli",
        "augustus",
        "oktober",
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
        "januar",
        "februar",
        "märz",
        "oktober",
        "dezember",
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "iunie",
        "iulie",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ]
)
_OUTLET_WORDS = frozenset(
    [
        "times",
        "post",
        "news",
        "journal",
        "review",
        "tribune",
        "guardian",
        "herald",
        "gazette",
        "magazine",
        "reuters",
        "bloomberg",
        "politico",
        "wired",
        "verge",
        "economist",
        "forbes",
        "cnn",
        "nbc",
        "bbc",
        "cbs",
        "abc",
        "npr",
        "blog",
        "press",
        "daily",
        "weekly",
        "quarterly",
        "law",
        "l",
        "rev",
        "j",
        "econ",
        "bulletin",
        "telegraph",
        "observer",
        "monitor",
        "chronicle",
        "wire",
        "today",
    ]
)
_ORG_WORDS = frozenset(
    [
        "institute",
        "institut",
        "university",
        "univ",
        "foundation",
        "found",
        "commission",
        "council",
        "committee",
        "department",
        "dep",
        "dept",
        "ministry",
        "agency",
        "office",
        "association",
        "assn",
        "ass",
        "society",
        "center",
        "centre",
        "network",
        "union",
        "parliament",
        "court",
        "board",
        "bank",
        "group",
        "organisation",
        "organization",
        "corporation",
        "inc",
        "ltd",
        "llp",
        "llc",
        "co",
        "corp",
        "company",
        "government",
        "nations",
        "un",
        "oecd",
        "eu",
        "project",
        "lab",
        "watch",
        "international",
        "federal",
        "national",
        "european",
        "parlement",
        "raad",
        "europees",
    ]
)
_SIGNAL_WORDS = frozenset(
    [
        "see",
        "also",
        "cf",
        "e",
        "g",
        "for",
        "example",
        "generally",
        "compare",
        "quoted",
        "cited",
        "in",
    ]
)
_ACCESS_WORDS = frozenset(
    [
        "accessed",
        "retrieved",
        "visited",
        "viewed",
        "consulted",
        "downloaded",
        "accesat",
        "recuperado",
        "last",
    ]
)
_LEGAL_WORDS = frozenset(
    ["v", "act", "regulation", "directive", "verordening", "richtlijn", "ley", "law"]
)
# words of a book's imprint and of a place of publication before "Place: Publisher"
_IMPRINT_WORDS = frozenset(
    [
        *("press", "verlag", "publishers", "publishing", "books", "edition", "editions", "edn"),
        *("ed", "eds", "trans", "vol", "london", "york", "oxford", "cambridge", "paris", "main"),
    ]
)
_SEASONS = frozenset(["spring", "summer", "autumn", "fall", "winter"])
_DOMAIN = re.compile(r"^[a-z0-9-]+\.(?:[a-z]{2,3}\.)?[a-z]{2,6}$")
_LEXICONS = (
    (_MONTHS, "month"),
    (_SEASONS, "month"),
    (_IMPRINT_WORDS, "imprint"),
    (_OUTLET_WORDS, "outlet"),
    (_ORG_WORDS, "org"),
    (_SIGNAL_WORDS, "signal"),
    (_ACCESS_WORDS, "access"),
    (_LEGAL_WORDS, "legal"),
)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    url: bool = False


def tokenize(text: str) -> list[Token]:
    """Words and punctuation marks; a URL (mended where conversion broke it) is one token."""
    out: list[Token] = []
    pos = 0
    for found in find_urls(text):
        if found.url:
            out.extend(_words(text, pos, found.start))
            out.append(Token(found.start, found.end, found.url, url=True))
            pos = found.end
    out.extend(_words(text, pos, len(text)))
    return _join_domains(text, out)


def _words(text: str, start: int, end: int) -> list[Token]:
    return [Token(m.start(), m.end(), m.group(0)) for m in _TOKEN.finditer(text, start, end)]


def _join_domains(text: str, toks: list[Token]) -> list[Token]:
    """``usatoday.com`` is one token: a website printed as an outlet."""
    out: list[Token] = []
    i = 0
    while i < len(toks):
        j = i
        while (
            j + 2 < len(toks)
            and toks[j + 1].text == "."
            and toks[j + 1].start == toks[j].end
            and toks[j + 2].start == toks[j + 1].end
            and not toks[j + 2].url
        ):
            j += 2
        candidate = text[toks[i].start : toks[j].end]
        if j > i and _DOMAIN.match(candidate.lower()):
            out.append(Token(toks[i].start, toks[j].end, candidate))
            i = j + 1
        else:
            out.append(toks[i])
            i += 1
    return out


def _norm(word: str) -> str:
    return unicodedata.normalize("NFKC", word).lower()


def _shape(word: str) -> str:
    out: list[str] = []
    for ch in word[:12]:
        c = "X" if ch.isupper() else "x" if ch.isalpha() else "d" if ch.isdigit() else ch
        if len(out) < 2 or not (out[-1] == c and out[-2] == c):
            out.append(c)
    return "".join(out)[:6]


def features(text: str, toks: Sequence[Token], rule_labels: Sequence[str]) -> list[list[str]]:
    """The features of every token, as ``name=value`` strings (cheap to build and to pass)."""
    n = len(toks)
    quote_depth = paren_depth = 0
    dates = [(d.start, d.end) for d in find_dates(text)]
    own: list[list[str]] = []  # features a token lends its neighbours too
    rest: list[list[str]] = []
    seen_quote = False
    date_at = 0
    for i, tok in enumerate(toks):
        w = tok.text
        rule = "rule=" + rule_labels[i]
        if tok.url:
            mine = ["url", rule]
            other = []
        else:
            low = w.lower()
            mine = ["w=" + low, "shape=" + _shape(w), rule]
            other = ["suf3=" + low[-3:]]
            if w[:1].isupper():
                mine.append("cap")
            if w.isascii() and w.isdigit():  # "¹¹" is a digit to isdigit, not to int
                other.append("digits=" + str(min(len(w), 5)))
                if len(w) == 4 and 1500 <= int(w) <= 2099:
                    mine.append("year")
            for lexicon, name in _LEXICONS:
                if low in lexicon:
                    mine.append(name)
            if _DOMAIN.match(low):
                mine.append("domain")
            after = text[tok.end : tok.end + 2]
            if w in "’'" and after[:1] == "s" and not after[1:].isalpha():
                mine.append("possessive")  # "the GAO’s report": the name before owns it
        while date_at < len(dates) and dates[date_at][1] <= tok.start:
            date_at += 1
        if date_at < len(dates) and dates[date_at][0] <= tok.start:
            mine.append("date")
        if w in quotes.OPENING_DOUBLE or (w == '"' and quotes.straight_opens(text, tok.start)):
            mine.append("qopen")
            quote_depth += 1
            seen_quote = True
        elif w in quotes.CLOSING_DOUBLE or w == '"':
            mine.append("qclose")
            quote_depth = max(quote_depth - 1, 0)
        elif quote_depth:
            other.append("inquote")
        if w == "(":
            paren_depth += 1
        elif w == ")":
            paren_depth = max(paren_depth - 1, 0)
        elif paren_depth:
            other.append("inparen")
        if seen_quote and not quote_depth:
            other.append("afterquote")
        other.append("pos=" + str(min(4, 5 * i // n)))
        own.append(mine)
        rest.append(other)
    out: list[list[str]] = []
    for i in range(n):
        f = ["b", *own[i], *rest[i]]
        for off, tag in ((-1, "-1:"), (1, "+1:")):
            j = i + off
            if 0 <= j < n:
                f.extend([tag + x for x in own[j]])
            else:
                f.append(tag + "edge")
        for off, tag in ((-2, "-2:"), (2, "+2:")):  # a word and its rule reading only
            j = i + off
            if 0 <= j < n:
                f.append(tag + own[j][0])
                f.append(tag + rule_labels[j])
        out.append(f)
    return out


# --- from fields to labels ---------------------------------------------------------------


def _find_tokens(
    toks: Sequence[Token], value: str, taken: Sequence[bool], after: int = 0
) -> tuple[int, int] | None:
    """Token span (i, j) whose words spell ``value`` (case and spacing aside), first free one."""
    words = [_norm(t.text) for t in tokenize(value)]
    if not words:
        return None
    low = [_norm(t.text) for t in toks]
    k = len(words)
    for start_at in (after, 0):
        for i in range(start_at, len(toks) - k + 1):
            if low[i : i + k] == words and not any(taken[i : i + k]):
                return i, i + k
    return None


def align(text: str, fields: Mapping[str, Any], toks: Sequence[Token] | None = None) -> list[str]:
    """Token labels for ``text`` given its fields (hand labels, or what the rules read).

    ``fields``: ``title``, ``container``, ``publisher`` (strings or None), ``authors`` (names
    as printed or as ``Given Family``), ``issued``/``accessed`` (ISO strings or None), ``url``.
    """
    toks = list(toks) if toks is not None else tokenize(text)
    labels = ["O"] * len(toks)
    taken = [False] * len(toks)

    def mark(span: tuple[int, int] | None, label: str) -> None:
        if span is None:
            return
        for k in range(*span):
            labels[k] = label
            taken[k] = True

    url = fields.get("url")
    if url:
        squashed = "".join(url.split())
        for k, tok in enumerate(toks):
            if tok.url and "".join(tok.text.split()).rstrip("/") == squashed.rstrip("/"):
                mark((k, k + 1), "U")
                break
    for name, label in (("title", "T"), ("container", "C"), ("publisher", "P")):
        value = fields.get(name)
        if value:
            mark(_find_tokens(toks, value, taken), label)
    cursor = 0
    for author in fields.get("authors") or []:
        span = _find_tokens(toks, author, taken, cursor) or _find_name(toks, author, taken, cursor)
        if span is not None:
            mark(span, "IA")
            labels[span[0]] = "BA"
            cursor = span[1]
    for name, label in (("issued", "D"), ("accessed", "X")):
        iso = fields.get(name)
        if not iso:
            continue
        matches = [d for d in find_dates(text) if d.value.iso() == iso]
        if name == "accessed":
            matches.reverse()
        for d in matches:
            span = _token_span(toks, d.start, d.end)
            if span is not None and not any(taken[span[0] : span[1]]):
                mark(span, label)
                break
    return labels


def _find_name(
    toks: Sequence[Token], name: str, taken: Sequence[bool], after: int
) -> tuple[int, int] | None:
    """An inverted or abbreviated name (``Biderman, Stella``): its words close together."""
    words = [_norm(w) for w in re.findall(r"\w+", name)]
    if not words:
        return None
    low = [_norm(t.text) for t in toks]
    family = words[-1]
    for i in range(after, len(toks)):
        if low[i] != family or taken[i]:
            continue
        lo, hi = i, i + 1
        for w in words[:-1]:
            near = [j for j in range(max(0, i - 6), min(len(toks), i + 7)) if low[j] == w]
            if near:
                j = min(near, key=lambda j: abs(j - i))
                lo, hi = min(lo, j), max(hi, j + 1)
        if not any(taken[lo:hi]):
            return lo, hi
    return None


def _token_span(toks: Sequence[Token], start: int, end: int) -> tuple[int, int] | None:
    inside = [k for k, t in enumerate(toks) if t.start >= start and t.end <= end]
    return (inside[0], inside[-1] + 1) if inside else None


# --- from labels to fields ---------------------------------------------------------------


@dataclass(frozen=True)
class Reading:
    """What the labeller read: field text spans and how sure it is of each field."""

    spans: dict[str, list[tuple[int, int]]]  # field → character spans (authors: one per name)
    confidence: dict[str, float]  # field → the least sure token's probability (or absence's)


def decode(
    toks: Sequence[Token], labels: Sequence[str], marginals: Sequence[Mapping[str, float]]
) -> Reading:
    spans: dict[str, list[tuple[int, int]]] = {}
    confidence: dict[str, float] = {}
    for field in ("title", "authors", "container", "publisher", "issued", "accessed", "url"):
        own = [k for k, lab in enumerate(labels) if FIELD_OF_LABEL.get(lab) == field]
        mine = [lab for lab, f in FIELD_OF_LABEL.items() if f == field]
        if own:
            confidence[field] = min(sum(marginals[k].get(lab, 0.0) for lab in mine) for k in own)
        else:  # sure the field is absent as far as the tokens read as nothing are sure
            confidence[field] = min((m.get("O", 1.0) for m in marginals), default=1.0)
        if not own:
            continue
        if field == "authors":
            groups: list[list[int]] = []
            for k in own:
                if labels[k] == "BA" or not groups or k != groups[-1][-1] + 1:
                    groups.append([k])
                else:
                    groups[-1].append(k)
            spans[field] = [(toks[g[0]].start, toks[g[-1]].end) for g in groups]
        else:
            # the longest run of the label; a stray token elsewhere is not the field
            runs: list[list[int]] = []
            for k in own:
                if runs and k == runs[-1][-1] + 1:
                    runs[-1].append(k)
                else:
                    runs.append([k])
            best = max(runs, key=len)
            spans[field] = [(toks[best[0]].start, toks[best[-1]].end)]
    return Reading(spans, confidence)


class Labeller:
    """A loaded CRF model."""

    def __init__(self, path: str) -> None:
        import pycrfsuite

        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(path)

    def read(self, text: str, rule_fields: Mapping[str, Any]) -> tuple[list[Token], Reading]:
        toks = tokenize(text)
        if not toks:
            return toks, Reading({}, {})
        rule_labels = align(text, rule_fields, toks)
        self._tagger.set(features(text, toks, rule_labels))
        labels = self._tagger.tag()
        marginal = self._tagger.marginal
        marginals = [{lab: marginal(lab, k)} for k, lab in enumerate(labels)]
        return toks, decode(toks, labels, marginals)


_loaded: dict[str, Labeller] = {}  # the shipped model, once loaded
_override: list[Labeller | None] = []


def active() -> Labeller | None:
    """The labeller in use: an override (benchmarks), else the model shipped with claims."""
    if _override:
        return _override[-1]
    if MODEL_FILE not in _loaded:
        model = resources.files("claims.extract").joinpath(MODEL_FILE)
        if not model.is_file():
            return None
        with resources.as_file(model) as path:
            _loaded[MODEL_FILE] = Labeller(str(path))
    return _loaded[MODEL_FILE]


@contextlib.contextmanager
def using(labeller: Labeller | None) -> Iterator[None]:
    """Parse with ``labeller`` (None: rules only) inside the block."""
    _override.append(labeller)
    try:
        yield
    finally:
        _override.pop()
