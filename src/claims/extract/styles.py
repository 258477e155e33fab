"""Citation styles whose shape settles a field for certain, applied after rules and labeller.

Each recogniser reads the printed text of one citation and, where its pattern holds, says
what a field is: a Bluebook reporter or journal (``23 Rev. Fin. 697 (2019)``: the container
is ``Rev. Fin.``, the title ends before it), a chapter ``…, in Book (eds., 2019)``, an
Official Journal reference (``(PB L 281 van 23.11.1995, blz. 31)``), a website printed
before the title (``usatoday.com, Title``), a list of persons before an unquoted title, and
an outlet field that kept a volume, page or pinpoint. Nothing here looks at a publisher of
documents: the patterns are those of the citation styles.
"""

from __future__ import annotations

import re
from dataclasses import replace

from claims.extract.dates import find_dates
from claims.extract.names import looks_like_person, split_authors, split_person
from claims.records import Contributor, SourceRecord

_SIGNAL = re.compile(
    r"^(?:(?:see|compare)(?:\s+also)?(?:,?\s+(?:e\.g\.|for example|generally),?)?"
    r"|cf\.|e\.g\.,?|for example,?)\s+",
    re.IGNORECASE,
)
_QUOTES = '“”"„«»'
# "23 Rev. Fin. 697, 698 (2019)", "193 U.S. 197 (1904)", "86 Fed. Reg. 36,987 (July 9, 2021)"
_REPORTER = re.compile(
    r",\s+(?P<volume>\d{1,4})\s+(?P<reporter>[A-Z][\w.’'&]*(?:\s+(?:[A-Z&][\w.’'&]*|of|and|on))*?)"
    r"\s+(?P<page>\d{1,3}(?:,\d{3})?|\d{1,5})(?:,\s*\d[\d–-]*)?\s*"
    r"\((?P<court>[^()]*?)(?P<year>\d{4})\)"
)
_PAREN_YEAR = re.compile(
    r"\s*(?:,\s*at\s+\S+)?\s*(?:\d[\d–-]*\s*)?\((?P<paren>[^()]*\d{4})\),?\s*"
    r"(?=https?:|www\.|$)"
)
_IN_BOOK = re.compile(r",?\s+in\s+(?P<book>[A-Z][^()]{3,200}?)\s*\((?P<paren>[^()]*\d{4})\)")
_OJ = re.compile(
    r"\(\s*(?P<series>PB|OJ|ABl\.|JO|GU|DO|Pb\.)\s+(?P<lc>[LC])\s+(?P<number>\d{1,4}[A-Z]?)\b"
    r"[^()]*\)"
)
_BARE_OJ = re.compile(r"^(?P<series>PB|OJ|ABl\.|JO)\s+(?P<lc>[LC])\s+(?P<number>\d{1,4}[A-Z]?)\b")
_DOMAIN_FIRST = re.compile(
    r"^(?P<domain>(?:[a-z0-9-]+\.)+(?:[a-z]{2,3}\.)?[a-z]{2,6}),\s+(?!https?:|www\.)"
    r"(?P<title>[^\s,].*?)\s*(?:,\s*(?=https?:|www\.)|$)",
    re.DOTALL,
)
_DOMAIN_ONLY = re.compile(r"^(?P<domain>(?:[a-z0-9-]+\.)+[a-z]{2,6}),\s*(?=https?:|www\.)")
_TRAILING_NUMBER = re.compile(
    r"(?:,?\s+(?:\d{1,5}(?:\s*\(\d{1,4}\))?|at\s+\S+|vol\.?\s*\d+|volume\s+\d+))+$", re.I
)
_LEADING_VOLUME = re.compile(r"^\d{1,4}\s+(?=[A-Z])")
_PINPOINT_ONLY = re.compile(r"^(?:at|link|p\.|pp\.)\s+[\w–-]+$", re.IGNORECASE)
_LEADING_IN = re.compile(r"^in:?\s+(?=[A-Z])")
_SUFFIX = re.compile(r"^(?:Jr|Sr|II|III|IV)\.?$")
_ET_AL = re.compile(r"\s+et\.?\s+al\.?$")


def apply(source: SourceRecord) -> SourceRecord:
    """``source`` with the fields a recognised style settles; unchanged otherwise."""
    raw = source.raw or ""
    signal = _SIGNAL.match(raw)
    text = raw[signal.end() :] if signal else raw
    changes: dict[str, object] = {}
    quoted = any(q in text[:200] for q in _QUOTES)

    oj = _OJ.search(text)
    bare = _BARE_OJ.match(text)
    if oj is not None and not quoted:
        changes["container"] = f"{oj['series']} {oj['lc']} {oj['number']}"
        head = " ".join(text[: oj.start()].split()).strip(" ,;")
        if head:
            changes["title"] = head
            dates = find_dates(head)
            if dates:
                changes["issued"] = dates[0].value
    elif bare is not None:
        changes["container"] = f"{bare['series']} {bare['lc']} {bare['number']}"
        changes["title"] = None
    elif (domain := _DOMAIN_FIRST.match(text)) is not None and not quoted:
        changes["container"] = domain["domain"]
        changes["title"] = " ".join(domain["title"].split()).rstrip(" ,.")
        changes["contributors"] = ()
    elif (only := _DOMAIN_ONLY.match(text)) is not None:
        changes["container"] = only["domain"]
        changes["title"] = None
    elif not quoted:
        changes.update(_bluebook(text, source))

    container = changes.get("container", source.container)
    if isinstance(container, str) and "container" not in changes:
        cleaned = clean_container(container)
        if cleaned != container:
            changes["container"] = cleaned
    return replace(source, **changes) if changes else source  # type: ignore[arg-type]


def clean_container(value: str) -> str | None:
    """An outlet without the volume, page or pinpoint a style prints next to it."""
    value = _LEADING_IN.sub("", value.strip())
    if _PINPOINT_ONLY.match(value):
        return None
    stripped = _TRAILING_NUMBER.sub("", value)
    stripped = _LEADING_VOLUME.sub("", stripped).strip(" ,")
    return stripped if any(ch.isalpha() for ch in stripped) else value


def _top_commas(text: str) -> list[tuple[int, int]]:
    """Spans of the comma-separated pieces of ``text`` outside brackets."""
    out: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for i, ch in enumerate(text):
        if ch in "([":
            depth += 1
        elif ch in ")]":
            depth = max(depth - 1, 0)
        elif ch == "," and depth == 0:
            out.append((start, i))
            start = i + 1
    out.append((start, len(text)))
    return out


def leading_persons(text: str) -> tuple[tuple[Contributor, ...], int]:
    """Persons named before the first other piece (``A, B & C, Title``) and where it starts."""
    pieces = _top_commas(text)
    best: tuple[tuple[Contributor, ...], int] = ((), 0)
    names: list[Contributor] = []
    for k, (s, e) in enumerate(pieces[:-1]):
        piece = " ".join(text[s:e].split())
        if _SUFFIX.match(piece) and names:
            last = names[-1]
            names[-1] = replace(last, family=f"{last.family}, {piece}")
            best = (tuple(names), pieces[k + 1][0])
            continue
        found, ok = split_authors(_ET_AL.sub("", piece))
        persons = [c for c in found if not c.is_organisation]
        if not ok or not found or len(persons) != len(found):
            if not (_ET_AL.search(piece) and looks_like_person(_ET_AL.sub("", piece))):
                break
            persons = [split_person(_ET_AL.sub("", piece))]
        names.extend(persons)
        best = (tuple(names), pieces[k + 1][0])
        if _ET_AL.search(piece) or " & " in piece or " and " in piece:
            break  # the list ends with its last name
    return best


def _bluebook(text: str, source: SourceRecord) -> dict[str, object]:
    """Authors, title and container of ``Authors, Title, 23 Rev. Fin. 697 (2019)`` and kin."""
    out: dict[str, object] = {}
    reporter = _REPORTER.search(text)
    in_book = _IN_BOOK.search(text)
    end: int | None = None
    if reporter is not None:
        out["container"] = reporter["reporter"]
        end = reporter.start()
    elif in_book is not None:
        out["container"] = in_book["book"].strip()
        end = in_book.start()
    else:
        paren = _PAREN_YEAR.search(text)
        if paren is not None and leading_persons(text[: paren.start()])[0]:
            end = paren.start()
    if end is None:
        return out
    head = text[:end]
    if " v. " in head or " v " in head:
        out["title"] = " ".join(head.split()).strip(" ,")
        out["contributors"] = ()
        return out
    persons, at = leading_persons(head)
    if persons:
        out["contributors"] = persons
    title = " ".join(head[at:].split()).strip(" ,")
    if title:
        out["title"] = title
    return out
