"""One field-aware LaTeX encoder for .bib values, and the decoder that reads them back.

Encoding rules (see docs/bib.md):
- verbatim fields (url, doi, urldate, date, …) are written as they are, except that the
  few characters that would unbalance a .bib value are percent-encoded in URLs;
- everywhere else ``\\ { } & % $ # _ ~ ^`` and the ligature-forming pairs are escaped, so
  no text from a source can open a group, start a command or enter math mode;
- Unicode is kept as it is (biblatex, biber) or written as LaTeX (BibTeX, or ``ascii``);
- titles brace-protect capitalised words and acronyms against case changes;
- organisations are written as one braced name: ``{Human Rights Watch}``.

The decoder turns LaTeX accents, symbols and quotes back into Unicode for import, one field
at a time (never a URL), and removes protective braces.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from claims.enums import ContributorRole
from claims.records import Contributor

# Fields whose values are machine-readable and must reach the reader byte for byte.
VERBATIM_FIELDS = frozenset({"url", "doi", "urldate", "date", "eprint", "file", "verba", "verbb"})
URL_FIELDS = frozenset({"url", "doi", "eprint", "file"})
NAME_FIELDS = frozenset({"author", "editor", "translator", "bookauthor", "holder"})
TITLE_FIELDS = frozenset({"title"})
ENCODE_CACHE = 1 << 12  # values and title words remembered (bounded: memory stays flat)

# Characters with a meaning in LaTeX or in .bib syntax, in every mode. Braces become
# text commands because BibTeX and biber count braces without regard to backslashes.
_ESCAPES = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "`": r"\textasciigrave{}",
    "<": r"\textless{}",
    ">": r"\textgreater{}",
    "|": r"\textbar{}",
    # bibtexparser starts a new entry at "@" before a brace or bracket, even inside a value
    # ("@{\`A}" for "@À"); braced, it is plain text to BibTeX, biber and bibtexparser alike
    "@": "{@}",
}

# Unicode punctuation and symbols written as LaTeX when ASCII output is asked for.
_ASCII_SYMBOLS = {
    "\u2018": "`",
    # not "'": that is also how a straight apostrophe is written, and would read back as one
    "\u2019": r"\textquoteright{}",
    "\u201c": "``",
    "\u201d": "''",
    "\u2013": "--",
    "\u2014": "---",
    "\u00a0": "~",
    "\u2009": r"\,",
    "\u2026": r"\ldots{}",
    "\u00ab": r"\guillemotleft{}",
    "\u00bb": r"\guillemotright{}",
    "\u2039": r"\guilsinglleft{}",
    "\u203a": r"\guilsinglright{}",
    "\u201e": r"\quotedblbase{}",
    "\u201a": r"\quotesinglbase{}",
    "\u20ac": r"\texteuro{}",
    "\u00a3": r"\pounds{}",
    "\u00a9": r"\textcopyright{}",
    "\u00ae": r"\textregistered{}",
    "\u2122": r"\texttrademark{}",
    "\u00b0": r"\textdegree{}",
    "\u00a7": r"\S{}",
    "\u00b6": r"\P{}",
    "\u2020": r"\dag{}",
    "\u2021": r"\ddag{}",
    "\u2022": r"\textbullet{}",
    "\u00a1": r"\textexclamdown{}",
    "\u00bf": r"\textquestiondown{}",
    "\u00d7": r"\texttimes{}",
    "\u00f7": r"\textdiv{}",
    "\u00b1": r"\textpm{}",
    "\u00a2": r"\textcent{}",
    "\u00a5": r"\textyen{}",
    "\u00b7": r"\textperiodcentered{}",
    "\u00bd": r"\textonehalf{}",
    "\u00bc": r"\textonequarter{}",
    "\u00be": r"\textthreequarters{}",
    "\u00b9": r"\textonesuperior{}",
    "\u00b2": r"\texttwosuperior{}",
    "\u00b3": r"\textthreesuperior{}",
    "\u00aa": r"\textordfeminine{}",
    "\u00ba": r"\textordmasculine{}",
    "\u00ac": r"\textlnot{}",
    "\u00a4": r"\textcurrency{}",
    "\u00a6": r"\textbrokenbar{}",
    "\u00a8": r"\textasciidieresis{}",
    "\u00af": r"\textasciimacron{}",
    "\u00b4": r"\textasciiacute{}",
    "\u00b5": r"\textmu{}",
    "\u00b8": r"\c{}",
    "\u00ad": r"\-",  # soft hyphen: a discretionary hyphen
    # letters with no decomposition
    "ß": r"{\ss}",
    "æ": r"{\ae}",
    "Æ": r"{\AE}",
    "œ": r"{\oe}",
    "Œ": r"{\OE}",
    "ø": r"{\o}",
    "Ø": r"{\O}",
    "ł": r"{\l}",
    "Ł": r"{\L}",
    "ı": r"{\i}",
    "ȷ": r"{\j}",
    "đ": r"{\dj}",
    "Đ": r"{\DJ}",
    "ð": r"{\dh}",
    "Ð": r"{\DH}",
    "þ": r"{\th}",
    "Þ": r"{\TH}",
    "ŋ": r"{\ng}",
    "Ŋ": r"{\NG}",
    "Ĳ": r"{\IJ}",
    "ĳ": r"{\ij}",
}

# Combining marks and the LaTeX accent commands that make them.
_ACCENTS = {
    "\u0300": "`",
    "\u0301": "'",
    "\u0302": "^",
    "\u0303": "~",
    "\u0304": "=",
    "\u0306": "u",
    "\u0307": ".",
    "\u0308": '"',
    "\u030a": "r",
    "\u030b": "H",
    "\u030c": "v",
    "\u0323": "d",
    "\u0327": "c",
    "\u0328": "k",
    "\u0331": "b",
    "\u0361": "t",
}
_ACCENT_MARKS = {cmd: mark for mark, cmd in _ACCENTS.items()}

# Pairs of characters that TeX fonts join into one glyph ("--" is an en dash).
_LIGATURE_PAIRS = frozenset({"--", "''", "``", ",,", "!`", "?`", "<<", ">>"})

_ASCII_SPACE = re.compile(r"[ \t\r\n\f\v]+")
_WORD_CORE = re.compile(r"[^\W_](?:.*[^\W_])?", re.DOTALL)


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # category Cc, less whitespace


def normalise_space(text: str) -> str:
    """Collapse runs of ASCII whitespace (not no-break spaces) and drop control characters."""
    # most text has nothing to change: printable excludes every control and \t\n\r\f\v
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text
    return _ASCII_SPACE.sub(" ", _CONTROL.sub(" ", text)).strip()


def _encode_char(c: str, *, ascii: bool) -> str:
    if c in _ESCAPES:
        return _ESCAPES[c]
    if c.isascii() or not ascii:
        return c
    if c in _ASCII_SYMBOLS:
        return _ASCII_SYMBOLS[c]
    decomposed = unicodedata.normalize("NFD", c)
    base, marks = decomposed[0], decomposed[1:]
    base_ok = base.isascii() or _ASCII_SYMBOLS.get(base, "").startswith("{\\")  # Ǣ: Æ + ¯
    if marks and base_ok and all(m in _ACCENTS for m in marks):
        out = _encode_char(base, ascii=True) if not base.isascii() else base
        for m in marks:
            cmd = _ACCENTS[m]
            out = f"\\{cmd}{out}" if not cmd.isalpha() else f"\\{cmd} {out}"
            out = "{" + out + "}"
        return out
    return c  # no LaTeX text form (CJK, Greek …): kept as UTF-8


def _join(pieces: Iterable[str]) -> str:
    out: list[str] = []
    for piece in pieces:
        if out and piece and (out[-1][-1] + piece[0]) in _LIGATURE_PAIRS:
            out.append("{}")
        out.append(piece)
    return "".join(out)


class _Table(dict[int, str]):
    """A ``str.translate`` table that works out (and remembers) each character's encoding."""

    def __init__(self, *, ascii: bool) -> None:
        super().__init__()
        self.ascii = ascii

    def __missing__(self, code: int) -> str:
        self[code] = _encode_char(chr(code), ascii=self.ascii)
        return self[code]


_TABLES = {False: _Table(ascii=False), True: _Table(ascii=True)}
_LIGATURE_SEEN = re.compile("|".join(re.escape(p) for p in sorted(_LIGATURE_PAIRS)))


# ASCII that needs no escape and forms no ligature: encoded as it is, in either mode
_ASCII_UNSAFE = re.compile(f"[{re.escape(''.join(_ESCAPES))}]|{_LIGATURE_SEEN.pattern}")


def _encode_plain(text: str, ascii: bool) -> str:
    if text.isascii() and _ASCII_UNSAFE.search(text) is None:
        return text  # what _encode_in_full gives it (the tests hold it to that)
    return _encode_in_full(text, ascii)


def _encode_in_full(text: str, ascii: bool) -> str:
    table = _TABLES[ascii]
    out = text.translate(table)
    if _LIGATURE_SEEN.search(out) is None:
        return out
    # a pair of glyphs that fonts join: only those the encoder meant (“ as ``) may stay
    return _join(table[ord(c)] for c in text)


def encode_text(text: str, *, ascii: bool = False) -> str:
    """Escape plain text for a .bib field; with ``ascii`` write non-ASCII as LaTeX."""
    return _encode_text(text, ascii)


@functools.lru_cache(maxsize=ENCODE_CACHE)  # names, outlets, publishers: the same again and again
def _encode_text(text: str, ascii: bool) -> str:
    return _encode_plain(unicodedata.normalize("NFC", normalise_space(text)), ascii)


def _protect(word: str, first: bool) -> bool:
    upper = [i for i, c in enumerate(word) if c.isupper()]
    if not upper:
        return False
    return not (first and upper == [0])


def encode_title(text: str, *, ascii: bool = False) -> str:
    """Encode a title, brace-protecting words with capitals (``{China}``, ``{WeChat}``).

    Title-case titles cannot tell a proper noun from a capitalised word, so every word
    with a capital is protected except a title's first word when only its initial is
    capital: styles keep that one anyway.
    """
    tokens = unicodedata.normalize("NFC", normalise_space(text)).split(" ")
    words = [_TITLE_WORDS[ascii][t] for t in tokens]
    words[0] = _title_word(tokens[0], True, ascii)
    return " ".join(words)


class _TitleWords(dict[str, str]):
    """Words of titles but their first, as encoded: a plain dict (looked up per word, a
    call of the lru_cache costs more than the lookup), emptied when full."""

    def __init__(self, *, ascii: bool) -> None:
        super().__init__()
        self.ascii = ascii

    def __missing__(self, token: str) -> str:
        if len(self) >= ENCODE_CACHE:
            self.clear()
        encoded = self[token] = _title_word(token, False, self.ascii)
        return encoded


_TITLE_WORDS = {False: _TitleWords(ascii=False), True: _TitleWords(ascii=True)}


@functools.lru_cache(maxsize=ENCODE_CACHE)  # titles are new, their words are not
def _title_word(token: str, first: bool, ascii: bool) -> str:
    m = _WORD_CORE.search(token)
    if m is None or not _protect(m.group(), first=first):
        return _encode_plain(token, ascii)
    # the braces and the spaces keep glyphs of neighbouring pieces apart
    return (
        _encode_plain(token[: m.start()], ascii)
        + "{"
        + _encode_plain(m.group(), ascii)
        + "}"
        + _encode_plain(token[m.end() :], ascii)
    )


def _percent(m: re.Match[str]) -> str:
    return "".join(f"%{b:02X}" for b in m.group().encode("utf-8"))


_URL_UNSAFE = re.compile(r"[{}\\\s\x00-\x1f\x7f-\x9f]")
_BRACES = re.compile(r"[{}\\]")


def encode_verbatim(value: str, field: str) -> str:
    """Write a verbatim field as it is; in URLs, characters that are not allowed there and
    would break the .bib value (braces, backslashes, spaces) are percent-encoded."""
    if field in URL_FIELDS:
        return _URL_UNSAFE.sub(_percent, value.strip())
    # dates are ours (ISO 8601); anything else verbatim must still keep braces balanced
    return _BRACES.sub(_percent, normalise_space(value))


_AND_WORD = re.compile(r"(?:^|\s)(?:and|others)(?:\s|$)", re.IGNORECASE)


def _encode_name_part(part: str, *, ascii: bool) -> str:
    encoded = encode_text(part, ascii=ascii)
    # a comma or a bare "and" would split the name; a brace group keeps it whole
    if "," in encoded or _AND_WORD.search(encoded) or encoded.lower() == "others":
        return "{" + encoded + "}"
    return encoded


def encode_name(contributor: Contributor, *, ascii: bool = False) -> str:
    """``Family, Given`` for a person, ``{Literal Name}`` for an organisation."""
    return _encode_name(contributor, ascii)


@functools.lru_cache(maxsize=ENCODE_CACHE)  # people are cited again and again
def _encode_name(contributor: Contributor, ascii: bool) -> str:
    if contributor.literal is not None:
        return "{" + encode_text(contributor.literal, ascii=ascii) + "}"
    if not contributor.given:
        family = encode_text(contributor.family or "", ascii=ascii)
        # several words would be split into given and family names: keep them one name
        plain = " " not in family and "," not in family and family.lower() not in ("and", "others")
        if not plain:
            return "{" + family + "}"
        # "{\\o}" alone would read as an organisation's braced name
        return "{}" + family if _is_one_group(family) else family
    family = _encode_name_part(contributor.family or "", ascii=ascii)
    return f"{family}, {_encode_name_part(contributor.given, ascii=ascii)}"


def encode_names(contributors: Iterable[Contributor], *, ascii: bool = False) -> str:
    return " and ".join([_encode_name(c, ascii) for c in contributors])


def encode_literal_list(items: Sequence[str], *, ascii: bool = False) -> str:
    """A biblatex literal list (``organization``): each item braced, joined by ``and``."""
    return " and ".join("{" + encode_text(i, ascii=ascii) + "}" for i in items)


def encode_field(field: str, value: str, *, ascii: bool = False) -> str:
    """Encode one field value by what the field holds."""
    return encode_value(field, value, ascii)


def encode_value(field: str, value: str, ascii: bool) -> str:
    """:func:`encode_field` with positional arguments (the writers call it per field)."""
    if field in VERBATIM_FIELDS:
        return encode_verbatim(value, field)
    if field in TITLE_FIELDS:
        return encode_title(value, ascii=ascii)
    return _encode_text(value, ascii)


# ---------------------------------------------------------------- decoding

_SYMBOL_COMMANDS = {
    "textbackslash": "\\",
    "textbraceleft": "{",
    "textbraceright": "}",
    "textasciitilde": "~",
    "textasciicircum": "^",
    "textasciigrave": "`",
    "textless": "<",
    "textgreater": ">",
    "textbar": "|",
    "textunderscore": "_",
    "textdollar": "$",
    "textquoteleft": "\u2018",
    "textquoteright": "\u2019",
    "textquotedblleft": "\u201c",
    "textquotedblright": "\u201d",
    "textquotesingle": "'",
    "textquotedbl": '"',
    "textendash": "\u2013",
    "textemdash": "\u2014",
    "ldots": "\u2026",
    "dots": "\u2026",
    "textellipsis": "\u2026",
    "guillemotleft": "\u00ab",
    "guillemotright": "\u00bb",
    "guillemetleft": "\u00ab",
    "guillemetright": "\u00bb",
    "guilsinglleft": "\u2039",
    "guilsinglright": "\u203a",
    "quotedblbase": "\u201e",
    "quotesinglbase": "\u201a",
    "texteuro": "\u20ac",
    "euro": "\u20ac",
    "pounds": "\u00a3",
    "textsterling": "\u00a3",
    "textcopyright": "\u00a9",
    "copyright": "\u00a9",
    "textregistered": "\u00ae",
    "texttrademark": "\u2122",
    "textdegree": "\u00b0",
    "S": "\u00a7",
    "P": "\u00b6",
    "dag": "\u2020",
    "ddag": "\u2021",
    "textdagger": "\u2020",
    "textdaggerdbl": "\u2021",
    "textbullet": "\u2022",
    "textexclamdown": "\u00a1",
    "textquestiondown": "\u00bf",
    "texttimes": "\u00d7",
    "times": "\u00d7",
    "textdiv": "\u00f7",
    "textpm": "\u00b1",
    "pm": "\u00b1",
    "textcent": "\u00a2",
    "textyen": "\u00a5",
    "textperiodcentered": "\u00b7",
    "textonehalf": "\u00bd",
    "textonequarter": "\u00bc",
    "textthreequarters": "\u00be",
    "textonesuperior": "\u00b9",
    "texttwosuperior": "\u00b2",
    "textthreesuperior": "\u00b3",
    "textordfeminine": "\u00aa",
    "textordmasculine": "\u00ba",
    "textlnot": "\u00ac",
    "textcurrency": "\u00a4",
    "textbrokenbar": "\u00a6",
    "textasciidieresis": "\u00a8",
    "textasciimacron": "\u00af",
    "textasciiacute": "\u00b4",
    "IJ": "Ĳ",
    "ij": "ĳ",
    "textmu": "\u00b5",
    "textasteriskcentered": "*",
    "ss": "ß",
    "ae": "æ",
    "AE": "Æ",
    "oe": "œ",
    "OE": "Œ",
    "o": "ø",
    "O": "Ø",
    "l": "ł",
    "L": "Ł",
    "i": "ı",
    "j": "ȷ",
    "aa": "å",
    "AA": "Å",
    "dj": "đ",
    "DJ": "Đ",
    "dh": "ð",
    "DH": "Ð",
    "th": "þ",
    "TH": "Þ",
    "ng": "ŋ",
    "NG": "Ŋ",
    "LaTeX": "LaTeX",
    "TeX": "TeX",
    "BibTeX": "BibTeX",
    "LaTeXe": "LaTeX2e",
    "alpha": "α",
    "beta": "β",
    "gamma": "γ",
    "delta": "δ",
    "epsilon": "ε",
    "lambda": "λ",
    "mu": "μ",
    "pi": "π",
    "sigma": "σ",
    "omega": "ω",
    "quad": " ",
    "qquad": " ",
    "space": " ",
    "textvisiblespace": "\u2423",
    "newline": " ",
    "par": " ",
}
_QUOTE_COMMANDS = frozenset({"mkbibquote", "enquote", "textquote"})
_CONTROL_SYMBOLS = {
    "&": "&",
    "%": "%",
    "$": "$",
    "#": "#",
    "_": "_",
    "{": "{",
    "}": "}",
    " ": " ",
    ",": "\u2009",
    ";": " ",
    ":": " ",
    "!": "",
    "-": "\u00ad",
    "/": "",
    "@": "",
    "\\": " ",
    "\n": " ",
}
_SPACING_ACCENTS = {
    "~": "~",
    "^": "^",
    "'": "\u00b4",
    "`": "`",
    '"': "\u00a8",
    "=": "\u00af",
    "c": "\u00b8",
}
_LIGATURES = (
    ("---", "\u2014"),
    ("--", "\u2013"),
    ("``", "\u201c"),
    ("''", "\u201d"),
    (",,", "\u201e"),
    ("!`", "\u00a1"),
    ("?`", "\u00bf"),
    ("`", "\u2018"),
    ("~", "\u00a0"),
)


@dataclass
class _Reader:
    """A cursor over one LaTeX value; ``decode`` consumes it to Unicode."""

    text: str
    pos: int = 0

    def at_end(self) -> bool:
        return self.pos >= len(self.text)

    def peek(self) -> str:
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def skip_space(self) -> None:
        while self.peek() and self.peek() in " \t\n\r":
            self.pos += 1

    def group(self) -> str:
        """The raw text of the brace group starting here (without its braces)."""
        assert self.peek() == "{"
        depth = 0
        start = self.pos
        while self.pos < len(self.text):
            c = self.text[self.pos]
            if c == "\\":
                self.pos += 2
                continue
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    self.pos += 1
                    return self.text[start + 1 : self.pos - 1]
            self.pos += 1
        return self.text[start + 1 :]  # unbalanced: take the rest

    def argument(self) -> str | None:
        """The raw text of a command's argument: a group, a command or one character."""
        self.skip_space()
        c = self.peek()
        if not c or c == "}":
            return None
        if c == "{":
            return self.group()
        if c == "\\":
            m = re.compile(r"\\(?:[A-Za-z]+|.)", re.DOTALL).match(self.text, self.pos)
            if m is None:  # a lone backslash at the end
                self.pos += 1
                return "\\"
            self.pos = m.end()
            return m.group()
        self.pos += 1
        return c


def _accent(mark_cmd: str, arg: str | None) -> str:
    base = decode_text(arg or "", strip=False)
    mark = _ACCENT_MARKS[mark_cmd]
    if not base:  # "\~{}" is how old files write a literal tilde
        return _SPACING_ACCENTS.get(mark_cmd, "")
    if base[0] in "ıȷ":  # an accent over a dotless i or j is just an accented i or j
        base = {"ı": "i", "ȷ": "j"}[base[0]] + base[1:]
    return unicodedata.normalize("NFC", base[0] + mark + base[1:])


_COMMAND = re.compile(r"\\([A-Za-z]+)\s*|\\(.)", re.DOTALL)
_SPECIAL = re.compile(r"[\\{}$~`'\-,!?]")  # where plain text stops


_LIGATURE_AT = re.compile("|".join(re.escape(lig) for lig, _ in _LIGATURES))  # in order
_LIGATURE_TEXT = dict(_LIGATURES)


def _decode(reader: _Reader, out: list[str]) -> None:
    text = reader.text
    n = len(text)
    pos = reader.pos
    append = out.append
    while pos < n:
        special = _SPECIAL.search(text, pos)
        end = special.start() if special else n
        if end > pos:  # a run of plain text, copied whole
            append(text[pos:end])
            pos = end
            continue
        c = text[pos]
        if c == "\\":
            m = _COMMAND.match(text, pos)
            if m is None:  # a lone backslash at the end
                append("\\")
                pos += 1
                continue
            reader.pos = m.end()  # the reader reads the command's arguments
            word, sym = m.group(1), m.group(2)
            if sym is not None:
                if sym in _ACCENT_MARKS:
                    append(_accent(sym, reader.argument()))
                elif sym in _CONTROL_SYMBOLS:
                    append(_CONTROL_SYMBOLS[sym])
                else:
                    append(sym)
            elif word in _ACCENT_MARKS:
                append(_accent(word, reader.argument()))
            elif word in _SYMBOL_COMMANDS:
                append(_SYMBOL_COMMANDS[word])
            elif word in _QUOTE_COMMANDS:
                arg = reader.argument()
                append("\u201c" + decode_text(arg or "", strip=False) + "\u201d")
            elif word == "href":
                reader.argument()  # the target URL is not text
                arg = reader.argument()
                append(decode_text(arg or "", strip=False))
            # font switches and unknown commands: the name goes, an argument group stays
            pos = reader.pos
            continue
        if c in "{}$":  # groups go; math: drop the shifts, decode the symbols inside
            pos += 1
            continue
        lig = _LIGATURE_AT.match(text, pos)
        if lig is not None:
            append(_LIGATURE_TEXT[lig.group()])
            pos = lig.end()
        else:
            append(c)
            pos += 1
    reader.pos = pos


_SPECIAL_BUT_BRACES = re.compile(r"[\\$~`'\-,!?]")


def decode_text(value: str, *, strip: bool = True) -> str:
    """LaTeX to Unicode: accents, symbols, quotes and dashes; braces removed."""
    return _decode_text(value, strip)


@functools.lru_cache(maxsize=ENCODE_CACHE)  # names, outlets, months: the same again and again
def _decode_text(value: str, strip: bool) -> str:
    if _SPECIAL_BUT_BRACES.search(value) is None:
        # nothing but text and braces (the decoder's every other rule needs one of these)
        text = value.replace("{", "").replace("}", "") if "{" in value or "}" in value else value
        if not text.isascii():
            text = unicodedata.normalize("NFC", text)
        return normalise_space(text) if strip else text
    return _decode_in_full(value, strip)


def _decode_in_full(value: str, strip: bool) -> str:
    out: list[str] = []
    _decode(_Reader(value), out)
    text = unicodedata.normalize("NFC", "".join(out))
    return normalise_space(text) if strip else text


def decode_verbatim(value: str, field: str) -> str:
    """A verbatim field as written, minus the escapes BibTeX users put in URLs by habit."""
    if value.isprintable() and " " not in value and "\\" not in value:
        # the usual value: printable excludes every control and every space but " ", so
        # there is nothing to strip, drop or unescape
        return value
    value = _CONTROL.sub("", value.strip())
    if field in URL_FIELDS:
        value = re.sub(r"\\([%_#&~$])", r"\1", value)
        value = re.sub(r"\s+", "", value)
    return value


def decode_field(field: str, value: str) -> str:
    """Decode one field value by what the field holds; URLs are never touched by LaTeX rules."""
    if field in VERBATIM_FIELDS:
        return decode_verbatim(value, field)
    return decode_text(value)


def _is_one_group(text: str) -> bool:
    text = text.strip()
    if not (text.startswith("{") and text.endswith("}")):
        return False
    reader = _Reader(text)
    reader.group()
    return reader.at_end()


def _top_level_tokens(text: str, separators: str) -> list[str]:
    """Split at characters in ``separators`` outside braces (escapes keep their brace)."""
    if "{" not in text and "}" not in text and "\\" not in text and len(separators) == 1:
        return text.split(separators)  # nothing can hide a separator
    return _split_outside_braces(text, separators)


def _split_outside_braces(text: str, separators: str) -> list[str]:
    tokens: list[str] = []
    depth = 0
    start = 0
    i = 0
    while i < len(text):
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth = max(depth - 1, 0)
        elif depth == 0 and c in separators:
            tokens.append(text[start:i])
            start = i + 1
        i += 1
    tokens.append(text[start:])
    return tokens


def split_name_list(value: str) -> list[str]:
    """The names of a BibTeX name list, split at ``and`` outside braces."""
    words = [w for w in _top_level_tokens(normalise_space(value), " ") if w]
    names: list[list[str]] = [[]]
    for w in words:
        if w.lower() == "and":
            names.append([])
        else:
            names[-1].append(w)
    return [" ".join(n) for n in names if n]


def _is_von(token: str) -> bool:
    """A token whose first letter outside braces and command names is lower case."""
    depth = 0
    i = 0
    while i < len(token):
        c = token[i]
        if c == "\\":
            m = re.compile(r"\\([A-Za-z]+|.)").match(token, i)
            assert m is not None
            if depth == 1 and i == 1 and token[0] == "{":  # "{\\'e}": a special character
                rest = token[m.end() :].lstrip(" {")
                return bool(rest) and rest[0].islower()
            i = m.end()
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
        elif depth == 0 and c.isalpha():
            return c.islower()
        i += 1
    return False


def parse_name(raw: str) -> tuple[str, str, str, str]:
    """BibTeX's name grammar: (first, von, last, jr), still in LaTeX."""
    parts = [p.strip() for p in _top_level_tokens(raw, ",")]
    if len(parts) == 1:
        tokens = [t for t in _top_level_tokens(parts[0], " ") if t]
        if not tokens:
            return "", "", "", ""
        body, last = tokens[:-1], [tokens[-1]]
        von_at = [i for i, t in enumerate(body) if _is_von(t)]
        if von_at:
            first, von = body[: von_at[0]], body[von_at[0] : von_at[-1] + 1]
            last = body[von_at[-1] + 1 :] + last
        else:
            first, von = body, []
        return " ".join(first), " ".join(von), " ".join(last), ""
    tokens = [t for t in _top_level_tokens(parts[0], " ") if t]
    n_von = 0
    while n_von < len(tokens) - 1 and _is_von(tokens[n_von]):
        n_von += 1
    jr = ", ".join(parts[1:-1])
    return parts[-1], " ".join(tokens[:n_von]), " ".join(tokens[n_von:]), jr


def decode_names(value: str, role: ContributorRole = ContributorRole.AUTHOR) -> list[Contributor]:
    """Split a BibTeX name list into persons and organisations (``{Braced Names}``)."""
    return list(decode_name_list(value, role))


@functools.lru_cache(maxsize=ENCODE_CACHE)  # the same authors cited together again
def decode_name_list(value: str, role: ContributorRole) -> tuple[Contributor, ...]:
    """:func:`decode_names` as a tuple (frozen, so shared)."""
    out: list[Contributor] = []
    for raw in split_name_list(value):
        person = _decode_name(raw, role)
        if person is not None:
            out.append(person)
    return tuple(out)


@functools.lru_cache(maxsize=ENCODE_CACHE)  # people are cited again and again
def _decode_name(raw: str, role: ContributorRole) -> Contributor | None:
    if raw.lower() == "others":
        return None  # "and others" is et al., not a person
    if _is_one_group(raw):
        literal = decode_text(raw)
        return Contributor(literal=literal, role=role) if literal else None
    first, von, last, jr = parse_name(raw)
    family = decode_text(f"{von} {last}")
    given = decode_text(first)
    if jr:
        family = f"{family}, {decode_text(jr)}"
    if not family and given:
        family, given = given, ""
    return Contributor(family=family, given=given or None, role=role) if family else None


def split_literal_list(value: str) -> list[str]:
    """The items of a biblatex literal list (``{A} and {B}``), decoded."""
    return [t for t in (decode_text(i) for i in split_name_list(value)) if t]
