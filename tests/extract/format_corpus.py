"""Real documents made into Markdown, HTML, Word and PDF files with real footnotes.

The footnotes of each plain-text document are known from its hand-made index (the letter's
from its curated dataset, which extraction matches exactly); each document is written as
Markdown with ``[^n]`` footnotes, and pandoc and LibreOffice make the other formats from it.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from tests.conftest import REPO_ROOT, SHARED_DIR

from claims.extract import extract_document
from claims.extract.footnotes import FoundFootnote
from claims.extract.sentences import soft_break

DEV_DOCUMENTS = SHARED_DIR / "citations-dev" / "documents"
CORPUS = SHARED_DIR / "citations-dev" / "citations.jsonl"
LETTER = REPO_ROOT / "data" / "hrw-2016-07-18-facebook-china" / "letter.txt"
# documents whose markers a plain search finds: [n] and superscript digits after the words
DOCUMENTS = {
    "whitehouse-deese-competition-agenda-remarks": "[{n}]",
    "fordfoundation-roads-and-bridges-history": "[{n}]",
    "lessig-free-culture-mere-copyists": "{sup}",
}
# documents whose markers only the extractor finds ("apps.1", "(n)" that also numbers recitals):
# their notes are the plain text's extraction, checked against the hand-made index
FOUND_BY_EXTRACTION = (
    "usdoj-mueller-report-vol2-campaign-response",
    "gdhrnet-power-of-app-stores",
    "eu-gdpr-2016-679-nl",
)
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
_MD_PUNCT = re.compile(r"([!\"#$%&'()*+,\-./:;<=>?@\[\\\]^_`{|}~])")


@dataclass(frozen=True)
class KnownDocument:
    name: str
    text: str  # the plain text as shipped
    notes: tuple[FoundFootnote, ...]  # offsets into ``text``
    body_end: int  # where the body ends (the endnotes begin); the text's end for inline notes
    inline: bool  # notes printed inline (the letter) rather than as endnotes
    drops: tuple[tuple[int, int], ...] = ()  # notes printed inside the body, left out of it


def _corpus_lines() -> list[dict[str, object]]:
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]


def known(name: str) -> KnownDocument:
    if name == "letter":
        text = LETTER.read_text(encoding="utf-8")
        extraction = extract_document(text)
        notes = tuple(
            FoundFootnote(f.number, f.start, f.end, anchor_end=f.start)
            for f in extraction.footnotes
        )
        return KnownDocument(name, text, notes, len(text), inline=True)
    text = (DEV_DOCUMENTS / f"{name}.txt").read_text(encoding="utf-8")
    index = json.loads((DEV_DOCUMENTS / f"{name}.json").read_text(encoding="utf-8"))
    lines = _corpus_lines()
    # the notes: each footnote's printed text, found in order from the end of the body
    texts: list[tuple[int, str]] = []
    for entry in index["footnotes"]:
        if entry["citation_lines"]:
            footnote = lines[entry["citation_lines"][0] - 1]["footnote"]
            assert isinstance(footnote, str)
            texts.append((int(entry["number"]), footnote))
    first = text.find(texts[0][1])
    body_end = text.rfind("\n", 0, first) + 1
    heading = text.rfind("\nNotes\n", 0, body_end)
    if heading != -1 and text[heading:body_end].strip() == "Notes":
        body_end = heading + 1
    if name in FOUND_BY_EXTRACTION:
        return _found_by_extraction(name, text, texts, body_end)
    pattern = DOCUMENTS[name]
    notes: list[FoundFootnote] = []
    pos, note_pos = 0, body_end
    for number, footnote in texts:
        start = text.find(footnote, note_pos)
        assert start != -1, (name, number)
        note_pos = start + len(footnote)
        marker = pattern.format(n=number, sup=str(number).translate(_SUPERSCRIPT))
        at = text.find(marker, pos, body_end)
        assert at != -1, (name, number, marker)
        pos = at + len(marker)
        notes.append(FoundFootnote(number, start, note_pos, at, marker_start=at, marker_end=pos))
    return KnownDocument(name, text, tuple(notes), body_end, inline=False)


def _found_by_extraction(
    name: str, text: str, texts: list[tuple[int, str]], body_end: int
) -> KnownDocument:
    extraction = extract_document(text)
    printed = dict(texts)
    notes: list[FoundFootnote] = []
    drops: list[tuple[int, int]] = []
    previous = 0
    for f in extraction.footnotes:
        if f.number in printed:  # the index has the note's text for notes that cite something
            assert _flat(f.text) == _flat(printed[f.number]), (name, f.number)
        start, end = f.marker_start, f.marker_end
        if start is None or end is None:
            # a marker the plain text hides from the extractor ("videos. 22", "Raad (4)
            # heeft"): the layout notes say how it is printed, and the other formats carry
            # it as a real note
            marker = re.compile(rf"(?<=\S )(\({f.number}\)|{f.number})(?=\s)")
            found = marker.search(text, previous)
            assert found is not None, (name, f.number)
            assert found.start() < f.start, (name, f.number)
            start, end = found.start(), found.end()
        previous = end
        notes.append(FoundFootnote(f.number, f.start, f.end, start, start, end))
    if any(n.anchor_end > notes[0].start for n in notes):
        # notes printed inside the body (at the page foot, after their paragraph): left out
        body_end = len(text)
        for n in notes:
            line = text.rfind("\n", 0, n.start) + 1
            drops.append((line, min(n.end + 1, len(text))))
    assert {n.number for n in notes} >= set(printed), name
    return KnownDocument(name, text, tuple(notes), body_end, inline=False, drops=tuple(drops))


def _flat(text: str) -> str:
    return " ".join(text.split())


def _cuts(doc: KnownDocument) -> list[tuple[int, int, int | None]]:
    """(start, end, note number) of what a note marker replaces, or None for text left out."""
    cuts: list[tuple[int, int, int | None]] = [(a, b, None) for a, b in doc.drops]
    for note in doc.notes:
        if doc.inline:
            cuts.append((note.start, note.end, note.number))
        else:
            assert note.marker_start is not None
            assert note.marker_end is not None
            cuts.append((note.marker_start, note.marker_end, note.number))
    return sorted(cuts, key=lambda cut: cut[0])


def _paragraphs(body: str) -> list[str]:
    """Each line a paragraph, but for lines a PDF's conversion wrapped inside a sentence."""
    soft = [i for i, ch in enumerate(body) if ch == "\n" and soft_break(body, i)]
    joined = list(body)
    for i in soft:
        joined[i] = " "
    lines = [line.strip() for line in "".join(joined).split("\n")]
    return [line for line in lines if line]


def _escape(text: str) -> str:
    return _MD_PUNCT.sub(r"\\\1", text)


def to_markdown(doc: KnownDocument) -> str:
    """The document as Markdown: each line a paragraph, each note a ``[^n]`` footnote."""
    out: list[str] = []
    pos = 0
    for start, end, number in _cuts(doc):
        out.append(_escape(doc.text[pos:start]))
        if number is not None:
            out.append(f"[^{number}]")
        pos = end
    out.append(_escape(doc.text[pos : doc.body_end]))
    paragraphs = _paragraphs("".join(out))
    definitions = [
        f"[^{n.number}]: " + _escape(" ".join(doc.text[n.start : n.end].split())) for n in doc.notes
    ]
    return "\n\n".join(paragraphs) + "\n\n" + "\n\n".join(definitions) + "\n"


# the chrome a saved web page wraps around its text
PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title>
<style>body {{ font-family: serif; }}</style><script>var tracking = 1;</script></head>
<body>
<a class="skip-link" href="#main-content">Skip to main content</a>
<header role="banner"><nav aria-label="Main"><ul><li><a href="/">Home</a></li>
<li><a href="/news">News</a></li><li><a href="/donate">Donate Now</a></li></ul></nav>
<form role="search"><input name="q" placeholder="Search"><button>Search</button></form></header>
<main id="main-content">
<div class="donate-banner">Your tax deductible gift can help stop human rights violations.</div>
{body}
</main>
<aside class="related"><h2>Related content</h2>
<ul><li><a href="/x">Another page</a></li></ul></aside>
<footer role="contentinfo"><p>© 2016 Publisher</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


# the same chrome as a page of bare <div>s that marks nothing as main, navigation or footer
DIV_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title}</title></head>
<body>
<div class="top"><div class="menu"><a href="/">Home</a> | <a href="/news">News</a> |
<a href="/reports">Reports</a> | <a href="/about">About us</a> | <a href="/donate">Donate</a></div>
<div class="cookie">We use cookies to improve your experience on our website. By browsing you
agree to our use of cookies.</div></div>
<div class="wrap"><div class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Ten things to
know about the new rules for platforms</a></li><li><a href="/b">Our annual report for the year
is out now</a></li><li><a href="/c">Join our newsletter for weekly updates</a></li></ul></div>
<div class="content">
{body}
</div></div>
<div class="bottom"><p>Copyright 2016 Publisher. All rights reserved.</p>
<p><a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p></div>
</body></html>
"""


def to_html(markdown: Path, out: Path, page: str = PAGE) -> None:
    """pandoc's HTML of the Markdown, inside a page with navigation, banners and a footer."""
    fragment = subprocess.run(
        ["pandoc", "-f", "markdown-smart", "-t", "html5", str(markdown)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    out.write_text(page.format(title=markdown.stem, body=fragment), encoding="utf-8")


def to_docx(markdown: Path, out: Path) -> None:
    subprocess.run(
        ["pandoc", "-f", "markdown-smart", "-o", str(out), str(markdown)],
        check=True,
        capture_output=True,
    )


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_pdf(docx: Path, out_dir: Path) -> Path:
    """LibreOffice prints the Word file: footnotes at the foot of each page."""
    return convert(docx, out_dir, "pdf")


def to_pdfs(docx: list[Path], out_dir: Path) -> list[Path]:
    """Several Word files printed by one LibreOffice (it takes seconds to start)."""
    return convert_all(docx, out_dir, "pdf")


def convert(source: Path, out_dir: Path, fmt: str) -> Path:
    """LibreOffice converts ``source`` (Word, flat ODF) to ``fmt`` (pdf, docx)."""
    return convert_all([source], out_dir, fmt)[0]


def convert_all(sources: list[Path], out_dir: Path, fmt: str) -> list[Path]:
    program = soffice()
    assert program is not None
    profile = out_dir / "lo-profile"
    subprocess.run(
        [
            program,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            fmt,
            "--outdir",
            str(out_dir),
            *map(str, sources),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    return [out_dir / (source.stem + "." + fmt) for source in sources]


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
 <text:notes-configuration text:note-class="endnote" style:num-format="1" text:start-value="0"/>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm"
  fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm"
  fo:margin-right="2.5cm"/><style:header-style><style:header-footer-properties
  fo:min-height="0.8cm" fo:margin-bottom="0.5cm"/></style:header-style><style:footer-style>
  <style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.5cm"/>
  </style:footer-style></style:page-layout>
</office:automatic-styles>
<office:master-styles>
 <style:master-page style:name="Standard" style:page-layout-name="pm1">
  <style:header><text:p>{head}</text:p></style:header>
  <style:footer><text:p><text:page-number text:select-page="current"/></text:p></style:footer>
 </style:master-page>
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
"""


def to_fodt(doc: KnownDocument, head: str, note_class: str = "footnote") -> str:
    """The document as LibreOffice's flat XML, with a running head, page numbers in the
    footer and real notes (``note_class`` "footnote" or "endnote"), for a PDF that prints all
    three, or a Word file with real footnote or endnote parts."""
    from xml.sax.saxutils import escape

    notes = {n.number: " ".join(doc.text[n.start : n.end].split()) for n in doc.notes}
    out: list[str] = []
    pos = 0
    for start, end, number in _cuts(doc):
        out.append(escape(doc.text[pos:start]))
        if number is None:
            pos = end
            continue
        out.append(
            f'<text:note text:note-class="{note_class}"><text:note-citation>{number}'
            f"</text:note-citation><text:note-body><text:p>{escape(notes[number])}</text:p>"
            "</text:note-body></text:note>"
        )
        pos = end
    out.append(escape(doc.text[pos : doc.body_end]))
    paragraphs = [f"<text:p>{line}</text:p>" for line in _paragraphs("".join(out))]
    return FODT.format(head=escape(head), body="\n".join(paragraphs))
