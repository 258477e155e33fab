"""Plan how an extraction is stored: claim keys, source keys that clash with no other work.

The writing itself is the dataset loader's (one transaction, idempotent, updating in place);
the command line hands it the plan. This module only reads the database.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher

from sqlalchemy import select
from sqlalchemy.orm import Session

from claims.curation import hand_made_claims, pinned_fields
from claims.curation.policy import fold
from claims.curation.review import RaisedFlag
from claims.enums import SourceKind
from claims.errors import ConflictError
from claims.extract.proposals import Proposal, quote_hash
from claims.extract.results import REVIEW_CONFIDENCE, REVIEW_FLAGS, CitationFlag, Extraction
from claims.models import RejectedProposal
from claims.records import SourceRecord
from claims.repository.bibliography import source_dois, source_ids_by_link_url, source_keys_by_id
from claims.repository.claims import claims_of_document
from claims.repository.documents import get_document
from claims.repository.sources import sources_by_key
from claims.urls import normalize_url

MAX_KEY_SUFFIXES = 26 * 27  # a … z, aa … zz: more same-named works than any document cites
TITLE_SIMILARITY = 0.85  # titles this alike (folded) name the same work
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)")


@dataclass(frozen=True)
class DocumentFields:
    """What the command line says about the document being saved."""

    key: str
    title: str
    author: str | None = None
    publisher: str | None = None
    published: dt.date | None = None
    url: str | None = None


@dataclass(frozen=True)
class PlannedFootnote:
    number: int
    text: str
    start: int
    end: int
    sources: tuple[str, ...]  # final source keys, in citation order


@dataclass(frozen=True)
class PlannedClaim:
    key: str
    statement: str
    quote: str
    start: int
    end: int
    footnotes: tuple[int, ...]


@dataclass(frozen=True)
class SavePlan:
    document: DocumentFields
    text: str
    footnotes: tuple[PlannedFootnote, ...]
    sources: tuple[SourceRecord, ...]
    claims: tuple[PlannedClaim, ...]
    extraction: Extraction  # the extraction with the source keys it is stored under


def claim_key(document_key: str, footnote: int) -> str:
    """The key of the claim a footnote supports: ``<document>-fn<number>``."""
    return f"{document_key}-fn{footnote}"


def _identity(source: SourceRecord) -> str:
    if source.url:
        try:
            return "url:" + normalize_url(source.url)
        except ValueError:
            return "url:" + source.url
    return "raw:" + " ".join((source.raw or "").split())


def _suffix(n: int) -> str:
    letters = ""
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(ord("a") + rem) + letters
    return letters


def _check_document(session: Session, document: DocumentFields) -> None:
    """Re-saving updates a document extraction made; a curated document is never overwritten."""
    existing = get_document(session, document.key)
    if existing is None:
        return
    pattern = re.compile(re.escape(document.key) + r"-(?:fn\d+|u[0-9a-f]{8})")
    held = claims_of_document(session, existing.id)
    hand_made = hand_made_claims(session, [c.id for c in held])  # kept by saving again
    foreign = sorted(c.key for c in held if not pattern.fullmatch(c.key) and c.id not in hand_made)
    if foreign:
        shown = ", ".join(foreign[:3]) + (", …" if len(foreign) > 3 else "")
        raise ConflictError(
            f"document {document.key!r} holds claims extraction did not make ({shown})",
            hint="save under another --key; curated documents are updated with `claims load`",
        )


def _same_title(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return SequenceMatcher(None, fold(a), fold(b)).ratio() >= TITLE_SIMILARITY


def _held_work(session: Session, source: SourceRecord) -> str | None:
    """The key of a source already held for this work, by DOI, then normalised URL."""
    if source.doi:
        doi = _DOI_PREFIX.sub("", source.doi.strip().lower())
        for held_id, held_doi in source_dois(session):
            if _DOI_PREFIX.sub("", held_doi.strip().lower()) == doi:
                return source_keys_by_id(session, [held_id])[held_id]
    if source.url:
        try:
            normal = normalize_url(source.url)
        except ValueError:
            return None
        by_url = source_ids_by_link_url(session, [normal]).get(normal)
        if by_url is not None:
            return source_keys_by_id(session, [by_url])[by_url]
    return None


def _resolve_keys(session: Session, sources: tuple[SourceRecord, ...]) -> dict[str, str]:
    """Provisional key → stored key. A source already held for the same work keeps its key,
    so saving again updates it in place (and its corrections stay attached): the same key
    with the same URL or printed text, or a title like it (where not both have URLs), or a
    value a person pinned; else
    the same DOI, else the same normalised URL. A key held by a different work gets a
    suffix."""
    taken: dict[str, str] = {}  # final key → identity, for this plan
    out: dict[str, str] = {}
    for source in sources:
        identity = _identity(source)
        candidate = None
        for n in range(MAX_KEY_SUFFIXES + 1):
            attempt = source.key + _suffix(n)
            if attempt in taken:
                if taken[attempt] == identity:
                    candidate = attempt
                    break
                continue
            stored = sources_by_key(session, [attempt]).get(attempt)
            if stored is None:
                break
            if (
                _identity_of_stored(stored.url, stored.raw) == identity
                # a title alike names the same work only where no two URLs say otherwise
                or (_same_title(stored.title, source.title) and not (stored.url and source.url))
                or pinned_fields(session, [stored.id])
            ):
                candidate = attempt
                break
        else:
            raise ConflictError(f"no free key for source {source.key!r}")
        if candidate is None:
            held = _held_work(session, source)
            candidate = held if held is not None and held not in taken else attempt
        taken[candidate] = identity
        out[source.key] = candidate
    return out


def _identity_of_stored(url: str | None, raw: str | None) -> str:
    return _identity(SourceRecord(key="", kind=SourceKind.OTHER, url=url, raw=raw))


def proposal_key(document_key: str, quote: str) -> str:
    """The key of a proposed uncited claim: ``<document>-u<8 hex of its words>``."""
    return f"{document_key}-u{quote_hash(quote)[:8]}"


def _distinct_words(proposals: tuple[Proposal, ...]) -> tuple[Proposal, ...]:
    """The first proposal of each distinct quote."""
    seen: set[str] = set()
    out = []
    for p in proposals:
        digest = quote_hash(p.quote)
        if digest not in seen:
            seen.add(digest)
            out.append(p)
    return tuple(out)


def plan_save(
    session: Session,
    extraction: Extraction,
    text: str,
    document: DocumentFields,
    proposals: tuple[Proposal, ...] = (),
) -> SavePlan:
    """Everything the loader needs to store ``extraction`` as ``document``.

    Raises:
        ConflictError: the document key belongs to a document extraction did not make.
    """
    _check_document(session, document)
    # the same words proposed twice (a running head, say) are one claim: keys are by words
    proposals = _distinct_words(proposals)
    keys = _resolve_keys(session, extraction.sources)
    sources = tuple(replace(s, key=keys[s.key]) for s in extraction.sources)
    footnotes = tuple(
        PlannedFootnote(
            number=f.number,
            text=f.text,
            start=f.start,
            end=f.end,
            sources=tuple(keys[c.source.key] for c in f.citations),
        )
        for f in extraction.footnotes
    )
    claims = tuple(
        PlannedClaim(
            key=claim_key(document.key, c.footnote),
            statement=" ".join(c.quote.split()),
            quote=c.quote,
            start=c.start,
            end=c.end,
            footnotes=(c.footnote,),
        )
        for c in extraction.claims
    ) + tuple(
        PlannedClaim(
            key=proposal_key(document.key, p.quote),
            statement=" ".join(p.quote.split()),
            quote=p.quote,
            start=p.start,
            end=p.end,
            footnotes=(),
        )
        for p in proposals
    )
    return SavePlan(document, text, footnotes, sources, claims, _rekeyed(extraction, keys))


def _rekeyed(extraction: Extraction, keys: dict[str, str]) -> Extraction:
    if all(k == v for k, v in keys.items()):
        return extraction
    footnotes = tuple(
        replace(
            f,
            citations=tuple(
                replace(c, source=replace(c.source, key=keys[c.source.key])) for c in f.citations
            ),
        )
        for f in extraction.footnotes
    )
    return replace(
        extraction,
        footnotes=footnotes,
        sources=tuple(replace(s, key=keys[s.key]) for s in extraction.sources),
        claims=tuple(
            replace(c, source_keys=tuple(keys[k] for k in c.source_keys)) for c in extraction.claims
        ),
    )


def claim_keys(session: Session, document_key: str) -> frozenset[str]:
    """The keys of a document's claims (none for a new document)."""
    document = get_document(session, document_key)
    if document is None:
        return frozenset()
    return frozenset(c.key for c in claims_of_document(session, document.id))


def rejected_proposals(session: Session, document_key: str) -> frozenset[str]:
    """Quote hashes of the proposals a person rejected for a document: not proposed again."""
    document = get_document(session, document_key)
    if document is None:
        return frozenset()
    return frozenset(
        session.scalars(
            select(RejectedProposal.quote_hash).where(RejectedProposal.document_id == document.id)
        )
    )


def record_file(
    session: Session,
    document_key: str,
    file_sha256: str,
    proposed: frozenset[str] = frozenset(),
) -> None:
    """Keep the SHA-256 of the file a saved document's text was read from, and mark the
    claims created from proposals (``proposed`` keys) as proposed."""
    document = get_document(session, document_key)
    if document is None:
        return
    if document.file_sha256 != file_sha256:
        document.file_sha256 = file_sha256
    for claim in claims_of_document(session, document.id):
        if claim.key in proposed and not claim.proposed:
            claim.proposed = True


# the field each review flag doubts (None: the whole citation)
_FLAG_FIELDS: dict[CitationFlag, str | None] = {
    CitationFlag.MISSING_TITLE: "title",
    CitationFlag.UNBALANCED_QUOTES: "title",
    CitationFlag.MISSING_DATE: "issued",
    CitationFlag.AMBIGUOUS_DATE: "issued",
    CitationFlag.MISSING_URL: "url",
    CitationFlag.LEFTOVER_TEXT: None,
    CitationFlag.NOT_A_CITATION: None,
}
_FOOTNOTE_WARNINGS = frozenset({"marker-not-found", "no-anchor"})
UNSURE = "unsure"  # the labeller is unsure of the field
LOW_CONFIDENCE = "low-confidence"


def review_flags(extraction: Extraction) -> tuple[RaisedFlag, ...]:
    """What a person should look at in a saved extraction: each review flag of a citation on
    the source field it doubts (one per field the labeller is unsure of), a low confidence
    with no other flag, and footnotes with no marker or no sentence. A source cited in several
    notes is flagged once per field and reason (the first note raising it)."""
    out: list[RaisedFlag] = []
    messages = {(w.footnote, w.position, w.code): w.message for w in extraction.warnings}
    for footnote in extraction.footnotes:
        for c in footnote.citations:
            key, number = c.source.key, footnote.number
            raised: list[RaisedFlag] = []
            for flag in c.flags:
                if flag not in REVIEW_FLAGS:
                    continue
                if flag is CitationFlag.UNSURE_FIELDS:
                    raised += [
                        RaisedFlag("source", key, name, UNSURE, "the labeller is unsure", number)
                        for name in c.unsure_fields
                    ]
                    continue
                detail = c.leftover if flag is CitationFlag.LEFTOVER_TEXT else None
                detail = detail or messages.get((number, c.position, flag.value))
                raised.append(
                    RaisedFlag("source", key, _FLAG_FIELDS[flag], flag.value, detail, number)
                )
            if not raised and c.confidence < REVIEW_CONFIDENCE:
                raised.append(
                    RaisedFlag(
                        "source",
                        key,
                        None,
                        LOW_CONFIDENCE,
                        f"confidence {c.confidence:.2f}",
                        number,
                    )
                )
            out += raised
    for w in extraction.warnings:
        if w.code in _FOOTNOTE_WARNINGS and w.footnote is not None:
            out.append(RaisedFlag("footnote", str(w.footnote), None, w.code, w.message, w.footnote))
    return tuple(out)
