"""Hypothesis: a quote or a footnote given by its words lands where those words are, and
citations as written (``KEY@N``) read back as themselves."""

from __future__ import annotations

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from claims.anchors import occurrences
from claims.curation.citing import Cite, parse_cite
from claims.curation.claims import locate_quote
from claims.curation.footnotes import extent_of
from claims.errors import InputError
from claims.models import Document, Footnote

# few letters, so that words repeat and occurrences and ambiguity are exercised
TEXTS = st.text(alphabet="ab c\n’", min_size=1, max_size=60)


@st.composite
def spans(draw: st.DrawFn) -> tuple[str, int, int]:
    text = draw(TEXTS)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, len(text)))
    return text, start, end


@given(spans())
def test_a_quote_with_its_occurrence_is_found_where_it_is(case: tuple[str, int, int]) -> None:
    text, start, end = case
    quote = text[start:end]
    assume(quote.strip())
    found = occurrences(text, quote)
    n = found.index(start) + 1
    assert locate_quote(text, quote, n, "d") == start
    if len(found) == 1:
        assert locate_quote(text, quote, None, "d") == start
    else:
        with pytest.raises(InputError, match=r"occurs \d+ times"):
            locate_quote(text, quote, None, "d")


@given(TEXTS, st.text(alphabet="xyz", min_size=1, max_size=5))
def test_an_absent_quote_is_refused(text: str, quote: str) -> None:
    with pytest.raises(InputError, match="is not in the text"):
        locate_quote(text, quote, None, "d")


def _document(text: str) -> tuple[Document, Footnote]:
    footnote = Footnote(number=1, text=text[:1], start=0, end=1)
    doc = Document(key="d", title="t", text=text, text_hash="")
    doc.footnotes.append(footnote)
    return doc, footnote


@given(spans(), st.integers(1, 8), st.integers(1, 8))
def test_a_footnote_from_its_first_to_its_last_words(
    case: tuple[str, int, int], first: int, last: int
) -> None:
    text, start, end = case
    head = text[start : min(end, start + first)]
    tail = text[max(start, end - last) : end]
    assume(head.strip() and tail.strip())
    doc, footnote = _document(text)
    n = occurrences(text, head).index(start) + 1
    got = extent_of(doc, footnote, start_words=head, end_words=tail, occurrence=n, span=None)
    # from the first words to the first occurrence of the last words that ends after them
    assert got[0] == start
    assert text[got[1] - len(tail) : got[1]] == tail
    assert start + len(head) <= got[1] <= end


@given(
    st.text(alphabet="abcXYZ019:._-/", min_size=1, max_size=20),
    st.none() | st.integers(1, 10_000),
)
def test_citations_read_back_as_written(key: str, footnote: int | None) -> None:
    cite = Cite(key, footnote)
    assert parse_cite(str(cite)) == cite


@pytest.mark.parametrize("bad", ["", "@3", "k@", "k@x", "k@0", "k@-1", "k@٣"])
def test_bad_citations_are_refused(bad: str) -> None:
    with pytest.raises(InputError):
        parse_cite(bad)
