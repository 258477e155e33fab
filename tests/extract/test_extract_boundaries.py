"""Sentence and URL boundaries read a bounded stretch of text (issue 18.7), answers unchanged."""

from __future__ import annotations

from hypothesis import example, given
from hypothesis import strategies as st

from claims.extract.sentences import _ABBREVIATIONS, ends_sentence
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
