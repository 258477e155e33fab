"""HTML (a saved web page), read by lxml: the main text without page chrome, and its notes.

The main text is the page's ``<main>`` (or ``role=main``, or its one ``<article>``); a page
without them is read whole, and trafilatura (a main-text extractor) decides which of its
blocks are the main text. Navigation, banners, forms, scripts and hidden elements are left out
by what they are (elements and ARIA roles), and any remaining block that is wholly chrome
("Donate Now") by the same rules as plain text. Footnotes are markers linking to a note
(``<sup><a href="#fn1">``, ``role=doc-noteref``) or notes printed inline
(``<span class="footnote">``, ``role=doc-footnote``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable

import lxml.html
from lxml import etree

from claims.extract.chrome import is_chrome
from claims.extract.formats.base import (
    Format,
    FormatError,
    ReadDocument,
    ReadNote,
    TextBuilder,
    sha256_of,
)

_DROP = {
    "script", "style", "noscript", "template", "nav", "form", "button", "select", "input",
    "textarea", "svg", "iframe", "object", "embed", "canvas", "dialog", "menu", "head",
}  # fmt: skip
_CHROME_ROLES = {"navigation", "banner", "contentinfo", "search", "complementary", "dialog"}
_NOTE_ROLES = {"doc-footnote", "doc-endnote", "doc-endnotes", "doc-footnotes"}
_BLOCKS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre",
    "section", "article", "main", "aside", "header", "footer", "table", "tr", "dd", "dt", "dl",
    "figure", "figcaption", "address", "details", "summary", "hr", "body",
}  # fmt: skip
_DIGITS = re.compile(r"\d{1,4}")
_BACKLINK_TEXT = re.compile(r"^\s*[↩↑^]︎?\s*$")


def _classes(el: etree._Element) -> set[str]:
    return set(str(el.get("class") or "").lower().split())


def _role(el: etree._Element) -> str:
    return str(el.get("role") or "").lower()


def _is_hidden(el: etree._Element) -> bool:
    style = str(el.get("style") or "").replace(" ", "").lower()
    return (
        el.get("hidden") is not None
        or str(el.get("aria-hidden") or "").lower() == "true"
        or "display:none" in style
    )


def _text(el: etree._Element) -> str:
    return "".join(str(t) for t in el.itertext())


def _element(found: object) -> etree._Element:
    assert isinstance(found, etree._Element)
    return found


def _main_root(doc: etree._Element) -> etree._Element | None:
    """The element the page marks as its main text, if it marks one."""
    for path in ("//main", "//*[@role='main']"):
        found = doc.xpath(path)
        assert isinstance(found, list)
        if len(found) == 1:
            return _element(found[0])
    articles = doc.xpath("//article")
    assert isinstance(articles, list)
    if len(articles) == 1:
        return _element(articles[0])
    return None


_MAIN_MIN_CHARS = 200  # less main text than this: trafilatura found no article, read the body
_LETTERS = re.compile(r"[^\W\d_]+")


def _letters(text: str) -> str:
    """Only the words' letters, for matching blocks whatever their markers and spacing."""
    return " ".join(_LETTERS.findall(text.lower()))


def _main_text_filter(data: bytes) -> Callable[[str], bool] | None:
    """Whether a block is outside the main text trafilatura finds in the page, or None when it
    finds none worth trusting."""
    import trafilatura  # lazy: only pages that do not mark their main text need it

    logging.getLogger("trafilatura").setLevel(logging.ERROR)
    try:
        found = trafilatura.extract(
            data,
            include_comments=False,
            include_tables=True,
            include_links=False,
            include_images=False,
            deduplicate=False,
            favor_recall=True,
        )
    except (ValueError, TypeError):  # pragma: no cover - trafilatura returns None on bad HTML
        return None
    if not found or len(found.strip()) < _MAIN_MIN_CHARS:
        return None
    main = _letters(found)

    def outside(block: str) -> bool:
        words = _letters(block)
        return bool(words) and words not in main

    return outside


def _is_ref(a: etree._Element) -> bool:
    href = str(a.get("href") or "")
    if not href.startswith("#") or len(href) < 2:
        return False
    parent = a.getparent()
    return (
        _role(a) == "doc-noteref"
        or bool(_classes(a) & {"footnote-ref", "footnoteref", "noteref", "fnref"})
        or (parent is not None and parent.tag == "sup")
        or (len(a) == 1 and a[0].tag == "sup")
    )


def _is_backlink(a: etree._Element) -> bool:
    return (
        _role(a) == "doc-backlink"
        or bool(_classes(a) & {"footnote-back", "footnote-backref", "reversefootnote"})
        or bool(_BACKLINK_TEXT.match(_text(a)))
    )


def _note_element(target: etree._Element) -> etree._Element:
    """The element holding a note: the target, or its paragraph when the target is an anchor."""
    if target.tag == "a" and not _text(target).strip():
        parent = target.getparent()
        if parent is not None:
            return parent
    return target


class _Reader:
    def __init__(self, doc: etree._Element) -> None:
        self.doc = doc
        self.builder = TextBuilder()
        self.ids = {str(el.get("id")): el for el in doc.iter() if el.get("id")}
        self.ref_number: dict[etree._Element, int] = {}  # <a> → note number
        self.notes: dict[etree._Element, int] = {}  # note element → number
        # elements are kept as keys: lxml keeps one proxy per node only while it is referenced
        self.skip: set[etree._Element] = set()  # not read as body text
        self.inline_notes: list[tuple[int, str]] = []

    def find_notes(self, root: etree._Element) -> None:
        order = 0
        for a in root.iter("a"):
            if not _is_ref(a):
                continue
            target = self.ids.get(str(a.get("href"))[1:])
            if target is None or target is a:
                continue
            note = _note_element(target)
            if note in self.notes:
                self.ref_number[a] = self.notes[note]
                continue
            order += 1
            digits = _DIGITS.search(_text(a))
            number = int(digits.group(0)) if digits else order
            self.notes[note] = number
            self.ref_number[a] = number
        for note in self.notes:
            self.skip.add(note)
            # the list of notes and the section around it are not body text either
            for anc in note.iterancestors():
                if anc.tag in {"ol", "ul"} or (
                    _role(anc) in _NOTE_ROLES or _classes(anc) & {"footnotes", "endnotes"}
                ):
                    self.skip.add(anc)

    def note_text(self, el: etree._Element) -> str:
        inner = TextBuilder()
        self._walk(el, inner, in_note=True)
        text, _ = inner.finish([])
        text = " ".join(text.split())
        # a leading printed number ("1. ", "[1]") belongs to the list, not the note
        return re.sub(r"^(?:\[\d{1,4}\]|\d{1,4}[.)])\s+", "", text)

    def _walk(self, el: etree._Element, out: TextBuilder, *, in_note: bool = False) -> None:
        if not isinstance(el.tag, str):
            return
        tag = el.tag.lower()
        if tag in _DROP or _is_hidden(el) or _role(el) in _CHROME_ROLES:
            return
        if el in self.skip and not in_note:
            return
        if tag == "a" and in_note and _is_backlink(el):
            return
        if tag == "a" and el in self.ref_number and not in_note:
            out.marker(self.ref_number[el])
            return
        if tag == "sup" and len(el) == 1 and el[0] in self.ref_number and not in_note:
            out.marker(self.ref_number[el[0]])
            return
        if (
            not in_note
            and (_role(el) == "doc-footnote" or "footnote" in _classes(el))
            and tag in {"span", "aside", "small", "div"}
        ):
            number = len(self.inline_notes) + len(self.notes) + 1
            self.inline_notes.append((number, self.note_text(el)))
            out.marker(number)
            return
        if tag == "br":
            out.line_break()
            return
        block = tag in _BLOCKS
        if block:
            out.end_block()
        if el.text:
            out.write(el.text)
        for child in el:
            self._walk(child, out, in_note=in_note)
            if child.tail:
                out.write(child.tail)
        if block:
            out.end_block()

    def read(self, data: bytes) -> tuple[str, tuple[ReadNote, ...]]:
        root = _main_root(self.doc)
        outside = None
        if root is None:
            page_body = self.doc.find("body")
            root = page_body if page_body is not None else self.doc
            outside = _main_text_filter(data)
        self.find_notes(self.doc)

        def drop(block: str) -> bool:
            # a block that is wholly chrome (a donation banner inside <main>) is left out, and
            # on a page that marks no main text, a block the main-text extractor leaves out
            return is_chrome(block) or (outside is not None and outside(block))

        body = TextBuilder(drop_block=drop)
        self._walk(root, body)
        notes = [(n, self.note_text(el)) for el, n in self.notes.items()]
        notes.extend(self.inline_notes)
        notes.sort(key=lambda p: p[0])
        return body.finish(notes)


def read_html(data: bytes, path: str) -> ReadDocument:
    """The main text of an HTML page, with its notes."""
    try:
        data.decode("utf-8")
        parser = lxml.html.HTMLParser(encoding="utf-8")
    except UnicodeDecodeError:
        parser = lxml.html.HTMLParser()  # the page's own charset declaration, if any
    try:
        doc = lxml.html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise FormatError(f"{path}: not readable as HTML ({exc})") from exc
    text, read = _Reader(doc).read(data)
    return ReadDocument(Format.HTML, text, sha256_of(data), read)
