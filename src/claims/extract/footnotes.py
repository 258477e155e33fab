"""Find footnotes in a document's text, in either of the two layouts documents use."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from claims.extract import quotes
from claims.extract.dates import contains_date
from claims.extract.sentences import CLOSERS, ends_sentence, sentence_start, starts_sentence
from claims.extract.urls import find_urls


@dataclass(frozen=True)
class FoundFootnote:
    """Where a footnote's text is, and where the words it supports end."""

    number: int
    start: int
    end: int
    anchor_end: int  # the supported words end here (before the note or its marker)
    marker_start: int | None = None
    marker_end: int | None = None


@dataclass(frozen=True)
class NumberedNotes:
    footnotes: tuple[FoundFootnote, ...]
    section_start: int
    unmatched: tuple[int, ...]  # notes whose marker was not found in the text


# --- inline layout -----------------------------------------------------------------------

_GLUE = re.compile(r"[.!?][”\"’'»)\]]*(?=\S)|[”»](?=\S)")
_SENTENCE_END = re.compile(r"[.!?][”\"’'»)\]]*(?=\s|$)")
_QUOTE_CHARS = re.compile(r"[“”\"«»„]")
# a sentence starting with these words continues the note (``Available at …``, ``Accessed …``)
_CONTINUES_NOTE = re.compile(
    r"(?:(?:available|accessed|retrieved|archived|ibid|url|on\s+file|see\s+also|"
    r"last\s+(?:accessed|visited|updated|modified))\b|https?://|www\.|\()",
    re.IGNORECASE,
)
_NOTE_TERMINAL = re.compile(r"\bibid\b|\bid\.|\bon file\b|\bn\.d\.", re.IGNORECASE)

Validator = Callable[[str], bool]
MAX_INLINE_NOTE_CHARS = 4000  # a note longer than this, with no end in sight, is not a note
MAX_NOTE_SENTENCES = 6  # "Tiezzi, Shannon. “Title.” Outlet, date." has three
_OVERLAP_CHARS = 40  # a date or URL cut by a full stop ("Sept. 28, 2014") is read whole


def _quote_depth(text: str, start: int, end: int, depth: int = 0) -> int:
    """How many double quotations are open at ``end``, given ``depth`` open at ``start``."""
    for m in _QUOTE_CHARS.finditer(text, start, end):
        if quotes.is_opening_double(text, m.start()):
            depth += 1
        elif depth:
            depth -= 1
    return depth


def _open_quote_in(text: str) -> bool:
    """Whether a double quotation opened in ``text`` is still open at its end."""
    return _quote_depth(text, 0, len(text)) > 0


# where a URL or DOI, a date, a note's last word could begin (what each must hold, and
# its shortest length): text without one is not searched for it
_URL_HINT = (re.compile(r"(?=https?://|www\.|doi:)", re.IGNORECASE), 4)
# every date pattern holds one of these (dates.py): a year after a space ("May 2014", "28 May
# 2014"), four digits and a dash or slash (ISO), digits around a slash or dot, a bare year
_DATE_HINT = (re.compile(r"(?=\s\d{4}|\d{4}[-/]|\d[/.]\d|(?<![\w/.-])\d{4})"), 3)
_TERMINAL_HINT = (re.compile(r"(?=id|on file|n\.d\.)", re.IGNORECASE), 2)
_NON_SPACE = re.compile(r"\S")


class _Hints:
    """Where a pattern's necessary text begins, to tell in O(log n) that a span lacks it."""

    def __init__(self, text: str, hint: tuple[re.Pattern[str], int]) -> None:
        pattern, self.length = hint
        self.at = [m.start() for m in pattern.finditer(text)]

    def within(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.at, start)
        return i < len(self.at) and self.at[i] <= end - self.length


class _Marks:
    """The sentence-end marks of a text, each read once for every note that spans it.

    ``note_end`` runs once per glued sentence end over up to ``MAX_INLINE_NOTE_CHARS``;
    reading every mark again each time made lines of dotted words (``U.S.A``, ``Aa.Bb.``)
    cost that many steps per candidate. A mark's own facts (does it end a sentence, what
    follows it) hold for every note; so do the facts of the text since the mark before it
    (a URL, an end, a semicolon) once the note began ``_OVERLAP_CHARS`` before that mark.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.urls = _Hints(text, _URL_HINT)
        self.dates = _Hints(text, _DATE_HINT)
        self.terminals = _Hints(text, _TERMINAL_HINT)
        self.quotes = [m.start() for m in _QUOTE_CHARS.finditer(text)]
        matches = list(_SENTENCE_END.finditer(text))
        self.starts = [m.start() for m in matches]
        self.ends = [m.end() for m in matches]
        self.closes: list[bool] = []  # it ends a sentence
        self.after: list[int] = []  # the first character after it that is not a space
        self.opens: list[bool] = []  # a new sentence, not more of the note, begins there
        self.stops: list[int] = []  # marks where a note may end, or its line does
        for i, m in enumerate(matches):
            nxt = _NON_SPACE.search(text, m.end())
            after = len(text) if nxt is None else nxt.start()
            closes = ends_sentence(text, m.start())
            opens = (
                after < len(text)
                and starts_sentence(text[after])
                and not _CONTINUES_NOTE.match(text, after)
            )
            self.closes.append(closes)
            self.after.append(after)
            self.opens.append(opens)
            if closes and (opens or after == len(text) or "\n" in text[m.end() : after]):
                self.stops.append(i)
        # for marks _base.. : the last mark at or after _base (-1: none) up to each one
        # whose text holds a semicolon (a new citation), a URL, an end
        self._base = 0
        self._reset: list[int] = []
        self._url: list[int] = []
        self._end: list[int] = []

    def _read(self, base: int, upto: int) -> None:
        if not self._base <= base <= self._base + len(self._reset):
            self._base, self._reset, self._url, self._end = base, [], [], []
        text = self.text
        for i in range(self._base + len(self._reset), upto + 1):
            reset, url, end = (
                (self._reset[-1], self._url[-1], self._end[-1]) if self._reset else (-1, -1, -1)
            )
            previous = self.ends[i - 1]
            semicolon = text.rfind(";", max(0, previous - _OVERLAP_CHARS), self.ends[i])
            if semicolon >= previous:
                reset = i
            has_url, has_end = self.facts(
                max(previous - _OVERLAP_CHARS, semicolon + 1), self.ends[i]
            )
            self._reset.append(reset)
            self._url.append(i if has_url else url)
            self._end.append(i if has_end else end)

    def facts(self, start: int, end: int) -> tuple[bool, bool]:
        """Whether ``text[start:end]`` holds a URL, and a date or a word that ends a note."""
        chunk = self.text[start:end]
        has_url = self.urls.within(start, end) and bool(find_urls(chunk))
        # a bare year at the span's start has no letter before it there, whatever the text has
        hinted = self.dates.within(start, end) or chunk[:1].isdigit()
        has_date = hinted and contains_date(chunk)
        has_end = has_date or (
            self.terminals.within(start, end) and _NOTE_TERMINAL.search(chunk) is not None
        )
        return has_url, has_end

    def quote_depth(self, start: int, end: int, depth: int) -> int:
        """``_quote_depth`` reading only the quotation marks between ``start`` and ``end``."""
        at = self.quotes
        for i in range(bisect.bisect_left(at, start), bisect.bisect_left(at, end)):
            if quotes.is_opening_double(self.text, at[i]):
                depth += 1
            elif depth:
                depth -= 1
        return depth

    def since(self, first: int, upto: int, url: bool, end: bool) -> tuple[bool, bool]:
        """A URL and an end read by mark ``upto``, given those read before mark ``first``
        (more than ``_OVERLAP_CHARS`` into the note) and the marks between."""
        self._read(first, upto)
        at = upto - self._base
        reset = self._reset[at]
        if reset >= first:
            return self._url[at] >= reset, self._end[at] >= reset
        return url or self._url[at] >= first, end or self._end[at] >= first


def _to_line_end(text: str, start: int, line_end: int) -> int | None:
    if line_end - start >= MAX_INLINE_NOTE_CHARS:
        return None  # no note runs on this long without ending
    end = line_end
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def note_end(text: str, start: int, marks: _Marks | None = None) -> int | None:
    """Where an inline note that begins at ``start`` ends: before the next sentence.

    The note runs to the first sentence end after which the note is complete (a URL, a
    date) and the text goes on with a new sentence; failing that, to the end of the line.
    A full stop inside an open quotation (a title) ends nothing, unless a URL has been read
    since: titles hold no URLs, so the quotation was never closed. None when what follows
    ``start`` reads as prose, not a note. ``marks``: the text's, when asked many times.
    """
    if marks is None:
        marks = _Marks(text)
    line_end = text.find("\n", start, start + MAX_INLINE_NOTE_CHARS + 1)
    if line_end == -1:
        line_end = min(len(text), start + MAX_INLINE_NOTE_CHARS)
    depth = 0
    scanned = start
    citation_start = start  # the last citation of the note so far begins here (after a ;)
    has_url = has_end = False
    sentences = 0
    ends = marks.ends
    first = k = bisect.bisect_left(marks.starts, start)
    # the marks near the start, read one by one (what a mark's text holds depends on it)
    while k < len(ends) and ends[k] <= line_end:
        if k > first and ends[k - 1] - _OVERLAP_CHARS >= start:
            break
        depth = marks.quote_depth(scanned, ends[k], depth)
        chunk_start = max(citation_start, scanned - _OVERLAP_CHARS)
        semicolon = text.rfind(";", chunk_start, ends[k])
        if semicolon != -1:
            citation_start = chunk_start = semicolon + 1
            has_url = has_end = False
        url, end = marks.facts(chunk_start, ends[k])
        has_url, has_end = has_url or url, has_end or end
        scanned = ends[k]
        k += 1
        if not marks.closes[k - 1]:
            continue
        if marks.after[k - 1] >= line_end:
            return _to_line_end(text, start, line_end)
        if not marks.opens[k - 1]:
            continue
        if has_url or (depth == 0 and has_end):
            return ends[k - 1]
        sentences += 1
        if sentences > MAX_NOTE_SENTENCES:
            return None  # sentence after sentence and nothing ends a citation: prose
    # further on, only the marks where the note may end need looking at
    steady = k
    for j in marks.stops[bisect.bisect_left(marks.stops, steady) :]:
        if ends[j] > line_end:
            break
        url, end = marks.since(steady, j, has_url, has_end)
        depth = marks.quote_depth(scanned, ends[j], depth)
        scanned = ends[j]
        if marks.after[j] >= line_end:
            break
        if url or (depth == 0 and end):
            return ends[j]
        sentences += 1
        if sentences > MAX_NOTE_SENTENCES:
            return None
    return _to_line_end(text, start, line_end)


def _note_start(text: str, m: re.Match[str], floor: int) -> int | None:
    """Where a note glued to the sentence end ``m`` begins, or None if nothing is glued."""
    p = m.end()
    mark = m.group(0)
    if mark[0] == "." and not ends_sentence(text, m.start()):
        return None
    if m.start() == 0 or text[m.start() - 1].isspace():
        return None
    if mark[-1] in "\"'" and len(mark) > 1:
        # a straight quote after the full stop closes the sentence's quotation, or opens the note
        sentence = text[sentence_start(text, m.start(), floor) : m.start()]
        if not _open_quote_in(sentence) and mark[-1] == '"':
            p -= 1
    ch = text[p]
    if ch.isupper():
        return p
    if ch in "“‘«\"'" and p + 1 < len(text) and text[p + 1].isalnum():
        return p
    return None


def find_inline(text: str, is_citation: Validator) -> list[FoundFootnote]:
    """Notes printed right after the sentence they support, with no space between."""
    found: list[FoundFootnote] = []
    pos = 0
    floor = 0
    marks: _Marks | None = None
    while True:
        m = _GLUE.search(text, pos)
        if m is None:
            break
        start = _note_start(text, m, floor)
        if start is None:
            pos = m.end()
            continue
        marks = marks or _Marks(text)
        end = note_end(text, start, marks)
        if (
            end is not None
            and end > start
            and not _glued_within(text, start, end, marks)
            and is_citation(text[start:end])
        ):
            found.append(FoundFootnote(len(found) + 1, start, end, anchor_end=start))
            pos = floor = end
        else:
            pos = m.end()
    return found


def _glued_within(text: str, start: int, end: int, marks: _Marks | None = None) -> bool:
    """Whether another sentence ends glued to what follows inside ``text[start:end]``.

    A note holds no such place outside its URLs; finding one means the run began at a typo
    (``met.Then``) and reached a real note further on, which is read from its own start.
    """
    maybe = marks is None or marks.urls.within(start, end)
    urls = [(u.start, u.end) for u in find_urls(text[start:end])] if maybe else []
    for m in _GLUE.finditer(text, start + 1, end):
        at = m.start() - start
        if any(a <= at < b for a, b in urls):
            continue
        if _note_start(text, m, start) is not None:
            return True
    return False


# --- numbered layout ---------------------------------------------------------------------

_FROM_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_NOTE_LINE = re.compile(
    r"^[ \t]*(?:\[(?P<b>\d{1,4})\]|\((?P<p>\d{1,4})\)|(?P<d>\d{1,4})(?:[.):]|(?=[ \t]))"
    r"|(?P<s>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})|\^(?P<c>\d{1,4}))[ \t]*(?P<text>\S.*?)[ \t]*$",
    re.MULTILINE,
)
_MAX_CONTINUATION_LINES = 3
_HEADING = re.compile(
    r"^[ \t]*(?:notes?|end\s?notes|foot\s?notes|references|sources|citations)[ \t]*:?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


def _note_number(m: re.Match[str]) -> int:
    raw = m["b"] or m["p"] or m["d"] or m["c"] or (m["s"] or "").translate(_FROM_SUPERSCRIPT)
    return int(raw)


def _lines(text: str, start: int) -> list[tuple[int, int]]:
    """(start, end) of each line from ``start`` on, without line breaks."""
    out = []
    pos = start
    n = len(text)
    while pos < n:
        nl = text.find("\n", pos)
        nl = n if nl == -1 else nl
        out.append((pos, nl))
        pos = nl + 1
    return out


def _read_notes(text: str, start: int) -> list[tuple[int, int, int]]:
    """(number, start, end) of consecutively numbered notes from ``start`` to the end.

    The first note may have any number (an excerpt starts mid-way); a line that opens no
    note continues the note above it.
    """
    notes: list[tuple[int, int, int]] = []
    for line_start, line_end in _lines(text, start):
        line = text[line_start:line_end]
        if not line.strip():
            continue
        m = _NOTE_LINE.match(text, line_start, line_end)
        if m and (not notes or _note_number(m) == notes[-1][0] + 1):
            notes.append((_note_number(m), m.start("text"), m.end("text")))
        elif notes:
            number, note_start, _ = notes[-1]
            notes[-1] = (number, note_start, line_start + len(line.rstrip()))
        else:
            return []
    return notes


def _trailing_notes(text: str) -> tuple[list[tuple[int, int, int]], int]:
    """Without a heading: the block of note lines that ends the text, consecutively numbered.

    A line that opens no note continues the note above it (a URL broken by a line break),
    up to ``_MAX_CONTINUATION_LINES`` of them.
    """
    block: list[tuple[re.Match[str], int]] = []  # (note line, end of its last line)
    pending_end = -1  # end of continuation lines read since the last note line
    pending = 0
    end = len(text)
    while end > 0:
        line_start = text.rfind("\n", 0, end) + 1
        if text[line_start:end].strip():
            m = _NOTE_LINE.match(text, line_start, end)
            line = text[line_start:end].strip()
            if m is not None and (not block or _note_number(m) == _note_number(block[-1][0]) - 1):
                block.append((m, pending_end if pending_end >= 0 else m.end("text")))
                pending, pending_end = 0, -1
            elif m is None and pending < _MAX_CONTINUATION_LINES and (block or " " not in line):
                pending += 1
                if pending_end < 0:
                    pending_end = line_start + len(text[line_start:end].rstrip())
            else:
                break
        end = line_start - 1
    block.reverse()
    notes = [(_note_number(m), m.start("text"), e) for m, e in block]
    return notes, (block[0][0].start() if block else -1)


_MARKER = re.compile(
    r"\[(?P<b>\d{1,4})\]"
    r"|(?<=\S)\((?P<p>\d{1,4})\)|(?<=\s)\((?P<q>\d{1,4})\)(?=[.,;:!?])"
    r"|(?<![⁰¹²³⁴⁵⁶⁷⁸⁹])(?P<s>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,4})(?![⁰¹²³⁴⁵⁶⁷⁸⁹])"
    rf"|(?<=[.,;:!?{re.escape(CLOSERS)}])(?P<d>\d{{1,4}})(?=[\s.,;:]|$)"
    r"|\^(?P<c>\d{1,4})(?!\d)"
)


def _markers(text: str, end: int) -> dict[int, list[re.Match[str]]]:
    """Every marker-like mark before ``end``, by the number it carries, in text order."""
    out: dict[int, list[re.Match[str]]] = {}
    for m in _MARKER.finditer(text, 0, end):
        raw = m["b"] or m["p"] or m["q"] or m["d"] or m["c"] or ""
        number = int(raw or (m["s"] or "").translate(_FROM_SUPERSCRIPT))
        out.setdefault(number, []).append(m)
    return out


_NOTE_WORDS = re.compile(
    r"\b(?:ibid|id|supra|op\.\s?cit|interview|letter|see|cf|pb|oj|doc)\b\.?"
    r"|(?<!\d)(?:1[5-9]|20)\d\d(?!\d)|\d+/\d+",
    re.IGNORECASE,
)


_DOMAIN = re.compile(r"(?<![\w.])[a-z0-9-]{2,}\.(?:[a-z]{2,3}\.)?[a-z]{2,6}(?![\w.])")


def _reads_as_note(note: str, is_citation: Validator) -> bool:
    """A numbered note is vouched for by its marker: a year, a short form or a cue word do."""
    return bool(_NOTE_WORDS.search(note) or _DOMAIN.search(note)) or is_citation(note)


def find_numbered(text: str, is_citation: Validator) -> NumberedNotes | None:
    """Markers in the text ([1], ¹, (1), a bare number after punctuation); notes at the end.

    The notes follow a heading (Notes, Endnotes, …) or, without one, are the numbered lines
    that end the text; at least half of them must read as citations.
    """
    notes: list[tuple[int, int, int]] = []
    section_start = -1
    headings = list(_HEADING.finditer(text))
    if headings:
        heading = headings[-1]
        notes = _read_notes(text, heading.end())
        section_start = heading.start()
    if not notes:
        notes, section_start = _trailing_notes(text)
        interleaved = _interleaved_notes(text)
        if len(interleaved) > len(notes) and len(interleaved) >= _MIN_INTERLEAVED:
            return _match_interleaved(text, interleaved, is_citation)
    if not notes:
        return None
    if sum(1 for _, s, e in notes if _reads_as_note(text[s:e], is_citation)) * 2 < len(notes):
        return None
    markers = _markers(text, section_start)
    pos = 0
    found: list[FoundFootnote] = []
    unmatched: list[int] = []
    for number, note_start, note_end_ in notes:
        # the first mark carrying this number after the previous note's marker
        marks = markers.get(number, [])
        at = bisect.bisect_left([m.start() for m in marks], pos)
        marker = marks[at] if at < len(marks) else None
        if marker is None:
            unmatched.append(number)
            found.append(FoundFootnote(number, note_start, note_end_, anchor_end=-1))
            continue
        pos = marker.end()
        anchor_end = marker.start()
        found.append(
            FoundFootnote(
                number,
                note_start,
                note_end_,
                anchor_end=anchor_end,
                marker_start=marker.start(),
                marker_end=marker.end(),
            )
        )
    return NumberedNotes(tuple(found), section_start, tuple(unmatched))


# --- notes printed between the paragraphs (the foot of each page, in text from a PDF) ------

_INTERLEAVED_LINE = re.compile(r"^(?P<d>\d{1,4})[ \t]+(?P<text>\S.*?)[ \t]*$", re.MULTILINE)
_MIN_INTERLEAVED = 3


def _interleaved_notes(text: str) -> list[tuple[int, int, int]]:
    """The longest run of lines ``N text``, ``N+1 text``, … in text order, anywhere.

    Each note runs over the lines below it up to a blank line or the next note. Linear: every
    candidate line extends the run that expects its number or starts a new one.
    """
    runs: dict[int, list[tuple[int, int, int]]] = {}  # next expected number → run
    best: list[tuple[int, int, int]] = []
    for m in _INTERLEAVED_LINE.finditer(text):
        number = int(m["d"])
        run = runs.pop(number, None)
        if run is None:
            run = []
        end = m.end("text")
        while True:  # continuation lines
            nxt = text.find("\n", end)
            if nxt == -1:
                break
            line_end = text.find("\n", nxt + 1)
            line_end = len(text) if line_end == -1 else line_end
            line = text[nxt + 1 : line_end]
            if not line.strip() or _INTERLEAVED_LINE.match(line):
                break
            end = nxt + 1 + len(line.rstrip())
        run.append((number, m.start("text"), end))
        runs[number + 1] = run
        if len(run) > len(best):
            best = run
    return best


_GLUED_MARKER = r"(?<=[^\W\d_]|[.,;:!?{closers}]){number}(?!\d)"


def _match_interleaved(
    text: str, notes: list[tuple[int, int, int]], is_citation: Validator
) -> NumberedNotes | None:
    if sum(1 for _, s, e in notes if _reads_as_note(text[s:e], is_citation)) * 2 < len(notes):
        return None
    spans = [(s, e) for _, s, e in notes]
    found: list[FoundFootnote] = []
    unmatched: list[int] = []
    pos = 0
    for number, note_start, note_end_ in notes:
        pattern = re.compile(_GLUED_MARKER.format(closers=re.escape(CLOSERS), number=number))
        marker = None
        for m in pattern.finditer(text, pos, note_start):
            if not any(s - 4 <= m.start() < e for s, e in spans):  # not inside a note
                marker = m
                break
        if marker is None:
            unmatched.append(number)
            found.append(FoundFootnote(number, note_start, note_end_, anchor_end=-1))
            continue
        pos = marker.end()
        found.append(
            FoundFootnote(
                number,
                note_start,
                note_end_,
                anchor_end=marker.start(),
                marker_start=marker.start(),
                marker_end=marker.end(),
            )
        )
    return NumberedNotes(tuple(found), notes[0][1], tuple(unmatched))
