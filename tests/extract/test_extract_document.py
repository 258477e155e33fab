"""Whole documents: page chrome, both footnote layouts, anchors that match the text."""

from __future__ import annotations

import pytest

from claims.extract import Extraction, Layout, extract_document
from claims.extract.chrome import find_chrome, is_chrome


def _check_anchors(text: str, extraction: Extraction) -> None:
    for claim in extraction.claims:
        assert text[claim.start : claim.end] == claim.quote
        assert claim.prefix == text[max(0, claim.start - 32) : claim.start]
        assert claim.suffix == text[claim.end : claim.end + 32]
    for footnote in extraction.footnotes:
        assert text[footnote.start : footnote.end] == footnote.text
        for citation in footnote.citations:
            assert text[citation.start : citation.end] == citation.raw


# --- chrome --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main content",
        "Skip to navigation",
        "Donate Now",
        "Donate",
        "Give today",
        "Subscribe",
        "Share this via Facebook",
        "Print",
        "Back to top",
        "Region / Country",
        "Home › News › Asia",
        "Topics | Technology and Rights | China",
        "Your tax deductible gift can help stop human rights violations and save lives.",
        "Your donation helps us defend press freedom around the world.",
        "Support our work: make a monthly gift today",
        "We use cookies to improve your experience.",
    ],
)
def test_chrome_lines_are_recognised(line: str) -> None:
    assert is_chrome(line)


@pytest.mark.parametrize(
    "line",
    [
        "Dear Mr. Zuckerberg:",
        "Kenneth Roth",
        "Executive Director",
        "The foundation received a donation of $5 million in 2015, its records show, and "
        "spent it on a programme whose results it never published in any form at all.",
        "Sincerely,",
        "The law applies to data stored in China / abroad alike.",
        "a) How will Facebook protect its users in China from reprisals?",
    ],
)
def test_text_lines_are_not_chrome(line: str) -> None:
    assert not is_chrome(line)


def test_chrome_spans_point_at_whole_lines() -> None:
    text = "Skip to main content\n  Donate Now  \nDear reader,\nRegion / Country"
    spans = [text[s.start : s.end] for s in find_chrome(text)]
    assert spans == ["Skip to main content", "Donate Now", "Region / Country"]


# --- inline layout -------------------------------------------------------------------------


INLINE = (
    "Skip to main content\n"
    "Donate Now\n\n"
    "The ministry blocked the site in 2017.“Egypt: Blocking of News Websites Escalates,” "
    "Human Rights Watch news release, June 22, 2017, https://www.hrw.org/news/2017/06/22/"
    "egypt-blocking. Mr. Sisi’s government called it “a security measure.”Jane Roe, "
    '"Egypt Defends Blocking," BBC News, June 23, 2017, https://www.bbc.com/news/1234 '
    "(accessed July 1, 2017). Critics disagree.\n\n"
    'He called the ban "a lie."Nothing here is a citation, so nothing is taken as one.\n'
    'Officials denied it."Egypt Denies Blocking," Ahram Online, June 24, 2017, '
    "http://english.ahram.org.eg/News/1234.aspx.\n\n"
    "Your tax deductible gift can help.\n"
)


def test_inline_footnotes_follow_the_sentence_with_no_space() -> None:
    extraction = extract_document(INLINE)
    assert extraction.layout is Layout.INLINE
    assert [f.text[:20] for f in extraction.footnotes] == [
        "“Egypt: Blocking of ",
        'Jane Roe, "Egypt Def',
        '"Egypt Denies Blocki',
    ]
    first, second, third = extraction.footnotes
    assert first.text.endswith("egypt-blocking.")
    assert second.text.endswith("(accessed July 1, 2017).")
    assert second.citations[0].source.accessed is not None
    assert third.citations[0].source.title == "Egypt Denies Blocking"
    _check_anchors(INLINE, extraction)


def test_inline_anchor_is_the_sentence_before_the_note() -> None:
    extraction = extract_document(INLINE)
    quotes = [c.quote for c in extraction.claims]
    assert quotes == [
        "The ministry blocked the site in 2017.",
        "Mr. Sisi’s government called it “a security measure.”",
        "Officials denied it.",
    ]


def test_inline_note_ends_where_the_next_sentence_starts() -> None:
    text = (
        'Police were embedded in firms.Eva Dou, "China to Embed Police," Wall Street '
        "Journal, August 5, 2015, http://www.wsj.com/articles/x-1438755985.  Authorities "
        'also enlisted Weibo.Elizabeth C. Economy, "A Chill Wind," Council on Foreign '
        "Relations: Asia Unbound, September 16, 2013, http://blogs.cfr.org/asia/2013/09/16/x."
        " Its strategy remains."
    )
    extraction = extract_document(text)
    first, second = (f.text for f in extraction.footnotes)
    assert first.endswith("-1438755985.")
    assert second.endswith("/2013/09/16/x.")
    assert extraction.claims[1].quote == "Authorities also enlisted Weibo."


def test_text_without_notes_gives_no_footnotes_and_no_error() -> None:
    extraction = extract_document("Plain text. With sentences.Even glued ones.\n")
    assert extraction.layout is Layout.NONE
    assert extraction.footnotes == ()
    assert extraction.claims == ()


# --- numbered layout -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "notes"),
    [
        (
            "The site was blocked in 2016.[1] Bloggers were jailed.[2]",
            "Notes\n[1] {a}\n[2] {b}",
        ),
        ("The site was blocked in 2016.¹ Bloggers were jailed.²", "1. {a}\n2. {b}"),
        (
            "The site was blocked in 2016 (1). Bloggers were jailed (2).",
            "Endnotes:\n(1) {a}\n(2) {b}",
        ),
        ("The site was blocked in 2016.1 Bloggers were jailed.2", "1 {a}\n2 {b}"),
    ],
    ids=["brackets", "superscripts", "parentheses", "bare-numbers"],
)
def test_numbered_markers_and_notes_at_the_end(body: str, notes: str) -> None:
    a = '"Vietnam Blocks Facebook," Reuters, May 17, 2016, https://www.reuters.com/a.'
    b = 'Jane Roe, "Bloggers Jailed," BBC News, July 1, 2018, https://www.bbc.com/news/1.'
    text = f"Skip to main content\n\n{body}\n\n{notes.format(a=a, b=b)}\nDonate Now\n"
    extraction = extract_document(text)
    assert extraction.layout is Layout.NUMBERED
    assert [f.number for f in extraction.footnotes] == [1, 2]
    assert [f.text for f in extraction.footnotes] == [a, b]
    assert [c.source.title for c in extraction.citations] == [
        "Vietnam Blocks Facebook",
        "Bloggers Jailed",
    ]
    quotes = [c.quote.rstrip(" .") for c in extraction.claims]
    assert quotes == ["The site was blocked in 2016", "Bloggers were jailed"]
    for footnote in extraction.footnotes:
        assert footnote.marker_start is not None
        assert footnote.marker_end is not None
    _check_anchors(text, extraction)


def test_numbered_notes_may_start_mid_way_and_run_over_lines() -> None:
    text = (
        "Detentions rose in 2019.4 Several were tortured.5\n\nNotes\n"
        '4 Amnesty International, "Vietnam: Prisoners," April 2019,\n'
        "https://www.amnesty.org/en/documents/asa41/0001/2019/en/.\n"
        "5 Human Rights Watch, World Report 2020 (New York: Human Rights Watch, 2020), p. 620.\n"
    )
    extraction = extract_document(text)
    assert [f.number for f in extraction.footnotes] == [4, 5]
    assert extraction.footnotes[0].citations[0].source.url is not None
    assert extraction.footnotes[1].citations[0].pinpoint == "p. 620"
    assert extraction.footnotes[1].citations[0].needs_review  # no URL: flagged, kept


def test_a_note_without_a_marker_is_kept_and_warned_about() -> None:
    text = (
        "The site was blocked.[1] Nothing marks the second note. It was marked.[3]\n\nNotes\n"
        '[1] "Blocked," Reuters, May 1, 2016, https://www.reuters.com/a.\n'
        '[2] "Unmarked," Reuters, May 2, 2016, https://www.reuters.com/b.\n'
        '[3] "Also marked," Reuters, May 3, 2016, https://www.reuters.com/c.\n'
    )
    extraction = extract_document(text)
    assert len(extraction.footnotes) == 3
    assert ("marker-not-found", 2) in [(w.code, w.footnote) for w in extraction.warnings]
    assert [c.footnote for c in extraction.claims] == [1, 3]


def test_a_numbered_list_in_the_body_is_not_taken_for_notes() -> None:
    text = (
        "We ask three questions.\n\n"
        "1. How will you protect users?\n2. Will you store data locally?\n"
        "3. Will you resist censorship?\n"
    )
    extraction = extract_document(text)
    assert extraction.layout is Layout.NONE


def test_the_same_work_cited_twice_is_one_source() -> None:
    text = (
        "A happened.[1] B happened.[2] C happened.[3]\n\nNotes\n"
        '[1] "Report," Reuters, May 1, 2016, https://www.reuters.com/a.\n'
        "[2] Ibid., p. 4.\n"
        '[3] "Report," Reuters, May 1, 2016, http://reuters.com/a/.\n'
    )
    extraction = extract_document(text)
    assert len(extraction.sources) == 1
    assert [c.source_keys for c in extraction.claims] == [(extraction.sources[0].key,)] * 3
    assert extraction.footnotes[1].citations[0].pinpoint == "p. 4"


def test_a_document_on_one_line_gives_every_note() -> None:
    note = '"Egypt Denies Blocking," Ahram Online, June 24, 2017, http://english.ahram.org.eg/N/1.'
    prose = "Officials met.Then they left, saying nothing more about it. " * 3
    text = f"Officials denied it.{note} {prose}" * 200
    extraction = extract_document(text)
    assert len(extraction.footnotes) == 200
    assert {f.text for f in extraction.footnotes} == {note}


def test_a_title_left_open_does_not_swallow_the_next_sentence() -> None:
    text = (
        'Wikipedia was blocked.Ali Aslan, "Turkey Blocks Wikipedia, BBC Türkçe, April 29, 2017, '
        "https://www.bbc.com/turkce/haberler-39754291. Officials called it “a measure.”Jane Roe, "
        '"Turkey Explains," Reuters, May 1, 2017, https://www.reuters.com/article/x.\n'
    )
    extraction = extract_document(text)
    assert [f.text.rsplit("/", 1)[-1] for f in extraction.footnotes] == ["haberler-39754291.", "x."]
    assert "unbalanced-quotes" in extraction.footnotes[0].citations[0].flags
    assert extraction.claims[1].quote == "Officials called it “a measure.”"


def test_a_sentence_after_a_note_is_not_taken_into_it() -> None:
    text = (
        'It was blocked.Jane Roe, "Blocked," Reuters, May 1, 2016, https://www.reuters.com/a. '
        'Last year, officials denied it. Also, they arrested him.John Doe, "Arrested," BBC '
        "News, May 2, 2016, https://www.bbc.com/news/1. Urla is a town.\n"
    )
    extraction = extract_document(text)
    assert [f.text[:8] for f in extraction.footnotes] == ["Jane Roe", "John Doe"]
    assert extraction.claims[1].quote == "Also, they arrested him."
