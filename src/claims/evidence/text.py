"""Words, numbers and names of a claim or a sentence, normalised for matching; pure."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer  # type: ignore[import-untyped]

META_PREFIX = re.compile(r"^\(meta data\)\s*[A-Z ]+:\s*")
_WORD = re.compile(r"[^\W_]+(?:[.,'’][^\W_]+)*", re.UNICODE)
_NUMBER = re.compile(r"^\d+(?:[.,]\d+)*$")
_QUOTED = re.compile(r"[\"“”«»]([^\"“”«»]{2,200})[\"“”«»]")

MONTHS = {
    "jan": "1", "january": "1", "feb": "2", "february": "2", "mar": "3", "march": "3",
    "apr": "4", "april": "4", "may": "5", "jun": "6", "june": "6", "jul": "7", "july": "7",
    "aug": "8", "august": "8", "sep": "9", "sept": "9", "september": "9", "oct": "10",
    "october": "10", "nov": "11", "november": "11", "dec": "12", "december": "12",
}  # fmt: skip

NUMBER_WORDS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
    "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "twenty": "20",
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5",
    "hundred": "100", "thousand": "1000", "million": "1000000", "billion": "1000000000",
}  # fmt: skip

# function words; kept small on purpose: "not", "no", "only" carry meaning for support
STOPWORDS = frozenset(
    """a an the and or but of to in on at by for with from into onto as is are was were be been
    being am it its it's this that these those there here he she they them his her hers their
    theirs him we us our you your i me my mine which who whom whose what when where while also
    has have had having do does did doing so such than then too very can could would should
    will shall may might must s t about over after before during since until up down out off
    again further once both each other some any all most more many much own same just now
    one ones if because through between among against via per including include includes
    included well like said says say according""".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class Tokens:
    """A text as matching sees it."""

    words: tuple[str, ...]  # stemmed content words, in order (numbers normalised)
    names: frozenset[str]  # stems of capitalised words not at the start
    numbers: frozenset[str]  # digits, commas dropped, decimals kept


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


def fold(text: str) -> str:
    """Lower case without accents, so "Zürich" and "Zurich" match."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def clean_sentence(sentence: str) -> str:
    """The sentence without WiCE's "(meta data) TITLE:" prefix."""
    return META_PREFIX.sub("", sentence)


def normalise_number(raw: str) -> str:
    text = raw.replace(",", "").replace("’", "").replace("'", "")
    if text.count(".") > 1:
        text = text.replace(".", "")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.lstrip("0") or "0"


@lru_cache(maxsize=200_000)
def _stem(word: str) -> str:
    return str(_stemmer().stemWord(word))


def tokenize(text: str) -> Tokens:
    """Content-word stems, names and numbers of ``text``."""
    text = clean_sentence(text)
    words: list[str] = []
    names: set[str] = set()
    numbers: set[str] = set()
    for index, match in enumerate(_WORD.finditer(text)):
        raw = match.group(0)
        if _NUMBER.match(raw):
            number = normalise_number(raw)
            numbers.add(number)
            words.append(number)
            continue
        for part in re.split(r"[.,'’]", raw):
            if not part:
                continue
            if part.isdigit():
                number = normalise_number(part)
                numbers.add(number)
                words.append(number)
                continue
            low = fold(part)
            month = MONTHS.get(low)
            if month is not None and (low != "may" or part[0].isupper()):
                words.append(f"month{month}")
                continue
            if low in STOPWORDS or (len(low) < 2 and not low.isdigit()):
                continue
            stem = _stem(low)
            words.append(stem)
            if part[0].isupper() and index > 0:
                names.add(stem)
    return Tokens(tuple(words), frozenset(names), frozenset(numbers))


def quoted_phrases(text: str) -> list[str]:
    """Words the claim puts in quotation marks."""
    return [m.group(1).strip() for m in _QUOTED.finditer(text) if m.group(1).strip()]


_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)\]]*\s+(?=[\"“‘(\[]?[A-Z0-9])")
_CAPITALISED = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:of|the|de|van|von|and|[A-Z][\w’'-]*))*")
_NUMERIC = re.compile(r"\b(?:\d[\d,.]*\d|\d)%?(?!\w)")
_DATE = re.compile(
    r"\b(?:\d{1,2}\s+)?(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|"
    r"Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
    r"(?:\s+\d{1,2},?)?(?:\s+\d{4})?\b|\b\d{4}-\d{2}-\d{2}\b"
)


# _DATE's ISO form without its closing \b: a date line may print a datetime ("2013-09-13T22:36")
_ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}")
_YEAR = re.compile(r"\b(?:1[5-9]|20)\d\d\b")
DATE_LINE_WORDS = 12  # a longer sentence with a date in it is about something else


def mentions_date(text: str) -> bool:
    """Whether ``text`` names a date, a month or a year."""
    return bool(_DATE.search(text) or _YEAR.search(text))


def is_date_line(sentence: str) -> bool:
    """A page's date line: a short line with a date in it (its publication date, as a rule)."""
    return len(sentence.split()) <= DATE_LINE_WORDS and bool(
        _DATE.search(sentence) or _ISO_DATE.search(sentence)
    )


def split_sentences(text: str) -> list[str]:
    """A page's main text as sentences: each line, cut after sentence-ending punctuation."""
    out: list[str] = []
    for raw in text.splitlines():
        line = " ".join(raw.split())
        if line:
            out.extend(part for part in _SENTENCE_END.split(line) if part.strip())
    return out


@dataclass(frozen=True)
class Part:
    """A checkable part of a claim: a number, a date, a name or quoted words."""

    kind: str  # number | date | name | quote
    text: str


def checkable_parts(claim: str) -> list[Part]:
    """The numbers, dates, names and quoted words of ``claim``, in order, each once."""
    parts: list[Part] = []
    seen: set[str] = set()
    taken: list[tuple[int, int]] = []

    def add(kind: str, match_text: str, span: tuple[int, int]) -> None:
        text = match_text.strip(" ,.")
        if not text or text.lower() in seen:
            return
        if any(a <= span[0] and span[1] <= b for a, b in taken):
            return
        seen.add(text.lower())
        taken.append(span)
        parts.append(Part(kind, text))

    for m in _QUOTED.finditer(claim):
        add("quote", m.group(1), m.span())
    for m in _DATE.finditer(claim):
        add("date", m.group(0), m.span())
    for m in _NUMERIC.finditer(claim):
        add("number", m.group(0), m.span())
    for m in _CAPITALISED.finditer(claim):
        words = m.group(0).split()
        while words and fold(words[-1]) in STOPWORDS:
            words.pop()
        while words and fold(words[0]) in STOPWORDS:
            words.pop(0)
        if words:
            add("name", " ".join(words), m.span())
    order = {p.text: claim.find(p.text) for p in parts}
    return sorted(parts, key=lambda p: order[p.text])


def part_found(part: Part, sentences: list[str]) -> bool:
    """Whether every word of ``part`` occurs in one of ``sentences`` (as matching sees words)."""
    wanted = set(tokenize(part.text).words)
    if not wanted:
        return True
    if part.kind == "quote":
        needle = " ".join(fold(part.text).split())
        return any(needle in " ".join(fold(s).split()) for s in sentences)
    return any(wanted <= set(tokenize(s).words) for s in sentences)
