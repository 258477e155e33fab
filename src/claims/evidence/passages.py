"""``claims evidence``: the best sentences of each cited page for a claim, and what changed."""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz
from sqlalchemy.orm import Session

from claims.errors import NotFoundError
from claims.evidence.ranking import coverage, rank, support_score
from claims.evidence.text import checkable_parts, fold, part_found, split_sentences
from claims.repository import captures as repo

BEST_PASSAGES = 3
# a sentence of the newest capture this similar to the old passage is the same passage
SAME_PASSAGE_SIMILARITY = 90.0
# a capture's best sentences must carry at least this share of the claim's words to count as
# support (``coverage``: lexical, the same with or without the model)
MIN_SUPPORT = 0.2
# the claim's context, as ranking reads it: its document's title, then at most this much of
# the text before it (a paragraph or two: WiCE's contexts are at most 1,902 characters)
CONTEXT_CHARS = 2000


def context_text(context: repo.ClaimContext) -> str:
    """The ``context`` argument of ``rank``: the title on the first line, then the text."""
    return f"{' '.join(context.title.split())}\n{context.before}"


@dataclass(frozen=True)
class Passage:
    index: int  # sentence number in the capture's text
    text: str
    score: float

    def as_json(self) -> dict[str, Any]:
        return {"index": self.index, "text": self.text, "score": round(self.score, 4)}


@dataclass(frozen=True)
class CheckedPart:
    kind: str
    text: str
    found: bool

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text, "found": self.found}


@dataclass(frozen=True)
class ContentChange:
    """The passage that carried the claim near the access date is gone from the live page."""

    old_capture_id: int
    old_captured_at: dt.datetime
    old_text: str
    new_capture_id: int
    new_captured_at: dt.datetime
    new_text: str | None  # the newest capture's best passage for the claim, if any

    def as_json(self) -> dict[str, Any]:
        return {
            "signal": "content-changed",
            "old": {
                "capture": self.old_capture_id,
                "captured_at": self.old_captured_at.isoformat(),
                "text": self.old_text,
            },
            "new": {
                "capture": self.new_capture_id,
                "captured_at": self.new_captured_at.isoformat(),
                "text": self.new_text,
            },
        }


@dataclass(frozen=True)
class SourceEvidence:
    """What one cited source's newest capture says about the claim."""

    source: str
    url: str | None
    capture_id: int | None
    captured_at: dt.datetime | None
    support: float | None
    passages: tuple[Passage, ...]
    parts: tuple[CheckedPart, ...]
    change: ContentChange | None

    @property
    def best(self) -> Passage | None:
        return self.passages[0] if self.passages else None

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "url": self.url,
            "capture": None
            if self.capture_id is None
            else {
                "id": self.capture_id,
                "captured_at": self.captured_at.isoformat() if self.captured_at else None,
            },
            "support": None if self.support is None else round(self.support, 4),
            "passages": [p.as_json() for p in self.passages],
            "parts": [p.as_json() for p in self.parts],
            "signals": [self.change.as_json()] if self.change is not None else [],
        }


@dataclass(frozen=True)
class ClaimEvidence:
    claim: str
    text: str  # the words looked for: the claim's statement (else its quote)
    sources: tuple[SourceEvidence, ...]

    def best(self) -> tuple[str, Passage] | None:
        """The best passage over all sources, with its source's key."""
        found = [(s.source, s.best, s.support or 0.0) for s in self.sources if s.best]
        if not found:
            return None
        key, passage, _ = max(found, key=lambda f: f[2])
        assert passage is not None
        return key, passage

    def as_json(self) -> dict[str, Any]:
        return {
            "claim": self.claim,
            "text": self.text,
            "sources": [s.as_json() for s in self.sources],
        }


def _passages(
    claim: str, sentences: list[str], k: int = BEST_PASSAGES, context: str | None = None
) -> list[Passage]:
    return [
        Passage(i, sentences[i], score) for i, score in rank(claim, sentences, k, context=context)
    ]


def _reference(
    captures: list[repo.StoredCapture], accessed: dt.date | None
) -> repo.StoredCapture | None:
    """The capture nearest the access date (live or archived), else the oldest."""
    if not captures:
        return None
    if accessed is None:
        return captures[0]
    target = dt.datetime.combine(accessed, dt.time(12), tzinfo=dt.UTC)

    def when(c: repo.StoredCapture) -> dt.datetime:
        return c.archived_at or c.captured_at

    return min(captures, key=lambda c: (abs((when(c) - target).total_seconds()), c.id))


def _still_there(passage: str, sentences: list[str]) -> bool:
    needle = " ".join(fold(passage).split())
    if not needle:
        return True
    haystack = [" ".join(fold(s).split()) for s in sentences]
    # sentences may be cut differently in the new text: look in pairs of neighbours too
    haystack += [f"{a} {b}" for a, b in itertools.pairwise(haystack)]
    if any(needle in s for s in haystack):
        return True
    return any(
        fuzz.partial_ratio(needle, s) >= SAME_PASSAGE_SIMILARITY
        for s in haystack
        if len(s) >= len(needle) * 0.8
    )


def content_change(
    session: Session,
    claim_text: str,
    captures: list[repo.StoredCapture],
    accessed: dt.date | None,
    context: str | None = None,
) -> ContentChange | None:
    """``content-changed`` when the passage that carried the claim in the capture nearest the
    access date is not in the newest live capture; None otherwise (or when it cannot tell).
    ``context``: the claim's, as ``rank`` takes it."""
    live = [c for c in captures if c.kind == "live"]
    if not live:
        return None
    newest = max(live, key=lambda c: (c.captured_at, c.id))
    reference = _reference(captures, accessed)
    if reference is None or reference.sha256 == newest.sha256:
        return None
    old_sentences = split_sentences(repo.capture_text(session, reference.id))
    if coverage(claim_text, old_sentences) < MIN_SUPPORT:
        return None  # the old page did not carry the claim either: nothing was lost
    old_best = _passages(claim_text, old_sentences, 1, context)
    if not old_best:
        return None
    new_sentences = split_sentences(repo.capture_text(session, newest.id))
    if _still_there(old_best[0].text, new_sentences):
        return None
    new_best = _passages(claim_text, new_sentences, 1, context)
    return ContentChange(
        old_capture_id=reference.id,
        old_captured_at=reference.archived_at or reference.captured_at,
        old_text=old_best[0].text,
        new_capture_id=newest.id,
        new_captured_at=newest.captured_at,
        new_text=new_best[0].text if new_best else None,
    )


def source_evidence(
    session: Session,
    claim_text: str,
    source: repo.CitedSource,
    k: int = BEST_PASSAGES,
    *,
    captures: dict[int, list[repo.StoredCapture]] | None = None,
    context: str | None = None,
) -> SourceEvidence:
    """One source's passages for a claim (``captures``: a cache of links' captures;
    ``context``: the claim's, as ``rank`` takes it)."""
    cache = {} if captures is None else captures
    if source.link_id is not None and source.link_id not in cache:
        cache[source.link_id] = repo.captures_of_link(session, source.link_id)
    captures_ = cache.get(source.link_id, []) if source.link_id is not None else []
    live = [c for c in captures_ if c.kind == "live"]
    shown = max(live or captures_, key=lambda c: (c.captured_at, c.id)) if captures_ else None
    if shown is None:
        return SourceEvidence(source.key, source.url, None, None, None, (), (), None)
    sentences = split_sentences(repo.capture_text(session, shown.id))
    passages = _passages(claim_text, sentences, k, context)
    best_texts = [p.text for p in passages]
    parts = tuple(
        CheckedPart(p.kind, p.text, part_found(p, best_texts)) for p in checkable_parts(claim_text)
    )
    return SourceEvidence(
        source=source.key,
        url=source.url,
        capture_id=shown.id,
        captured_at=shown.captured_at,
        support=support_score(claim_text, sentences, context=context),
        passages=tuple(passages),
        parts=parts,
        change=content_change(session, claim_text, captures_, source.accessed, context),
    )


def claim_evidence(session: Session, key: str, k: int = BEST_PASSAGES) -> ClaimEvidence:
    """The best passages of each source claim ``key`` cites, from the newest capture.

    Raises:
        NotFoundError: no claim has ``key``.
    """
    found = repo.claim_with_sources(session, key)
    if found is None:
        raise NotFoundError(f"no claim with key {key!r}", hint="`claims list` shows the keys")
    claim, sources = found
    text = claim.statement or claim.quote
    context = context_text(repo.claim_context(claim, CONTEXT_CHARS))
    return ClaimEvidence(
        claim=claim.key,
        text=text,
        sources=tuple(source_evidence(session, text, s, k, context=context) for s in sources),
    )


@dataclass(frozen=True)
class ChangedClaim:
    """A claim whose supporting passage is gone from a source's live page."""

    claim: str
    source: str
    url: str | None
    change: ContentChange

    def as_json(self) -> dict[str, Any]:
        return {"claim": self.claim, "source": self.source, "url": self.url,
                **self.change.as_json()}  # fmt: skip


def content_changes(session: Session, link_ids: Sequence[int]) -> list[ChangedClaim]:
    """``content-changed`` signals of the claims citing the given links (e.g. those just
    checked); only links with more than one capture are looked at."""
    several = repo.links_with_several_captures(session, link_ids)
    out: list[ChangedClaim] = []
    captures: dict[int, list[repo.StoredCapture]] = {}
    for citing in repo.claims_citing_links(session, sorted(several), CONTEXT_CHARS):
        link_id = citing.source.link_id
        assert link_id is not None
        if link_id not in captures:
            captures[link_id] = repo.captures_of_link(session, link_id)
        change = content_change(
            session,
            citing.text,
            captures[link_id],
            citing.source.accessed,
            context_text(citing.context),
        )
        if change is not None:
            out.append(ChangedClaim(citing.claim, citing.source.key, citing.source.url, change))
    return out


def best_passages(
    session: Session, claim_keys: Sequence[str]
) -> dict[str, tuple[str, str, float, bool]]:
    """For the report: each claim's best passage over its sources' newest captures, as
    (source key, text, score, content changed); claims with no capture are left out."""
    wanted = set(claim_keys)
    linked = repo.links_with_captures(session)
    best: dict[str, tuple[str, str, float, bool]] = {}
    captures: dict[int, list[repo.StoredCapture]] = {}
    for citing in repo.claims_citing_links(session, sorted(linked), CONTEXT_CHARS):
        if citing.claim not in wanted:
            continue
        found = source_evidence(
            session,
            citing.text,
            citing.source,
            k=1,
            captures=captures,
            context=context_text(citing.context),
        )
        if found.best is None:
            continue
        entry = (found.source, found.best.text, found.support or 0.0, found.change is not None)
        if citing.claim not in best or entry[2] > best[citing.claim][2]:
            best[citing.claim] = entry
    return best


def changed_sources(session: Session) -> dict[str, list[ChangedClaim]]:
    """The sources with a ``content-changed`` signal, by key, with the claims it concerns."""
    out: dict[str, list[ChangedClaim]] = {}
    for change in content_changes(session, sorted(repo.links_with_captures(session))):
        out.setdefault(change.source, []).append(change)
    return out
