"""Property tests: citations built from fields parse back ; no text makes extraction fail."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from hypothesis import example, given
from hypothesis import strategies as st

from claims.extract import extract_document, parse_citation, split_footnote
from claims.extract.names import ORGANISATION_WORDS
from claims.records import PartialDate

# words that mean something to the parser are not made into names or titles here
# name particles ("Van", "Ibn", "Del"): the parser never ends a person's name with one
_PARTICLE_WORDS = {"Van", "Von", "Der", "Den", "Del", "Della", "Des", "Dos", "Das", "Ten", "Ter"}
_PARTICLE_WORDS |= {"Bin", "Ibn"}
_RESERVED = (
    _PARTICLE_WORDS
    | {w.capitalize() for w in ORGANISATION_WORDS}
    | {
        "Report",
        "Reports",
        "Statement",
        "Letter",
        "Dispatch",
        "Dispatches",
        "Blog",
        "Study",
        "Alert",
        "Release",
        "Brief",
        "Paper",
        "Index",
        "By",
        "Available",
        "Testimony",
        "Written",
        "See",
        "Ibid",
        "Id",
        "Accessed",
        "Retrieved",
        "Updated",
        "Published",
        "Posted",
        "Law",
        "Act",
        "Code",
        "Convention",
        "Covenant",
        "Treaty",
        "Charter",
        "Constitution",
        "Decree",
        "Regulation",
        "Regulations",
        "Ordinance",
        "Statute",
        "Directive",
        "Protocol",
        "Measures",
        "Provisions",
        "Declaration",
        "Appendix",
        "Annex",
        "Open",
        "Joint",
        "Public",
        "Email",
        "Interview",
        "Adopted",
        "Effective",
        "Signed",
        "Issued",
        "Dated",
        "Passed",
        "Released",
        "Digital",
        "Rights",
        "Freedom",
        "Global",
        "Human",
        "National",
        "Now",
        "Media",
        "Policy",
        "Privacy",
        "Research",
        "Security",
        "Studies",
        "Technology",
        "Transparency",
        "World",
        "Access",
        "Accountability",
        "Affairs",
        "Lab",
        "Labs",
        "Page",
        "Pages",
        "Para",
        "Section",
        "Chapter",
        "Article",
        "Articles",
        "Note",
        "Notes",
        "Slide",
        "Fig",
        "Vol",
        "Issue",
        "No",
        "Op",
        "Editorial",
        "Commentary",
        "Submission",
        "Memorandum",
        "Backgrounder",
        "Twitter",
        "Facebook",
        "Weibo",
        "Youtube",
        "Instagram",
        "And",
        "At",
        "In",
        "On",
        "From",
        "Via",
        "Online",
        "Url",
        "Link",
        "Pdf",
        "Cf",
        "Compare",
        "Quoted",
        "Cited",
        "Archived",
        "Viewed",
    }
)
_MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Mon",
    "Tue",
    "Wed",
    "Thu",
    "Fri",
    "Sat",
    "Sun",
}

name_word = st.from_regex(r"[A-Z][a-z]{2,9}", fullmatch=True).filter(
    lambda w: w not in _RESERVED and w not in _MONTHS
)
title_word = st.one_of(
    name_word,
    st.sampled_from(["of", "the", "and", "in", "on", "for", "to", "a"]),
    st.from_regex(r"[1-9][0-9]{0,2}", fullmatch=True),
)


@st.composite
def titles(draw: st.DrawFn) -> str:
    words = [draw(name_word), *draw(st.lists(title_word, min_size=1, max_size=9))]
    if draw(st.booleans()):
        i = draw(st.integers(1, len(words) - 1))
        words[i] = f"‘{words[i]}’"  # an inner quotation, kept in the title
    if draw(st.booleans()):
        i = draw(st.integers(0, len(words) - 2))
        words[i] += ","
    title = " ".join(words)
    if draw(st.booleans()):
        title += draw(st.sampled_from(["?", "!"]))
    return title


@st.composite
def persons(draw: st.DrawFn) -> tuple[str, str]:
    given = draw(name_word)
    if draw(st.booleans()):
        given += " " + draw(st.sampled_from("ABCDEFGHJKLMNPRSTW")) + "."
    return given, draw(name_word)


@dataclass(frozen=True)
class Fields:
    authors: list[tuple[str, str]]
    title: str
    container: str
    issued: PartialDate
    url: str
    accessed: dt.date | None


def _format_date(value: PartialDate, style: int) -> str:
    day = value.as_date()
    if value.day is None and value.month is None:
        return str(value.year)
    if value.day is None:
        return day.strftime("%B %Y")
    return [
        f"{day:%B} {day.day}, {day.year}",
        f"{day.day} {day:%B} {day.year}",
        day.isoformat(),
        f"{day:%b}. {day.day}, {day.year}" if day.month != 5 else f"May {day.day}, {day.year}",
    ][style]


@st.composite
def citations(draw: st.DrawFn) -> tuple[str, Fields]:
    authors = draw(st.lists(persons(), max_size=3))
    title = draw(titles())
    container = " ".join(draw(st.lists(name_word, min_size=1, max_size=3)))
    if draw(st.booleans()):
        container += " " + draw(st.sampled_from(["Times", "Post", "Journal", "Daily"]))
    day = draw(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31)))
    precision = draw(st.sampled_from(["day", "day", "month", "year"]))
    issued = PartialDate(
        day.year,
        day.month if precision != "year" else None,
        day.day if precision == "day" else None,
    )
    path = draw(st.from_regex(r"[a-z0-9]{1,8}(?:[-/_][a-z0-9]{1,8}){0,4}", fullmatch=True))
    if draw(st.booleans()):
        path += "_(" + draw(st.from_regex(r"[a-z]{1,6}", fullmatch=True)) + ")"
    url = f"https://www.{draw(st.from_regex(r'[a-z]{3,10}', fullmatch=True))}.org/{path}"
    accessed = draw(st.none() | st.dates(dt.date(1995, 1, 1), dt.date(2099, 12, 31)))
    open_q, close_q = draw(st.sampled_from([('"', '"'), ("“", "”"), ("“", '"')]))

    names = [f"{g} {f}" for g, f in authors]
    if len(names) <= 1:
        byline = "".join(names)
    elif len(names) == 2:
        byline = f"{names[0]} and {names[1]}"
    else:
        byline = ", ".join(names[:-1]) + ", and " + names[-1]
    quoted = f"{open_q}{title}{',' if title[-1] not in '?!' else ''}{close_q}"
    text = f"{byline}, {quoted}" if byline else quoted
    text = f"{text} {container}, {_format_date(issued, draw(st.integers(0, 3)))}"
    access = f"(accessed {accessed:%B} {accessed.day}, {accessed.year})" if accessed else ""
    if access and draw(st.booleans()):
        text += f", {access}, {url}."
    else:
        text += f", {url}" + (f" {access}." if access else draw(st.sampled_from([".", ";", ""])))
    return text, Fields(authors, title.rstrip(","), container, issued, url, accessed)


@given(citations())
@example(
    (
        'Shannon Tiezzi, "Chinese Military Declares the Internet an Ideological ‘Battleground,’" '
        "The Diplomat, May 21, 2015, http://thediplomat.com/2015/05/x.",
        Fields(
            [("Shannon", "Tiezzi")],
            "Chinese Military Declares the Internet an Ideological ‘Battleground’",
            "The Diplomat",
            PartialDate(2015, 5, 21),
            "http://thediplomat.com/2015/05/x",
            None,
        ),
    )
)
def test_citations_built_from_fields_parse_back(case: tuple[str, Fields]) -> None:
    text, fields = case
    citation = parse_citation(text)
    source = citation.source
    assert source.title == fields.title
    assert [(a.given, a.family) for a in source.authors] == fields.authors
    assert source.container == fields.container
    assert source.issued == fields.issued
    assert source.url == fields.url
    assert source.accessed == fields.accessed
    assert source.raw == text.strip()
    assert citation.leftover is None


@given(st.lists(citations(), min_size=1, max_size=4))
def test_footnotes_split_into_their_citations(cases: list[tuple[str, Fields]]) -> None:
    note = "; ".join(text.rstrip(".;") for text, _ in cases) + "."
    spans = split_footnote(note)
    assert len(spans) == len(cases)
    titles_found = [parse_citation(note[s:e]).source.title for s, e in spans]
    assert titles_found == [f.title for _, f in cases]


_CITATION_ALPHABET = st.sampled_from(
    [
        *"abcXYZ019 ,.;:()[]“”‘’\"'\n¹²[]-–/",
        "http://",
        "https://www.",
        "doi:10.1234/",
        "May 3, 2016",
        "accessed ",
        "Ibid.",
        "p. 4",
        "(New York: HRW, 2016)",
        "news release",
        "Notes\n",
        "[1]",
        "1. ",
        " and ",
        "et al.",
    ]
)


@given(st.text())
def test_arbitrary_text_never_raises(text: str) -> None:
    extraction = extract_document(text)
    parse_citation(text)
    for start, end in split_footnote(text):
        assert 0 <= start <= end <= len(text)
    for claim in extraction.claims:
        assert text[claim.start : claim.end] == claim.quote


@given(st.lists(_CITATION_ALPHABET, max_size=80).map("".join))
@example("00¹¹")  # superscript digits pass str.isdigit but not int()
def test_citation_like_noise_never_raises(text: str) -> None:
    extraction = extract_document(text)
    for footnote in extraction.footnotes:
        assert text[footnote.start : footnote.end] == footnote.text
        for citation in footnote.citations:
            assert text[citation.start : citation.end] == citation.raw
            assert 0.0 <= citation.confidence <= 1.0
    for claim in extraction.claims:
        assert text[claim.start : claim.end] == claim.quote
    parse_citation(text)


sentence = st.builds(
    lambda first, words: " ".join([first, *words]) + ".",
    name_word,
    st.lists(st.from_regex(r"[a-z]{4,9}", fullmatch=True), min_size=2, max_size=12),
)


@given(st.lists(st.tuples(sentence, citations()), min_size=1, max_size=5), st.booleans())
def test_documents_give_back_their_notes_and_sentences(
    parts: list[tuple[str, tuple[str, Fields]]], numbered: bool
) -> None:
    notes = [text.rstrip(".;") + "." for _, (text, _) in parts]
    if numbered:
        body = " ".join(f"{s}[{i}]" for i, (s, _) in enumerate(parts, start=1))
        listed = "".join(f"[{i}] {n}\n" for i, n in enumerate(notes, start=1))
        document = f"{body}\n\nNotes\n{listed}"
    else:
        document = "Skip to main content\n\n" + " ".join(
            f"{s}{n}" for (s, _), n in zip(parts, notes, strict=True)
        )
    extraction = extract_document(document)
    assert [f.text for f in extraction.footnotes] == notes
    assert [c.quote for c in extraction.claims] == [s for s, _ in parts]
    assert [c.source.title for c in extraction.citations] == [f.title for _, (_, f) in parts]


def test_leftover_text_reads_as_the_note_prints_it() -> None:
    """Pieces no field took are shown with their own commas, not joined by a made-up mark."""
    citation = parse_citation(
        "John Smith, “A Title,” Outlet, Some Place, Another Thing, Third Thing, "
        "January 2, 2015, http://x.org/a."
    )
    assert citation.leftover == "Another Thing, Third Thing"
    prose = parse_citation("See the long discussion, which we think, is not a citation at all.")
    assert prose.leftover is not None
    assert " | " not in prose.leftover
    assert prose.leftover in prose.raw


_NOTE_PIECES = st.sampled_from(
    ["A", "a", "Aa", "U.S.", ".", ". ", " ", "\n", ";", '"', "“", "”", "http://x.org/a",
     "2014", "Sept. 28, 2014", "Ibid.", "Accessed ", "(", "Title.", " The", "?", ".1", "x" * 45]
)  # fmt: skip


@given(st.lists(_NOTE_PIECES, max_size=80).map("".join))
def test_note_ends_read_with_shared_marks_are_those_read_afresh(text: str) -> None:
    """The sentence-end facts kept across candidates (issue 18.7) change no note's end."""
    from claims.extract.footnotes import _Marks, note_end

    marks = _Marks(text)
    for start in range(len(text)):
        assert note_end(text, start, marks) == note_end(text, start), start


_SLUG_WORDS = st.sampled_from(["china", "open", "models", "ai", "race", "data", "report", "2025"])


@given(
    st.lists(_SLUG_WORDS, min_size=3, max_size=7),
    st.data(),
)
def test_a_slug_broken_after_one_of_its_hyphens_keeps_it(
    words: list[str], data: st.DataObject
) -> None:
    # a PDF line break after a slug's own hyphen (a run of them) leaves the hyphen in place;
    # only a word's lone hyphen is the typesetter's (citations-fresh batch 6)
    from claims.extract.urls import find_urls

    url = "https://www.example.org/article/" + "-".join(words)
    cut = data.draw(st.integers(min_value=1, max_value=len(words) - 1))
    printed = "-".join(words[:cut]) + "-\n" + "-".join(words[cut:])
    text = f"“Title,” Outlet, 2025. https://www.example.org/article/{printed}."
    assert [u.url for u in find_urls(text)] == [url]
