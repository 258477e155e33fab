"""Main-text extraction, run in a child process of its own while a check reads pages.

lxml and trafilatura cost about 30 MiB and most of a check's CPU: in the checking process they
held the event loop behind the GIL at every socket call (a 2,000-URL run took twice its
bound). The child (``python -m claims.evidence.extraction``) reads one JSON line per group of
pages on stdin and answers one JSON line of texts; if it cannot be started or dies, the
pages are extracted in this process instead, with the same function.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import hashlib
import importlib.metadata
import json
import logging
import os
import signal
import subprocess
import sys
import threading
from collections.abc import Sequence
from typing import IO, Any

HTML_TYPES = ("text/html", "application/xhtml+xml")
# (body, content type, URL) of one page
Page = tuple[str, str | None, str | None]


# part of every page digest: bump it when _options() changes what a page's text is
EXTRACTION_SETTINGS = "fast, tables, no comments, links or images"


@functools.cache
def _extractor_version() -> bytes:
    try:
        version = importlib.metadata.version("trafilatura")
    except importlib.metadata.PackageNotFoundError:
        version = "none"
    return f"trafilatura {version}; {EXTRACTION_SETTINGS}".encode()


def page_digest(body: str, *, content_type: str | None, url: str | None) -> str:
    """SHA-256 of what a page's main text depends on: the extractor's version and settings,
    the content type, the address handed to it, and the (capped) body."""
    digest = hashlib.sha256(_extractor_version())
    for part in (content_type or "", url or ""):
        digest.update(b"\0" + part.encode("utf-8", "surrogatepass"))
    digest.update(b"\0" + body.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


class ExtractionError(RuntimeError):
    """Extraction failed for a reason other than the page having no main text."""


@functools.cache
def _options() -> Any:
    """trafilatura's options, built once: building them per page cost a fifth of its time.

    The same as ``trafilatura.extract(..., include_comments=False, include_tables=True,
    include_links=False, include_images=False, deduplicate=False, fast=True)``.
    """
    from trafilatura.settings import Extractor as Options

    # trafilatura logs every page it finds nothing in; that is a result here, not a warning
    # (set once: setLevel clears every logger's cache, a cost per page)
    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    return Options(
        comments=False,
        tables=True,
        links=False,
        images=False,
        dedup=False,
        # no fallback extractors: half the time on real pages and a fifth on short ones;
        # the same text for 28 of 30 documentation pages tried (2026-12-01)
        fast=True,
    )


def main_text(body: str, *, content_type: str | None = None, url: str | None = None) -> str | None:
    """The main text of a page (navigation, ads and footers left out), or None if it has none.

    HTML goes through trafilatura; plain text is kept as it is.
    """
    ctype = (content_type or "").split(";", 1)[0].strip().lower()
    if ctype and ctype not in HTML_TYPES:
        if ctype.startswith("text/"):
            return body.strip() or None
        return None
    import trafilatura  # lazy: lxml is costly to import for commands that never capture

    options = copy.copy(_options())
    # the page's own address, as trafilatura's keyword would set it (links are resolved by it)
    options.url = url
    options.source = url and url.encode("utf-8", "replace").decode("utf-8")
    try:
        extracted: str | None = trafilatura.extract(body, options=options)
    except (ValueError, TypeError):  # pragma: no cover - trafilatura returns None on bad HTML
        return None
    if not extracted or not extracted.strip():
        return None
    return str(extracted).strip()


def _extract_all(pages: Sequence[Page]) -> list[str | None]:
    return [main_text(body, content_type=ctype, url=url) for body, ctype, url in pages]


class Extractor:
    """Extracts groups of pages in a child process (started on first use); thread-safe."""

    def __init__(self, *, in_process: bool = False) -> None:
        self._proc: subprocess.Popen[bytes] | None = None
        self._broken = in_process
        self._lock = threading.Lock()

    def texts(self, pages: Sequence[Page]) -> list[str | None]:
        """The main text of each page (None where it has none)."""
        with self._lock:
            if not self._broken:
                try:
                    return self._remote(pages)
                except (OSError, ValueError, EOFError):
                    self._broken = True  # extract here from now on
                    self._stop()
        return _extract_all(pages)

    def start(self) -> None:
        """Start the child now, so its imports run beside the caller's start-up."""
        with self._lock:
            if not self._broken:
                try:
                    self._spawn()
                except OSError:
                    self._broken = True

    def _spawn(self) -> subprocess.Popen[bytes]:
        if self._proc is None:
            self._proc = subprocess.Popen(
                [sys.executable, "-m", "claims.evidence.extraction"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
            )
        return self._proc

    def _remote(self, pages: Sequence[Page]) -> list[str | None]:
        proc = self._spawn()
        stdin, stdout = proc.stdin, proc.stdout
        assert stdin is not None
        assert stdout is not None
        stdin.write(json.dumps(list(pages)).encode() + b"\n")
        stdin.flush()
        reply = stdout.readline()
        if not reply:
            raise EOFError("the extraction process stopped")
        answer: Any = json.loads(reply)
        if isinstance(answer, dict):
            raise ExtractionError(str(answer.get("error")))
        if not isinstance(answer, list) or len(answer) != len(pages):
            raise ValueError("the extraction process answered out of turn")
        return [t if isinstance(t, str) else None for t in answer]

    def _stop(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None:
            return
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()
        try:
            proc.wait(timeout=5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()

    def close(self) -> None:
        with self._lock:
            self._stop()


def serve(stdin: IO[bytes], stdout: IO[bytes]) -> None:
    """The child's loop: a JSON list of pages in, a JSON list of texts out, per line."""
    with contextlib.suppress(ImportError):  # loaded before the first pages arrive
        import trafilatura  # noqa: F401
    for line in stdin:
        try:
            reply: Any = _extract_all([tuple(p) for p in json.loads(line)])
        except Exception as exc:  # the parent re-raises it as its error
            reply = {"error": f"{type(exc).__name__}: {exc}"}
        stdout.write(json.dumps(reply).encode() + b"\n")
        stdout.flush()


if __name__ == "__main__":
    # Ctrl-C reaches the whole process group: the parent decides, and ends us by closing stdin
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    serve(sys.stdin.buffer, sys.stdout.buffer)
    # every answer is flushed and nothing else is open: end without the interpreter's
    # teardown, which the check waited for at its end (0.1 s for lxml and trafilatura)
    os._exit(0)
