"""Plain UTF-8 text, read as it is: its footnotes are found in its own layout."""

from __future__ import annotations

from claims.extract.formats.base import Format, FormatError, ReadDocument, sha256_of


def decode_utf8(data: bytes, path: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise FormatError(
            f"{path}: not UTF-8 text (byte {exc.start})", hint="convert the file to UTF-8"
        ) from exc


def read_text(data: bytes, path: str) -> ReadDocument:
    return ReadDocument(Format.TEXT, decode_utf8(data, path), sha256_of(data))
