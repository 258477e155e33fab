"""PDF placeholder."""

from __future__ import annotations

from claims.extract.formats.base import ReadDocument


def read_pdf(data: bytes, path: str) -> ReadDocument:
    raise NotImplementedError
