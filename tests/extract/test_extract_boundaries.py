"""Sentence and URL boundaries read a bounded stretch of text (issue 18.7), answers unchanged."""

from __future__ import annotations

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from claims.extract.dates import contains_date, find_dates
from claims.extract.sentences import _ABBREVIATIONS, ends_sentence, sentence_start, soft_break
from claims.extract.urls import _PAIRS, _TRAILING, trim_url


class CountingText(str):
    """A str that counts how many single characters are read from it."""

    reads = 0

    def __getitem__(self, key: object) -> str:  # type: ignore[override]
        if isinstance(key, int):
            type(self).reads += 1
        return super().__getitem__(key)  # type: ignore[index]


def _reference_ends_sentence(text: str, punct: int) -> bool:
    """The unbounded scan the bounded one must agree with."""
    if text[punct] != ".":
        return True
    start = punct
    while start > 0 and not text[start - 1].isspace() and text[start - 1] not in '(“"‘':
        start -= 1
    word = text[start:punct]
    if not word:
        return True
    if word.lower() in _ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isupper():
        return False
    return not ("." in word and len(word) <= 5)


def _reference_trim_url(url: str) -> str:
    while url:
        last = url[-1]
        if last in _TRAILING or (last in _PAIRS and url.count(_PAIRS[last]) < url.count(last)):
            url = url[:-1]
        else:
            break
    return url


def test_ends_sentence_reads_a_bounded_stretch_back() -> None:
    text = CountingText("http://" + "a." * 50_000)
    CountingText.reads = 0
    assert ends_sentence(text, len(text) - 1)
    assert CountingText.reads < 64  # the unbounded scan read 100,000 characters


_WORDY = st.text(alphabet='aAbU.S (“"‘\n', max_size=40)


@given(_WORDY, st.data())
@example("Mr.", None)
@example("see U.S.", None)
@example("approx.", None)
@example("(e.g.", None)
def test_bounded_ends_sentence_agrees_with_the_full_scan(text: str, data: st.DataObject) -> None:
    text += "."
    if data is None:
        punct = len(text) - 1
    else:
        dots = [i for i, ch in enumerate(text) if ch == "."]
        punct = data.draw(st.sampled_from(dots))
    assert ends_sentence(text, punct) == _reference_ends_sentence(text, punct)


def test_trim_url_drops_a_long_run_of_unbalanced_brackets() -> None:
    url = "http://x.org/" + ")" * 20_000
    assert trim_url(url) == "http://x.org/"


@given(st.text(alphabet="ab()[]{}<>.,;:!?'\"*/", max_size=30))
@example("http://x.org/a_(b)")
@example("http://x.org/(a)).")
def test_trim_url_agrees_with_the_quadratic_version(url: str) -> None:
    assert trim_url(url) == _reference_trim_url(url)


# lines as pdfminer gives them for a justified page: each wrapped at the page's width
WRAPPED = (
    "themselves in enforcing the norms, whereby the broadest possible framework means "
    "more flexibility. And\nnot only are the app stores' conditions opaque, the practice "
    'of "moderation" by the app stores also reveals\nlittle system.'
)


def test_a_claim_runs_across_the_lines_a_pdf_wrapped() -> None:
    end = len(WRAPPED)
    assert WRAPPED[sentence_start(WRAPPED, end, 0) :].startswith("And\nnot only are")


@pytest.mark.parametrize(
    "text",
    [
        "Skip to main content\nDonate Now\nFacebook is a company.",  # page chrome, one per line
        "A heading without a stop\nThe first sentence of the text.",
        "Sincerely,\nKenneth Roth",
        "The paragraph ends here.\nnot a soft break after a stop",
    ],
)
def test_headings_and_short_lines_stay_lines_of_their_own(text: str) -> None:
    start = sentence_start(text, len(text), 0)
    assert start == text.rfind("\n") + 1


@given(st.text(alphabet="ab .\n", max_size=200), st.data())
def test_a_sentence_never_starts_inside_a_line_it_does_not_hold(
    text: str, data: st.DataObject
) -> None:
    pos = data.draw(st.integers(0, len(text)))
    start = sentence_start(text, pos, 0)
    assert 0 <= start <= pos
    # only soft breaks lie between a sentence's start and its end
    for i in range(start, pos):
        if text[i] == "\n":
            assert soft_break(text, i)


@given(
    st.text(alphabet="0123456789 /-.,JanuryFebMchAplOctDcNov", max_size=80)
    | st.from_regex(r"(1[89]|20)\d\d(-[01]\d(-[0-3]\d)?)?", fullmatch=False)
)
@example("U.S.A2014U.S.A2015")
@example("31 February 2016")
def test_contains_date_agrees_with_find_dates(text: str) -> None:
    assert contains_date(text) is bool(find_dates(text))


def _find_dates_by_scan(text: str) -> list[tuple[int, int]]:
    """find_dates as first written: each match checked against every span taken."""
    from claims.extract import dates

    taken: list[tuple[int, int]] = []
    for pattern, precision in dates._PATTERNS:
        for m in pattern.finditer(text):
            free = all(m.end() <= s or m.start() >= e for s, e in taken)
            if free and dates._from_match(m, precision) is not None:
                taken.append((m.start(), m.end()))
    for m in dates._YEAR_ONLY.finditer(text):
        if all(m.end() <= s or m.start() >= e for s, e in taken):
            taken.append((m.start(), m.end()))
    return sorted(taken)


@given(
    st.lists(
        st.sampled_from(["[2001]", "(2002)", " ", "1 May 2016", "2016-05-01", "May", ", ", "19"]),
        max_size=30,
    ).map("".join)
    | st.text(alphabet="0123456789 /-.,[]()JanMay", max_size=80)
)
@example("[2001] (2002) [2001] 1 May 2016")
def test_find_dates_spans_are_those_of_a_scan_of_every_span_taken(text: str) -> None:
    # bisection over the spans taken replaced a scan (a run of law reports' years was quadratic)
    assert [(d.start, d.end) for d in find_dates(text)] == _find_dates_by_scan(text)


@given(st.text(alphabet="0123456789 /-.,aA\nMay", max_size=60), st.data())
@example("x2014", None)
def test_the_date_hint_misses_no_date(text: str, data: st.DataObject | None) -> None:
    """The inline-note search skips spans without the date hint: never one with a date."""
    from claims.extract.footnotes import _Marks

    marks = _Marks(text)
    spans = [(0, len(text))]
    if data is not None and text:
        start = data.draw(st.integers(0, len(text) - 1))
        spans.append((start, data.draw(st.integers(start + 1, len(text)))))
    for start, end in spans:
        chunk = text[start:end]
        hinted = marks.dates.within(start, end) or chunk[:1].isdigit()
        assert hinted or not find_dates(chunk), chunk
