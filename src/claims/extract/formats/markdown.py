"""Markdown with ``[^1]`` footnotes, read by markdown-it-py and its footnote plugin."""

from __future__ import annotations

from collections.abc import Sequence

from markdown_it import MarkdownIt
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

from claims.extract.formats.base import Format, ReadDocument, TextBuilder, sha256_of

# blocks whose inline content is a block of text of its own
_BLOCK_OPEN = {"paragraph_open", "heading_open", "list_item_open", "blockquote_open"}
_BLOCK_CLOSE = {"paragraph_close", "heading_close", "list_item_close", "blockquote_close"}


def _number(token: Token) -> int:
    """The note's number as its label prints it (``[^26]`` is 26), else its order."""
    label = str(token.meta.get("label", ""))
    return int(label) if label.isdigit() else int(token.meta["id"]) + 1


def _inline(builder: TextBuilder, children: Sequence[Token], numbers: dict[int, int]) -> None:
    for child in children:
        if child.type in {"text", "code_inline"}:
            builder.write(child.content)
        elif child.type == "softbreak":
            builder.write(" ")
        elif child.type == "hardbreak":
            builder.line_break()
        elif child.type == "footnote_ref":
            builder.marker(numbers[int(child.meta["id"])])
        elif child.type == "image":
            builder.write(child.content)  # its alt text
        elif child.children:
            _inline(builder, child.children, numbers)


def _note_text(tokens: Sequence[Token]) -> str:
    inner = TextBuilder()
    for token in tokens:
        if token.type == "inline" and token.children:
            _inline(inner, [c for c in token.children if c.type != "footnote_anchor"], {})
            inner.write(" ")
    text, _ = inner.finish([])
    return text


def read_markdown(data: bytes, text: str) -> ReadDocument:
    """The rendered text of a Markdown file, with its footnotes by number."""
    md = MarkdownIt("commonmark").use(footnote_plugin)
    tokens = md.parse(text)
    numbers: dict[int, int] = {}  # the plugin's note id → printed number
    for token in tokens:
        if token.type == "footnote_open":
            numbers[int(token.meta["id"])] = _number(token)
    builder = TextBuilder()
    notes: list[tuple[int, str]] = []
    note_tokens: list[Token] | None = None
    note_number = 0
    for token in tokens:
        if token.type == "footnote_open":
            note_tokens, note_number = [], numbers[int(token.meta["id"])]
        elif token.type == "footnote_close" and note_tokens is not None:
            notes.append((note_number, _note_text(note_tokens)))
            note_tokens = None
        elif note_tokens is not None:
            note_tokens.append(token)
        elif token.type in _BLOCK_OPEN or token.type in _BLOCK_CLOSE:
            builder.end_block()
        elif token.type == "inline" and token.children is not None:
            _inline(builder, token.children, numbers)
        elif token.type in {"fence", "code_block"}:
            builder.end_block()
            builder.write(token.content)
            builder.end_block()
    body, read = builder.finish(notes)
    return ReadDocument(Format.MARKDOWN, body, sha256_of(data), read)
