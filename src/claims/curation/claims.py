"""Claims by their words: add a claim by its exact quote, delete one with no trail; logged."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from claims.anchors import anchor_at, occurrences
from claims.curation.sources import DEFAULT_EDITOR
from claims.enums import ClaimStatus
from claims.errors import ConflictError, InputError, NotFoundError
from claims.models import Citation, Claim, Edit, Footnote
from claims.repository import curation as repo
from claims.repository.claims import claims_by_key, get_claim
from claims.repository.documents import get_document
from claims.repository.sources import sources_by_key

# a claim added by hand is pinned whole: a dataset or an extraction saved again keeps it
CLAIM_PIN = "claim"
SHOWN_OFFSETS = 5


@dataclass(frozen=True)
class ClaimChange:
    key: str
    action: str
    start: int
    end: int
    quote: str
    sources: tuple[str, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "action": self.action,
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "sources": list(self.sources),
        }


def _where(offsets: Sequence[int]) -> str:
    shown = ", ".join(str(o) for o in offsets[:SHOWN_OFFSETS])
    return shown + (", …" if len(offsets) > SHOWN_OFFSETS else "")


_LOOSE = (
    dict.fromkeys("'‘’", "['‘’]") | dict.fromkeys('"“”', '["“”]') | dict.fromkeys("-–—", "[-–—]")
)


def _loose(c: str) -> str:
    return _LOOSE.get(c) or re.escape(c)


def locate_quote(text: str, quote: str, occurrence: int | None, document: str) -> int:
    """The start of the quote's ``occurrence`` (1-based) in the text, refusing an absent or
    ambiguous quote with where it does occur.

    Raises:
        InputError: the quote is not in the text, occurs more than once without
            ``occurrence``, or has fewer occurrences than asked.
    """
    if not quote.strip():
        raise InputError("--quote is empty")
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
        raise InputError(f"the quote is not in the text of {document!r}: {quote!r}", hint=hint)
    if occurrence is None:
        if len(found) > 1:
            raise InputError(
                f"the quote occurs {len(found)} times in {document!r} "
                f"(at offsets {_where(found)}): {quote!r}",
                hint="pass --occurrence N (1 is the first) or quote more words",
            )
        return found[0]
    if not 1 <= occurrence <= len(found):
        raise InputError(
            f"--occurrence {occurrence}: the quote occurs {len(found)} time(s) in {document!r} "
            f"(at offsets {_where(found)})"
        )
    return found[occurrence - 1]


def _cites(session: Session, document_id: int, cites: Sequence[str]) -> list[tuple[Any, Any]]:
    """(source, footnote or None) for each ``KEY[@FOOTNOTE]``."""
    keys = [c.partition("@")[0] for c in cites]
    held = sources_by_key(session, keys)
    out = []
    for item in cites:
        key, at, number = item.partition("@")
        if key not in held:
            raise NotFoundError(f"--cites {item!r}: no source with key {key!r}")
        footnote = None
        if at:
            if not number.isdigit():
                raise InputError(f"--cites {item!r}: a footnote is a number (KEY@3)")
            footnote = session.scalar(
                select(Footnote).where(
                    Footnote.document_id == document_id, Footnote.number == int(number)
                )
            )
            if footnote is None:
                raise NotFoundError(f"--cites {item!r}: the document has no footnote {number}")
        out.append((held[key], footnote))
    return out


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
    cited = _cites(session, doc.id, cites)
    claim = Claim(
        key=key,
        quote=anchor.quote,
        prefix=anchor.prefix,
        suffix=anchor.suffix,
        start=anchor.start,
        end=anchor.end,
        statement=statement or " ".join(quote.split()),
        status=ClaimStatus.UNVERIFIED if cited else ClaimStatus.NEEDS_SOURCE,
    )
    doc.claims.append(claim)
    positions: dict[int | None, int] = {}
    for source, footnote in cited:
        slot = footnote.id if footnote is not None else None
        positions[slot] = positions.get(slot, 0) + 1
        claim.citations.append(Citation(source=source, footnote=footnote, position=positions[slot]))
    session.flush()
    session.add(
        Edit(
            by=by or DEFAULT_EDITOR,
            note=note,
            action="add",
            target="claim",
            key=key,
            field=None,
            old=None,
            new=f"{anchor.start}:{anchor.end} {anchor.quote}",
            claim_id=claim.id,
        )
    )
    repo.pin(session, "claim", claim.id, [CLAIM_PIN], by)
    session.flush()
    return ClaimChange(
        key, "add", anchor.start, anchor.end, anchor.quote, tuple(s.key for s, _ in cited)
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
        Edit(
            by=by or DEFAULT_EDITOR,
            note=note,
            action="delete",
            target="claim",
            key=key,
            field=None,
            old=f"{claim.start}:{claim.end} {claim.quote}",
            new=None,
            claim_id=claim.id,
        )
    )
    session.flush()
    session.delete(claim)
    session.flush()
    return change


def hand_made_claims(session: Session, claim_ids: Sequence[int]) -> set[int]:
    """The claims among ``claim_ids`` a person added (kept by load and extract --save)."""
    return {
        i for i, fields in repo.pins(session, "claim", claim_ids).items() if CLAIM_PIN in fields
    }
