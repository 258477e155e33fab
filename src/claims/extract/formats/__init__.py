"""Format readers: a file (text, Markdown, HTML, Word, PDF) → the text a reader reads + notes.

Each reader returns a :class:`ReadDocument`; :func:`read_document` chooses the reader by the
file's content and extension (or the format given) and refuses a file with no text.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from claims.errors import EnvironmentFailure, InputError
from claims.extract.formats.base import Format, FormatError, ReadDocument, ReadNote
from claims.extract.formats.detect import detect_format
from claims.extract.formats.text import decode_utf8, read_text

if TYPE_CHECKING:
    from claims.extract.document import KeyRule
    from claims.extract.results import Extraction

__all__ = [
    "Format",
    "FormatError",
    "ReadDocument",
    "ReadNote",
    "extract_read",
    "read_bytes",
    "read_document",
]


def _missing(what: str, exc: ImportError) -> EnvironmentFailure:
    return EnvironmentFailure(
        f"reading {what} needs the optional package {exc.name!r}",
        hint="pip install 'claims[formats]'",
    )


def read_bytes(data: bytes, name: str, fmt: Format | None = None) -> ReadDocument:
    """Read a file's bytes as ``fmt`` (default: detected from content and ``name``'s suffix).

    Raises:
        FormatError: empty, binary, encrypted, image-only or unreadable input (exit 2).
        EnvironmentFailure: the optional reader for the format is not installed (exit 3).
    """
    if not data.strip():
        raise FormatError(f"{name}: the file is empty")
    chosen = fmt or detect_format(data, Path(name).suffix, name)
    if chosen is Format.TEXT:
        read = read_text(data, name)
    elif chosen is Format.MARKDOWN:
        from claims.extract.formats.markdown import read_markdown

        read = read_markdown(data, decode_utf8(data, name))
    elif chosen is Format.HTML:
        try:
            from claims.extract.formats.html import read_html
        except ImportError as exc:
            raise _missing("HTML", exc) from exc
        read = read_html(data, name)
    elif chosen is Format.DOCX:
        try:
            from claims.extract.formats.docx import read_docx
        except ImportError as exc:
            raise _missing("Word files", exc) from exc
        read = read_docx(data, name)
    else:
        try:
            from claims.extract.formats.pdf import read_pdf
        except ImportError as exc:
            raise _missing("PDF", exc) from exc
        read = read_pdf(data, name)
    if not read.text.strip():
        raise FormatError(f"{name}: no text found in the {chosen.value} file")
    return read


def read_document(path: Path, fmt: Format | None = None) -> ReadDocument:
    """Read the file at ``path`` (see :func:`read_bytes`)."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise InputError(f"{path}: no such file") from exc
    except IsADirectoryError as exc:
        raise InputError(f"{path}: a directory, not a file") from exc
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from exc
    return read_bytes(data, str(path), fmt)


def extract_read(read: ReadDocument, *, key_rule: KeyRule | None = None) -> Extraction:
    """Extract a document read from a file: its own notes when the format has them."""
    from claims.extract.document import extract_document
    from claims.extract.footnotes import FoundFootnote

    found = None
    if read.notes is not None:
        found = [
            FoundFootnote(
                n.number,
                n.start,
                n.end,
                anchor_end=-1 if n.marker_start is None else n.marker_start,
                marker_start=n.marker_start,
                marker_end=n.marker_end,
            )
            for n in read.notes
        ]
    if key_rule is None:
        return extract_document(read.text, notes=found)
    return extract_document(read.text, key_rule=key_rule, notes=found)
