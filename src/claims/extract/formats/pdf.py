"""PDF with a text layer (pdfminer.six): body text, superscript markers, notes at page feet.

Each page's lines are read with their characters' sizes and positions. The notes are the
lines under the footnote separator rule (or, without one, the smaller-type lines at the foot
of the page that start with a number); a note starts with its number, usually superscript,
and may run on at the foot of the next page. Superscript digits in the body are markers.
Running heads (a line repeated at the top or foot of most pages) and page numbers are left
out; lines are joined back into paragraphs, with hyphenation at line ends undone where the
word is otherwise printed whole, and URLs broken across lines rejoined.
"""

from __future__ import annotations

import io
import itertools
import re
from collections import Counter
from dataclasses import dataclass

from pdfminer.high_level import extract_pages
from pdfminer.layout import LAParams, LTChar, LTCurve, LTPage, LTTextContainer, LTTextLine
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.pdfparser import PDFSyntaxError
from pdfminer.psexceptions import PSException

from claims.extract.formats.base import (
    Format,
    FormatError,
    ReadDocument,
    ReadNote,
    TextBuilder,
    sha256_of,
)

SUPERSCRIPT_SIZE = 0.8  # characters smaller than this share of the body size are superscript
NOTE_SIZE = 0.92  # note lines are set smaller than this share of the body size
MARGIN_SHARE = 0.08  # the top and foot of a page where running heads and numbers sit
PARAGRAPH_GAP = 1.4  # a gap this many line pitches wide ends a paragraph
SHORT_LINE = 0.1  # a line ending this share of the text width short of the margin ends one
_PAGE_NUMBER = re.compile(r"^(?:page\s+)?\d{1,4}(?:\s+(?:of|/)\s+\d{1,4})?$", re.IGNORECASE)
_URL_START = re.compile(r"(?:https?://|www\.)\S*$", re.IGNORECASE)
_WORD_PART = re.compile(r"(\w+)-$")
_NEXT_WORD = re.compile(r"^(\w+)")


@dataclass
class _Line:
    page: int
    top: float
    bottom: float
    x0: float
    x1: float
    size: float  # the line's most common character size
    pieces: list[tuple[str, bool]]  # runs of text, superscript or not

    @property
    def text(self) -> str:
        return "".join(t for t, _ in self.pieces)


def _lines(page: LTPage, number: int, body_size: float | None) -> list[_Line]:
    out: list[_Line] = []

    def visit(container: object) -> None:
        if isinstance(container, LTTextLine):
            chars = [c for c in container if isinstance(c, LTChar)]
            if not chars:
                return
            sizes = Counter(round(c.size, 1) for c in chars)
            size = sizes.most_common(1)[0][0]
            threshold = (body_size or size) * SUPERSCRIPT_SIZE
            pieces: list[tuple[str, bool]] = []
            for item in container:
                text = item.get_text()
                sup = isinstance(item, LTChar) and item.size < threshold and text.isdigit()
                if pieces and pieces[-1][1] == sup:
                    pieces[-1] = (pieces[-1][0] + text, sup)
                else:
                    pieces.append((text, sup))
            out.append(
                _Line(
                    number,
                    container.y1,
                    container.y0,
                    container.x0,
                    container.x1,
                    float(size),
                    pieces,
                )
            )
        elif isinstance(container, LTTextContainer):
            for child in container:
                visit(child)

    for element in page:
        visit(element)
    out = _numbers_joined(out)
    out.sort(key=lambda line: -line.top)
    return out


def _numbers_joined(lines: list[_Line]) -> list[_Line]:
    """A note's number set apart by a tab is laid out as a box of its own (LibreOffice with
    Liberation fonts): it is joined to the line it stands beside, on the same baseline."""
    numbers = [line for line in lines if line.text.strip().isdigit() and len(line.text.strip()) < 5]
    if not numbers:
        return lines
    joined: set[int] = set()
    for number in numbers:
        beside = [
            line
            for line in lines
            if line is not number
            and id(line) not in joined
            and abs(line.bottom - number.bottom) < 0.25 * number.size
            and 0 <= line.x0 - number.x1 < 3 * number.size
        ]
        if not beside:
            continue
        line = min(beside, key=lambda other: other.x0)
        line.pieces = [(number.text.strip() + " ", False), *line.pieces]
        line.x0 = number.x0
        line.top = max(line.top, number.top)
        joined.add(id(number))
    return [line for line in lines if id(line) not in joined]


def _separator(page: LTPage) -> float | None:
    """The y of a footnote separator: the lowest thin rule, shorter than the page is wide, below
    the top fifth of the page (a long note area may start above the page's middle)."""
    best = None
    for element in page:
        if (
            isinstance(element, LTCurve)
            and element.height <= 2
            and 20 < element.width < page.width * 0.9
            and element.y0 < page.height * 0.8
        ):
            best = element.y0 if best is None else min(best, element.y0)
    return best


def _is_page_furniture(line: _Line, height: float, repeated: set[str]) -> bool:
    in_margin = line.top > height * (1 - MARGIN_SHARE) or line.bottom < height * MARGIN_SHARE
    text = line.text.strip()
    if not in_margin:
        return False
    return bool(_PAGE_NUMBER.match(text)) or re.sub(r"\d+", "#", text) in repeated


def _join(text: str, line: str, whole_words: set[str]) -> str:
    """``text`` continued by the next printed ``line``."""
    if not text:
        return line
    if text.endswith("\u00ad"):
        return text[:-1] + line  # a soft hyphen: the word is whole
    if text.endswith(" "):
        return text + line
    if text.endswith("-"):
        before, after = _WORD_PART.search(text), _NEXT_WORD.match(line)
        if before and after and after.group(1)[0].islower():
            joined = (before.group(1) + after.group(1)).lower()
            if joined in whole_words and not _URL_START.search(text):
                return text[:-1] + line  # hyphenation: the word is printed whole elsewhere
        return text + line  # a compound or a URL broken at its hyphen
    if _URL_START.search(text) and (
        not text.endswith((".", ",", ";", ")")) or (text.endswith(".") and line[:1].islower())
    ):
        return text + line  # a URL broken across lines (``….`` + ``pdf``: no sentence begins so)
    return text + " " + line


class _Reader:
    def __init__(self, pages: list[LTPage]) -> None:
        self.pages = pages
        sizes: Counter[float] = Counter()
        for number, page in enumerate(pages):
            for line in _lines(page, number, None):
                sizes[line.size] += len(line.text)
        self.body_size = sizes.most_common(1)[0][0] if sizes else 0.0
        self.lines = [_lines(page, n, self.body_size) for n, page in enumerate(pages)]
        self.repeated = self._running_heads()

    def _running_heads(self) -> set[str]:
        counts: Counter[str] = Counter()
        for page, lines in zip(self.pages, self.lines, strict=True):
            seen = set()
            for line in lines:
                if line.top > page.height * (1 - MARGIN_SHARE) or (
                    line.bottom < page.height * MARGIN_SHARE
                ):
                    seen.add(re.sub(r"\d+", "#", line.text.strip()))
            counts.update(seen)
        least = max(2, (len(self.pages) + 1) // 2)  # a two-page document has its head twice
        return {text for text, n in counts.items() if n >= least and text}

    def _split(self, page: LTPage, lines: list[_Line]) -> tuple[list[_Line], list[_Line]]:
        """The page's body lines and its note lines."""
        kept = [line for line in lines if not _is_page_furniture(line, page.height, self.repeated)]
        rule = _separator(page)
        if rule is not None:
            return [x for x in kept if x.bottom > rule], [x for x in kept if x.top <= rule]
        # no rule: the smaller lines at the foot, the first of them opening a note
        cut = len(kept)
        while cut > 0 and kept[cut - 1].size < self.body_size * NOTE_SIZE:
            cut -= 1
        while cut < len(kept) and not re.match(r"\s*\d", kept[cut].text):
            cut += 1
        return kept[:cut], kept[cut:]

    def read(self) -> tuple[str, tuple[ReadNote, ...]]:
        body: list[_Line] = []
        note_lines: list[_Line] = []
        for page, lines in zip(self.pages, self.lines, strict=True):
            page_body, page_notes = self._split(page, lines)
            body.extend(page_body)
            note_lines.extend(page_notes)
        whole_words = {
            w.lower() for line in body + note_lines for w in re.findall(r"\w+", line.text)
        }
        notes = self._notes(note_lines, whole_words)
        builder = self._body(body, whole_words, {n for n, _ in notes})
        return builder.finish(notes)

    def _notes(self, lines: list[_Line], whole_words: set[str]) -> list[tuple[int, str]]:
        notes: list[tuple[int, str]] = []
        for line in lines:
            text = line.text.rstrip("\n")
            first = line.pieces[0] if line.pieces else ("", False)
            m = re.match(r"\s*(\d{1,4})[.)]?\s", text)
            number = None
            if first[1] and first[0].strip().isdigit():
                number, text = int(first[0]), text[len(first[0]) :].lstrip()
            elif m and (not notes or int(m.group(1)) == notes[-1][0] + 1):
                number, text = int(m.group(1)), text[m.end() :]
            if number is not None:
                notes.append((number, text))
            elif notes:
                notes[-1] = (notes[-1][0], _join(notes[-1][1], text, whole_words))
        return [(n, " ".join(t.split())) for n, t in notes]

    def _body(self, lines: list[_Line], whole_words: set[str], numbers: set[int]) -> TextBuilder:
        builder = TextBuilder()
        pitches = Counter(
            round(a.bottom - b.bottom)
            for a, b in itertools.pairwise(lines)
            if a.page == b.page and a.bottom > b.bottom
        )
        pitch = pitches.most_common(1)[0][0] if pitches else 0
        left = min((x.x0 for x in lines), default=0.0)
        right = max((x.x1 for x in lines), default=0.0)
        previous: _Line | None = None
        pending = ""  # the paragraph's text so far, markers kept as \0n\0
        for line in lines:
            text = "".join(
                f"\0{t.strip()}\0" if sup and int(t.strip() or 0) in numbers else t
                for t, sup in line.pieces
            ).rstrip("\n")
            new_paragraph = previous is None or (
                previous.page == line.page
                and pitch > 0
                and previous.bottom - line.bottom > pitch * PARAGRAPH_GAP
            )
            if (
                previous is not None
                and not new_paragraph
                and previous.x1 < right - SHORT_LINE * (right - left)
                and not pending.endswith((" ", "-", "\u00ad"))
            ):
                new_paragraph = True  # a short last line, set without paragraph spacing
            if previous is not None and previous.page != line.page:
                # a paragraph runs on to the next page unless its last line ended it
                new_paragraph = pending.rstrip().endswith((".", "!", "?", ":", "”", '"'))
            if new_paragraph and pending:
                _emit(builder, pending)
                pending = ""
            pending = _join(pending, text, whole_words)
            previous = line
        if pending:
            _emit(builder, pending)
        return builder


def _emit(builder: TextBuilder, paragraph: str) -> None:
    builder.end_block()
    for i, piece in enumerate(paragraph.split("\0")):
        if i % 2:
            builder.marker(int(piece))
        else:
            builder.write(piece)
    builder.end_block()


def read_pdf(data: bytes, path: str) -> ReadDocument:
    """The text of a PDF's text layer with its notes; refuses encrypted and image-only files."""
    try:
        # the lines are put in order by their height on the page (_lines), so pdfminer's
        # grouping of text boxes into a reading order (a quarter of the time) is not needed
        pages = list(extract_pages(io.BytesIO(data), laparams=LAParams(boxes_flow=None)))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise FormatError(
            f"{path}: an encrypted PDF that needs a password", hint="save an unencrypted copy"
        ) from exc
    except (PDFSyntaxError, PSException, ValueError, KeyError, TypeError) as exc:
        raise FormatError(f"{path}: not a readable PDF ({exc.__class__.__name__})") from exc
    reader = _Reader(pages)
    if not any(reader.lines):
        raise FormatError(
            f"{path}: a PDF without a text layer (scanned images?)",
            hint="run OCR on it first, e.g. ocrmypdf",
        )
    text, read = reader.read()
    return ReadDocument(Format.PDF, text, sha256_of(data), read)
