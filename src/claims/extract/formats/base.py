"""What a format reader returns: the text a reader reads, and the notes it found by structure."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from claims.errors import InputError

_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0]+")


class Format(StrEnum):
    """The document formats ``claims extract`` reads."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    DOCX = "docx"
    PDF = "pdf"


@dataclass(frozen=True)
class ReadNote:
    """A footnote the format marks as one: its number, its text's and its marker's offsets."""

    number: int
    start: int
    end: int
    marker_start: int | None  # None: the note is listed but no marker refers to it
    marker_end: int | None


@dataclass(frozen=True)
class ReadDocument:
    """A file read: ``text`` is what a reader reads; ``notes`` is None when the format has no
    structure for footnotes (plain text), so the text's own layout is searched for them."""

    format: Format
    text: str
    sha256: str  # of the file's bytes as read
    notes: tuple[ReadNote, ...] | None = None


class FormatError(InputError):
    """A file that cannot be read as its format (exit 2, nothing saved)."""


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class TextBuilder:
    """Assembles reader text block by block, recording where note markers fall.

    Markers are printed as ``[n]``: every footnote finder reads them, and a reader sees the
    number. The notes follow the body under a ``Notes`` heading, one ``n. text`` line each,
    as printed endnotes are.
    """

    parts: list[str] = field(default_factory=list)
    length: int = 0
    markers: dict[int, tuple[int, int]] = field(default_factory=dict)
    drop_block: Callable[[str], bool] | None = None  # blocks to leave out (page chrome)
    _open: bool = False  # a block is being written
    _block_at: tuple[int, int] = (0, 0)  # (parts, length) before the current block

    def write(self, text: str) -> None:
        """Add text to the current block (whitespace runs read as one space)."""
        text = _SPACES.sub(" ", text)
        if not self._open:
            text = text.lstrip()
            if not text:
                return
            self._open_block()
        elif text.startswith(" ") and self._ends_with_space():
            text = text.lstrip()
        self._append(text)

    def line_break(self) -> None:
        """A hard line break inside a block (``<br>``, a Word break)."""
        if self._open:
            self._trim_trailing_spaces()
            self._append("\n")

    def _ends_with_space(self) -> bool:
        return bool(self.parts) and self.parts[-1].endswith((" ", "\n"))

    def _open_block(self) -> None:
        self._block_at = (len(self.parts), self.length)
        if self.length:
            self._append("\n\n")
        self._open = True

    def marker(self, number: int) -> None:
        if not self._open:
            self._open_block()
        label = f"[{number}]"
        # a marker printed after a space (``word [1]``) sits on the word, as it is read
        if self.parts and self.parts[-1].endswith(" "):
            self._trim_trailing_spaces()
        self.markers.setdefault(number, (self.length, self.length + len(label)))
        self._append(label)

    def end_block(self) -> None:
        if self._open:
            self._trim_trailing_spaces()
            parts, length = self._block_at
            if self.drop_block is not None and self.drop_block("".join(self.parts[parts:]).strip()):
                del self.parts[parts:]
                self.length = length
                self.markers = {n: at for n, at in self.markers.items() if at[0] < length}
        self._open = False

    def _trim_trailing_spaces(self) -> None:
        while self.parts and self.parts[-1].endswith((" ", "\t", "\n")):
            last = self.parts.pop()
            stripped = last.rstrip(" \t\n")
            self.length -= len(last) - len(stripped)
            if stripped:
                self.parts.append(stripped)
                break

    def _append(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def finish(self, notes: list[tuple[int, str]]) -> tuple[str, tuple[ReadNote, ...]]:
        """The whole text with the ``Notes`` section; a note whose marker was never written
        is listed without one (no claim can be anchored to it)."""
        self.end_block()
        self.drop_block = None
        read: list[ReadNote] = []
        if notes:
            self.write("Notes")
            self.end_block()
            for number, raw in notes:
                note = " ".join(raw.split())
                if not note:
                    continue
                self.write(f"{number}. ")
                start = self.length
                self._append(note)
                end = self.length
                self.end_block()
                at = self.markers.get(number, (None, None))
                read.append(ReadNote(number, start, end, at[0], at[1]))
        return "".join(self.parts), tuple(read)
