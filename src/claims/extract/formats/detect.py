"""Which format a file is in: by its content first, its extension second."""

from __future__ import annotations

import io
import re
import zipfile

from claims.extract.formats.base import Format, FormatError

_SNIFF_BYTES = 8192
_EXTENSIONS = {
    ".txt": Format.TEXT,
    ".text": Format.TEXT,
    ".md": Format.MARKDOWN,
    ".markdown": Format.MARKDOWN,
    ".html": Format.HTML,
    ".htm": Format.HTML,
    ".xhtml": Format.HTML,
    ".docx": Format.DOCX,
    ".pdf": Format.PDF,
}
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.I | re.S
)
_MD_FOOTNOTE = re.compile(rb"^\[\^[^\]\s]+\]:", re.M)
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def detect_format(data: bytes, suffix: str, path: str) -> Format:
    """The format of a file's bytes; ``suffix`` (``.md``) decides between text formats.

    Raises:
        FormatError: the file is empty, binary in no format read here, or an encrypted or
            legacy Office file.
    """
    head = data[:_SNIFF_BYTES]
    if not data.strip():
        raise FormatError(f"{path}: the file is empty")
    if head.lstrip()[:5] == b"%PDF-":
        return Format.PDF
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                if "word/document.xml" in archive.namelist():
                    return Format.DOCX
        except zipfile.BadZipFile as exc:
            raise FormatError(f"{path}: a damaged zip archive") from exc
        raise FormatError(f"{path}: a zip archive, not a Word .docx file")
    if head.startswith(_OLE_MAGIC):
        raise FormatError(
            f"{path}: an encrypted Office file or an old binary .doc, which cannot be read",
            hint="save it as .docx without a password",
        )
    by_suffix = _EXTENSIONS.get(suffix.lower())
    # a stray NUL in a text is stored as U+FFFD (see claims.db); many of them mean binary data
    if head.count(b"\x00") * 100 > len(head):
        raise FormatError(f"{path}: a binary file in no format claims reads")
    if by_suffix in {Format.DOCX, Format.PDF}:
        raise FormatError(f"{path}: not a {by_suffix.value} file (its content is text)")
    if by_suffix is not None:
        return by_suffix
    if _HTML_START.match(head):
        return Format.HTML
    if _MD_FOOTNOTE.search(data):
        return Format.MARKDOWN
    return Format.TEXT
