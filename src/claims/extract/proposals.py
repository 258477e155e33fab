"""Uncited claims: sentences that state checkable facts but cite nothing, scored for review.

A sentence is proposed when it states something a person could check — a number or a date,
a named person or organisation, a law, an event, reported speech — and no footnote supports
it. Requests, recommendations, questions and the writer's own intentions ("we urge", "should")
are not facts to check and score low. Each proposal carries its score (0 to 1) and the reasons.
The rules are general English cues, written against the prose of the development documents
(not the letter the benchmark measures).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from claims.extract.chrome import blank_chrome, find_chrome
from claims.extract.results import Extraction
from claims.extract.sentences import ends_sentence

PROPOSAL_THRESHOLD = 0.3  # a sentence scoring this or more is proposed (see the benchmark)
MIN_WORDS = 6  # shorter sentences (headings, salutations) state too little to check
MAX_SENTENCE_CHARS = 1500

_SENTENCE_END = re.compile(r"[.!?…]+[”\"’'»)\]]*(?=\s|$)")
_MONTHS = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_DATE = re.compile(
    rf"\b{_MONTHS}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}\b|\b\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}\b"
    rf"|\b(?:in|since|by|from|until|during|of)\s+{_MONTHS}\s+\d{{4}}\b"
    r"|\b(?:in|since|by|from|until|during|of|early|late|mid-?)\s+(?:1[89]|20)\d{2}s?\b"
    r"|\b(?:1[89]|20)\d{2}\b"
)
_NUMBER = re.compile(
    r"(?<![\w.])(?:\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(?:%|percent|per\s+cent))?"
    r"|\b(?:hundreds|thousands|millions|billions|dozens|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|twenty|fifty|hundred|thousand|million|billion)\b",
    re.IGNORECASE,
)
_MONEY = re.compile(r"[$€£¥]\s?\d|\b\d+(?:\.\d+)?\s?(?:million|billion|trillion)\b", re.I)
_ORGANISATION = re.compile(
    r"\b(?:Ministry|Minist(?:er|ry)|Government|Party|Court|Council|Commission|Committee|Agency|"
    r"Administration|Department|Bureau|Office|Congress|Parliament|Senate|Assembly|Union|"
    r"Association|Institute|Foundation|University|Company|Corporation|Inc|Ltd|Bank|Watch|"
    r"International|Nations|Organi[sz]ation|Authority|Police|Army|Military|Network|Initiative|"
    r"Board|Service|Group)\b"
    r"|\b(?:government|authorities|regulators?|officials?|police|courts?|companies|firms?|"
    r"ministry|agency|parliament|legislature|prosecutors?)\b"
)
_LAW = re.compile(
    r"\b(?:laws?|acts?|statutes?|regulations?|decrees?|constitution(?:al)?|provisions?|"
    r"articles?\s+\d+|treaty|convention|ordinance|legislation|judicial\s+interpretation|"
    r"directive|ruling|verdict)\b",
    re.IGNORECASE,
)
_EVENT = re.compile(
    r"\b(?:arrested|detained|sentenced|convicted|charged|jailed|imprisoned|released|killed|"
    r"died|blocked|banned|censored|shut\s+down|closed|passed|issued|adopted|enacted|signed|"
    r"launched|introduced|invented|founded|created|built|acquired|bought|sold|elected|"
    r"appointed|resigned|fired|attacked|raided|protested|protests?|crackdown|cracked\s+down|"
    r"targeted|prosecuted|fined|sued|won|lost|grew|rose|fell|increased|decreased|doubled|"
    r"declined|reached|exceeded|discovered|developed|reported(?:ly)?|revealed|disclosed|"
    r"required|requires|mandated|prohibit(?:s|ed)?|restrict(?:s|ed)|removed|deleted|"
    r"suspended|disappeared|tortured|harassed|expanded|reversed|moved|became|remains?)\b",
    re.IGNORECASE,
)
_SPEECH = re.compile(
    r"\b(?:said|says|stated|states|told|claimed|claims|announced|declared|argued|wrote|"
    r"testified|acknowledged|admitted|denied|explained|warned|insisted|according\s+to|"
    r"described|called|promised|pledged|confirmed|asserted|noted)\b|[“\"][^”\"]{3,}[”\"]",
    re.IGNORECASE,
)
_NORMATIVE = re.compile(
    r"\b(?:should|must|ought|urge[sd]?|recommend\w*|request\w*|encourage\w*|call\s+on|"
    r"ask\s+(?:you|that)|we\s+(?:hope|believe|think|would|look\s+forward|ask|write|welcome)|"
    r"please|would\s+(?:you|be)|could\s+you|let\s+us|imagine|consider|suppose)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"^(?:I|We|Our|My|Let)\b")
_NAME = re.compile(r"\b[A-Z][\w’'-]*[a-z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]+|of|the|for|and|de|van))*")
_STOP_CAPITALS = frozenset(
    [
        "The",
        "A",
        "An",
        "In",
        "On",
        "At",
        "For",
        "But",
        "And",
        "Or",
        "If",
        "As",
        "It",
        "Its",
        "This",
        "That",
        "These",
        "Those",
        "There",
        "Their",
        "They",
        "He",
        "She",
        "We",
        "Our",
        "You",
        "Your",
        "His",
        "Her",
        "When",
        "While",
        "Since",
        "After",
        "Before",
        "Although",
        "Though",
        "However",
        "Yet",
        "So",
        "Such",
        "Many",
        "Most",
        "Some",
        "All",
        "Each",
        "Every",
        "No",
        "Not",
        "Only",
        "Also",
        "Even",
        "Then",
        "Thus",
        "Still",
        "Furthermore",
        "Moreover",
        "Finally",
        "First",
        "Second",
        "Third",
        "Today",
        "Yesterday",
        "Here",
        "What",
        "Why",
        "How",
        "Who",
        "Which",
        "Where",
    ]
)


@dataclass(frozen=True)
class Proposal:
    """A sentence proposed as an uncited claim."""

    quote: str
    start: int
    end: int
    score: float
    reasons: tuple[str, ...]

    @property
    def reason(self) -> str:
        return "; ".join(self.reasons)

    def as_json(self) -> dict[str, object]:
        return {
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
            "score": self.score,
            "reason": self.reason,
        }


def quote_hash(quote: str) -> str:
    """What identifies a proposal across re-saves: its words, spaces collapsed."""
    return hashlib.sha256(" ".join(quote.split()).encode("utf-8")).hexdigest()


def _sentences(text: str, start: int, end: int) -> Iterable[tuple[int, int]]:
    """(start, end) of each sentence of one paragraph."""
    pos = start
    for m in _SENTENCE_END.finditer(text, start, end):
        if not ends_sentence(text, m.start()):
            continue
        yield pos, m.end()
        pos = m.end()
    if pos < end:
        yield pos, end


def _names(sentence: str) -> list[str]:
    """Capitalised names not explained by the sentence's first word."""
    found = []
    for m in _NAME.finditer(sentence):
        words = m.group(0).split()
        while words and (words[0] in _STOP_CAPITALS or words[0] in {"of", "the", "for", "and"}):
            words = words[1:]
        while words and words[-1] in {"of", "the", "for", "and", "de", "van"}:
            words = words[:-1]
        if words and words[0] not in {"I"} and (m.start() > 0 or len(words) > 1):
            found.append(" ".join(words))
    return found


def score_sentence(sentence: str) -> tuple[float, tuple[str, ...]]:
    """How checkable a sentence is (0 to 1), and why."""
    reasons: list[str] = []
    score = 0.0
    date = _DATE.search(sentence)
    if date:
        score += 0.35
        reasons.append(f"a date ({date.group(0).strip()})")
    numbers = [
        m.group(0) for m in _NUMBER.finditer(sentence) if not (date and m.group(0) in date[0])
    ]
    if numbers or _MONEY.search(sentence):
        score += 0.25
        reasons.append(f"a number ({(numbers or ['amount'])[0]})")
    names = _names(sentence)
    if names:
        score += min(0.45, 0.2 * len(names))
        reasons.append("names " + ", ".join(names[:3]))
    organisation = _ORGANISATION.search(sentence)
    if organisation:
        score += 0.15
        reasons.append(f"an organisation ({organisation.group(0)})")
    law = _LAW.search(sentence)
    if law:
        score += 0.15
        reasons.append(f"a law or rule ({law.group(0)})")
    event = _EVENT.search(sentence)
    if event:
        score += 0.2
        reasons.append(f"an event ({event.group(0)})")
    speech = _SPEECH.search(sentence)
    if speech:
        score += 0.2
        reasons.append("reported speech" if len(speech.group(0)) < 20 else "a quotation")
    normative = _NORMATIVE.search(sentence)
    if normative:
        score -= 0.5
        reasons.append(f"but a request or opinion ({normative.group(0)})")
    if _FIRST_PERSON.match(sentence):
        score -= 0.2
        reasons.append("but the writer's own statement")
    if sentence.rstrip("”\"’' )").endswith("?"):
        score -= 0.6
        reasons.append("but a question")
    return round(max(0.0, min(1.0, score)), 2), tuple(reasons)


def propose_uncited(
    text: str,
    extraction: Extraction,
    *,
    threshold: float = PROPOSAL_THRESHOLD,
    rejected: frozenset[str] = frozenset(),
) -> tuple[Proposal, ...]:
    """Sentences of ``text`` that state checkable facts and that no footnote supports.

    ``rejected`` holds the :func:`quote_hash` of proposals a person rejected: never proposed
    again.
    """
    body = blank_chrome(text, find_chrome(text))
    taken: list[tuple[int, int]] = [(f.start, f.end) for f in extraction.footnotes]
    taken += [(c.start, c.end) for c in extraction.claims]
    for f in extraction.footnotes:
        if f.marker_start is not None and f.marker_end is not None:
            taken.append((f.marker_start, f.marker_end))
    notes_from = min((f.start for f in extraction.footnotes if f.marker_start), default=len(text))
    out: list[Proposal] = []
    for paragraph in re.finditer(r"[^\n]+", body[:notes_from]):
        for first, last in _sentences(body, paragraph.start(), paragraph.end()):
            start, end = first, last
            while start < end and body[start].isspace():
                start += 1
            while end > start and body[end - 1].isspace():
                end -= 1
            sentence = body[start:end]
            if len(sentence.split()) < MIN_WORDS or len(sentence) > MAX_SENTENCE_CHARS:
                continue
            if sentence[-1] not in ".!?”\"’')":
                continue  # a heading or a line of a list
            if any(a < end and start < b for a, b in taken):
                continue  # it cites something (or is a note)
            score, reasons = score_sentence(sentence)
            if score < threshold or quote_hash(text[start:end]) in rejected:
                continue
            out.append(Proposal(text[start:end], start, end, score, reasons))
    return tuple(out)
