"""Word ``.docx``: the document's paragraphs and its footnote and endnote parts (zip + lxml)."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from claims.extract.formats.base import Format, FormatError, ReadDocument, TextBuilder, sha256_of

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_NS = {"w": _W}
MAX_PART_BYTES = 200 * 1024 * 1024  # a zip bomb stops here, not in memory


def _q(name: str) -> str:
    return f"{{{_W}}}{name}"


_P, _T, _TAB, _BR, _CR = _q("p"), _q("t"), _q("tab"), _q("br"), _q("cr")
_FOOTREF, _ENDREF = _q("footnoteReference"), _q("endnoteReference")
_NOBREAK_HYPHEN, _SYM = _q("noBreakHyphen"), _q("sym")
_SKIP = {_q("instrText"), _q("delText"), _q("footnoteRef"), _q("endnoteRef"), _q("del")}
_ID = _q("id")


def _part(archive: zipfile.ZipFile, name: str, path: str) -> etree._Element | None:
    try:
        info = archive.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        raise FormatError(f"{path}: {name} is larger than {MAX_PART_BYTES // 2**20} MiB")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        return etree.fromstring(archive.read(name), parser=parser)
    except etree.XMLSyntaxError as exc:
        raise FormatError(f"{path}: {name} is not well-formed XML ({exc})") from exc


class _Paragraphs:
    """Writes paragraphs into a builder, numbering note references in the order they occur."""

    def __init__(self, builder: TextBuilder) -> None:
        self.builder = builder
        self.refs: list[tuple[str, str]] = []  # (kind, note id) in order of first reference
        self.numbers: dict[tuple[str, str], int] = {}

    def paragraph(self, p: etree._Element) -> None:
        self.builder.end_block()
        for el in p.iter():
            if el.tag in _SKIP or any(a.tag in _SKIP for a in el.iterancestors()):
                continue
            if el.tag == _T:
                self.builder.write(el.text or "")
            elif el.tag == _TAB:
                self.builder.write(" ")
            elif el.tag in {_BR, _CR}:
                self.builder.line_break()
            elif el.tag == _NOBREAK_HYPHEN:
                self.builder.write("-")
            elif el.tag == _SYM:
                char = el.get(_q("char"))
                if char:
                    self.builder.write(chr(int(char, 16)))
            elif el.tag in {_FOOTREF, _ENDREF}:
                kind = "footnote" if el.tag == _FOOTREF else "endnote"
                key = (kind, str(el.get(_ID)))
                if key not in self.numbers:
                    self.refs.append(key)
                    self.numbers[key] = len(self.refs)
                self.builder.marker(self.numbers[key])
        self.builder.end_block()


def _notes(root: etree._Element | None, kind: str) -> dict[tuple[str, str], str]:
    out: dict[tuple[str, str], str] = {}
    if root is None:
        return out
    for note in root.iterfind(f"w:{kind}", _NS):
        if note.get(_q("type")) in {"separator", "continuationSeparator", "continuationNotice"}:
            continue
        inner = TextBuilder()
        writer = _Paragraphs(inner)
        for p in note.iter(_P):
            writer.paragraph(p)
        text, _ = inner.finish([])
        out[(kind, str(note.get(_ID)))] = " ".join(text.split())
    return out


def read_docx(data: bytes, path: str) -> ReadDocument:
    """The paragraphs of a Word file with its footnotes and endnotes, numbered as Word
    prints them: in the order of their references (footnotes and endnotes in one series)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise FormatError(f"{path}: not a Word .docx file (not a zip archive)") from exc
    with archive:
        document = _part(archive, "word/document.xml", path)
        if document is None:
            raise FormatError(f"{path}: not a Word .docx file (no word/document.xml)")
        footnotes = _notes(_part(archive, "word/footnotes.xml", path), "footnote")
        endnotes = _notes(_part(archive, "word/endnotes.xml", path), "endnote")
    builder = TextBuilder()
    writer = _Paragraphs(builder)
    body = document.find("w:body", _NS)
    for p in (body if body is not None else document).iter(_P):
        if any(a.tag == _P for a in p.iterancestors()):
            continue  # a paragraph inside a text box is read with its own paragraph
        writer.paragraph(p)
    texts = footnotes | endnotes
    notes = [(writer.numbers[key], texts.get(key, "")) for key in writer.refs]
    text, read = builder.finish(notes)
    return ReadDocument(Format.DOCX, text, sha256_of(data), read)
