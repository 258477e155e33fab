"""Format readers on small inputs, format detection, and bad input refused in one line."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import Cli

from claims.extract.formats import Format, FormatError, extract_read, read_bytes
from claims.extract.formats.base import TextBuilder

NOTE = 'Jane Smith, "A Title," Reuters, May 1, 2016, http://example.org/a.'


def test_markdown_footnotes_by_label() -> None:
    md = f"# Head\n\nIt is *so*.[^7] More\ntext here.[^b]\n\n[^7]: {NOTE}\n[^b]: Ibid.\n"
    read = read_bytes(md.encode(), "doc.md")
    assert read.format is Format.MARKDOWN
    assert read.notes is not None
    assert [n.number for n in read.notes] == [7, 2]
    assert read.text[read.notes[0].start : read.notes[0].end] == NOTE
    extraction = extract_read(read)
    assert [c.quote for c in extraction.claims] == ["It is so.", "More text here."]


def test_html_markers_inline_notes_and_chrome() -> None:
    page = f"""<!doctype html><html><body><a href="#m">Skip to main content</a>
    <nav>Home | News</nav><main id="m"><div>Donate Now</div>
    <p>Facebook is open.<sup><a href="#fn1">1</a></sup> It grew.<a role="doc-noteref"
    href="#fn2">[2]</a></p><p>Inline too.<span class="footnote">{NOTE}</span></p></main>
    <ol class="footnotes"><li id="fn1">{NOTE} <a href="#r" class="footnote-back">↩</a></li>
    <li id="fn2"><p>Ibid.</p></li></ol><footer>© 2016</footer></body></html>"""
    read = read_bytes(page.encode(), "page.html")
    assert read.format is Format.HTML
    assert read.text.startswith("Facebook is open.[1] It grew.[2]\n\nInline too.[3]")
    assert "Skip" not in read.text
    assert "Donate" not in read.text
    assert "©" not in read.text
    extraction = extract_read(read)
    assert [c.quote for c in extraction.claims] == ["Facebook is open.", "It grew.", "Inline too."]
    assert [f.text for f in extraction.footnotes] == [NOTE, "Ibid.", NOTE]


def _docx(body: str, footnotes: str) -> bytes:
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", f"<w:document {w}><w:body>{body}</w:body></w:document>")
        z.writestr("word/footnotes.xml", f"<w:footnotes {w}>{footnotes}</w:footnotes>")
    return buf.getvalue()


def test_docx_footnote_parts() -> None:
    data = _docx(
        '<w:p><w:r><w:t xml:space="preserve">It is open.</w:t></w:r>'
        '<w:r><w:footnoteReference w:id="5"/></w:r><w:r><w:t xml:space="preserve"> Then'
        "</w:t></w:r><w:r><w:delText>gone</w:delText><w:t> more.</w:t></w:r></w:p>",
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p>'
        '</w:footnote><w:footnote w:id="5"><w:p><w:r><w:footnoteRef/></w:r>'
        f'<w:r><w:t xml:space="preserve"> {NOTE}</w:t></w:r></w:p></w:footnote>',
    )
    read = read_bytes(data, "doc.docx")
    assert read.format is Format.DOCX
    assert read.text == f"It is open.[1] Then more.\n\nNotes\n\n1. {NOTE}"
    assert [c.quote for c in extract_read(read).claims] == ["It is open."]


@pytest.mark.parametrize(
    ("data", "name", "message"),
    [
        (b"", "a.txt", "a.txt: the file is empty"),
        (b"  \n\n", "a.md", "a.md: the file is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a.png", "a.png: a binary file in no format"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "a.docx", "a.docx: an encrypted"),
        (b"PK\x03\x04broken", "a.docx", "a.docx: a damaged zip archive"),
        (b"just words", "a.pdf", "a.pdf: not a pdf file (its content is text)"),
        (b"caf\xe9", "a.txt", "a.txt: not UTF-8 text (byte 3)"),
        (b"<html><body><nav>Home</nav></body></html>", "a.html", "a.html: no text found"),
    ],
)
def test_bad_input_is_refused(data: bytes, name: str, message: str) -> None:
    with pytest.raises(FormatError) as err:
        read_bytes(data, name)
    assert err.value.message.startswith(message)


def test_a_zip_that_is_not_word() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hi")
    with pytest.raises(FormatError, match="a zip archive, not a Word"):
        read_bytes(buf.getvalue(), "x.docx")


def test_detection_by_content_then_extension() -> None:
    assert read_bytes(b"<!DOCTYPE html><p>Hi.</p>", "page").format is Format.HTML
    assert read_bytes(b"Hi.[^1]\n\n[^1]: Note.\n", "notes").format is Format.MARKDOWN
    assert read_bytes(b"<p>Hi.</p>", "page.txt").format is Format.TEXT
    assert read_bytes(b"Hi.", "page.txt", Format.MARKDOWN).format is Format.MARKDOWN


@given(
    st.lists(st.tuples(st.text(min_size=0, max_size=30), st.booleans()), min_size=1, max_size=12)
)
def test_builder_offsets_point_at_markers_and_notes(pieces: list[tuple[str, bool]]) -> None:
    builder = TextBuilder()
    notes = []
    for i, (text, marker) in enumerate(pieces, start=1):
        builder.write(text)
        if marker:
            builder.marker(i)
            notes.append((i, f"Note {i}."))
        if i % 3 == 0:
            builder.end_block()
    text, read = builder.finish(notes)
    for note in read:
        assert text[note.start : note.end] == f"Note {note.number}."
        assert note.marker_start is not None
        assert text[note.marker_start : note.marker_end] == f"[{note.number}]"


def test_cli_refuses_bad_input_and_saves_nothing(sqlite_cli: Cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty.md"
    empty.write_bytes(b"")
    result = sqlite_cli("extract", str(empty), "--save", "--key", "e")
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: {empty}: the file is empty"
    assert sqlite_cli("list", "--json").stdout.strip() in {"[]", ""}


def test_cli_format_option_and_json(sqlite_cli: Cli, tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text(f"It is open.[^1]\n\n[^1]: {NOTE}\n", encoding="utf-8")
    result = sqlite_cli("extract", str(doc), "--format", "markdown", "--json")
    assert result.exit_code == 0, result.stderr
    assert '"format": "markdown"' in result.stdout
    assert '"layout": "numbered"' in result.stdout


def test_save_keeps_the_file_sha256(cli: Cli, tmp_path: Path, database: object) -> None:
    import hashlib

    from sqlalchemy import select

    from claims.db import Database
    from claims.models import Document

    data = _docx(
        '<w:p><w:r><w:t>It is open.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>',
        f'<w:footnote w:id="1"><w:p><w:r><w:t>{NOTE}</w:t></w:r></w:p></w:footnote>',
    )
    doc = tmp_path / "doc.docx"
    doc.write_bytes(data)
    result = cli("extract", str(doc), "--save", "--key", "worddoc")
    assert result.exit_code == 0, result.stderr
    assert isinstance(database, Database)
    with database.session() as s:
        stored = s.scalars(select(Document).where(Document.key == "worddoc")).one()
        assert stored.file_sha256 == hashlib.sha256(data).hexdigest()
        assert stored.text.startswith("It is open.[1]")
    again = cli("extract", str(doc), "--save", "--key", "worddoc")
    assert "nothing changed" in again.stderr
