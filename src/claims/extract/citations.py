"""Split a footnote into citations and parse each into bibliographic fields.

The parser claims pieces of a citation one by one (URL, title, labelled dates, pinpoints,
parentheticals, the issued date), masking each piece as it goes; what is left splits into
segments (authors before the title; outlet, publisher and kind after it). Anything no rule
claims is reported as leftover text, so nothing is silently dropped.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace
from typing import Any

from claims.enums import AccessedBasis, SourceKind
from claims.extract import calibration, quotes, styles
from claims.extract.combine import refine
from claims.extract.dates import DateMatch, date_in_url, find_dates
from claims.extract.kinds import (
    KindPhrase,
    infer_kind,
    is_legal_title,
    is_letter_title,
    split_kind_phrase,
)
from claims.extract.names import (
    has_organisation_word,
    is_known_outlet,
    is_outlet_name,
    looks_like_name_phrase,
    looks_like_organisation,
    looks_like_outlet,
    looks_like_person,
    split_authors,
    strip_name,
)
from claims.extract.results import CitationFlag, ParsedCitation
from claims.extract.urls import URL_AT, extend_broken, find_urls, trim_url
from claims.records import Contributor, PartialDate, SourceRecord

MASK = "\x1f"  # stands in for text already assigned to a field; also separates segments
PLACEHOLDER_KEY = ""  # keys are given by the caller (see claims.extract.keys)

_LINK_ARROW = re.compile(r"(?<!\S)→(?!\S)")
_IBID = re.compile(r"^(?:vgl\.\s+)?(?:ibid|ibidem|id|ebd|ebenda)\b\.?,?\s*", re.IGNORECASE)
_BEFORE_URL = re.compile(
    r"(?:(?:available|accessible|published|posted|online|retrieved)\s+)?"
    r"(?:(?:at|from|on|online|via)\s*:?\s*|url\s*:\s*)?<?\s*$",
    re.IGNORECASE,
)
_ARCHIVE_BEFORE_URL = re.compile(r"(?:archived|archive|wayback machine)\W*(?:at|on)?\W*$", re.I)
_ARCHIVE_WINDOW = 80
_LABEL = r"(?P<open>\(\s*)?(?:last\s+)?(?:{words})(?:\s+(?:on|in))?\s*:?\s*"
_ACCESSED = re.compile(
    _LABEL.format(
        words="accessed|retrieved|viewed|consulted|visited|downloaded|data accessed"
        "|recuperado(?:\\s+en\\s+fecha)?|consultado(?:\\s+el)?|accesat(?:\\s+la\\s+data\\s+de)?"
        "|(?:zuletzt\\s+)?(?:abgerufen|aufgerufen)(?:\\s+am)?|zugriff(?:\\s+am)?|stand(?=\\s*:)"
        "|geraadpleegd(?:\\s+op)?|consult[ée](?:\\s+le)?"
    ),
    re.I,
)
_UPDATED = re.compile(_LABEL.format(words="updated|modified|revised"), re.I)
_IN_FORCE = re.compile(
    _LABEL.format(words="effective|entered\\s+into\\s+force|came\\s+into\\s+force|in\\s+force"),
    re.I,
)
_ISSUED_LABEL = re.compile(
    _LABEL.format(
        words="adopted|signed|enacted|promulgated|issued|published|posted|dated|passed|released"
    ),
    re.I,
)
_NO_DATE = re.compile(r"(?<!\w)(?:n\.\s?d\.?|no date|undated)(?!\w)", re.IGNORECASE)
_PINPOINT = re.compile(
    # the look-ahead at the first letters changes no match; it makes the search skip faster
    r"(?=[pscafn¶§])(?<![\w])(?:pp?\.|pgs?\.|pages?|paras?\.|paragraphs?|¶¶?|§§?|secs?\.|sections?|ch\.|chaps?\."
    r"|chapters?|arts?\.|articles?|figs?\.|fns?\.?|n\.|notes?|slides?|annex)"
    # "Art. L 111-1": a French code's article has its book's letter first
    # a UN report's paragraphs are numbered within their recommendation: "paras. 115.4–115.17"
    r"\s*(?:(?:[lrd]\.?\s?)?[0-9]+(?:\.[0-9]+)*[a-z]?|[ivxlcdm]+\b)"
    r"(?:\s*(?:[-–—]|,\s*(?=\d)|and\s+(?=\d)|&\s*(?=\d))\s*(?:[0-9]+(?:\.[0-9]+)*[a-z]?|[ivxlcdm]+\b))*",
    re.IGNORECASE,
)
_BARE_PAGES = re.compile(r"^\d{1,4}(?:\s*[-–]\s*\d{1,4})?$")
_PLACE_PUBLISHER = re.compile(
    r"\((?P<place>(?!(?:AI\s+)?index\b|doc\b|no\b|isbn\b|issn\b)[^():;]{2,60}):\s*"
    r"(?P<publisher>[^()]+?)\)",
    re.IGNORECASE,
)
_NUMBER_NOTE = re.compile(
    r"\((?P<label>(?:AI\s+)?index|doc\.?|document|no\.|isbn|issn)(?:\s+no\.)?:?\s*"
    r"(?P<number>[^()]{2,60})\)",
    re.IGNORECASE,
)
_LANGUAGE_NOTE = re.compile(
    r"\((?P<note>in\s+[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?(?:\s+with[^()]*)?|pdf|video|audio|"
    r"subscription required|paywall|registration required|translation[^()]*|"
    r"translated[^()]*|on file[^()]*|emphasis added|emphasis in original)\)",
    re.IGNORECASE,
)
_KIND_NOTE = re.compile(
    r"\((?P<what>blog(?: post)?|press release|news release|report|op-ed|letter)\)", re.I
)
_HANDLE = re.compile(r"\s*\((?P<handle>@\w{1,50})\)")
_TRANSLATION = re.compile(r"\s*\[(?P<translation>[^\[\]]{2,300})\]")
_JOURNAL = re.compile(
    r"(?:(?<=\s)vol\.\s*)?(?<=\s)(?P<volume>\d{1,4}),?\s+(?:no\.|number|issue)\s*"
    r"(?P<issue>\d[\w–-]{0,9})\b",
    re.IGNORECASE,
)
# "Big Data & Society 3.2 (2016)", "… Research 36:3 (2012)": volume.issue before the year
_JOURNAL_DOTTED = re.compile(r"(?<=[^\W\d_]\s)(?P<volume>\d{1,4})[.:](?P<issue>\d{1,3})(?=\s*\()")
_JOURNAL_PAGES = re.compile(r"\)\s*:\s*(?P<pages>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)")
_EMPTY_BRACKETS = re.compile(r"[(\[][\s\x1f]*[)\]]")
_JOURNAL_WORDS = ("no.", "number", "issue")  # what _JOURNAL cannot match without
_NO_DATE_WORDS = ("n.", "no date", "undated")
_ON_FILE = re.compile(r"\bon file (?:with|at)\s+(?P<holder>[^,;.]+)", re.IGNORECASE)
_NOISE = re.compile(
    r"^(?:and|at|in|on|from|via|see|available|available at|available from|available online|"
    r"online|accessed|retrieved|url|link|pdf|\(|\))$",
    re.IGNORECASE,
)
_BY = re.compile(r"^(?:by|written by)\s+", re.IGNORECASE)
_UPLOADED = re.compile(r"^(?:uploaded|posted)\s+by\s+\S", re.IGNORECASE)
_AVAILABLE = re.compile(r"^(?:available|published|posted)\s+(?:at|on|from|in)\s+", re.I)
_TESTIMONY = re.compile(
    r"^(?:written\s+|oral\s+)?testimony\s+(?:before|to|at)\s+(?P<body>.+)$", re.I
)
_DOCUMENT_NUMBER = re.compile(
    r"^(?:U\.?\s?N\.?\s+Doc\.?\s+)?[A-Z]{1,8}(?:/[A-Za-z0-9.()\-]+){2,}$"
    r"|^(?:U\.?\s?N\.?\s+)?(?:G\.?\s?A\.?|S\.?\s?C\.?|HRC|E)\s+Res\.?\s+\S+.*$"
)
_KEEP_PERIOD = frozenset({"inc", "ltd", "co", "corp", "jr", "sr", "st", "bros", "no"})
_PROSE_WORDS = 14  # more words than this with no title, date or URL reads as a comment


@dataclass
class _Work:
    """The citation text with a mask of characters already assigned to a field."""

    text: str
    _masked: str = ""

    def __post_init__(self) -> None:
        self._masked = self.text.replace(MASK, " ")  # the input's own \x1f is not a mask

    def take(self, start: int, end: int) -> None:
        start, end = max(start, 0), min(end, len(self.text))
        if end > start:
            self._masked = self._masked[:start] + MASK * (end - start) + self._masked[end:]

    def masked(self) -> str:
        return self._masked

    def free(self, start: int, end: int) -> bool:
        return MASK not in self._masked[start:end]


@dataclass(frozen=True)
class _Segment:
    start: int
    end: int
    text: str


@dataclass
class _Tail:
    """What follows the title: outlet, publisher, kind and whatever could not be placed."""

    container: str | None = None
    publisher: str | None = None
    kind: SourceKind | None = None
    genre: str | None = None
    issuer: str | None = None
    by_authors: tuple[Contributor, ...] = ()
    pinpoint: str | None = None
    rest: list[_Segment] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)


# --- splitting a footnote ------------------------------------------------------------------


def split_footnote(text: str) -> list[tuple[int, int]]:
    """Spans of the citations in a footnote, in order.

    Top-level semicolons split; so do the joins real notes use without one: ``see also``,
    ``and``/``en``/``以及`` after a complete citation (a date, a URL or a closing
    parenthesis just before) when a new one begins, a jurisdiction label (``…, USA: …``),
    a URL followed by a new capitalised piece, and a full stop after a complete citation
    followed by a new one. A separator inside a quoted title, parentheses or a URL is not
    one.
    """
    spans: list[tuple[int, int]] = []
    depth_quote = 0
    depth_paren = 0
    quote_at = 0  # where the quotation left open began
    bracket_at = -1  # where a bracket left open began
    last_close = text.rfind("]")  # a bracket left open closes only before this
    start = 0
    i = 0
    n = len(text)

    def cut(at: int, resume: int) -> None:
        nonlocal start
        if text[start:at].strip():
            spans.append((start, at))
        start = resume

    while i < n:
        stop = _SPLIT_STOP.search(text, i)
        if stop is None:
            break  # nothing the loop below reads is left
        i = stop.start()
        ch = text[i]
        url = URL_AT.match(text, i) if ch in "hHwW" else None
        if url is not None and (i == 0 or not text[i - 1].isalnum()):
            url_end = i + (len(trim_url(url.group(0))) or 1)  # trailing punctuation is text
            i = extend_broken(text, url_end, trim_url(url.group(0)))[0]
            if depth_quote == 0 and depth_paren == 0:
                after = _AFTER_URL.match(text, i)
                if after is not None:
                    cut(i, after.end())
                    i = after.end()
            continue
        if depth_quote == 0 and depth_paren == 0 and _may_join(text, i, ch):
            join = _JOIN.match(text, i)
            if join is not None and _joins(text, start, i, join):
                cut(i, join.end())
                i = join.end()
                continue
        if ch in quotes.OPENING_DOUBLE or (
            ch == quotes.STRAIGHT_DOUBLE and quotes.straight_opens(text, i)
        ):
            if depth_quote == 0:
                quote_at = i
            depth_quote += 1
        elif ch in quotes.CLOSING_DOUBLE or ch == quotes.STRAIGHT_DOUBLE:
            depth_quote = max(depth_quote - 1, 0)
        elif ch == "(":
            depth_paren += 1
        elif ch == ")":
            depth_paren = max(depth_paren - 1, 0)
        elif ch == "[":
            bracket_at = i  # "[Data Could Become …; Guard Against …]": a translation's ";"
        elif ch == "]":
            bracket_at = -1
        elif (
            ch == ";"
            and depth_quote == 0
            and depth_paren == 0
            and not (bracket_at >= 0 and i < last_close)
            and not _place_list(text, i)
            and not _inverted_name_list(text, start, i)
            and not _agency_list(text, start, i)
            and not _REVISED_AFTER_SEMICOLON.match(text, i + 1)
            and not _CODE_LEVEL_AFTER.match(text, i + 1)
            and not _ONLY_ADDRESS_AFTER.match(text, i + 1)
            and not _address_of_the_work(text, start, i)
        ):
            then = _AND_AFTER_SEMICOLON.match(text, i + 1)  # "…, p. 19; and U.S. GAO, …"
            cut(i, then.end() if then else i + 1)
        elif (
            ch == ";"
            and depth_quote == 1
            and depth_paren == 0
            and _unclosed_quote_ends(text, quote_at, i)
        ):
            depth_quote = 0  # "“Title. →; Isobel Yeung and …, Vice News, “…”": never closed
            cut(i, i + 1)
        elif ch == "\n" and depth_quote > 0 and text.startswith("\n", i + 1):
            depth_quote = 0  # a paragraph break ends any quotation left open
        i += 1
    if text[start:].strip():
        spans.append((start, n))
    out: list[tuple[int, int]] = []
    # a run of resolutions may span joins the loop cut before: counted over the whole note
    in_run = len(spans) > 0 and _runs_of_resolutions(text)
    for span_start, span_end in spans:
        begin = span_start
        cuts = [(at, at + 1) for at in styles.case_breaks(text, span_start, span_end)]
        if not cuts and in_run:
            cuts = _resolution_breaks(text, span_start, span_end)
        for cut_at, resume in cuts:
            out.append(_strip_span(text, begin, cut_at))
            begin = resume
        out.append(_strip_span(text, begin, span_end))
    return out


# a resolution cited by its number and date in a run of them: "Council resolutions 20/8 of
# 5 July 2012, 26/13 of 26 June 2014 and 32/13 of 1 July 2016, …" (a resolution's preamble)
_RESOLUTION_ITEM = re.compile(
    r"(?<![\w/])(?:\d{1,3}/\d{1,3}[A-Z]?|A/(?:[A-Z]+/)*\d+(?:/[\w.]+)*)"
    r"(?=\s+of\s+(?:\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|on\b))"
)
_RUN_SEPARATOR = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_RUN_LEAST = 3  # fewer, and "resolutions 68/167 of … and 69/166 of …" stays one note's prose


def _runs_of_resolutions(text: str) -> bool:
    found = itertools.islice(_RESOLUTION_ITEM.finditer(text), _RUN_LEAST)
    return sum(1 for _ in found) >= _RUN_LEAST


def _resolution_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where a run of resolutions cited by number and date splits, and where the next one
    resumes: at the separator before each one after the first (the body's name before a
    number goes with it)."""
    items = [m.start() for m in _RESOLUTION_ITEM.finditer(text, start, end)]
    cuts: list[tuple[int, int]] = []
    for before, item in itertools.pairwise(items):
        separators = list(_RUN_SEPARATOR.finditer(text, before, item))
        if separators:
            cuts.append((separators[-1].start(), separators[-1].end()))
    return cuts


def _unclosed_quote_ends(text: str, opened: int, at: int) -> bool:
    """A semicolon inside a quotation that was never closed ends a citation when the
    quotation has run long and the next piece is names, a comma and another quoted title."""
    if at - opened < _LONG_QUOTE:
        return False
    after = at + 1
    while after < len(text) and text[after].isspace():
        after += 1
    names = _NAMES_THEN_COMMA.match(text, after)
    if names is None:
        return False
    return any(q in text[names.end() : names.end() + 80] for q in quotes.OPENING_DOUBLE)


# a UN document's genre in lower case starts a citation: "…, para. 19; and concluding
# observations on …", "…, para. 18. See also concluding observations on …"
_UN_GENRE_LOWER = (
    r"(?:concluding\s+observations|general\s+(?:comment|recommendation)|communications?"
    r"|resolutions?|decisions?|views|rules?\s+\d|reports?\s+of|letters?\s+dated|note\s+by)\b"
)
_AND_AFTER_SEMICOLON = re.compile(r"\s*(?:and|or|sowie|und)\s+(?=[A-Z]|" + _UN_GENRE_LOWER + r")")
# "… (2023): 245; https://www.longdom.org/….pdf .": the work's address, not a second work
# "…; www.example.org/x", "… 17 May 1954; National Archives, www.ourdocuments.gov/…": the
# work's own address, perhaps after the site that keeps it
_ONLY_ADDRESS_AFTER = re.compile(
    r"\s*(?:[A-Z][\w’'&-]*(?:\s+[A-Z][\w’'&-]*){0,4},\s+)?(?:https?://|www\.)\S+[\s.]*$"
)
# "…: 5-7; https://… Accessed February 26, 2021; and …", "…: 3; https://…; Accessed October 28,
# 2021": a work's address and its access date after semicolons (a librarian's notes), the
# address only where the work so far has none
_ADDRESS_AFTER = re.compile(r"\s*(?:https?:|www\.)")
_ACCESS_AFTER = re.compile(r"\s*(?i:accessed|retrieved|last\s+(?:accessed|visited))\b")
_ADDRESS_IN = re.compile(r"https?:|www\.")


def _address_of_the_work(text: str, start: int, at: int) -> bool:
    if _ACCESS_AFTER.match(text, at + 1):
        return True
    return bool(_ADDRESS_AFTER.match(text, at + 1)) and not _ADDRESS_IN.search(text, start, at)


# "…, September 1999; revised August 2007, Available at: …": a later date of the same work
_REVISED_AFTER_SEMICOLON = re.compile(
    r"\s*(?i:revised|updated|last\s+(?:revised|updated|modified)|amended|reprinted)\s+(?:on\s+)?"
    r"(?=\d|[A-Z][a-z]+\.?\s+\d)"
)
# "Code of Federal Regulations, Title 2, …; Subtitle A, …; Part 200, …": one code's levels
_CODE_LEVEL_AFTER = re.compile(
    r"\s*(?:Subtitle|Chapter|Subchapter|Part|Subpart|Section|Appendix\s+[IVXLC]+\s+to\s+Part)"
    r"\s+[\dIVXLA-Z][\w.]*(?:,|—|\s+[A-Z])"
)
_LONG_QUOTE = 120  # longer than a title holding a semicolon ("…; or, …")
_CONTINUATION = (
    r"(?!(?i:accessed|retrieved|last|archived|available|viewed|visited|updated|online"
    r"|internet\s+archive|wayback\s+machine|stand(?=\s*:)|zugriff|(?:zuletzt\s+)?(?:ab|auf)gerufen)\b)"
)
_AFTER_URL = re.compile(r"\s*[,:.]\s+" + _CONTINUATION + r"(?=[A-Z“\"‘][\w“\"‘])")
_JOIN_WORDS = (
    " and ",
    " en ",
    " see also ",
    " 以及",
    "以及",
    " attaching",
    " on Letter ",
    " See",
    " Id.",
)


# every character the splitting loop does something at (a URL's first letter, a join, a
# quotation mark, a bracket, a semicolon, a line break); the rest it steps over
_SPLIT_STOP = re.compile(
    "[hHwW,.;()\\[\\]\n"
    + re.escape(quotes.OPENING_DOUBLE + quotes.CLOSING_DOUBLE + quotes.STRAIGHT_DOUBLE)
    + "]|"
    + "|".join(re.escape(w) for w in _JOIN_WORDS)
)


def _may_join(text: str, i: int, ch: str) -> bool:
    """A cheap look before the separator pattern is tried (it is, at every space, slow)."""
    if ch in ",.":
        return True
    return ch in " 以" and text.startswith(_JOIN_WORDS, i)


# a jurisdiction label (``…, USA: …``) starts a citation; an identifier's label does not
_ID_LABELS = r"(?:DOI|ISBN|ISSN|URL|URN|PMID|PMCID|ARK|OCLC|SSRN):"
_JOIN = re.compile(
    r"(?P<see>,?\s+see\s+also\s+)"
    r"|(?P<label>,\s+(?=[A-Z]{2,5}:\s)(?!" + _ID_LABELS + r"))"
    r"|(?P<and>,?\s+(?:and|en|or)\s+|\s*以及\s*)"
    # a file's papers: "Minute CDS to CJO, 18 March 2003, ‘…’ attaching Paper CDS, ‘…’"
    r"|(?P<attached>\s+(?:attaching|on)\s+(?=(?:Paper|Minute|Letter|Note|Telegram|[‘“])))"
    # a Bluebook "citing" clause outside parentheses cites another work
    r"|(?P<citing>,\s+citing,?(?:\s+in\s+agreement,)?\s+(?=[A-Z]))"
    r"|(?P<stop>\.\s+)" + _CONTINUATION + r"|(?P<comma>,\s+)"
    # a sentence closed inside its quotation marks, then a signal: "Sison, “Title.” See also: …"
    r"|(?P<quoted_stop>(?<=[.!?][”\"’])\s+(?=(?:See|Cf\.|Compare)\b|Id\.(?=[\s,;]|$)))"
)
# German think tanks' author-date with a colon: "France, Egypt et al. (2020): The future …"
_COLON_NAMES = r"[A-Z][\w’'.&-]*(?:,?\s+(?:[A-Z&][\w’'.&-]*|of|on|the|for|in|et\s+al\.)){0,24}"
_COLON_REFERENCE = re.compile(_COLON_NAMES + r"\s+\((?:\d{4}[a-z]?|n\.\s?d\.?)\):\s")
# "… at a Crossroads . For a personal account (from the U.S. perspective) on these
# developments, see Michele Markoff (2025): The Origins …": prose ending in a signal
_PROSE_THEN_SEE_COLON = re.compile(
    r"[A-Z](?:[^.;]|\.(?=\S)|(?<=\b[A-Z])\.){0,300}?\b(?:see|cf\.)(?:\s+also)?"
    r"(?:,\s+for\s+example,)?:?\s+" + _COLON_NAMES + r"\s+\((?:\d{4}[a-z]?|n\.\s?d\.?)\):\s"
)
# a Bluebook explanatory parenthetical, a participle first: "(considering the allocation of …)"
_EXPLANATORY = re.compile(r"\((?:[a-z]{3,}ing|quoted)\s[^()]{2,400}\)")
_SUPRA_END = re.compile(r"\b(?:supra|id|ibid)\.?$", re.IGNORECASE)
_COLON_YEAR = re.compile(r"\((?:\d{4}[a-z]?|n\.\s?d\.?)\):\s")
_PROSE_REACH = 500
_PAGE_YEAR = re.compile(r"\d\s+\(\d{4}\)\s*\.$")
_APA_YEAR = re.compile(r"\(\d{4}[a-z]?(?:,[^()]*)?\)\s*\.$")
_PAGES_AFTER_YEAR = re.compile(r"\(\d{4}\)\s*:\s*\d+(?:\s*[-–]\s*\d+)?$")
_JOIN_LOOKBACK = 200  # how far before a join a complete citation's date or URL may be
_NEW_CITATION = re.compile(r"[“\"‘]|[A-Z][\w’'.-]*[\s,]|standpunt\b|" + r"\d{1,4}/\d{1,4}\s+of\s")
# a book's imprint ends a citation: "Place: Publisher, 2008"; the next begins with names
_BOOK_END = re.compile(r":\s*[A-Z][^,:;()]{1,60},\s*\d{4}$")
_NAME = r"[A-Z][\w’'.-]*(?:\s+(?:van|de|der|von|den|du|la|le)?\s*[A-Z][\w’'.-]*){1,3}"
_NAMES_THEN_COMMA = re.compile(_NAME + r"(?:,?\s+(?:and|&)\s+" + _NAME + r")?,\s")
# after a closed quoted title, "and" then a name and a description, then the next quoted title
_NAMED_THEN_QUOTE = re.compile(r"(?:the\s+)?[A-Z][\w.&’'-]*(?:\s+[\w.&’'-]+){0,8},\s+[“\"][A-Z]")
# a UN document by its symbol and a paragraph, as UN reports cite them one after another
_SYMBOL_PINPOINT = re.compile(
    r"[A-Z]{1,6}(?:/[A-Z0-9][A-Za-z0-9.-]*){2,}(?=,\s*(?:paras?|pp?)\.\s*\d|\s*[.;]?$)"
)
_ENDS_PINPOINT = re.compile(r"\b(?:paras?|pp?)\.\s*[\d.–-]+\s*$")
_PROVISION_OF = re.compile(
    r"(?:Rules?|Articles?|Arts?\.|Sections?)\s+\d{1,4}[A-Za-z]?(?:\s*\(\w{1,4}\))*\s+of\s+the\s+[A-Z]"
)
_SYMBOL_OF = re.compile(r"\d{1,4}/\d{1,4}\s+of\s")  # "… 59/209 of 20 December 2004 and 67/221 of …"


# "London; New York: Routledge, 2003": a semicolon between the places of an imprint
_PLACE = r"[A-Z][A-Za-z.’'-]+(?:\s+(?:(?:am|an|der|upon|on|sur)\s+)?[A-Z][A-Za-z.’'-]+){0,2}"
_PLACE_BEFORE = re.compile(r"(?:^|[(,]\s*)" + _PLACE + r"$")
_PLACE_AFTER = re.compile(r"\s*" + _PLACE + r"(?:;\s*" + _PLACE + r")*:\s+[A-Z]")
# a case's report ends a citation: "… (2005) EWCA (Civ) 11", "… (1998) 29 EHRR1 at para 70"
_REPORT_END = re.compile(
    r"[\[(]\d{4}[\])]\s*(?:\d{1,4}\s*)?[A-Z][\w.() ]{0,24}?\s*(?:[A-Z]-)?\d{1,5}"
    r"(?:\s*\([A-Za-z]{1,12}\))?(?:,?\s*(?:at\s+)?(?:paras?\.?\s+)?[\d–-]+\w*)?$"
)
_COURT_FIRST = re.compile(r"(?:" + styles.EURO_COURTS + r")(?:\s*\[GC\])?,\s")
_CASE_START = re.compile(
    r"(?:[A-Z][^;()\[\]]{0,120}?\s(?:v\.?|vs\.?|-v-)\s|(?:In\s+re|Re)\s+[A-Z])"
)
# a pinpoint after an imprint's parenthesis ends a citation: "(Oxford: OUP, 1964), p. vi."
_PAREN_PINPOINT = re.compile(
    r"\)\s*,\s*(?:(?:pp?\.|at)\s*)?(?:\d+|[ivxlc]+)(?:\s*[-–]+\s*(?:\d+|[ivxlc]+))?\.$"
    r"|\)\s*,\s*\[[^\]]{1,30}\]\.$"
)
# Bluebook's "Id." (or "See id.") after a full stop starts the next citation
_ID_AFTER_STOP = re.compile(r"(?:See(?:\s+also)?,?\s+)?[Ii]d\.(?=[\s,;]|$)")
# a signal after a full stop starts the next citation: "…, 264. Also see P v. Hill …"
_SIGNAL_AFTER_STOP = re.compile(
    r"(?:Also\s+see|See\s+also|See|Cf\.|Compare|Also,)(?:,?\s+e\.g\.)?[,:]?\s+"
    r"(?=[A-Z“\"‘]|" + _UN_GENRE_LOWER + r")"
)


# a sentence of prose ending in a signal starts the next citation: "… ‘Data Trusts’. For further
# discussion regarding the development of data trusts see: Data Trusts Initiative (2020) …"
_PROSE_THEN_SEE_AFTER_STOP = re.compile(
    r"[A-Z][a-z]*(?:\s+[\w’'-]+){2,30}?,?\s+(?:see|cf\.)(?:\s+also)?:?\s+(?=[A-Z“\"‘])"
)
# a topic label after a full stop starts the next citation (citations-dev splits at labels)
_LABEL_AFTER_STOP = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+){1,4}:\s+(?=[A-Z“\"‘])")
# an author-date reference begins: "International Cooperative Alliance (2017) …", "Hafen, E. (2019)"
_AUTHOR_YEAR = re.compile(
    r"[A-Z][\w’'.&-]*(?:,?\s+[A-Z&][\w’'.&-]*){0,6}\s+\((?:\d{4}[a-z]?|n\.\s?d\.?)\)"
)


# "Devereux, Charlie; Wild, Franz; Robinson, Edward: “Title”": inverted names listed with
# semicolons before the title
_INVERTED_BEFORE = re.compile(
    r"(?:^|[;:]|\bin:)\s*(?:(?:Vgl\.|Siehe|See|Cf\.)\s+)?[A-ZÄÖÜ][\w’'-]+,\s+[A-ZÄÖÜ][\w’'.-]*$"
)
# the last name of the list, a colon, then the title (quoted, or German notes' bare title)
_INVERTED_AFTER = re.compile(
    r"(?:\s*[A-ZÄÖÜ][\w’'-]+,\s+[A-ZÄÖÜ][\w’'.-]*\s*;)*\s*[A-ZÄÖÜ][\w’'-]+,\s+[A-ZÄÖÜ][\w’'.-]*"
    r"(?:\s*\((?:Hg|Hrsg|eds?)\.?\))?\s*:\s*[“\"A-ZÄÖÜ»„]"
)


_ORG_NAME = re.compile(
    r"\s*[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|of|the|and|for|on|&))*"
    r"(?:,\s+[A-Z][\w’'&.-]*(?:\s+(?:[A-Z][\w’'&.-]*|of|the|and|for|on|&))*)?\s*"
)
_LIST_END = re.compile(r",\s+(?:et\s+al\.,\s+)?[“\"]")
_AGENCIES_MOST = 20
_AGENCIES_REACH = 2000


def _agency_list(text: str, start: int, at: int) -> bool:
    """A rule's issuing agencies joined by semicolons, then its quoted title: "Office of …,
    Office of Management and Budget; Department of …; …; Department of …, et al., “Title,” …"."""
    floor = max(start, at - _AGENCIES_REACH)
    if not _agency(text[max(floor, text.rfind(";", floor, at) + 1) : at]):
        return False
    window = text[at + 1 : at + 1 + _AGENCIES_REACH]  # bounded: a note of many ";" stays linear
    for piece in window.split(";", _AGENCIES_MOST)[:_AGENCIES_MOST]:
        end = _LIST_END.search(piece)
        if end is not None:
            return _agency(piece[: end.start()])
        if not _agency(piece):
            return False
    return False


def _agency(piece: str) -> bool:
    return bool(_ORG_NAME.fullmatch(piece)) and has_organisation_word(piece)


def _inverted_name_list(text: str, start: int, at: int) -> bool:
    return bool(_INVERTED_BEFORE.search(text, start, at)) and bool(
        _INVERTED_AFTER.match(text, at + 1)
    )


_US_STATES = frozenset(
    re.findall(
        r"[A-Z]{2}",
        "AL AK AZ AR CA CO CT DC DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
        "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY",
    )
)
_PLACE_BEFORE_STATE = re.compile(r"(?:^|[(,.”\"’]\s*)" + _PLACE + r"$")
# an imprint outside parentheses: "…,” Cambridge, MA: MIT Press, 2019", "…, Rochester, NY: …"
_STATE = r"(?:" + "|".join(sorted(_US_STATES)) + r")"
_PLACE_STATE_PUBLISHER = re.compile(
    r"(?:^|(?<=[,”\"’.]))\s*(?P<place>" + _PLACE + r"),\s+(?P<state>" + _STATE + r"):\s*"
    r"(?P<publisher>[A-Z][^,;:()\x1f]{1,80}?)(?=\s*(?:,|\.\s|\.?$))"
)


_NOT_A_START = re.compile(
    _PLACE + r",\s+" + _STATE + r":\s+[A-Z]"
    r"|[A-Z][^,.()]{2,120}?\s+\d{1,4}\(\d{1,4}\),\s*\d"
    # "… (2026). “Title.” Document 2024/0017 (COD). February 10. URL": the same work's day
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\.\s"
)


def _place_list(text: str, at: int) -> bool:
    return bool(_PLACE_BEFORE.search(text, max(0, at - 60), at)) and bool(
        _PLACE_AFTER.match(text, at + 1)
    )


def _joins(text: str, start: int, at: int, join: re.Match[str]) -> bool:
    """Whether the separator ``join`` at ``at`` ends one citation and begins the next."""
    if join["comma"] is not None or join["and"] is not None:
        if _COLON_REFERENCE.match(text, join.end()) and _COLON_YEAR.search(
            text, max(start, at - _PROSE_REACH), at
        ):
            return True  # "… (2020): Title , France, Egypt et al. (2021): Working paper …"
        if _SYMBOL_PINPOINT.match(text, join.end()) and _ENDS_PINPOINT.search(
            text, max(start, at - _JOIN_LOOKBACK), at
        ):
            return True  # "CERD/C/SVN/CO/8-11, para. 18, E/C.12/SVN/CO/2, para. 31 and CEDAW/…"
        if join["comma"] is not None:
            # "Rule 89(C) of the ICTY Rules …, Rule 105(C) of the IRMCT Rules …": one provision each
            return bool(
                _PROVISION_OF.match(text, join.end())
                and _PROVISION_OF.search(text, max(start, at - _PROSE_REACH), at)
            )
    if join["see"] is not None or join["quoted_stop"] is not None:
        return bool(text[start:at].strip())
    if join["citing"] is not None:
        return bool(text[start:at].strip())
    if join["attached"] is not None:
        return bool(styles.CORRESPONDENCE_START.match(text[start:at].strip()))
    if join["label"] is not None:
        # "…, Rochester, NY: Social Science Research Network, …": a place and its state
        state = text[join.end() : join.end() + 2]
        return not (
            state in _US_STATES
            and text[join.end() + 2] == ":"
            and _PLACE_BEFORE_STATE.search(text, max(0, at - 60), at) is not None
        )
    rest = join.end()
    if (
        join["and"] is not None
        and _COURT_FIRST.match(text, rest)
        and _ends_with_date(text[max(start, at - _JOIN_LOOKBACK) : at].rstrip())
    ):
        return True  # "…, 3 April 2007, or ECtHR, Mustafa Sezgin Tanrıkulu v. Turkey, …"
    if join["stop"] is None and join["and"] is not None and _CASE_START.match(text, rest):
        head = text[max(start, at - _JOIN_LOOKBACK) : at].rstrip()
        if _REPORT_END.search(head):
            return True  # "… (2005) EWCA (Civ) 11, and Destra Software Ltd v …"
    if join["stop"] is not None and _NOT_A_START.match(text, rest):
        # "… (pp. 96-151). Ithaca, NY: Cornell University Press", "… Year (1957-8). Journal of
        # Historical Geography 34(4), 555-573": the imprint or the journal of the same work
        return False
    if join["stop"] is not None and _ID_AFTER_STOP.match(text, rest):
        # Bluebook's "Id." after a sentence of the note's own prose: "… seventeen. See id.",
        # "… Bye . . . .” Id. (internal quotation marks omitted)"
        return bool(text[start:at].strip())
    if join["stop"] is not None and (
        _SIGNAL_AFTER_STOP.match(text, rest)
        or _PROSE_THEN_SEE_AFTER_STOP.match(text, rest)
        or _PROSE_THEN_SEE_COLON.match(text, rest)
    ):
        # a sentence that opens with a signal, or ends in one, starts a citation whatever the
        # sentence before it was ("…, Protocol II, art. 17. See also “Evacuation,” …")
        return bool(text[start:at].strip())
    if join["stop"] is not None and _LABEL_AFTER_STOP.match(text, rest):
        head = text[max(start, at - _JOIN_LOOKBACK) : at + 1].rstrip()
        # "…, GitHub, 2026. Weighting precedents: ACAPS and …"; not an APA title after its
        # year ("Royal Society (2019). Protecting privacy in practice: The current use …")
        if (find_dates(head) or find_urls(head)) and not _APA_YEAR.search(head):
            return True
    if not _NEW_CITATION.match(text, rest):
        return False
    before = text[max(start, at - _JOIN_LOOKBACK) : at].rstrip()
    book = bool(_BOOK_END.search(before)) and bool(_NAMES_THEN_COMMA.match(text, rest))
    if join["stop"] is not None:
        if book:  # "… London: Earthscan, 2008. Ned Rossiter and Geert Lovink, MyCreativity …"
            return True
        if _SUPRA_END.search(text, max(start, at - 20), at):
            # "See, e.g., Ayers & Balkin, supra. Maarten Herbosch, Liability for AI Agents, …"
            return bool(_NAMES_THEN_COMMA.match(text, rest))
        before = text[max(start, at - _JOIN_LOOKBACK) : at + 1].rstrip()
        closed = before[:-1].rstrip().endswith(")") or _PAREN_PINPOINT.search(before)
        # "Author (2020). Title" goes on after its year; "… 34 J. ECON. PERSP. 232-33 (2020)."
        # ends at it (a page before the year) when a next citation is seen to begin: names and
        # a comma, or a sentence of prose and then names
        author_year = bool(_APA_YEAR.search(before))
        if author_year and _titled_before_year(text[start : at + 1]):
            # "Bignami, Francesca, Human Rights Extraterritoriality: … (2018). Francesca
            # Bignami & Giorgio Resta, …": the year closes a titled work, names open the next
            author_year = not _NAMES_THEN_COMMA.match(text, rest)
        if author_year and _PAGE_YEAR.search(before):
            window = text[rest : rest + _PROSE_REACH]
            author_year = not (
                _NAMES_THEN_COMMA.match(window) or styles.prose_before_name(window) is not None
            )
        if not closed or author_year:
            return False
        return bool(find_dates(before))
    if join["and"] is not None and before[-1:] in '”"' and _NAMED_THEN_QUOTE.match(text, rest):
        # '… "Case Study of CMS Management …" and Harvard Business School case study, "The …'
        return True
    complete = (
        before.endswith(")")
        or bool(find_urls(before))
        or _ends_with_date(before)
        or bool(_PAGES_AFTER_YEAR.search(before))  # "… 69, no. 1 (2002): 263–324, and Peter …"
    )
    chinese = join["and"].strip() == "以及"
    symbol = bool(_SYMBOL_OF.match(text, rest)) and _ends_with_date(before)
    quoted = text[rest] in '“"‘' or _quoted_at(text, rest)
    # "…/cooperative-identity and International Cooperative Alliance (2017) The Guidance …"
    author_date = bool(_AUTHOR_YEAR.match(text, rest))
    return complete and (chinese or symbol or quoted or book or author_date)


def _titled_before_year(span: str) -> bool:
    """The work before its closing ``(year).`` has a title: a colon, or more words than names."""
    head = span[: span.rfind("(")]
    return ":" in head or len(head.split()) > 10


def _ends_with_date(text: str) -> bool:
    dates = find_dates(text)
    return bool(dates) and dates[-1].end >= len(text.rstrip(" ,")) - 1


def _quoted_at(text: str, pos: int) -> bool:
    """A citation that starts with its author or issuer and a quoted title, or a document."""
    window = text[pos : pos + 120]
    return bool(re.match(r"[^“\"‘;()]{0,80}?,\s*[“\"‘]", window)) or window.lower().startswith(
        "standpunt"
    )


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


# --- segments ------------------------------------------------------------------------------


def _segments(masked: str, start: int, end: int) -> list[_Segment]:
    """Comma-, period- and mask-separated pieces of ``masked[start:end]`` outside brackets."""
    out: list[_Segment] = []
    depth = 0
    seg_start = start
    # only brackets, separators and masks matter; a run of masks is one boundary (the
    # empty pieces between its characters were never kept)
    for mark in itertools.chain(_SEGMENT_MARKS.finditer(masked, start, end), (None,)):
        i = mark.start() if mark is not None else end
        ch = masked[i] if mark is not None else MASK
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(depth - 1, 0)
        boundary = ch == MASK or (depth == 0 and ch in ",;")
        if not boundary and depth == 0 and ch == "." and i + 1 < end and masked[i + 1] == " ":
            word = (masked[seg_start:i].split() or [""])[-1]
            # "Outlet. Title" splits; "C. Economy", "No. 4" and "G.A. Res." do not
            boundary = len(word) > 3 and "." not in word and not word[0].isdigit()
            # an outlet in small capitals abbreviates word after word: "FIRST AMEND. INST."
            boundary = boundary and not (word.isupper() and _CAPS_WORD.match(masked, i + 2))
        if boundary:
            _add_segment(out, masked, seg_start, i + (ch == "."))
            seg_start = mark.end() if mark is not None else end + 1
    for k in range(len(out) - 1, 0, -1):
        if _YEAR_RANGE.match(out[k].text) and masked[out[k - 1].end : out[k].start].strip() == ",":
            # "National Service: Conscription in Britain, 1945--1963": the range ends the title
            start_k = out[k - 1].start
            out[k - 1 : k + 1] = [_Segment(start_k, out[k].end, masked[start_k : out[k].end])]
    return out


_CAPS_ABBREVIATION = re.compile(r"\b[A-Z]{2,}\.\s")
_CAPS_WORD = re.compile(r"[A-Z][A-Z&’'-]*\b")
_SEGMENT_MARKS = re.compile("[()\\[\\],;.]|" + MASK + "+")
_YEAR_RANGE = re.compile(r"^\d{4}\s*[-–—]{1,2}\s*\d{2,4}$")


def _add_segment(out: list[_Segment], masked: str, start: int, end: int) -> None:
    raw = masked[start:end]
    left = len(raw) - len(raw.lstrip(" .,:;\u00a0\n\t"))
    right = len(raw.rstrip(" .,:;\u00a0\n\t"))
    if right <= left:
        return
    if right < len(raw) and raw[right] == ".":
        last_word = raw[left:right].split()[-1]
        if last_word.lower() in _KEEP_PERIOD or (
            last_word.isupper() and _CAPS_ABBREVIATION.search(raw, left, right)
        ):
            right += 1  # "Apple Inc." and "INST. AT COLUM. UNIV." keep their period
    text = raw[left:right]
    if _NOISE.match(text) or not any(ch.isalnum() for ch in text):
        return
    out.append(_Segment(start + left, start + right, text))


# --- titles --------------------------------------------------------------------------------


def _clean_title(title: str) -> str:
    """Drop the note's own punctuation before the closing quote; keep ? and ! and inner quotes."""
    title = " ".join(title.split())
    for inner in ("’", "'", "”"):
        for punct in (",", "."):
            if title.endswith(punct + inner):
                title = title[: -len(punct + inner)] + inner
    return title.rstrip(",;:").rstrip(".") if not title.endswith("...") else title


def _find_quoted_title(work: _Work) -> tuple[int, int, int, int, CitationFlag | None] | None:
    """(title start, title end, span start, span end, flag) of the quoted title, if any."""
    text = work.masked()
    n = len(text)
    for i in range(n):
        if text[i] == MASK:
            continue
        if quotes.is_opening_single(text, i) and text[i + 1 : i + 2] in ('"', "“"):
            # '"the medium itself, rabbit by proxy": some thoughts …': the single quotes are
            # the title's, the double ones a quotation inside it
            single = _find_single_quoted_title(text)
            if single is not None and single[0] == i + 1:
                return single
        if quotes.is_opening_double(text, i):
            close = quotes.find_closing_double(text, i, n)
            if close is not None and _inside_longer_title(text, i, close):
                return None
            if close is not None and ("'" in text[:i] or "‘" in text[:i]):
                # "'Mobile Devices …: The GDPR and a Future of Crowdsourced "Broken Windows"',
                # International Data Privacy Law …": the double quotes inside a single-quoted title
                bare = text[i:].replace('"', "_").replace("”", "_").replace("“", "_")
                single = _find_single_quoted_title(text[:i] + bare)
                if single is not None and single[2] < i and single[3] > close + 1:
                    return single
            if close is not None:
                return i + 1, close, i, close + 1, None
            end = text.find(",", i)
            end = end if end != -1 else n
            return i + 1, end, i, end, CitationFlag.UNBALANCED_QUOTES
        if quotes.is_closing_double(text, i):
            break  # a closing mark before any opening one: the opening is missing
    else:
        return _find_single_quoted_title(text)
    # the opening quote was left out: the title starts after the authors, if any
    close = next(i for i in range(n) if text[i] != MASK and quotes.is_closing_double(text, i))
    start = _title_start_without_quote(text, close)
    return start, close, start, close + 1, CitationFlag.MISSING_OPENING_QUOTE


def _find_single_quoted_title(text: str) -> tuple[int, int, int, int, CitationFlag | None] | None:
    n = len(text)
    for i in range(n):
        if text[i] == MASK or not quotes.is_opening_single(text, i):
            continue
        if i > 0 and text[i - 1] not in " \x1f(" and not text[:i].rstrip().endswith(","):
            continue
        close = quotes.find_closing_single(text, i, n)
        if close is not None and close - i > 3:
            if _inside_longer_title(text, i, close, single=True):
                return None
            return i + 1, close, i, close + 1, None
    return None


# the words of an unquoted title going on after a quotation in it, to the title's comma:
# "“Truth Drives Out Lies” and Other Misinformation, KNIGHT …", "Covid ‘Lab Leak’ Theory, NBC"
_JOINED_ON = re.compile(
    r"[ \t\n]+(?:and|or|&)[ \t\n]+[‘“]?[A-Z][\w’'-]*(?:[ \t\n]+[\w‘’'-]+){0,8}[’”]?,"
)
_RUNS_ON = re.compile(r"[ \t\n]+[A-Z][\w’'-]*(?:[ \t\n]+[\w’'-]+){0,3},")
# a title that opens with a word or two in single quotes: "‘Anonymous’ Data Might Not Be So
# Anonymous, Study Shows, CNBC (…)"
_RUNS_ON_LONG = re.compile(r"[ \t\n]+[A-Z][\w’'-]*(?:[ \t\n]+[\w’'-]+){0,12},")
_WORD_BEFORE = re.compile(r"[A-Za-z][\w’'-]*[ \t\n]+$")


def _inside_longer_title(text: str, opened: int, close: int, *, single: bool = False) -> bool:
    """A quotation inside an unquoted title: no punctuation closes it, and the title goes on
    after it (joined by ``and``; for single quotes, title words on both sides)."""
    if text[opened + 1 : close].rstrip()[-1:] in (",", ".", "?", "!", ";", ":"):
        return False
    if _JOINED_ON.match(text, close + 1):
        return True
    short = len(text[opened + 1 : close].split()) <= 3
    if single and short and _RUNS_ON_LONG.match(text, close + 1):
        return True
    return single and bool(_RUNS_ON.match(text, close + 1) and _WORD_BEFORE.search(text, 0, opened))


def _title_start_without_quote(text: str, close: int) -> int:
    """After the longest run of comma-separated persons before ``close``, or at the start."""
    best = 0
    for m in re.finditer(r",\s*", text[:close]):
        candidate = text[: m.start()].replace(MASK, " ")
        authors, ok = split_authors(candidate)
        if ok and authors and all(not c.is_organisation for c in authors):
            best = m.end()
        elif ok and len(authors) == 1 and looks_like_organisation(candidate.strip()):
            best = m.end() if best == 0 else best
    return best


def _subtitle_end(text: str, close: int) -> int | None:
    """A quoted phrase followed by ``: Subtitle`` is only the start of the title."""
    m = re.match(r"\s*:\s+(?=[A-Z0-9“‘\"'])", text[close + 1 :])
    if m is None:
        return None
    end = close + 1 + m.end()
    while end < len(text) and text[end] not in ",;(" + MASK:
        end += 1
    while text[end - 1] in " .":
        end -= 1
    return end


# --- pieces claimed before segmentation ----------------------------------------------------


# no match of _BEFORE_URL (case-blind words, spaces, ":" and "<") runs over any of these
_NOT_BEFORE_URL = re.compile(r"[^\sA-Za-z:<\u0130\u0131\u017f\u212a]")
_BEFORE_URL_WINDOW = 48


def _before_url(text: str, end: int) -> re.Match[str] | None:
    """``_BEFORE_URL.search(text, 0, end)``, searched only where its match can begin."""
    window = max(0, end - _BEFORE_URL_WINDOW)
    if window and _NOT_BEFORE_URL.search(text, window, end):
        return _BEFORE_URL.search(text, window, end)
    return _BEFORE_URL.search(text, 0, end)


def _take_urls(work: _Work) -> tuple[str | None, str | None, dict[str, str], list[CitationFlag]]:
    """The cited URL, a DOI, extra URLs and flags."""
    text = work.text
    url: str | None = None
    doi: str | None = None
    extra: dict[str, str] = {}
    flags: list[CitationFlag] = []
    for found in find_urls(text):
        before = _before_url(text, found.start)
        lead = before.start() if before and before.group(0).strip() else found.start
        # its match ends at the URL and is a few words long: searched in a window, not the
        # whole text before each URL (quadratic in a note of thousands of them)
        window = max(0, found.start - _ARCHIVE_WINDOW)
        archive = _ARCHIVE_BEFORE_URL.search(text, window, found.start)
        if archive and url is not None:
            extra["archive_url"] = found.url
            lead = archive.start()
        elif not found.url:
            doi = doi or found.doi  # a bare doi: reference
        elif url is None:
            url, doi = found.url, found.doi or doi
        elif found.doi and doi is None:
            doi = found.doi
        else:
            extra["other_urls"] = " ".join(filter(None, [extra.get("other_urls"), found.url]))
            flags.append(CitationFlag.SEVERAL_URLS)
        end = found.end
        if end < len(text) and text[end] == ">":
            end += 1
        work.take(lead, end)
    return url, doi, extra, flags


# what each label pattern cannot match without (lower case): a note holding none of these is
# not searched (the patterns are case-blind and slow to run over every note)
_LABEL_WORDS = {
    _ACCESSED: (
        "accessed", "retrieved", "viewed", "consult", "visited", "downloaded", "recuperado",
        "accesat", "abgerufen", "aufgerufen", "zugriff", "stand", "geraadpleegd",
    ),
    _UPDATED: ("updated", "modified", "revised"),
    _IN_FORCE: ("effective", "force"),
    _ISSUED_LABEL: (
        "adopted", "signed", "enacted", "promulgated", "issued", "published", "posted", "dated",
        "passed", "released",
    ),
}  # fmt: skip
# the only characters besides A-Z that a case-blind pattern reads as ASCII letters
_FOLDS_TO_ASCII = frozenset("\u0130\u0131\u017f\u212a")  # İ ı ſ K (Kelvin)


def _may_hold(text: str, words: tuple[str, ...]) -> bool:
    """False only when no case-blind match of any of ``words`` can be in ``text``."""
    if not _FOLDS_TO_ASCII.isdisjoint(text):
        return True
    lowered = text.lower()
    return any(word in lowered for word in words)


def _take_labelled_date(work: _Work, pattern: re.Pattern[str]) -> DateMatch | None:
    """A date introduced by a label (``accessed``, ``updated``), with its parentheses."""
    masked = work.masked()
    if not _may_hold(masked, _LABEL_WORDS[pattern]):
        return None
    for m in pattern.finditer(masked):
        if m.start() > 0 and masked[m.start() - 1].isalnum():
            continue
        rest = masked[m.end() :]
        dates = find_dates(rest)
        if not dates or dates[0].start != 0:
            continue
        found = dates[0]
        end = m.end() + found.end
        if m.group("open"):
            close = re.match(r"\s*\)", masked[end:])
            if close:
                end += close.end()
        work.take(m.start(), end)
        return DateMatch(m.end() + found.start, m.end() + found.end, found.value, found.ambiguous)
    return None


_SEASON = re.compile(r"(?:Spring|Summer|Autumn|Fall|Winter)\s+$")
_LOOK_BACK = 12  # characters before a date that these two patterns read (never the whole note)
_ORIGINAL_YEAR = re.compile(r"\d{4}\s*\(\s*$")  # "1991 (1974)": the original's year


def _standalone(masked: str, start: int, end: int, *, after_quote: bool = False) -> bool:
    """A bare year counts as a date only as a piece of its own (``, 2016,`` or ``2016)``,
    or a season's: ``Summer 1982``); after a quoted title, also closing the outlet's or the
    place's name (``", 99Bitcoins 2020⏎https://…``, ``", Der Spiegel Hamburg 2021``)."""
    before = masked[:start].rstrip(" \t\n")
    after = masked[end:].lstrip(" \t\n")
    ok_before = (
        not before
        or before[-1] in ',(;:"”' + MASK  # a stray closing quote too: '“Title,”” 2013'
        or (after_quote and bool(_NAME_BEFORE_YEAR.search(before)))
        # "Suhrkamp Verlag. 2009" ends it, or only its address follows ("Publishing. 2012. http…")
        or (before[-1] == "." and not after.strip(" ." + MASK))
        or bool(_SEASON.search(masked[max(0, start - _LOOK_BACK) : start]))
    )
    ok_after = not after or after[0] in ",).;" + MASK or bool(_THEN_ORIGINAL.match(after))
    return ok_before and ok_after


_THEN_ORIGINAL = re.compile(r"\(\s*\d{4}\s*\)")
_NAME_BEFORE_YEAR = re.compile(r",\s*[A-Z0-9][\w.&’'-]*(?:\s+[\w.&’'-]+){0,5}$")
_VOLUME_PAGES_END = re.compile(r"\s+(?P<volume>\d{1,4})\s+(?P<pages>\d{1,5}\s*[-–]\s*\d{1,5})$")


def _issued_of(chosen: list[DateMatch], masked: str) -> DateMatch:
    """The issued date among the candidates in order: a year in parentheses after another year
    is the original edition's, and a later date of the same year that says more is the same
    date ("(1980), December 1980"; "(2013) EWHC 1575 (Pat), 11 June 2013")."""
    first = next(
        (
            d
            for d in chosen
            if not _ORIGINAL_YEAR.search(masked[max(0, d.start - _LOOK_BACK) : d.start])
        ),
        chosen[0],
    )
    finer = [
        d
        for d in chosen
        if d.start > first.start
        and d.value.year == first.value.year
        and first.precision.value == "year"
        and d.precision.value != "year"
    ]
    return finer[0] if finer else first


def _is_prose(text: str) -> bool:
    words = text.split()
    lowercase = sum(1 for w in words if w[:1].islower())
    return len(words) > _PROSE_WORDS and lowercase > len(words) // 2


def _confidence(flags: list[CitationFlag], authors_ok: bool, kind_evidence: bool) -> float:
    penalty = {
        CitationFlag.MISSING_TITLE: 0.3,
        CitationFlag.LEFTOVER_TEXT: 0.25,
        CitationFlag.NOT_A_CITATION: 0.5,
        CitationFlag.UNBALANCED_QUOTES: 0.2,
        CitationFlag.MISSING_URL: 0.15,
        CitationFlag.MISSING_DATE: 0.15,
        CitationFlag.MISSING_OPENING_QUOTE: 0.1,
        CitationFlag.AMBIGUOUS_DATE: 0.1,
        CitationFlag.SEVERAL_URLS: 0.05,
        CitationFlag.ISSUED_DIFFERS_FROM_URL: 0.05,
    }
    score = 1.0 - sum(penalty.get(f, 0.0) for f in flags)
    if not authors_ok:
        score -= 0.1
    if not kind_evidence:
        score -= 0.05
    return round(min(max(score, 0.0), 1.0), 2)


# --- the parser ----------------------------------------------------------------------------


def parse_citation(
    raw: str, *, previous: SourceRecord | None = None, styled: bool = True
) -> ParsedCitation:
    """Parse one citation (Chicago-like note style) into a :class:`ParsedCitation`.

    ``previous`` is the work cited just before, which ``Ibid.`` refers to. ``styled=False``
    leaves out what :mod:`claims.extract.styles` settles (the rules' own reading, which the
    labeller reads as a feature). Never raises on any input: what cannot be read is flagged,
    and the raw text is always kept.
    """
    text = raw.strip()
    start_offset = len(raw) - len(raw.lstrip())
    plain = _without_emphasis(text)
    ibid = _IBID.match(plain)
    if ibid:
        parsed = _parse_ibid(plain, plain[ibid.end() :], previous)
        if plain != text:
            parsed = replace(parsed, source=replace(parsed.source, raw=text))
    else:
        meant = _meant(plain)
        parsed = refine(_parse(meant), styled=styled)
        if meant != text:
            parsed = replace(parsed, source=replace(parsed.source, raw=text))
    if not ibid and styled:
        parsed = replace(parsed, source=styles.inherit(parsed.source, previous))
    if "-" in text and "\n" in text:
        parsed = _join_broken_words(parsed, text)
    parsed = replace(parsed, start=start_offset, end=start_offset + len(text))
    return calibration.flag(parsed) if styled else parsed


def _meant(text: str) -> str:
    """What the parser reads for ``text``, the raw being kept as printed."""
    if (backwards := _REVERSED_OPENING.match(text)) is not None:
        # "”IASP Terminology." IASP. …", "”Title.“ Reuters": the marks the typist meant
        close = backwards.end() - 1
        closing = "”" if text[close] == "“" else text[close]
        return "“" + text[1:close] + closing + text[close + 1 :]
    if (link_text := _LINK_TEXT_END.search(text)) is not None:
        return text[: link_text.start()]  # "…." Energy, 316, 134511. Link": the link's text
    return text


def _without_emphasis(text: str) -> str:
    """Markdown's emphasis left by a web copy dropped: "*Id. *", "Egle,* Title,* 19 …"."""
    stars = _EMPHASIS_STAR.findall(text)
    if stars and len(stars) % 2 == 0:
        return _EMPHASIS_STAR.sub("", text)
    return text


# an asterisk that is no star page ("at *1", Westlaw's)
_EMPHASIS_STAR = re.compile(r"(?<!\bat )\*(?!\d)")
# a link whose printed text names no field, standing alone after the citation's last stop
_LINK_TEXT_END = re.compile(r"(?<=[.!?\"”’])\s+\[?(?:Link|LINK|Here|PDF|Download)\]?\.?$")
# a closing mark opening the citation, a straight or closing one later ending its title
_REVERSED_OPENING = re.compile(r"”(?=\w)[^“”\"]{2,300}[\"”“]")
# a word a PDF hyphenated at a line end: lowercase on both sides, the hyphen the only one
# (``Intelli-⏎gence``, ``Maga-⏎zine``; ``Low-Cost`` and ``AI-⏎based`` keep theirs)
_BROKEN_WORD = re.compile(r"(?<![\w-])([^\W\d_]*[a-z])-[ \t]*\n[ \t]*([a-z]+)(?![\w-])")


def _join_broken_words(parsed: ParsedCitation, text: str) -> ParsedCitation:
    """``parsed`` with the words the PDF broke at a line end whole again in its title,
    container and publisher, however those fields spaced the break."""
    broken = {(m[1], m[2]) for m in _BROKEN_WORD.finditer(text)}
    if not broken:
        return parsed
    source = parsed.source
    changes: dict[str, Any] = {}
    for name in ("title", "container", "publisher"):
        value = getattr(source, name)
        if not value:
            continue
        joined = value
        for left, right in broken:
            joined = re.sub(
                rf"(?<![\w-]){re.escape(left)}-\s*{re.escape(right)}(?![\w-])", left + right, joined
            )
        if joined != value:
            changes[name] = joined
    if not changes:
        return parsed
    return replace(parsed, source=replace(source, **changes))


def refers_back(text: str) -> bool:
    """Whether a citation is ``Ibid.`` (or ``Id.``): the work cited just before."""
    return bool(_IBID.match(text.lstrip()))


def _parse_ibid(text: str, rest: str, previous: SourceRecord | None) -> ParsedCitation:
    rest = rest.strip(" .,")
    pin = _PINPOINT.search(rest)
    flags = [CitationFlag.IBID]
    if previous is None:
        source = SourceRecord(key=PLACEHOLDER_KEY, kind=SourceKind.OTHER, raw=text)
        flags.append(CitationFlag.MISSING_TITLE)
    else:
        source = replace(previous, raw=text)
    leftover = (rest[: pin.start()] + rest[pin.end() :]).strip(" .,") if pin else rest
    if leftover:
        flags.append(CitationFlag.LEFTOVER_TEXT)
    return ParsedCitation(
        raw=text,
        source=source,
        pinpoint=pin.group(0) if pin else None,
        flags=tuple(flags),
        leftover=leftover or None,
        confidence=_confidence(flags, True, True),
    )


# a time of day closing a dated parenthesis, which is no place or outlet
_TIME_OF_DAY = re.compile(
    r"(?<=\d{4}),?\s*[012]?\d:[0-5]\d(?:\s*[AaPp]\.?\s?[Mm]\.?)?(?:\s*[A-Z]{2,4})?(?=\s*\))"
)


def _parse(text: str) -> ParsedCitation:
    work = _Work(text)
    flags: list[CitationFlag] = []
    extra: dict[str, str] = {}
    notes: list[str] = []
    kind_hint: SourceKind | None = None

    signal = styles.SIGNAL.match(text) or styles.QUOTATION_THEN_ENTRY.match(text)
    if signal:
        work.take(0, signal.end())

    for m in _EXPLANATORY.finditer(text) if "ing " in text else ():
        work.take(m.start(), m.end())  # Bluebook: "(predicting “billions of these agents”)"
    for m in _LINK_ARROW.finditer(text) if "→" in text and "," in text else ():
        work.take(m.start(), m.end())  # a link printed as an arrow: "…, 4 March 2015 →"
    url, doi, url_extra, url_flags = _take_urls(work)
    extra.update(url_extra)
    flags.extend(url_flags)
    for m in _TIME_OF_DAY.finditer(text) if ":" in text else ():
        work.take(m.start(), m.end())  # Bluebook blog dates: "(Sep. 9, 2018, 12:30 PM)"

    title: str | None = None
    title_span: tuple[int, int] | None = None
    quoted = _find_quoted_title(work)
    if quoted is not None:
        t_start, t_end, span_start, span_end, flag = quoted
        title = _clean_title(text[t_start:t_end]) or None
        subtitle_end = _subtitle_end(work.masked(), span_end - 1) if flag is None else None
        if subtitle_end is not None:
            title = _clean_title(text[span_start:subtitle_end])
            span_end = subtitle_end
        title_span = (span_start, span_end)
        work.take(span_start, span_end)
        if flag is not None:
            flags.append(flag)
        translation = _TRANSLATION.match(work.masked(), span_end)
        if translation:
            extra["title_translation"] = translation["translation"].strip()
            work.take(translation.start(), translation.end())

    possessive_year: int | None = None
    possessive_author = False  # an author named as "X’s": an unambiguous span, like quotes
    if quoted is None:
        # "In The Standish Group’s 2014 CHAOS Report, …": a report named in prose
        lead = len(text) - len(text[signal.end() if signal else 0 :].lstrip())
        named = _POSSESSIVE_TITLE.match(work.masked(), lead)
        if named is not None and _possessor(named["name"]):
            title = text[named.start("title") : named.end("title")]
            title_span = (named.start("title"), named.end("title"))
            work.take(*title_span)
            possessive_year = named.start("year") if named["year"] else None
            possessive_author = True

    accessed_match = _take_labelled_date(work, _ACCESSED)
    updated = _take_labelled_date(work, _UPDATED)
    if updated is not None:
        extra["updated"] = updated.value.iso()
    in_force = _take_labelled_date(work, _IN_FORCE)
    if in_force is not None:
        extra["in_force"] = in_force.value.iso()
    issued_match = _take_labelled_date(work, _ISSUED_LABEL)
    for m in _NO_DATE.finditer(work.masked()) if _may_hold(work.masked(), _NO_DATE_WORDS) else ():
        work.take(m.start(), m.end())
        extra["no_date"] = "stated"

    handle = _HANDLE.search(work.masked()) if "@" in work.masked() else None
    if handle and (title_span is None or handle.start() < title_span[0]):
        extra["handle"] = handle["handle"]
        work.take(handle.start(), handle.end())

    pinpoints: list[str] = []
    masked = work.masked()
    for m in _PINPOINT.finditer(masked):
        if work.free(m.start(), m.end()) and (title_span is None or m.start() >= title_span[1]):
            pinpoints.append(m.group(0).strip())
            work.take(m.start(), m.end())

    masked = work.masked()
    for m in _LANGUAGE_NOTE.finditer(masked):
        notes.append(m["note"])
        work.take(m.start(), m.end())
    for m in _KIND_NOTE.finditer(work.masked()):
        phrase = split_kind_phrase(m["what"])
        if phrase is not None:
            kind_hint = phrase.kind
        work.take(m.start(), m.end())
    for m in _NUMBER_NOTE.finditer(work.masked()):
        extra["number"] = m["number"].strip()
        work.take(m.start(), m.end())
    for m in _ON_FILE.finditer(work.masked()) if _may_hold(work.masked(), ("on file",)) else ():
        notes.append(m.group(0))
        work.take(m.start(), m.end())

    title_end = title_span[1] if title_span else 0
    journal = (
        _JOURNAL.search(work.masked(), title_end)
        if _may_hold(work.masked(), _JOURNAL_WORDS)
        else None
    )
    if journal is None and title_span is not None:
        journal = _JOURNAL_DOTTED.search(work.masked(), title_end)
    if journal is not None:
        extra["volume"], extra["issue"] = journal["volume"], journal["issue"]
        work.take(journal.start(), journal.end())
        pages = _JOURNAL_PAGES.search(work.masked(), journal.end())
        if pages is not None:
            extra["pages"] = pages["pages"]
            work.take(pages.start() + 1, pages.end())

    publisher: str | None = None
    book_like = False
    place = _PLACE_PUBLISHER.search(work.masked())
    if place is not None:
        inner = place["publisher"]
        inner_dates = [d for d in find_dates(inner) if d.end == len(inner.rstrip())]
        name = inner[: inner_dates[-1].start].rstrip(" ,") if inner_dates else inner.strip()
        if name and (looks_like_name_phrase(name) or not inner_dates):
            publisher = name
            book_like = True
            extra["place"] = place["place"].strip()
            work.take(place.start(), place.start("publisher") + len(name))
            work.take(place.end() - 1, place.end())

    if place is None and ": " in work.masked():
        imprint = _PLACE_STATE_PUBLISHER.search(work.masked())
        if imprint is not None:
            publisher = imprint["publisher"].strip()
            book_like = quoted is None
            extra["place"] = f"{imprint['place']}, {imprint['state']}"
            work.take(imprint.start("place"), imprint.end())

    # the issued date: after the title when there is one, and never inside it
    masked = work.masked()
    if issued_match is None:
        candidates = [
            d
            for d in find_dates(masked)
            if d.precision.value != "year"
            or _standalone(masked, d.start, d.end, after_quote=quoted is not None)
        ]
        after_title = [d for d in candidates if d.start >= title_end]
        chosen = after_title or candidates
        if possessive_year is not None:
            chosen = [d for d in find_dates(masked) if d.start == possessive_year] or chosen
        if chosen:
            issued_match = _issued_of(chosen, masked)
            season = _SEASON.search(
                masked, max(0, issued_match.start - _LOOK_BACK), issued_match.start
            )
            work.take(season.start() if season else issued_match.start, issued_match.end)
            fuller = issued_match.precision.value != "year"
            for same in chosen:  # the year said again before the full date
                if (
                    fuller
                    and same.start < issued_match.start
                    and same.value.year == issued_match.value.year
                    and same.precision.value == "year"
                ):
                    work.take(same.start, same.end)
    if issued_match is not None and issued_match.ambiguous:
        flags.append(CitationFlag.AMBIGUOUS_DATE)
    for m in _EMPTY_BRACKETS.finditer(work.masked()):
        work.take(m.start(), m.end())

    masked = work.masked()
    authors: tuple[Contributor, ...] = ()
    authors_ok = True
    leftovers: list[_Segment] = []
    pre = ""
    if title_span is not None:
        pre = strip_name(masked[: title_span[0]].replace(MASK, " "))  # "Biersdorfer, J.D. “…”"
        possessive = _possessive_author(pre) if pre else None
        if possessive is not None:
            authors, before = possessive
            possessive_author = True
            if before:
                leftovers.append(_Segment(0, len(before), before))
        elif pre:
            authors, authors_ok = split_authors(pre, lenient=True)
            if not authors_ok:
                authors = ()
                after_prose = styles.names_after_prose(pre)
                if after_prose is not None:
                    authors_ok = True
                    authors, pre_prose = after_prose
                    leftovers.append(_Segment(0, len(pre_prose), pre_prose))
                else:
                    leftovers.append(_Segment(0, title_span[0], pre))
        post_segments = _segments(masked, title_span[1], len(masked))
    else:
        stop = issued_match.start if issued_match else len(masked)
        segments = _segments(masked, 0, len(masked))
        post_segments, title, authors, prose = _unquoted_title(segments, text, stop, masked)
        if prose:
            leftovers.append(prose)

    tail = _assign_segments(
        post_segments, publisher, interview=bool(title and styles.INTERVIEW_WITH.search(title))
    )
    container, publisher, kind = tail.container, tail.publisher, tail.kind or kind_hint
    if container is None and pre and not possessive_author:
        outlet_first = _outlet_before_title(pre)
        if outlet_first is not None:
            authors, container = outlet_first  # "Austin Ramzy, New York Times, “Title,” Date"
    if (
        container is None
        and title_span is None
        and len(authors) == 1
        and authors[0].literal is not None
        and not book_like
        and is_outlet_name(authors[0].literal)
    ):
        container, authors = authors[0].literal, ()  # "Radio Free Asia, Title, 9 October 2017"
    elif (
        container is None
        and title_span is not None
        and len(authors) == 1
        and not book_like
        and (
            is_known_outlet(name := authors[0].display())
            or (authors[0].literal is not None and is_outlet_name(name))
        )
    ):
        # "CNBC, 'Title,' 2018, URL", "USNI News, “Title” (…)": an outlet, no author
        container, authors = name, ()
    volume_pages = _VOLUME_PAGES_END.search(container) if container and journal is None else None
    if container and volume_pages and volume_pages.start() > 0:
        # "Social Science Quarterly 61 666-675": the volume and pages end the journal's name
        extra["volume"], extra["pages"] = volume_pages["volume"], volume_pages["pages"]
        container = container[: volume_pages.start()]
    if (
        container is not None
        and publisher is None
        and title_span is not None
        and journal is None
        and _reads_as_report(
            text, title, url, pinpoints or ([tail.pinpoint] if tail.pinpoint else [])
        )
        and _issuing_body(container)
    ):
        # "“Title,” Privacy International, October 2017, …/report.pdf": the body that issued a
        # report is its publisher; a report has no container (citations-dev's convention)
        container, publisher = None, container
        kind = kind or SourceKind.REPORT
    if tail.by_authors and not authors:
        authors = tail.by_authors
    if tail.issuer and not authors and authors_ok:
        # a release, report or alert with no person named is authored by its issuer
        authors = (Contributor(literal=tail.issuer),)
    if tail.genre:
        extra["genre"] = tail.genre
    if tail.pinpoint:
        pinpoints.append(tail.pinpoint)
    extra.update(tail.extra)
    notes.extend(tail.notes)
    leftovers.extend(tail.rest)

    if (
        title is None
        and container is None
        and not authors
        and not url
        and leftovers
        and _is_prose(" ".join(p.text for p in leftovers))
    ):
        flags.append(CitationFlag.NOT_A_CITATION)

    kind_evidence = True
    if journal is not None and kind is None:
        kind = SourceKind.OTHER  # a journal article: the schema has no kind of its own for it
        extra["type"] = "article-journal"
    if kind is None:
        kind, kind_evidence = infer_kind(
            title=title,
            container=container,
            url=url,
            authors=authors,
            book_like=book_like,
            numbered="number" in extra,
        )

    issued = issued_match.value if issued_match else None
    if issued is None and updated is not None:
        issued = updated.value  # "“Privacy Policy,” Facebook, last modified April 19, 2018, …"
    if issued is not None and url is not None:
        in_url = date_in_url(url)
        if in_url is not None and not _agrees(issued, in_url):
            flags.append(CitationFlag.ISSUED_DIFFERS_FROM_URL)
            extra["url_date"] = in_url.iso()
    if title is None:
        flags.append(CitationFlag.MISSING_TITLE)
    if issued is None and "no_date" not in extra:
        flags.append(CitationFlag.MISSING_DATE)
    if url is None and doi is None:
        flags.append(CitationFlag.MISSING_URL)
    if leftovers:
        flags.append(CitationFlag.LEFTOVER_TEXT)
    if len(pinpoints) > 1:
        extra["pinpoints"] = "; ".join(pinpoints)

    accessed = accessed_match.value if accessed_match else None
    if accessed is not None and accessed.day is None:
        extra["accessed_precision"] = accessed.precision.value
    source = SourceRecord(
        key=PLACEHOLDER_KEY,
        kind=kind,
        title=title,
        contributors=authors,
        container=container,
        publisher=publisher,
        issued=issued,
        url=url,
        accessed=accessed.as_date() if accessed else None,
        accessed_basis=AccessedBasis.STATED if accessed else AccessedBasis.UNKNOWN,
        raw=text,
        note="; ".join(notes) or None,
        doi=doi,
        extra=extra,
    )
    order = list(dict.fromkeys(flags))
    return ParsedCitation(
        raw=text,
        source=source,
        pinpoint=pinpoints[0] if pinpoints else None,
        confidence=_confidence(order, authors_ok, kind_evidence),
        flags=tuple(order),
        leftover=_leftover(text, masked, leftovers),
        evidence=(("possessive_author", 1.0),) if possessive_author and authors else (),
    )


# a title or address that says the work is a document, not a web page or an article
_REPORT_TITLE = re.compile(
    r"\b(?:Report|White\s+Paper|Working\s+Paper|Policy\s+(?:Brief|Paper)|Briefing\s+Paper|"
    r"Discussion\s+Paper|Issue\s+Brief|Technical\s+Report)s?\b"
)
_REPORT_URL = re.compile(r"\.pdf(?:$|[?#])|/(?:reports?|publications?|files|download)/", re.I)
_NOT_ISSUER = re.compile(
    r"\b(?:Blog|Journal|Review|Magazine|News|Times|Post|Quarterly|Communications|Findings|"
    r"Proceedings|Transactions|Conference|Letters)\b",
    re.I,
)
_PAREN_THEN_PAGE = re.compile(r"\)\s*:\s*\d")


def _reads_as_report(text: str, title: str | None, url: str | None, pinpoints: list[str]) -> bool:
    """A quoted title with a report's genre in it, an address of a document, or a page
    pinpoint ("…,” Pew Internet and American Life Project, 15 April 2003: 6"; not a journal's
    "(June 2019): 1")."""
    return bool(
        (title and _REPORT_TITLE.search(title))
        or (url and _REPORT_URL.search(url))
        or (
            any(p.strip(" .:,").replace("p.", "").strip().isdigit() for p in pinpoints)
            and not _PAREN_THEN_PAGE.search(text)
        )
    )


def _issuing_body(name: str) -> bool:
    """An organisation's name that may issue reports: not an outlet's, a journal's or a blog's."""
    return (
        looks_like_organisation(name)
        and not is_outlet_name(name)
        and not is_known_outlet(name, agencies=True)
        and not _NOT_ISSUER.search(name)
        and not looks_like_person(name)
    )


def _outlet_before_title(pre: str) -> tuple[tuple[Contributor, ...], str] | None:
    """Persons, then an outlet, before a quoted title: "Rian Thum, Made in China Journal".

    Only when nothing after the title names an outlet, every name before the last comma is a
    person and the last is an outlet's name (``looks_like_outlet``).
    """
    head, comma, last = pre.rpartition(",")
    head, last = head.strip(), last.strip()
    if not comma or not head or not looks_like_outlet(last):
        return None
    persons, ok = split_authors(head)
    if not ok or not persons or any(p.literal is not None for p in persons):
        return None
    return persons, last


def _leftover(text: str, masked: str, pieces: list[_Segment]) -> str | None:
    """What no field took, as the note prints it: pieces next to each other read whole,
    commas and all; where a field was read between two pieces, `` … `` stands for it."""
    runs: list[tuple[int, int, str]] = []
    for piece in sorted(pieces, key=lambda p: p.start):
        verbatim = text[piece.start : piece.end] == piece.text
        if runs and verbatim:
            start, end, shown = runs[-1]
            gap = masked[end : piece.start]
            if text[start:end] == shown and not gap.strip(" ,;:.\t\n\u00a0"):
                runs[-1] = (start, piece.end, text[start : piece.end])
                continue
        runs.append((piece.start, piece.end, piece.text))
    return " … ".join(shown for _, _, shown in runs) or None


def _agrees(issued: PartialDate, in_url: PartialDate) -> bool:
    if issued.year != in_url.year:
        return False
    if issued.month is None or in_url.month is None:
        return True
    if issued.month != in_url.month:
        return False
    return issued.day is None or in_url.day is None or issued.day == in_url.day


def _issuing_phrase(segment: str) -> KindPhrase | None:
    """A kind phrase whose issuer, if any, is a proper name (``Freedom House report``)."""
    phrase = split_kind_phrase(segment)
    if phrase is None:
        return None
    if phrase.issuer and not looks_like_name_phrase(phrase.issuer):
        return None  # "Twitter transparency report" is a description, not an issuer's report
    return phrase


# an author named in prose as a possessive: "… according to the GAO’s June 2019 report,
# “Title”", "From The Standish Group’s “Haze,”", "In The Standish Group’s 2014 CHAOS Report"
_LEAD_WORD = r"(?:From|In|See|According|For|By|And|But|Also|As|Of|On|To|With|Under|Per)\b"
# a proper name of capitalised words, "of", "and" … between them (1 + up to 7 more words)
_NAME_WORD = r"[A-Z][\w.&-]*"
_MORE_NAME_WORDS = r"(?:\s+(?:of|for|on|and|&|the)?\s*" + _NAME_WORD + ")"
_POSSESSOR = (
    r"(?P<name>(?!"
    + _LEAD_WORD
    + r")(?:The\s+)?"
    + _NAME_WORD
    + _MORE_NAME_WORDS
    + r"{0,7})(?:’s|'s|(?<=s)’|(?<=s)')"
)


def _possessor(name: str) -> tuple[Contributor, ...]:
    """The authors a possessive names: a proper name of two words or more, or an acronym
    (``GAO’s``); one capitalised word is a title's first word (``Journalists’ Privilege``)."""
    words = name.split()
    if not (len(words) >= 2 or (name.isupper() and len(name) >= 2)):
        return ()
    authors, ok = split_authors(name, lenient=True)
    return authors if ok else ()


_POSSESSIVE_AUTHOR = re.compile(
    r"(?:^|(?<=\s))" + _POSSESSOR + r"(?P<what>(?:\s+[a-z]+){0,4})[\s\x1f,]*$"
)
_POSSESSIVE_TITLE = re.compile(
    r"(?:(?:In|From|See|According\s+to)\s+(?:the\s+)?)?"
    + _POSSESSOR
    + r"\s+(?:(?P<year>\d{4})\s+)?(?P<title>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,8})(?=\s*(?:,|$))"
)


# a body named before the kind of work, no possessive: "Harvard Business School case study,"
_NAMED_GENRE = re.compile(
    r"(?:^|(?<=\s))(?P<name>(?!"
    + _LEAD_WORD
    + r")(?:[Tt]he\s+)?"
    + _NAME_WORD
    + _MORE_NAME_WORDS
    + r"{1,7})\s+(?:case\s+study|report|study"
    r"|working\s+paper|policy\s+brief|white\s+paper|survey|analysis|guide)[\s\x1f,]*$"
)


def _possessive_author(pre: str) -> tuple[tuple[Contributor, ...], str] | None:
    """The authors named as a possessive at the end of ``pre`` (or before the kind of work)
    and the prose before them."""
    m = _POSSESSIVE_AUTHOR.search(pre) or _NAMED_GENRE.search(pre)
    if m is None:
        return None
    authors = _possessor(m["name"])
    if not authors:
        return None
    return authors, pre[: m.start()].strip(" ,.:")


def _unquoted_title(
    segments: list[_Segment], text: str, stop: int, masked: str
) -> tuple[list[_Segment], str | None, tuple[Contributor, ...], _Segment | None]:
    """Authors and title when no quotation mark marks the title (reports, letters, pages).

    Returns the segments after the title, the title, the authors, and prose that reads as a
    comment rather than a citation.
    """
    if not segments:
        return [], None, (), None
    first = segments[0]
    if _issuing_phrase(first.text) or _AVAILABLE.match(first.text):
        return segments, None, (), None
    if _is_prose(first.text):
        return segments[1:], None, (), first
    if is_letter_title(first.text):
        rest = _extend_title(segments, 0, text, stop)
        return rest, _title_text(segments, 0, text, stop), (), None
    if is_legal_title(first.text):
        # a legal title runs to the first comma, dates in it included ("… of 27 April 2016")
        end = _top_level_comma(masked, first.start)
        head = re.sub(r"[\s(\x1f]*\)?[\s.\x1f]*$", "", masked[first.start : end])
        head_end = first.start + len(head)
        if head_end < end and masked[head_end] == ")":
            head_end += 1
        title = text[first.start : head_end].strip()
        return [s for s in segments[1:] if s.start >= end], title, (), None
    if len(segments) >= 2 and not _AVAILABLE.match(segments[1].text):
        authors, ok = split_authors(first.text)
        persons = ok and authors and all(not c.is_organisation for c in authors)
        organisation = (
            ok
            and authors
            and all(c.is_organisation for c in authors)
            and (has_organisation_word(first.text) or len(first.text.split()) == 1)
        )
        before_date = segments[1].start < stop or stop >= len(text)
        # "Marcel Obst 31.5.2020 Why disinformation …": the date between the names and title
        date_between = persons and first.end <= stop <= segments[1].start
        if (
            (persons or organisation)
            and (before_date or date_between)
            and not _issuing_phrase(segments[1].text)
        ):
            more = _title_series(segments, 1, stop)
            title = text[segments[1].start : segments[1 + more].end] if more else segments[1].text
            return segments[2 + more :], title, authors, None
        if persons and _issuing_phrase(segments[1].text):
            return segments[1:], None, authors, None
    return segments[1:], first.text, (), None


def _top_level_comma(text: str, start: int) -> int:
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth = max(depth - 1, 0)
        elif ch in ",;" and depth == 0:
            return i
    return len(text)


def _title_text(segments: list[_Segment], index: int, text: str, stop: int) -> str:
    """A title that may run over commas up to the date (``Letter from A to B, Title, Firm``)."""
    last = index
    while last + 1 < len(segments) and segments[last + 1].end <= stop < len(text):
        last += 1
    return text[segments[index].start : segments[last].end]


def _extend_title(segments: list[_Segment], index: int, text: str, stop: int) -> list[_Segment]:
    last = index
    while last + 1 < len(segments) and segments[last + 1].end <= stop < len(text):
        last += 1
    return segments[last + 1 :]


# what goes on after a title in prose, not an outlet: "… report," finds that …, "Title." They
# write …, "Title" for specifics; "on the 18F blog" names the outlet in prose
_PROSE_AFTER = re.compile(
    r"^(?:(?:they|it|this|these|those|we|he|she|which|who|that|finds?|found|shows?|notes?"
    r"|writes?|says?|argues?|for|based|according|where|when|because|with|as|see|from|to|but"
    r"|on)\b|(?:They|It|This|These|Those|We|He|She)\s+[a-z])"
)
_OUTLET_IN_PROSE = re.compile(
    r"^on\s+(?:the\s+)?(?P<outlet>[A-Z0-9][^,;:]{0,50}\s(?:blog|website|site|podcast|wiki))\.?$"
)


_AT_PAGES = re.compile(
    r"^at\s+(?P<pages>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)(?:\s*\((?P<note>[^()]{1,40})\))?$"
)
_SERIES_WORDS = re.compile(
    r"^(?:(?:and|&)\s+)?[A-Z][\w’'-]*(?:\s+(?:&|of|the|and|for|on|[A-Z][\w’'-]*)){0,4}$"
)


_TITLE_SERIES_WORDS = re.compile(r"^(?:(?:and|&)\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,7}$")


def _title_series(segments: list[_Segment], at: int, stop: int) -> int:
    """How many segments after ``at`` go on an unquoted title listed with commas and closed
    by ``and``: "Free Speech, Platforms, and the Fake News Problem"; 0 when none do."""
    for k in range(at + 1, min(at + 4, len(segments))):
        value = segments[k].text
        if segments[k].end > stop or not _TITLE_SERIES_WORDS.match(value):
            return 0
        if value.startswith(("and ", "& ")):
            return k - at
    return 0


def _name_series(segments: list[_Segment], at: int) -> int:
    """How many segments after ``at`` continue a name listed with commas and closed by
    ``and``/``&``: "Theory, Culture & Society", "Real Property, Probate, and Trust Journal",
    "ACM Conference on Fairness, Accountability, and Transparency"; 0 when none do."""
    for k in range(at + 1, min(at + 4, len(segments))):
        value = segments[k].text
        if not _SERIES_WORDS.match(value):
            return 0
        if value.startswith(("and ", "& ")) or " & " in value:
            return k - at
    return 0


# a post held by the person interviewed
_ROLE = re.compile(
    r"\b(?i:analyst|coordinator|director|minister|officer|secretary|manager|advis[eo]r|head"
    r"|chief|president|professor|researcher|former|deputy|executive|founder|spokes(?:wo)?man"
    r"|specialist|consultant|chair(?:man|woman|person)?)\b"
)


def _assign_segments(segments: list[_Segment], publisher: str | None, *, interview: bool) -> _Tail:
    """Container, publisher, kind, by-line authors and leftovers from what follows the title."""
    tail = _Tail(publisher=publisher)
    in_prose = False
    described = False
    skip = 0
    for index, seg in enumerate(segments):
        if skip:
            skip -= 1
            continue
        value = seg.text
        by = _BY.match(value)
        if by and not tail.by_authors:
            found, ok = split_authors(value[by.end() :])
            if ok:
                tail.by_authors = found
                continue
        if value.startswith("(") and value.endswith(")"):
            tail.notes.append(value[1:-1].strip())
            continue
        if _UPLOADED.match(value):
            tail.notes.append(value)  # MLA's "YouTube, uploaded by X": the channel, no outlet
            continue
        if _DOCUMENT_NUMBER.match(value):
            tail.extra["number"] = value
            continue
        testimony = _TESTIMONY.match(value)
        if testimony:
            tail.kind, tail.genre = SourceKind.REPORT, "testimony"
            tail.extra["event"] = testimony["body"]
            continue
        if _BARE_PAGES.match(value) and tail.pinpoint is None:
            tail.pinpoint = value
            continue
        at_page = _AT_PAGES.match(value)
        if at_page:  # Bluebook "at 2–3 (SM-2180998)": said as a pinpoint, so it is one
            tail.pinpoint = at_page["pages"]
            if at_page["note"]:
                tail.notes.append(at_page["note"])
            continue
        if interview and (described or (index == 0 and _ROLE.search(value))):
            # "interview with X, Finance and Control Analyst, Transparency … Directorate, …":
            # the interviewee's post and office, no outlet
            described = True
            tail.notes.append(value)
            continue
        if interview and "place" not in tail.extra:
            tail.extra["place"] = value
            continue
        available = _AVAILABLE.match(value)
        if available:
            value = value[available.end() :].strip()
        phrase = _issuing_phrase(value)
        if (
            phrase is not None
            and phrase.kind is SourceKind.BLOG_POST
            and phrase.genre[:1].isupper()
            and phrase.issuer
            and tail.container is None
        ):
            # "Sam Altman’s Personal Blog", "Sapien Blog": a capitalised Blog ends its name
            tail.kind, tail.container = SourceKind.BLOG_POST, value
            continue
        if phrase is not None and tail.kind is None:
            tail.kind, tail.genre = phrase.kind, phrase.genre
            if phrase.issuer:
                tail.issuer = phrase.issuer
                if tail.publisher is None:
                    tail.publisher = phrase.issuer
                elif tail.container is None:
                    tail.container = phrase.issuer
            continue
        if in_prose or _PROSE_AFTER.match(value):
            in_blog = None if in_prose else _OUTLET_IN_PROSE.match(value)
            if in_blog and tail.container is None:
                tail.container = in_blog["outlet"]
            else:
                tail.rest.append(seg if value == seg.text else _Segment(seg.start, seg.end, value))
            in_prose = True  # the sentence goes on: nothing after it is an outlet
            continue
        if tail.container is None:
            skip = _name_series(segments, index) if _SERIES_WORDS.match(value) else 0
            tail.container = ", ".join(
                [value] + [s.text for s in segments[index + 1 : index + 1 + skip]]
            )
        elif tail.publisher is None and looks_like_organisation(value):
            tail.publisher = value
        elif looks_like_person(value) and not tail.by_authors:
            tail.by_authors = split_authors(value)[0]
        else:
            tail.rest.append(seg if value == seg.text else _Segment(seg.start, seg.end, value))
    if tail.container and tail.publisher is None:
        # "Council on Foreign Relations: Asia Unbound" is a publisher, then its outlet
        owner, colon, outlet = tail.container.partition(": ")
        if (
            colon
            and outlet.strip()
            and has_organisation_word(owner)
            and looks_like_name_phrase(owner)
        ):
            tail.publisher, tail.container = owner.strip(), outlet.strip()
    return tail
