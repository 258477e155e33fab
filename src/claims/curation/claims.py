"""Claims by their words: add a claim by its exact quote, delete one with no trail; logged."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from claims.anchors import anchor_at, occurrences
from claims.curation.citing import (
    Cite,
    footnote_citations,
    footnote_of,
    held_sources,
    parse_cite,
    position_in,
    render_citations,
)
from claims.curation.log import field_edits, logged
from claims.curation.policy import FieldChange
from claims.enums import ClaimStatus
from claims.errors import ConflictError, InputError, NotFoundError
from claims.models import Citation, Claim, Footnote, Source
from claims.repository import curation as repo
from claims.repository.claims import claims_by_key, get_claim
from claims.repository.documents import get_document

# a claim added by hand is pinned whole: a dataset or an extraction saved again keeps it
CLAIM_PIN = "claim"
# the fields of a claim a person can edit and pin ("quote" is the anchor: offsets, prefix, suffix)
CLAIM_FIELDS = ("statement", "quote", "citations")
SHOWN_OFFSETS = 5


@dataclass(frozen=True)
class ClaimChange:
    key: str
    action: str
    start: int
    end: int
    quote: str
    sources: tuple[str, ...]
    changes: tuple[FieldChange, ...] = ()  # edit: each field changed
    pinned: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # edit: a verdict given before the change

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "action": self.action,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "sources": list(self.sources),
            "changes": [c.as_json() for c in self.changes],
            "pinned": list(self.pinned),
            "warnings": list(self.warnings),
        }


def _where(offsets: Sequence[int]) -> str:
    shown = ", ".join(str(o) for o in offsets[:SHOWN_OFFSETS])
    return shown + (", …" if len(offsets) > SHOWN_OFFSETS else "")


_LOOSE = (
    dict.fromkeys("'‘’", "['‘’]") | dict.fromkeys('"“”', '["“”]') | dict.fromkeys("-–—", "[-–—]")
)


def _loose(c: str) -> str:
    return _LOOSE.get(c) or re.escape(c)


def locate_quote(
    text: str, quote: str, occurrence: int | None, document: str, what: str = "the quote"
) -> int:
    """The start of the quote's ``occurrence`` (1-based) in the text, refusing an absent or
    ambiguous quote with where it does occur.

    Raises:
        InputError: the quote is not in the text, occurs more than once without
            ``occurrence``, or has fewer occurrences than asked.
    """
    if not quote.strip():
        raise InputError(f"{what} is empty")
    found = occurrences(text, quote)
    if not found:
        # the same words with other quotes, dashes, case or spacing: say where they are
        pattern = r"\s+".join("".join(_loose(c) for c in w) for w in quote.split())
        hint_at = [m.start() for m in re.finditer(pattern, text, re.IGNORECASE)]
        hint = (
            f"the same words, written differently, are at offset {_where(hint_at)}; "
            "quote the text exactly"
            if hint_at
            else "quote the document's words exactly (see: claims show KEY, or the text file)"
        )
        raise InputError(f"{what} is not in the text of {document!r}: {quote!r}", hint=hint)
    if occurrence is None:
        if len(found) > 1:
            raise InputError(
                f"{what} occurs {len(found)} times in {document!r} "
                f"(at offsets {_where(found)}): {quote!r}",
                hint="pass --occurrence N (1 is the first) or quote more words",
            )
        return found[0]
    if not 1 <= occurrence <= len(found):
        raise InputError(
            f"--occurrence {occurrence}: {what} occurs {len(found)} time(s) in {document!r} "
            f"(at offsets {_where(found)})"
        )
    return found[occurrence - 1]


def _footnotes(
    session: Session, document_id: int, document: str, cites: Sequence[Cite]
) -> dict[int, Footnote]:
    numbers = sorted({c.footnote for c in cites if c.footnote is not None})
    return {n: footnote_of(session, document_id, document, n) for n in numbers}


def _cite(
    session: Session, claim: Claim, cite: Cite, source: Source, footnote: Footnote | None
) -> None:
    """The claim cites ``source``: in ``footnote`` at the place the footnote cites it (or
    after its other sources), or outside any footnote after the claim's other such sources."""
    if any(
        c.source is source and c.footnote is footnote for c in claim.citations
    ):  # already cited there
        where = "outside any footnote" if footnote is None else f"in footnote {footnote.number}"
        raise InputError(f"--cites {cite}: claim {claim.key!r} already cites {source.key} {where}")
    if footnote is None:
        free = [c.position for c in claim.citations if c.footnote is None]
        position = max(free, default=0) + 1
    else:
        session.flush()
        position = position_in(footnote_citations(session, footnote.id), source)
    claim.citations.append(Citation(source=source, footnote=footnote, position=position))


def restatus(claim: Claim) -> None:
    """A claim citing nothing needs a source; one that now cites something is unverified."""
    if claim.citations and claim.status is ClaimStatus.NEEDS_SOURCE:
        claim.status = ClaimStatus.UNVERIFIED
    elif not claim.citations and claim.status is ClaimStatus.UNVERIFIED:
        claim.status = ClaimStatus.NEEDS_SOURCE


def add_claim(
    session: Session,
    document: str,
    *,
    quote: str,
    key: str | None = None,
    occurrence: int | None = None,
    statement: str | None = None,
    cites: Sequence[str] = (),
    by: str | None = None,
    note: str | None = None,
) -> ClaimChange:
    """A claim anchored to the document's exact words; offsets, prefix and suffix computed.

    Raises:
        NotFoundError: no such document, source or footnote.
        InputError: the quote is absent or ambiguous.
        ConflictError: the claim key is taken.
    """
    doc = get_document(session, document)
    if doc is None:
        raise NotFoundError(f"no document with key {document!r}")
    start = locate_quote(doc.text, quote, occurrence, document)
    anchor = anchor_at(doc.text, start, start + len(quote))
    if key is None:
        n = 1
        while claims_by_key(session, [f"{document}-c{n}"]):
            n += 1
        key = f"{document}-c{n}"
    elif claims_by_key(session, [key]):
        raise ConflictError(f"claim key {key!r} is taken")
    parsed = [parse_cite(c) for c in cites]
    held = held_sources(session, [c.key for c in parsed], "--cites")
    notes = _footnotes(session, doc.id, document, parsed)
    claim = Claim(
        key=key,
        quote=anchor.quote,
        prefix=anchor.prefix,
        suffix=anchor.suffix,
        start=anchor.start,
        end=anchor.end,
        statement=statement or " ".join(quote.split()),
        status=ClaimStatus.UNVERIFIED if parsed else ClaimStatus.NEEDS_SOURCE,
    )
    doc.claims.append(claim)
    for cite in parsed:
        source = held[cite.key]
        _cite(session, claim, cite, source, None if cite.footnote is None else notes[cite.footnote])
    session.flush()
    session.add(
        logged(
            "claim",
            key,
            "add",
            by=by,
            note=note,
            new=f"{anchor.start}:{anchor.end} {anchor.quote}",
            claim_id=claim.id,
        )
    )
    repo.pin(session, "claim", claim.id, [CLAIM_PIN], by)
    session.flush()
    return ClaimChange(
        key, "add", anchor.start, anchor.end, anchor.quote, tuple(c.key for c in parsed)
    )


def delete_claim(
    session: Session, key: str, *, by: str | None = None, note: str | None = None
) -> ClaimChange:
    """Delete a claim that has no verification trail.

    Raises:
        NotFoundError: no claim has ``key``.
        ConflictError: the claim has a verification trail.
    """
    claim = get_claim(session, key)
    if claim is None:
        raise NotFoundError(f"no claim with key {key!r}", hint="`claims list` shows the keys")
    if claim.verifications:
        raise ConflictError(
            f"claim {key!r} has a verification trail ({len(claim.verifications)} verdicts); "
            "nothing was deleted",
            hint="a verdict is history: record `claims verify KEY --verdict unsupported` instead",
        )
    change = ClaimChange(
        key,
        "delete",
        claim.start,
        claim.end,
        claim.quote,
        tuple(c.source.key for c in claim.citations),
    )
    session.add(
        logged(
            "claim",
            key,
            "delete",
            by=by,
            note=note,
            old=f"{claim.start}:{claim.end} {claim.quote}",
            claim_id=claim.id,
        )
    )
    session.flush()
    session.delete(claim)
    session.flush()
    return change


def _anchor_text(claim: Claim) -> str:
    return f"{claim.start}:{claim.end} {claim.quote}"


def _uncite(claim: Claim, cite: Cite) -> None:
    """Drop the claim's citations of ``cite.key`` (only in that footnote, with ``@N``)."""
    gone = [
        c
        for c in claim.citations
        if c.source.key == cite.key
        and (
            cite.footnote is None or (c.footnote is not None and c.footnote.number == cite.footnote)
        )
    ]
    if not gone:
        cites = render_citations(claim.citations) or "nothing"
        raise InputError(
            f"--uncites {cite}: claim {claim.key!r} does not cite {cite} (it cites {cites})"
        )
    for citation in gone:
        claim.citations.remove(citation)


def edit_claim(
    session: Session,
    key: str,
    *,
    statement: str | None = None,
    quote: str | None = None,
    occurrence: int | None = None,
    cites: Sequence[str] = (),
    uncites: Sequence[str] = (),
    by: str | None = None,
    note: str | None = None,
) -> ClaimChange:
    """Change a claim's statement, its quote (anchored again by its words) or its citations
    (``--uncites`` first, then ``--cites``); every change is logged and every field named
    pinned, so a dataset or an extraction saved again keeps it.

    Raises:
        NotFoundError: no such claim, source or footnote.
        InputError: nothing to change, a quote absent or ambiguous, a citation the claim
            lacks (``uncites``) or already has (``cites``).
    """
    if occurrence is not None and quote is None:
        raise InputError("--occurrence needs --quote")
    if statement is None and quote is None and not cites and not uncites:
        raise InputError(
            "nothing to change", hint="give --statement, --quote, --cites or --uncites"
        )
    claim = get_claim(session, key)
    if claim is None:
        raise NotFoundError(f"no claim with key {key!r}", hint="`claims list` shows the keys")
    doc = claim.document
    added = [parse_cite(c) for c in cites]
    dropped = [parse_cite(c, "--uncites") for c in uncites]
    held = held_sources(session, [c.key for c in added], "--cites")
    notes = _footnotes(session, doc.id, doc.key, added)
    changes: list[FieldChange] = []
    named: list[str] = []

    if statement is not None:
        if not statement.strip():
            raise InputError("--statement is empty")
        named.append("statement")
        if statement != claim.statement:
            changes.append(FieldChange("statement", claim.statement, statement))
            claim.statement = statement
    if quote is not None:
        start = locate_quote(doc.text, quote, occurrence, doc.key)
        anchor = anchor_at(doc.text, start, start + len(quote))
        named.append("quote")
        old = _anchor_text(claim)
        claim.quote, claim.prefix, claim.suffix = anchor.quote, anchor.prefix, anchor.suffix
        claim.start, claim.end = anchor.start, anchor.end
        if _anchor_text(claim) != old:
            changes.append(FieldChange("quote", old, _anchor_text(claim)))
    if added or dropped:
        named.append("citations")
        before = render_citations(claim.citations)
        for cite in dropped:
            _uncite(claim, cite)
        session.flush()
        for cite in added:
            footnote = None if cite.footnote is None else notes[cite.footnote]
            _cite(session, claim, cite, held[cite.key], footnote)
        session.flush()
        after = render_citations(claim.citations)
        if after != before:
            changes.append(FieldChange("citations", before, after))
        restatus(claim)

    warnings: list[str] = []
    if changes and claim.verifications:
        latest = max(claim.verifications, key=lambda v: (v.at, v.id))
        warnings.append(
            f"claim {key!r}: the verdict {latest.verdict.value!r} by {latest.reviewer} on "
            f"{latest.at:%Y-%m-%d} was given before this change; review it again with "
            "`claims verify`"
        )
    repo.add_edits(session, field_edits("claim", key, changes, by=by, note=note, claim_id=claim.id))
    repo.pin(session, "claim", claim.id, named, by)
    session.flush()
    return ClaimChange(
        key,
        "edit",
        claim.start,
        claim.end,
        claim.quote,
        tuple(dict.fromkeys(c.source.key for c in claim.citations)),
        changes=tuple(changes),
        pinned=tuple(named),
        warnings=tuple(warnings),
    )


def claim_pins(session: Session, claim_ids: Sequence[int]) -> dict[int, frozenset[str]]:
    """The pinned fields of each claim; one added by hand has all of them pinned."""
    out = {}
    for claim_id, fields in repo.pins(session, "claim", claim_ids).items():
        out[claim_id] = fields | frozenset(CLAIM_FIELDS) if CLAIM_PIN in fields else fields
    return out


def hand_made_claims(session: Session, claim_ids: Sequence[int]) -> set[int]:
    """The claims among ``claim_ids`` a person added or edited (kept by load and extract
    --save: a dataset or an extraction that no longer lists them does not drop them)."""
    return set(repo.pins(session, "claim", claim_ids))
