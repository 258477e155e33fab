"""Footnotes by hand: list them, correct where one starts and ends (by its words) and what
it cites; each change logged and pinned."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from claims.anchors import occurrences
from claims.curation.citing import (
    footnote_citations,
    footnote_of,
    footnote_source_list,
    held_sources,
    set_footnote_citations,
)
from claims.curation.claims import locate_quote, restatus
from claims.curation.log import field_edits
from claims.curation.policy import FieldChange
from claims.errors import InputError, NotFoundError
from claims.models import Claim, Document, Footnote
from claims.repository import curation as repo
from claims.repository.documents import get_document

# the fields of a footnote a person can edit and pin
FOOTNOTE_FIELDS = ("extent", "citations")
SHOWN = 5


def footnote_key(document: str, number: int) -> str:
    """How the edit log names a footnote: ``DOCUMENT#NUMBER``."""
    return f"{document}#{number}"


@dataclass(frozen=True)
class FootnoteView:
    number: int
    start: int | None
    end: int | None
    text: str
    sources: tuple[str, ...]  # in the order it cites them
    claims: tuple[str, ...]  # the claims citing it
    pinned: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sources": list(self.sources),
            "claims": list(self.claims),
            "pinned": list(self.pinned),
        }


@dataclass(frozen=True)
class FootnoteChange:
    document: str
    footnote: FootnoteView
    changes: tuple[FieldChange, ...]
    pinned: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            **self.footnote.as_json(),
            "changes": [c.as_json() for c in self.changes],
            "pinned": list(self.pinned),
        }


def _document(session: Session, document: str) -> Document:
    doc = get_document(session, document)
    if doc is None:
        raise NotFoundError(f"no document with key {document!r}")
    return doc


def _view(session: Session, footnote: Footnote, pinned: frozenset[str]) -> FootnoteView:
    citations = footnote_citations(session, footnote.id)
    return FootnoteView(
        number=footnote.number,
        start=footnote.start,
        end=footnote.end,
        text=footnote.text,
        sources=tuple(s.key for s in footnote_source_list(citations)),
        claims=tuple(sorted({c.claim.key for c in citations})),
        pinned=tuple(f for f in FOOTNOTE_FIELDS if f in pinned),
    )


def list_footnotes(session: Session, document: str) -> tuple[FootnoteView, ...]:
    """A document's footnotes in number order, with what each cites and the claims citing it.

    Raises:
        NotFoundError: no such document.
    """
    doc = _document(session, document)
    pins = repo.pins(session, "footnote", [f.id for f in doc.footnotes])
    return tuple(_view(session, f, pins.get(f.id, frozenset())) for f in doc.footnotes)


def parse_span(text: str) -> tuple[int, int]:
    """``START:END`` offsets."""
    start, colon, end = text.partition(":")
    try:
        if not colon:
            raise ValueError
        return int(start), int(end)
    except ValueError:
        raise InputError(f"--span {text!r}: expected START:END (offsets)") from None


def _where(offsets: Sequence[int]) -> str:
    return ", ".join(str(o) for o in offsets[:SHOWN]) + (", …" if len(offsets) > SHOWN else "")


def extent_of(
    doc: Document,
    footnote: Footnote,
    *,
    start_words: str | None,
    end_words: str | None,
    occurrence: int | None,
    span: str | None,
) -> tuple[int, int]:
    """Where the footnote starts and ends: from the first words to the last, or offsets."""
    text = doc.text
    if span is not None:
        if start_words is not None or end_words is not None:
            raise InputError("--span gives both ends: leave out --from and --to")
        start, end = parse_span(span)
    else:
        if start_words is not None:
            start = locate_quote(
                text, start_words, occurrence, doc.key, what=f"--from {start_words!r}"
            )
            floor = start + len(start_words)
        elif footnote.start is None:
            raise InputError(
                f"footnote {footnote.number} has no start offset", hint="give --from WORDS"
            )
        else:
            start = floor = footnote.start
        if end_words is not None:
            if not end_words.strip():
                raise InputError("--to is empty")
            at = text.find(end_words, max(start, floor - len(end_words)))
            while at >= 0 and at + len(end_words) < floor:
                at = text.find(end_words, at + 1)
            if at < 0:
                found = occurrences(text, end_words)
                raise InputError(
                    f"--to {end_words!r} does not occur after offset {start} in {doc.key!r}"
                    + (f" (it occurs at {_where(found)})" if found else " (nor anywhere in it)")
                )
            end = at + len(end_words)
        elif footnote.end is None:
            raise InputError(
                f"footnote {footnote.number} has no end offset", hint="give --to WORDS"
            )
        else:
            end = footnote.end
    if not 0 <= start < end <= len(doc.text):
        raise InputError(
            f"footnote {footnote.number}: {start}:{end} is not a span of the text "
            f"(0:{len(doc.text)}, start before end)"
        )
    if not text[start:end].strip():
        raise InputError(f"footnote {footnote.number}: {start}:{end} is only white space")
    for other in doc.footnotes:
        if other is footnote or other.start is None or other.end is None:
            continue
        if start < other.end and other.start < end:
            raise InputError(
                f"footnote {footnote.number}: {start}:{end} overlaps footnote {other.number} "
                f"({other.start}:{other.end})"
            )
    return start, end


def edit_footnote(
    session: Session,
    document: str,
    number: int,
    *,
    start_words: str | None = None,
    end_words: str | None = None,
    occurrence: int | None = None,
    span: str | None = None,
    cites: Sequence[str] = (),
    uncites: Sequence[str] = (),
    by: str | None = None,
    note: str | None = None,
) -> FootnoteChange:
    """Correct a footnote's extent (its first and last words, or ``START:END`` offsets) and
    what it cites: ``uncites`` leave every claim citing it, ``cites`` are added to each after
    its other sources. Every change is logged and every field named pinned.

    Raises:
        NotFoundError: no such document, footnote or source.
        InputError: words absent or ambiguous, a span outside the text or over another
            footnote, a source the footnote does not cite (``uncites``) or already cites, a
            footnote no claim cites (its citations live on its claims).
    """
    if occurrence is not None and start_words is None:
        raise InputError("--occurrence goes with --from")
    touches_extent = start_words is not None or end_words is not None or span is not None
    if not touches_extent and not cites and not uncites:
        raise InputError(
            "nothing to change", hint="give --from WORDS, --to WORDS, --span, --cites or --uncites"
        )
    doc = _document(session, document)
    footnote = footnote_of(session, doc.id, document, number)
    key = footnote_key(document, number)
    changes: list[FieldChange] = []
    named: list[str] = []

    if touches_extent:
        start, end = extent_of(
            doc,
            footnote,
            start_words=start_words,
            end_words=end_words,
            occurrence=occurrence,
            span=span,
        )
        named.append("extent")
        old = f"{footnote.start}:{footnote.end} {footnote.text}"
        footnote.start, footnote.end, footnote.text = start, end, doc.text[start:end]
        new = f"{start}:{end} {footnote.text}"
        if new != old:
            changes.append(FieldChange("extent", old, new))

    if cites or uncites:
        named.append("citations")
        citations = footnote_citations(session, footnote.id)
        order = footnote_source_list(citations)
        keys = [s.key for s in order]
        listed = ", ".join(keys) or "nothing"
        for item in uncites:
            if item not in keys:
                raise InputError(
                    f"--uncites {item!r}: footnote {number} does not cite it (it cites {listed})"
                )
        held = held_sources(session, list(cites), "--cites")
        for item in cites:
            if item in keys:
                raise InputError(f"--cites {item!r}: footnote {number} already cites it")
        claims: list[Claim] = list({c.claim.id: c.claim for c in citations}.values())
        if cites and not claims:
            raise InputError(
                f"footnote {number} of {document!r} supports no claim, so it cannot cite: "
                "a footnote's citations are its claims'",
                hint=f"claims claims add {document} --quote WORDS --cites {cites[0]}@{number}",
            )
        new_order = [s for s in order if s.key not in uncites] + [
            held[k] for k in dict.fromkeys(cites)
        ]
        for claim in claims:
            mine = [c.source for c in claim.citations if c.footnote is footnote]
            cited = [s for s in mine if s in new_order] + [
                s for s in new_order if s.key in cites and s not in mine
            ]
            set_footnote_citations(session, claim, footnote, cited, new_order)
        session.flush()
        for claim in claims:
            restatus(claim)
        after = ", ".join(s.key for s in new_order) or None
        if after != (", ".join(keys) or None):
            changes.append(FieldChange("citations", ", ".join(keys) or None, after))

    repo.add_edits(session, field_edits("footnote", key, changes, by=by, note=note))
    repo.pin(session, "footnote", footnote.id, named, by)
    session.flush()
    pins = repo.pins(session, "footnote", [footnote.id]).get(footnote.id, frozenset())
    return FootnoteChange(document, _view(session, footnote, pins), tuple(changes), tuple(named))


def footnote_pins(session: Session, footnote_ids: Sequence[int]) -> dict[int, frozenset[str]]:
    """The fields a person pinned, per footnote id."""
    return repo.pins(session, "footnote", footnote_ids)
