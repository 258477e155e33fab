"""The field-aware LaTeX encoder and its decoder: escaping, protection, no injection."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.bib import latex
from claims.bib.latex import (
    decode_field,
    decode_names,
    decode_text,
    encode_field,
    encode_name,
    encode_names,
    encode_text,
    encode_title,
    normalise_space,
)
from claims.records import Contributor

# everything a source's text may contain: odd Unicode, braces, percent signs, backslashes
TEXT = st.lists(
    st.characters(codec="utf-8")
    | st.sampled_from(list("\\{}%$#&_~^`'\"-,!?<>| \t\n\u00a0\u2009’“”–—"))
    | st.sampled_from(["--", "''", "\\textbf{x}", "$x$", "{\\'e}", "\\", "Á\u0301"]),
    max_size=40,
).map("".join)

# the commands the encoder may write (its own tables); anything else would be injected
_OWN_COMMANDS = {
    cmd
    for table in (latex._ESCAPES, latex._ASCII_SYMBOLS)
    for value in table.values()
    for cmd in re.findall(r"\\([A-Za-z]+|.)", value)
} | set(latex._ACCENTS.values())


def _expected(text: str) -> str:
    return unicodedata.normalize("NFC", normalise_space(text))


def _assert_safe(encoded: str) -> None:
    """Balanced braces (counted as BibTeX counts them), only our own commands, no bare specials."""
    depth = 0
    for c in encoded:
        depth += {"{": 1, "}": -1}.get(c, 0)
        assert depth >= 0, encoded
    assert depth == 0, encoded
    commands = re.findall(r"\\([A-Za-z]+|.)", encoded)
    assert set(commands) <= _OWN_COMMANDS, commands
    bare = re.sub(r"\\([A-Za-z]+|.)", "", encoded)
    assert not set(bare) & set("\\$%#&_^"), encoded


@given(TEXT)
def test_unicode_text_round_trips_exactly(text: str) -> None:
    encoded = encode_text(text)
    _assert_safe(encoded)
    assert decode_text(encoded) == _expected(text)


@given(TEXT)
def test_titles_round_trip_exactly(text: str) -> None:
    encoded = encode_title(text)
    _assert_safe(encoded)
    assert decode_text(encoded) == _expected(text)


@given(TEXT)
def test_ascii_output_reads_back_to_the_same_output(text: str) -> None:
    encoded = encode_text(text, ascii=True)
    _assert_safe(encoded)
    assert encode_text(decode_text(encoded), ascii=True) == encoded
    assert encode_title(decode_text(encode_title(text, ascii=True)), ascii=True) == encode_title(
        text, ascii=True
    )


# Latin-1 and Latin Extended-A, less the letters LaTeX has no text command for
_LATIN = st.characters(min_codepoint=0x20, max_codepoint=0x17F).filter(
    lambda c: c not in "ĸŉſĿŀĦħŦŧ"
)


@given(st.text(_LATIN, max_size=40))
def test_ascii_output_is_ascii_for_latin_letters(text: str) -> None:
    assert encode_text(text, ascii=True).isascii()


@pytest.mark.parametrize(
    ("text", "ascii", "expected"),
    [
        ("50% & $5 #1 a_b", False, r"50\% \& \$5 \#1 a\_b"),
        (
            "{x} \\emph ~^",
            False,
            r"\textbraceleft{}x\textbraceright{} \textbackslash{}emph"
            r" \textasciitilde{}\textasciicircum{}",
        ),
        ("“quoted” ‘single’ – —", True, "``quoted'' `single\\textquoteright{} -- ---"),
        ("“quoted” – —", False, "“quoted” – —"),
        ("a--b ''x''", False, "a-{}-b '{}'x'{}'"),
        ("Müller Łódź ß", True, r"M{\"u}ller {\L}{\'o}d{\'z} {\ss}"),
        ("Čapek ệ", True, r"{\v C}apek {\^{\d e}}"),
        ("北京", True, "北京"),
        ("line\nbreak\t tab", False, "line break tab"),
    ],
)
def test_escaping_examples(text: str, ascii: bool, expected: str) -> None:
    assert encode_text(text, ascii=ascii) == expected


def test_titles_protect_proper_nouns_and_acronyms() -> None:
    assert (
        encode_title("Fresh China media crackdown hits popular accounts on Tencent’s WeChat")
        == "Fresh {China} media crackdown hits popular accounts on {Tencent’s} {WeChat}"
    )
    assert encode_title("iPhone users and the GNI") == "{iPhone} users and the {GNI}"
    assert encode_title("Facebook in China: ‘Battleground,’") == (
        "Facebook in {China}: ‘{Battleground},’"
    )


def test_verbatim_fields_are_never_escaped() -> None:
    url = "http://x.org/a_b%20c#frag?q=1&r=~2"
    assert encode_field("url", url) == url
    assert encode_field("doi", "10.1000/a_b%c") == "10.1000/a_b%c"
    assert encode_field("urldate", "2016-05-26") == "2016-05-26"
    assert encode_field("date", "2014-09") == "2014-09"
    assert encode_field("note", url) == r"http://x.org/a\_b\%20c\#frag?q=1\&r=\textasciitilde{}2"
    # characters that would unbalance the .bib value are percent-encoded
    assert encode_field("url", "http://x.org/{a} b\\c") == "http://x.org/%7Ba%7D%20b%5Cc"


def test_decoding_leaves_urls_alone() -> None:
    assert decode_field("url", "http://x.org/a%20b&c=1") == "http://x.org/a%20b&c=1"
    assert decode_field("url", r"http://x.org/a\_b\%20") == "http://x.org/a_b%20"
    assert decode_field("title", r"50\% off \& {NASA}") == "50% off & NASA"


@pytest.mark.parametrize(
    ("latex", "text"),
    [
        (
            r"Schr\"odinger {\"U}ber \'{e}t\'e \c{c}a \c c \v{s} {\'\i}",
            "Schrödinger Über été ça ç š í",
        ),
        (r"{\aa}ngstr{\"o}m {\ss} {\o} \L{}{\'o}d{\'z}", "ångström ß ø Łódź"),
        (r"``quoted'' -- --- `single'", "“quoted” – — ‘single'"),
        (
            r"\emph{Die} \textit{Zeit} \textbf{X} {\em y} \url{z} \href{http://u}{text}",
            "Die Zeit X y z text",
        ),
        (r"\mkbibquote{Q} \enquote{R}", "“Q” “R”"),
        (r"$\alpha$-decay \$5 50\% 50%", "α-decay $5 50% 50%"),
        (r"a~b \LaTeX\ rocks \unknown{kept}", "a\u00a0b LaTeX rocks kept"),
        (r"\~{} and \^{}", "~ and ^"),
    ],
)
def test_decoding_examples(latex: str, text: str) -> None:
    assert decode_text(latex) == text


def test_names() -> None:
    people = [
        Contributor(literal="Human Rights Watch"),
        Contributor(family="McKenzie", given="Paul"),
        Contributor(family="van der Berg", given="Jan"),
        Contributor(family="Wong", given="Chun Han"),
        Contributor(family="Smith, Jr", given="Ann and Bob"),
    ]
    encoded = encode_names(people)
    assert encoded == (
        "{Human Rights Watch} and McKenzie, Paul and van der Berg, Jan and Wong, Chun Han"
        " and {Smith, Jr}, {Ann and Bob}"
    )
    assert decode_names(encoded) == people
    assert (
        encode_name(Contributor(literal="Müller & Söhne"), ascii=True)
        == r"{M{\"u}ller \& S{\"o}hne}"
    )


def test_decoding_names_from_other_tools() -> None:
    assert decode_names("Donald E. Knuth and {\\'E}mile Zola and others") == [
        Contributor(family="Knuth", given="Donald E."),
        Contributor(family="Zola", given="Émile"),
    ]
    assert decode_names("{NASA}") == [Contributor(literal="NASA")]
    assert decode_names("Smith, Jr, John") == [Contributor(family="Smith, Jr", given="John")]


_NAME = (
    st.lists(
        st.characters(codec="utf-8", exclude_categories=("Cc", "Zs", "Zl", "Zp"))
        | st.sampled_from([*"\\{}%,~", " and ", " ", "others"]),
        min_size=1,
        max_size=12,
    )
    .map("".join)
    .filter(lambda s: normalise_space(s) != "")
)


@given(
    st.lists(
        st.builds(Contributor, family=_NAME, given=_NAME | st.none())
        | st.builds(Contributor, literal=_NAME),
        min_size=1,
        max_size=4,
    ),
    st.booleans(),
)
def test_names_read_back_to_the_same_output(people: list[Contributor], ascii: bool) -> None:
    encoded = encode_names(people, ascii=ascii)
    _assert_safe(encoded.replace(" and ", " "))
    assert encode_names(decode_names(encoded), ascii=ascii) == encoded


# plain text and braces, where the decoder takes its short cut: letters, combining marks,
# spaces, control characters, and now and then a character that sends it the long way
_PLAINISH = st.text(
    st.characters(codec="utf-8") | st.sampled_from(list("{}{} \t\n\u00a0\u0301e")),
    max_size=40,
)


@given(_PLAINISH)
def test_the_decoders_short_cuts_agree_with_the_full_decoder(text: str) -> None:
    for strip in (True, False):
        assert latex._decode_text.__wrapped__(text, strip) == latex._decode_in_full(text, strip)
    for separators in (" ", ","):
        assert latex._top_level_tokens(text, separators) == latex._split_outside_braces(
            text, separators
        )


def test_an_accent_before_a_lone_backslash_at_the_end_is_read() -> None:
    # once an AssertionError: the accent's argument is the backslash
    assert latex.decode_text("x\\'\\") == unicodedata.normalize("NFC", "x\\\u0301")


# ASCII most of the time, with the characters and pairs the encoder escapes or splits
_ASCIIISH = st.lists(
    st.characters(min_codepoint=0, max_codepoint=127)
    | st.sampled_from(["--", "''", "``", ",,", "!`", "?`", "<<", ">>", "é", "\u2019"]),
    max_size=30,
).map("".join)


@given(_ASCIIISH, st.booleans())
def test_the_encoders_short_cut_agrees_with_the_full_encoder(text: str, ascii: bool) -> None:
    assert latex._encode_plain(text, ascii) == latex._encode_in_full(text, ascii)
    _assert_safe(latex._encode_plain(text, ascii))


@given(TEXT, st.booleans())
def test_a_titles_words_are_encoded_as_each_alone(text: str, ascii: bool) -> None:
    # encode_title keeps the words it has seen; each is what _title_word makes of it
    tokens = unicodedata.normalize("NFC", normalise_space(text)).split(" ")
    words = [latex._title_word(tokens[0], True, ascii)]
    words += [latex._title_word(t, False, ascii) for t in tokens[1:]]
    assert encode_title(text, ascii=ascii) == encode_title(text, ascii=ascii) == " ".join(words)
