"""Citations as a person names them (``KEY@FOOTNOTE``), a footnote's sources, and rewriting
a claim's citations without tripping the (claim, footnote, position) constraint."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from claims.errors import InputError, NotFoundError
from claims.models import Citation, Claim, Footnote, Source
from claims.repository.sources import sources_by_key


@dataclass(frozen=True)
class Cite:
    """``KEY`` (outside any footnote) or ``KEY@N`` (in footnote N), as given."""

    key: str
    footnote: int | None

    def __str__(self) -> str:
        return self.key if self.footnote is None else f"{self.key}@{self.footnote}"


def parse_cite(item: str, option: str = "--cites") -> Cite:
    """``KEY`` or ``KEY@N``.

    Raises:
        InputError: an empty key or a footnote that is not a positive number.
    """
    key, at, number = item.strip().partition("@")
    if not key:
        raise InputError(f"{option} {item!r}: no source key (KEY or KEY@FOOTNOTE)")
    if not at:
        return Cite(key, None)
    if not (number.isascii() and number.isdigit()) or int(number) < 1:
        raise InputError(f"{option} {item!r}: a footnote is a number from 1 (KEY@3)")
    return Cite(key, int(number))


def render_citations(citations: Iterable[Citation]) -> str | None:
    """A claim's citations as text, in footnote then position order: ``A@3, B@3, C``."""
    ordered = sorted(
        citations,
        key=lambda c: (c.footnote is None, c.footnote.number if c.footnote else 0, c.position),
    )
    return ", ".join(str(cite_of(c)) for c in ordered) or None


def cite_of(citation: Citation) -> Cite:
    return Cite(citation.source.key, citation.footnote.number if citation.footnote else None)


def held_sources(session: Session, keys: Sequence[str], option: str) -> dict[str, Source]:
    """The sources named, or a not-found error naming the first unknown key."""
    held = sources_by_key(session, list(dict.fromkeys(keys)))
    for key in keys:
        if key not in held:
            raise NotFoundError(
                f"{option} {key!r}: no source with key {key!r}",
                hint="`claims sources list` shows the keys",
            )
    return held


def footnote_of(session: Session, document_id: int, document: str, number: int) -> Footnote:
    found = session.scalar(
        select(Footnote).where(Footnote.document_id == document_id, Footnote.number == number)
    )
    if found is None:
        numbers = list(
            session.scalars(
                select(Footnote.number)
                .where(Footnote.document_id == document_id)
                .order_by(Footnote.number)
            )
        )
        have = f"{numbers[0]}–{numbers[-1]}" if numbers else "none"
        raise NotFoundError(
            f"document {document!r} has no footnote {number} (its footnotes: {have})",
            hint=f"claims footnotes list {document}",
        )
    return found


def footnote_citations(session: Session, footnote_id: int) -> list[Citation]:
    return list(
        session.scalars(
            select(Citation)
            .where(Citation.footnote_id == footnote_id)
            .order_by(Citation.position, Citation.claim_id, Citation.id)
        )
    )


def footnote_source_list(citations: Iterable[Citation]) -> list[Source]:
    """The sources a footnote cites, in order: what its claims' citations in it say."""
    out: list[Source] = []
    for citation in sorted(citations, key=lambda c: (c.position, c.claim_id, c.id)):
        if citation.source not in out:
            out.append(citation.source)
    return out


def position_in(citations: Iterable[Citation], source: Source) -> int:
    """Where a footnote cites ``source`` (its claims agree), or the next free position."""
    held = list(citations)
    at = [c.position for c in held if c.source is source]
    if at:
        return min(at)
    return max((c.position for c in held), default=0) + 1


def set_footnote_citations(
    session: Session,
    claim: Claim,
    footnote: Footnote,
    cited: Sequence[Source],
    order: Sequence[Source],
) -> None:
    """The claim cites ``cited`` in ``footnote``, each at its place in the footnote's
    ``order`` (pinpoints kept)."""
    pinpoints = {c.source_id: c.pinpoint for c in claim.citations if c.footnote is footnote}
    for old in [c for c in claim.citations if c.footnote is footnote]:
        claim.citations.remove(old)
    session.flush()  # the old positions are free before the new ones are written
    for source in sorted(cited, key=order.index):
        claim.citations.append(
            Citation(
                source=source,
                footnote=footnote,
                position=order.index(source) + 1,
                pinpoint=pinpoints.get(source.id),
            )
        )
