"""The same real documents as text, Markdown, HTML, Word and PDF give the same footnotes,
citations (field for field) and claims anchored to the same words."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import pytest
from tests.extract.format_corpus import (
    DIV_PAGE,
    DOCUMENTS,
    FOUND_BY_EXTRACTION,
    KnownDocument,
    convert,
    known,
    soffice,
    to_docx,
    to_fodt,
    to_html,
    to_markdown,
    to_pdf,
    to_pdfs,
)

from claims.extract import Extraction, extract_document
from claims.extract.formats import Format, extract_read, read_document

NAMES = ["letter", *DOCUMENTS, *FOUND_BY_EXTRACTION]
needs_pandoc = pytest.mark.skipif(shutil.which("pandoc") is None, reason="needs pandoc")


@pytest.fixture(scope="session")
def made(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every document in every format, made once (pandoc, then LibreOffice for the PDFs)."""
    out = tmp_path_factory.mktemp("formats")
    for name in NAMES:
        markdown = out / f"{name}.md"
        markdown.write_text(to_markdown(known(name)), encoding="utf-8")
        if shutil.which("pandoc"):
            to_html(markdown, out / f"{name}.html")
            to_docx(markdown, out / f"{name}.docx")
    if shutil.which("pandoc") and soffice():
        to_pdfs([out / f"{name}.docx" for name in NAMES], out)
    return out


def _plain(doc: KnownDocument) -> Extraction:
    if doc.inline:
        return extract_document(doc.text)  # the letter: extraction finds all 13 notes itself
    return extract_document(doc.text, notes=doc.notes)


def _flat(text: str | None) -> str:
    return " ".join((text or "").split())


def _view(extraction: Extraction) -> dict[str, list[Any]]:
    """What must agree across formats. Numbers count from the first note: Word, HTML and PDF
    number notes from 1 where an excerpt's text starts at 10 or 26."""
    first = extraction.footnotes[0].number if extraction.footnotes else 0
    return {
        "footnotes": [
            (
                f.number - first,
                _flat(f.text),
                [
                    (
                        c.position,
                        _flat(c.raw),
                        c.source.key,
                        c.source.kind,
                        c.source.title,
                        c.source.container,
                        c.source.publisher,
                        c.source.authors,
                        c.source.issued,
                        c.source.url,
                        c.source.accessed,
                        c.pinpoint,
                        c.flags,
                    )
                    for c in f.citations
                ],
            )
            for f in extraction.footnotes
        ],
        "claims": [(c.footnote - first, _flat(c.quote), c.source_keys) for c in extraction.claims],
    }


def _assert_as_the_text(got: Extraction, doc: KnownDocument) -> None:
    """The same footnotes, citations and claims as the plain text; where the plain text hides
    a marker from the extractor, the structured format anchors that note's claim as well."""
    want, have = _view(_plain(doc)), _view(got)
    assert have["footnotes"] == want["footnotes"]
    for i, (a, b) in enumerate(zip(have["claims"], want["claims"], strict=False)):
        assert a == b, (doc.name, i)
    assert len(have["claims"]) == len(want["claims"])


@pytest.mark.parametrize("name", NAMES)
def test_markdown_gives_what_the_text_gives(made: Path, name: str) -> None:
    read = read_document(made / f"{name}.md")
    assert read.format is Format.MARKDOWN
    _assert_as_the_text(extract_read(read), known(name))


@needs_pandoc
@pytest.mark.external_tool
@pytest.mark.parametrize("fmt", [Format.HTML, Format.DOCX])
@pytest.mark.parametrize("name", NAMES)
def test_html_and_word_give_what_the_text_gives(made: Path, name: str, fmt: Format) -> None:
    read = read_document(made / f"{name}.{fmt.value}")
    assert read.format is fmt
    got = extract_read(read)
    assert len(got.footnotes) == len(known(name).notes)
    _assert_as_the_text(got, known(name))
    for claim in got.claims:  # anchored in the stored text, which is what a reader reads
        assert read.text[claim.start : claim.end] == claim.quote


@needs_pandoc
@pytest.mark.external_tool
def test_html_leaves_the_page_chrome_out(made: Path) -> None:
    text = read_document(made / "letter.html").text
    assert text.startswith("Dear Mr. Zuckerberg:")
    for chrome in ("Skip to main content", "Donate Now", "tax deductible", "Privacy policy"):
        assert chrome not in text
    assert "Related content" not in text
    assert "tracking" not in text


@needs_pandoc
@pytest.mark.external_tool
@pytest.mark.skipif(soffice() is None, reason="needs LibreOffice")
@pytest.mark.parametrize("name", NAMES)
def test_pdf_gives_what_the_text_gives(made: Path, name: str) -> None:
    read = read_document(made / f"{name}.pdf")
    assert read.format is Format.PDF
    got = extract_read(read)
    assert len(got.footnotes) == len(known(name).notes)
    _assert_as_the_text(got, known(name))


def _png(width: int = 64, height: int = 32) -> bytes:
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x80\x20\x20" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@needs_pandoc
@pytest.mark.external_tool
@pytest.mark.skipif(soffice() is None, reason="needs LibreOffice")
def test_encrypted_and_image_only_pdfs_are_refused(tmp_path: Path, cli: Any) -> None:
    program = soffice()
    assert program is not None
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo'}"
    secret = tmp_path / "secret.txt"
    secret.write_text("Facebook is blocked in China.\n", encoding="utf-8")
    options = (
        'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},'
        '"DocumentOpenPassword":{"type":"string","value":"pw"}}'
    )
    subprocess.run(
        [program, profile, "--headless", "--convert-to", options, "--outdir", str(tmp_path),
         str(secret)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    (tmp_path / "scan.png").write_bytes(_png())
    (tmp_path / "scan.md").write_text("![](scan.png)\n", encoding="utf-8")
    subprocess.run(
        ["pandoc", "scan.md", "-o", "scan.docx"], cwd=tmp_path, check=True, capture_output=True
    )
    image_only = to_pdf(tmp_path / "scan.docx", tmp_path)
    for pdf, problem in [
        (tmp_path / "secret.pdf", "an encrypted PDF that needs a password"),
        (image_only, "a PDF without a text layer"),
    ]:
        result = cli("extract", str(pdf), "--save", "--key", "bad")
        assert result.exit_code == 2
        assert result.stderr.splitlines()[0] == f"error: {pdf}: {problem}" + (
            " (scanned images?)" if "layer" in problem else ""
        )
    assert cli("list", "--json").stdout.strip() in {"[]", ""}


RUNNING_HEAD = "Claims Test Edition — Running Head"


@pytest.mark.external_tool
@pytest.mark.skipif(soffice() is None, reason="needs LibreOffice")
@pytest.mark.parametrize("name", ["letter", "lessig-free-culture-mere-copyists"])
def test_pdf_running_heads_and_page_numbers_are_left_out(tmp_path: Path, name: str) -> None:
    """LibreOffice prints a running head and a page number on every page, and paragraphs
    with no spacing between them; the text and notes still read as the plain text's."""
    source = tmp_path / f"{name}.fodt"
    source.write_text(to_fodt(known(name), RUNNING_HEAD), encoding="utf-8")
    read = read_document(to_pdf(source, tmp_path))
    assert RUNNING_HEAD not in read.text
    assert not [line for line in read.text.splitlines() if line.strip().isdigit()]
    got = extract_read(read)
    assert len(got.footnotes) == len(known(name).notes)
    _assert_as_the_text(got, known(name))


@pytest.mark.external_tool
@pytest.mark.skipif(soffice() is None, reason="needs LibreOffice")
@pytest.mark.parametrize("name", ["whitehouse-deese-competition-agenda-remarks", "letter"])
def test_endnotes_in_word_and_pdf_give_what_the_text_gives(tmp_path: Path, name: str) -> None:
    """Real endnotes: LibreOffice writes them as Word's endnote part and prints them as an
    endnote section after the text; both read as the plain text's notes."""
    source = tmp_path / f"{name}.fodt"
    source.write_text(to_fodt(known(name), RUNNING_HEAD, note_class="endnote"), "utf-8")
    docx = convert(source, tmp_path, "docx")
    with zipfile.ZipFile(docx) as archive:  # the notes are Word endnotes, not footnotes
        assert b"<w:endnoteReference" in archive.read("word/document.xml")
        assert b"<w:footnoteReference" not in archive.read("word/document.xml")
    for path in (docx, convert(source, tmp_path, "pdf")):
        read = read_document(path)
        got = extract_read(read)
        assert len(got.footnotes) == len(known(name).notes), path.name
        _assert_as_the_text(got, known(name))


@needs_pandoc
@pytest.mark.external_tool
@pytest.mark.parametrize("name", NAMES)
def test_a_page_of_bare_divs_gives_what_the_text_gives(made: Path, name: str) -> None:
    """A page that marks nothing as main text or chrome: the main-text extractor finds the
    text, and the menu, cookie notice, sidebar and footer stay out."""
    page = made / f"{name}.divs.html"
    to_html(made / f"{name}.md", page, DIV_PAGE)
    read = read_document(page)
    for chrome in ("About us", "improve your experience", "Most read", "weekly", "All rights"):
        assert chrome not in read.text, (name, chrome)
    got = extract_read(read)
    assert len(got.footnotes) == len(known(name).notes)
    _assert_as_the_text(got, known(name))
