"""Split a footnote into citations and parse each into bibliographic fields."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from claims.enums import AccessedBasis, SourceKind
from claims.extract import quotes
from claims.extract.dates import DateMatch, date_in_url, find_dates
from claims.extract.kinds import infer_kind, split_kind_phrase
from claims.extract.names import looks_like_organisation, looks_like_person, split_authors
from claims.extract.results import CitationFlag, ParsedCitation
from claims.extract.urls import URL_AT, find_urls, trim_url
from claims.records import Contributor, PartialDate, SourceRecord

MASK = "\x1f"  # stands in for text already assigned to a field; also separates segments
PLACEHOLDER_KEY = ""  # keys are given by the caller (see claims.extract.keys)

_SIGNAL = re.compile(
    r"^(?:(?:see|compare)(?:\s+also)?(?:,?\s+(?:e\.g\.|for example|generally|in particular),?)?"
    r"|cf\.|e\.g\.,?|for example,|for instance,|quoted in|cited in|as cited in)\s+",
    re.IGNORECASE,
)
_IBID = re.compile(r"^(?:ibid|ibidem|id)\b\.?,?\s*", re.IGNORECASE)
_BEFORE_URL = re.compile(
    r"(?:(?:available|accessible|published|posted|online|retrieved)\s+)?"
    r"(?:(?:at|from|on|online|via)\s*:?\s*|url\s*:\s*)?<?\s*$",
    re.IGNORECASE,
)
_ARCHIVE_BEFORE_URL = re.compile(r"(?:archived|archive|wayback machine)\W*(?:at|on)?\W*$", re.I)
_ACCESSED = re.compile(
    r"(?P<open>\(\s*)?(?:last\s+)?(?:accessed|retrieved|viewed|consulted|visited|downloaded)"
    r"(?:\s+on)?\s*:?\s*",
    re.IGNORECASE,
)
_UPDATED = re.compile(
    r"(?P<open>\(\s*)?(?:last\s+)?(?:updated|modified|revised)(?:\s+on)?\s*:?\s*", re.I
)
_PINPOINT = re.compile(
    r"(?<![\w])(?:pp?\.|pages?|paras?\.|paragraphs?|¶¶?|§§?|secs?\.|sections?|ch\.|chaps?\."
    r"|chapters?|arts?\.|articles?|figs?\.|fn\.|n\.|notes?|slides?|annex)"
    r"\s*(?:[0-9]+[a-z]?|[ivxlcdm]+\b|[A-Z](?:\d+)?\b)"
    r"(?:\s*(?:[-–—]|,\s*(?=\d)|and\s+(?=\d)|&\s*(?=\d))\s*(?:[0-9]+[a-z]?|[ivxlcdm]+\b))*",
    re.IGNORECASE,
)
_PLACE_PUBLISHER = re.compile(r"\((?P<place>[^():;]{2,60}):\s*(?P<publisher>[^()]+?)\)")
_LANGUAGE_NOTE = re.compile(
    r"\((?P<note>in\s+[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?(?:\s+with[^()]*)?|pdf|video|audio|"
    r"subscription required|paywall|registration required|translation[^()]*|"
    r"translated[^()]*|on file[^()]*|emphasis added|emphasis in original)\)",
    re.IGNORECASE,
)
_ON_FILE = re.compile(r"\bon file (?:with|at)\s+(?P<holder>[^,;.]+)", re.IGNORECASE)
_NOISE = re.compile(
    r"^(?:and|at|in|on|from|via|see|available|available at|available from|available online|"
    r"online|accessed|retrieved|url|link|no date|n\.d\.|pdf)$",
    re.IGNORECASE,
)
_BY = re.compile(r"^(?:by|written by)\s+", re.IGNORECASE)
_AVAILABLE = re.compile(r"^(?:available|published|posted)\s+(?:at|on|from|in)\s+", re.I)
_PROSE_WORDS = 14  # more words than this with no title, date or URL reads as a comment


@dataclass
class _Work:
    """The citation text with a mask of characters already assigned to a field."""

    text: str
    used: list[bool] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.used = [False] * len(self.text)

    def take(self, start: int, end: int) -> None:
        for i in range(max(start, 0), min(end, len(self.text))):
            self.used[i] = True

    def masked(self) -> str:
        return "".join(MASK if u else c for c, u in zip(self.text, self.used, strict=True))

    def free(self, start: int, end: int) -> bool:
        return not any(self.used[start:end])


@dataclass(frozen=True)
class _Segment:
    start: int
    end: int
    text: str


def split_footnote(text: str) -> list[tuple[int, int]]:
    """Spans of the citations in a footnote: top-level semicolons split, quoted ones do not.

    A semicolon inside a quoted title, inside parentheses or inside a URL is not a separator.
    """
    spans: list[tuple[int, int]] = []
    depth_quote = 0
    depth_paren = 0
    start = 0
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        url = URL_AT.match(text, i) if ch in "hHwW" else None
        if url is not None and (i == 0 or not text[i - 1].isalnum()):
            i += len(trim_url(url.group(0))) or 1  # trailing punctuation is read as text
            continue
        if ch in quotes.OPENING_DOUBLE or (
            ch == quotes.STRAIGHT_DOUBLE and quotes.straight_opens(text, i)
        ):
            depth_quote += 1
        elif ch in quotes.CLOSING_DOUBLE or ch == quotes.STRAIGHT_DOUBLE:
            depth_quote = max(depth_quote - 1, 0)
        elif ch == "(":
            depth_paren += 1
        elif ch == ")":
            depth_paren = max(depth_paren - 1, 0)
        elif ch == ";" and depth_quote == 0 and depth_paren == 0:
            if text[start:i].strip():
                spans.append((start, i))
            start = i + 1
        elif ch == "\n" and depth_quote > 0 and text.startswith("\n", i + 1):
            depth_quote = 0  # a paragraph break ends any quotation left open
        i += 1
    if text[start:].strip():
        spans.append((start, n))
    return [_strip_span(text, s, e) for s, e in spans]


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _segments(masked: str, start: int, end: int) -> list[_Segment]:
    """Comma-, period- and mask-separated pieces of ``masked[start:end]`` outside brackets."""
    out: list[_Segment] = []
    depth = 0
    seg_start = start
    for i in range(start, end + 1):
        ch = masked[i] if i < end else MASK
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(depth - 1, 0)
        boundary = ch == MASK or (depth == 0 and ch in ",;")
        if not boundary and depth == 0 and ch == "." and i + 1 < end and masked[i + 1] == " ":
            word = masked[seg_start:i].split()[-1:] or [""]
            # "Outlet. Title" splits; "C. Economy" and "No. 4" do not
            boundary = len(word[0]) > 3 and not word[0][0].isdigit()
        if boundary:
            _add_segment(out, masked, seg_start, i)
            seg_start = i + 1
    return out


def _add_segment(out: list[_Segment], masked: str, start: int, end: int) -> None:
    raw = masked[start:end]
    left = len(raw) - len(raw.lstrip(" .,:;\u00a0\n\t"))
    right = len(raw.rstrip(" .,:;\u00a0\n\t"))
    if right <= left:
        return
    text = raw[left:right]
    if _NOISE.match(text) or not any(ch.isalnum() for ch in text):
        return
    out.append(_Segment(start + left, start + right, text))


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
        if quotes.is_opening_double(text, i):
            close = quotes.find_closing_double(text, i, n)
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
            return i + 1, close, i, close + 1, None
    return None


def _title_start_without_quote(text: str, close: int) -> int:
    """After the longest run of comma-separated authors before ``close``, or at the start."""
    best = 0
    for m in re.finditer(r",\s*", text[:close]):
        candidate = text[: m.start()].replace(MASK, " ")
        authors, ok = split_authors(candidate)
        if ok and authors and all(not c.is_organisation for c in authors):
            best = m.end()
        elif ok and len(authors) == 1 and looks_like_organisation(candidate.strip()):
            best = m.end() if best == 0 else best
    return best


def _take_urls(
    work: _Work,
) -> tuple[str | None, str | None, dict[str, str], list[CitationFlag], int | None]:
    """The cited URL, a DOI, extra URLs, flags, and where the URL starts."""
    text = work.text
    url: str | None = None
    doi: str | None = None
    url_start: int | None = None
    extra: dict[str, str] = {}
    flags: list[CitationFlag] = []
    for found in find_urls(text):
        before = _BEFORE_URL.search(text, 0, found.start)
        lead = before.start() if before and before.group(0).strip() else found.start
        if _ARCHIVE_BEFORE_URL.search(text[: found.start]) and url is not None:
            extra["archive_url"] = found.url
            arch = _ARCHIVE_BEFORE_URL.search(text[: found.start])
            lead = arch.start() if arch else lead
        elif url is None:
            url, doi, url_start = found.url, found.doi, found.start
        elif found.doi and doi is None:
            doi = found.doi
        else:
            extra.setdefault("other_urls", "")
            extra["other_urls"] = " ".join(filter(None, [extra["other_urls"], found.url]))
            flags.append(CitationFlag.SEVERAL_URLS)
        end = found.end
        if end < len(text) and text[end] == ">":
            end += 1
        work.take(lead, end)
    return url, doi, extra, flags, url_start


def _take_labelled_date(work: _Work, pattern: re.Pattern[str]) -> DateMatch | None:
    """A date introduced by a label (``accessed``, ``updated``), with its parentheses."""
    masked = work.masked()
    for m in pattern.finditer(masked):
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


def _standalone(masked: str, start: int, end: int) -> bool:
    """A bare year counts as a date only as a piece of its own (``, 2016,`` or ``2016)``)."""
    before = masked[:start].rstrip(" ")
    after = masked[end:].lstrip(" ")
    ok_before = not before or before[-1] in ",(;:" + MASK
    ok_after = not after or after[0] in ",).;" + MASK
    return ok_before and ok_after


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


def parse_citation(raw: str, *, previous: SourceRecord | None = None) -> ParsedCitation:
    """Parse one citation (Chicago-like note style) into a :class:`ParsedCitation`.

    ``previous`` is the work cited just before, which ``Ibid.`` refers to. Never raises on
    any input: what cannot be read is flagged, and the raw text is always kept.
    """
    text = raw.strip()
    start_offset = len(raw) - len(raw.lstrip())
    base = ParsedCitation(raw=text, source=SourceRecord(key=PLACEHOLDER_KEY, kind=SourceKind.OTHER))
    ibid = _IBID.match(text)
    if ibid:
        rest = text[ibid.end() :].strip(" .,")
        pin = _PINPOINT.search(rest)
        source = replace(previous, raw=text) if previous is not None else base.source
        flags = [CitationFlag.IBID]
        leftover = rest.replace(pin.group(0), "").strip(" .,") if pin else rest
        if previous is None:
            flags.append(CitationFlag.MISSING_TITLE)
        if leftover:
            flags.append(CitationFlag.LEFTOVER_TEXT)
        return replace(
            base,
            source=source,
            pinpoint=pin.group(0) if pin else None,
            flags=tuple(flags),
            leftover=leftover or None,
            confidence=_confidence(flags, True, True),
            start=start_offset,
            end=start_offset + len(text),
        )
    parsed = _parse(text)
    return replace(parsed, start=start_offset, end=start_offset + len(text))


def _parse(text: str) -> ParsedCitation:
    work = _Work(text)
    flags: list[CitationFlag] = []
    extra: dict[str, str] = {}
    notes: list[str] = []

    signal = _SIGNAL.match(text)
    if signal:
        work.take(0, signal.end())

    url, doi, url_extra, url_flags, url_start = _take_urls(work)
    extra.update(url_extra)
    flags.extend(url_flags)

    quoted = _find_quoted_title(work)
    title: str | None = None
    title_span: tuple[int, int] | None = None
    if quoted is not None:
        t_start, t_end, span_start, span_end, flag = quoted
        title = _clean_title(text[t_start:t_end]) or None
        title_span = (span_start, span_end)
        work.take(span_start, span_end)
        if flag is not None:
            flags.append(flag)

    accessed_match = _take_labelled_date(work, _ACCESSED)
    updated = _take_labelled_date(work, _UPDATED)
    if updated is not None:
        extra["updated"] = updated.value.iso()

    pinpoints: list[str] = []
    masked = work.masked()
    for m in _PINPOINT.finditer(masked):
        if work.free(m.start(), m.end()) and (title_span is None or m.start() >= title_span[1]):
            pinpoints.append(m.group(0).strip())
            work.take(m.start(), m.end())

    publisher: str | None = None
    masked = work.masked()
    for m in _LANGUAGE_NOTE.finditer(masked):
        notes.append(m["note"])
        work.take(m.start(), m.end())
    for m in _ON_FILE.finditer(work.masked()):
        notes.append(m.group(0))
        work.take(m.start(), m.end())
    place = _PLACE_PUBLISHER.search(work.masked())
    if place is not None:
        inner = place["publisher"]
        inner_dates = [d for d in find_dates(inner) if d.end == len(inner.rstrip())]
        name = inner[: inner_dates[-1].start].rstrip(" ,") if inner_dates else inner.strip()
        if (name and looks_like_organisation(name)) or (name and not inner_dates):
            publisher = name
            extra["place"] = place["place"].strip()
            work.take(place.start(), place.start("publisher") + len(name))
            work.take(place.end() - 1, place.end())

    # the issued date: after the title when there is one, and never inside it
    masked = work.masked()
    title_end = title_span[1] if title_span else 0
    issued_match: DateMatch | None = None
    candidates = [
        d
        for d in find_dates(masked)
        if d.precision.value != "year" or _standalone(masked, d.start, d.end)
    ]
    after_title = [d for d in candidates if d.start >= title_end]
    chosen = after_title or candidates
    if chosen:
        issued_match = chosen[0]
        work.take(issued_match.start, issued_match.end)
        if issued_match.ambiguous:
            flags.append(CitationFlag.AMBIGUOUS_DATE)

    masked = work.masked()
    pre_end = title_span[0] if title_span else 0
    authors: tuple[Contributor, ...] = ()
    authors_ok = True
    leftovers: list[str] = []
    kind: SourceKind | None = None
    container: str | None = None

    if title_span is not None:
        pre = masked[:pre_end].replace(MASK, " ").strip(" ,.:")
        if pre:
            authors, authors_ok = split_authors(pre)
            if not authors_ok:
                authors = ()
                leftovers.append(pre)
        post_segments = _segments(masked, title_span[1], len(masked))
    else:
        segments = _segments(masked, 0, len(masked))
        post_segments, title, authors, authors_ok = _unquoted_title(segments, text, work)

    container, publisher, kind, by_authors, rest = _assign_segments(post_segments, publisher)
    if by_authors and not authors:
        authors = by_authors
    leftovers.extend(rest)

    if title is None and container is None and not authors and leftovers and not url:
        joined = " ".join(leftovers)
        if _is_prose(joined):
            flags.append(CitationFlag.NOT_A_CITATION)

    has_person = any(not c.is_organisation for c in authors)
    kind_evidence = True
    if kind is None:
        kind, kind_evidence = infer_kind(
            title=title, container=container, url=url, has_person_author=has_person
        )

    issued = issued_match.value if issued_match else None
    if issued is not None and url is not None:
        in_url = date_in_url(url)
        if in_url is not None and not _agrees(issued, in_url):
            flags.append(CitationFlag.ISSUED_DIFFERS_FROM_URL)
            extra["url_date"] = in_url.iso()
    if title is None:
        flags.append(CitationFlag.MISSING_TITLE)
    if issued is None:
        flags.append(CitationFlag.MISSING_DATE)
    if url is None:
        flags.append(CitationFlag.MISSING_URL)
    if leftovers:
        flags.append(CitationFlag.LEFTOVER_TEXT)
    if len(pinpoints) > 1:
        extra["pinpoints"] = "; ".join(pinpoints)

    accessed = accessed_match.value if accessed_match else None
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
    if accessed is not None and accessed.day is None:
        source = replace(source, extra={**extra, "accessed_precision": accessed.precision.value})
    del url_start
    order = list(dict.fromkeys(flags))
    return ParsedCitation(
        raw=text,
        source=source,
        pinpoint=pinpoints[0] if pinpoints else None,
        confidence=_confidence(order, authors_ok, kind_evidence),
        flags=tuple(order),
        leftover=" | ".join(leftovers) or None,
    )


def _agrees(issued: PartialDate, in_url: PartialDate) -> bool:
    if issued.year != in_url.year:
        return False
    if issued.month is None or in_url.month is None:
        return True
    if issued.month != in_url.month:
        return False
    return issued.day is None or in_url.day is None or issued.day == in_url.day


def _unquoted_title(
    segments: list[_Segment], text: str, work: _Work
) -> tuple[list[_Segment], str | None, tuple[Contributor, ...], bool]:
    """Authors and title when no quotation mark marks the title (reports, letters, pages)."""
    del text, work
    if not segments:
        return [], None, (), True
    first = segments[0]
    if split_kind_phrase(first.text) or _AVAILABLE.match(first.text):
        return segments, None, (), True
    if len(segments) >= 2 and not _AVAILABLE.match(segments[1].text):
        authors, ok = split_authors(first.text)
        persons = ok and authors and all(not c.is_organisation for c in authors)
        organisation = (
            ok
            and len(authors) >= 1
            and all(c.is_organisation for c in authors)
            and any(looks_like_organisation(c.literal or "") for c in authors)
            and _names_org(first.text)
        )
        if (persons or organisation) and not split_kind_phrase(segments[1].text):
            return segments[2:], segments[1].text, authors, True
        if persons and split_kind_phrase(segments[1].text):
            return segments[1:], None, authors, True
    if _is_prose(first.text):
        return segments[1:], None, (), len(segments) > 1
    return segments[1:], first.text, (), True


def _names_org(text: str) -> bool:
    from claims.extract.names import ORGANISATION_WORDS

    words = [w.lower().strip(",.()") for w in text.split()]
    return len(words) == 1 or any(w in ORGANISATION_WORDS for w in words)


def _assign_segments(
    segments: list[_Segment], publisher: str | None
) -> tuple[str | None, str | None, SourceKind | None, tuple[Contributor, ...], list[str]]:
    """Container, publisher, kind, by-line authors and leftovers from what follows the title."""
    container: str | None = None
    kind: SourceKind | None = None
    by_authors: tuple[Contributor, ...] = ()
    rest: list[str] = []
    for seg in segments:
        value = seg.text
        by = _BY.match(value)
        if by and not by_authors:
            found, ok = split_authors(value[by.end() :])
            if ok:
                by_authors = found
                continue
        available = _AVAILABLE.match(value)
        if available:
            value = value[available.end() :].strip()
        phrase = split_kind_phrase(value)
        if phrase is not None and kind is None:
            issuer, kind = phrase
            if issuer:
                if publisher is None:
                    publisher = issuer
                elif container is None:
                    container = issuer
            continue
        if container is None:
            container = value
        elif publisher is None and looks_like_organisation(value):
            publisher = value
        elif looks_like_person(value) and not by_authors:
            by_authors = split_authors(value)[0]
        else:
            rest.append(value)
    return container, publisher, kind, by_authors, rest
