"""Load a checked dataset into the database: one transaction, idempotent, updating in place."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy.orm import Session

from claims.anchors import Anchor, anchor_at, locate
from claims.curation import (
    KeptReason,
    KeptValue,
    Mode,
    claim_pins,
    footnote_key,
    footnote_pins,
    hand_made_claims,
    merge_source,
    pinned_fields,
    render_citations,
)
from claims.dataset.model import ClaimSpec, Dataset
from claims.enums import ClaimStatus, Verdict
from claims.errors import ConflictError
from claims.models import Citation, Claim, Contributor, Document, Footnote, Link, Source
from claims.records import SourceRecord
from claims.repository.bibliography import source_records
from claims.repository.claims import claims_by_key, claims_of_document
from claims.repository.documents import get_document
from claims.repository.sources import links_by_url, source_values, sources_by_key
from claims.urls import credentials_warning, has_credentials, normalize_url


@dataclass(frozen=True)
class Changes:
    """What a load did to one kind of row."""

    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created or self.updated or self.deleted)

    def as_json(self) -> dict[str, int]:
        return {
            "created": self.created,
            "updated": self.updated,
            "deleted": self.deleted,
            "unchanged": self.unchanged,
        }


@dataclass(frozen=True)
class LoadResult:
    document: str
    documents: Changes
    footnotes: Changes
    sources: Changes
    claims: Changes
    citations: Changes
    links: Changes
    # what the dataset asks that a person's review decided otherwise (kept), and edits made
    # under an existing verdict: reported, never applied silently
    conflicts: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()  # loaded, but worth a look (credentials in a URL)
    kept: tuple[KeptValue, ...] = ()  # values a person pinned that the dataset would change

    @property
    def changed(self) -> bool:
        return any(c.changed for c in self.counts().values())

    def counts(self) -> dict[str, Changes]:
        return {
            "documents": self.documents,
            "footnotes": self.footnotes,
            "sources": self.sources,
            "claims": self.claims,
            "citations": self.citations,
            "links": self.links,
        }

    def as_json(self) -> dict[str, Any]:
        return {
            "document": self.document,
            "changed": self.changed,
            **{name: c.as_json() for name, c in self.counts().items()},
            "conflicts": list(self.conflicts),
            "warnings": list(self.warnings),
            "kept": [k.as_json() for k in self.kept],
        }


@dataclass
class _Tally:
    created: int = 0
    updated: int = 0
    deleted: int = 0
    unchanged: int = 0

    def count(self, *, created: bool = False, changed: bool = False) -> None:
        if created:
            self.created += 1
        elif changed:
            self.updated += 1
        else:
            self.unchanged += 1

    def freeze(self) -> Changes:
        return Changes(self.created, self.updated, self.deleted, self.unchanged)


@dataclass
class _Run:
    session: Session
    dataset: Dataset
    tallies: dict[str, _Tally] = field(default_factory=dict)
    links: dict[str, Link] = field(default_factory=dict)
    cited: dict[int, tuple[str, ...]] = field(default_factory=dict)  # footnote → source keys
    conflicts: list[str] = field(default_factory=list)
    kept: list[KeptValue] = field(default_factory=list)
    mode: Mode = Mode.LOAD  # UPDATE for an extraction: it never degrades what is held
    held_sources: dict[str, Source] = field(default_factory=dict)  # cited by pinned footnotes

    def tally(self, name: str) -> _Tally:
        return self.tallies.setdefault(name, _Tally())


def _assign(obj: Any, **values: Any) -> bool:
    """Set only what differs, so an unchanged row is never updated (nor its timestamp)."""
    changed = False
    for name, value in values.items():
        if getattr(obj, name) != value:
            setattr(obj, name, value)
            changed = True
    return changed


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def load_dataset(session: Session, dataset: Dataset, *, mode: Mode = Mode.LOAD) -> LoadResult:
    """Create or update the dataset's document, footnotes, sources, claims and citations.

    The caller owns the transaction. Rows are matched by key (footnotes by number within the
    document; citations by footnote and position), changed only where they differ, and never
    recreated, so verification history and link checks survive. A document's footnotes and
    claims absent from the dataset are deleted; sources never are (others may cite them).

    Values a person pinned are kept (and listed in ``kept``); with ``mode`` UPDATE (an
    extraction saved again) a held source changes only where the new values really differ.

    Raises:
        ConflictError: a claim key belongs to another document, or a claim the dataset drops
            has verification history.
    """
    run = _Run(session, dataset, cited={f.number: f.sources for f in dataset.footnotes}, mode=mode)
    document = _load_document(run)
    sources = _load_sources(run)
    footnotes = _load_footnotes(run, document)
    _load_claims(run, document, footnotes, {**run.held_sources, **sources})
    session.flush()
    t = run.tally
    return LoadResult(
        document=dataset.document.key,
        documents=t("documents").freeze(),
        footnotes=t("footnotes").freeze(),
        sources=t("sources").freeze(),
        claims=t("claims").freeze(),
        citations=t("citations").freeze(),
        links=t("links").freeze(),
        conflicts=tuple(run.conflicts),
        warnings=tuple(
            credentials_warning(r.url, f"source {r.key!r}")
            for r in dataset.sources
            if r.url and has_credentials(r.url)
        ),
        kept=tuple(run.kept),
    )


def _load_document(run: _Run) -> Document:
    spec = run.dataset.document
    document = get_document(run.session, spec.key)
    values = {
        "title": spec.title,
        "author": spec.author,
        "publisher": spec.publisher,
        "published": spec.published,
        "url": spec.url,
        "text": spec.text,
        "text_hash": text_hash(spec.text),
    }
    if document is None:
        document = Document(key=spec.key, **values)
        run.session.add(document)
        run.tally("documents").count(created=True)
    else:
        run.tally("documents").count(changed=_assign(document, **values))
    return document


def _link_for(run: _Run, url: str | None) -> Link | None:
    if url is None:
        return None
    normal = normalize_url(url)
    link = run.links.get(normal)
    if link is None:
        link = Link(url=normal)
        run.session.add(link)
        run.links[normal] = link
        run.tally("links").count(created=True)
    return link


def _sync_contributors(source: Source, record: SourceRecord) -> bool:
    """Update contributor rows in place by (role, position): a delete-then-insert of the same
    position would break the unique constraint, as inserts are flushed before deletes."""
    changed = False
    existing = {(c.role, c.position): c for c in source.contributors}
    wanted: set[tuple[Any, int]] = set()
    positions: dict[Any, int] = {}
    for person in record.contributors:
        position = positions[person.role] = positions.get(person.role, 0) + 1
        wanted.add((person.role, position))
        values = {"family": person.family, "given": person.given, "literal": person.literal}
        row = existing.get((person.role, position))
        if row is None:
            source.contributors.append(Contributor(role=person.role, position=position, **values))
            changed = True
        else:
            changed |= _assign(row, **values)
    for slot, row in existing.items():
        if slot not in wanted:
            source.contributors.remove(row)
            changed = True
    return changed


def _load_sources(run: _Run) -> dict[str, Source]:
    found = sources_by_key(run.session, [r.key for r in run.dataset.sources])
    # a value a person pinned (`claims sources edit`) is kept; curation decides
    pins = pinned_fields(run.session, [s.id for s in found.values()])
    merging = run.mode is Mode.UPDATE
    held = source_records(run.session, [s.id for s in found.values()] if merging else list(pins))
    records = []
    for record in run.dataset.sources:
        source = found.get(record.key)
        if source is not None and (merging or source.id in pins):
            pinned = pins.get(source.id, frozenset())
            merge = merge_source(held[source.id], record, pinned=pinned, mode=run.mode)
            record = merge.record  # noqa: PLW2901
            run.kept.extend(merge.kept)
        records.append(record)
    wanted_urls = [normalize_url(r.url) for r in records if r.url]
    run.links.update(links_by_url(run.session, wanted_urls))
    out: dict[str, Source] = {}
    for record in records:
        source = found.get(record.key)
        values = source_values(record)
        link = _link_for(run, record.url)
        if source is None:
            source = Source(key=record.key, link=link, **values)
            run.session.add(source)
            _sync_contributors(source, record)
            run.tally("sources").count(created=True)
        else:
            changed = _assign(source, **values)
            if source.link is not link:
                source.link = link
                changed = True
            changed |= _sync_contributors(source, record)
            run.tally("sources").count(changed=changed)
        out[record.key] = source
    # links that already existed count as unchanged: loading never alters a link or its checks
    run.tally("links").unchanged += len({s.link_id for s in out.values() if s.link_id})
    return out


def _load_footnotes(run: _Run, document: Document) -> dict[int, Footnote]:
    existing = {f.number: f for f in document.footnotes} if document.id else {}
    # what a person corrected (`claims footnotes edit`) is kept; a pinned footnote stays
    pins = footnote_pins(run.session, [f.id for f in existing.values()])
    out: dict[int, Footnote] = {}
    tally = run.tally("footnotes")
    for spec in run.dataset.footnotes:
        values = {"text": spec.text, "start": spec.start, "end": spec.end}
        footnote = existing.pop(spec.number, None)
        if footnote is None:
            footnote = Footnote(number=spec.number, **values)
            document.footnotes.append(footnote)
            tally.count(created=True)
        else:
            values = _pinned_footnote(run, footnote, values, pins.get(footnote.id, frozenset()))
            tally.count(changed=_assign(footnote, **values))
        out[spec.number] = footnote
    for footnote in existing.values():
        if footnote.id in pins:
            continue
        document.footnotes.remove(footnote)  # delete-orphan
        tally.deleted += 1
    return out


def _trail_status(spec: ClaimSpec, claim: Claim | None) -> ClaimStatus | None:
    """The status the claim's verification trail gives it, or None when it has no trail."""
    if claim is None or not claim.id or not claim.verifications:
        return None
    latest = max(claim.verifications, key=lambda v: (v.at, v.id))
    if latest.verdict is Verdict.UNVERIFIED:
        return ClaimStatus.UNVERIFIED if spec.has_sources else ClaimStatus.NEEDS_SOURCE
    return ClaimStatus(latest.verdict.value)


def _claim_status(run: _Run, spec: ClaimSpec, claim: Claim | None) -> ClaimStatus:
    """A reviewed claim's status follows its trail, whatever the dataset says (a conflict is
    reported); an unreviewed one takes the dataset's status, or one derived from its sources."""
    reviewed = _trail_status(spec, claim)
    if reviewed is None:
        return _derived_status(spec, claim.status if claim is not None else None)
    if spec.status is not None and spec.status is not reviewed:
        run.conflicts.append(
            f"claim {spec.key!r}: the dataset says status {spec.status.value!r}, its verification"
            f" trail says {reviewed.value!r}; kept {reviewed.value!r}"
            " (record a new verdict with `claims verify` to change it)"
        )
    elif not spec.has_sources and reviewed is not ClaimStatus.NEEDS_SOURCE:
        run.conflicts.append(
            f"claim {spec.key!r} is {reviewed.value} by its verification trail, but the dataset"
            f" gives it no source; kept {reviewed.value!r}"
        )
    return reviewed


def _report_rewrite(run: _Run, spec: ClaimSpec, claim: Claim) -> None:
    if not claim.verifications or claim.statement == spec.statement:
        return
    latest = max(claim.verifications, key=lambda v: (v.at, v.id))
    run.conflicts.append(
        f"claim {spec.key!r}: its statement changed under the verdict {latest.verdict.value!r}"
        f" by {latest.reviewer} on {latest.at:%Y-%m-%d}, given on the earlier statement"
        f" {claim.statement!r}; review it again with `claims verify`"
    )


def _derived_status(spec: ClaimSpec, current: ClaimStatus | None) -> ClaimStatus:
    """An explicit status wins; otherwise keep what review decided, unless sources changed it."""
    if spec.status is not None:
        return spec.status
    if not spec.has_sources:
        return ClaimStatus.NEEDS_SOURCE
    if current is None or current is ClaimStatus.NEEDS_SOURCE:
        return ClaimStatus.UNVERIFIED
    return current


def _load_claims(
    run: _Run,
    document: Document,
    footnotes: dict[int, Footnote],
    sources: dict[str, Source],
) -> None:
    specs = run.dataset.claims
    text = run.dataset.document.text
    by_key = claims_by_key(run.session, [s.key for s in specs])
    for spec in specs:
        claim = by_key.get(spec.key)
        if claim is not None and claim.document_id != document.id:
            raise ConflictError(
                f"claim key {spec.key!r} already belongs to another document",
                hint="claim keys are unique across documents; rename the claim",
            )
    existing = (
        {c.key: c for c in claims_of_document(run.session, document.id)} if document.id else {}
    )
    wanted = {s.key for s in specs}
    # a claim a person added by its words (`claims claims add`) is not the dataset's to drop
    hand_made = hand_made_claims(run.session, [c.id for c in existing.values()])
    dropped = [c for key, c in existing.items() if key not in wanted and c.id not in hand_made]
    reviewed = sorted(c.key for c in dropped if c.verifications)
    if reviewed:
        raise ConflictError(
            f"the dataset drops claims with verification history: {', '.join(reviewed)}",
            hint="keep these claims in the dataset, or delete them deliberately",
        )
    tally = run.tally("claims")
    pins = claim_pins(run.session, [c.id for c in existing.values()])
    for spec in specs:
        anchor = anchor_at(text, spec.start, spec.end)
        claim = existing.get(spec.key)
        pinned = pins.get(claim.id, frozenset()) if claim is not None else frozenset()
        if claim is not None and pinned:
            spec, anchor = _pinned_claim(run, claim, spec, anchor, pinned)  # noqa: PLW2901
        values = {
            "quote": anchor.quote,
            "prefix": anchor.prefix,
            "suffix": anchor.suffix,
            "start": anchor.start,
            "end": anchor.end,
            "statement": spec.statement,
        }
        if claim is None:
            claim = Claim(key=spec.key, status=_derived_status(spec, None), **values)
            document.claims.append(claim)
            tally.count(created=True)
        else:
            _report_rewrite(run, spec, claim)
            changed = _assign(claim, status=_claim_status(run, spec, claim), **values)
            tally.count(changed=changed)
        if "citations" not in pinned:
            _sync_citations(run, claim, spec, footnotes, sources)
    for claim in dropped:
        document.claims.remove(claim)  # delete-orphan; its citations cascade
        tally.deleted += 1
        run.tally("citations").deleted += len(claim.citations)


def _sync_citations(
    run: _Run,
    claim: Claim,
    spec: ClaimSpec,
    footnotes: dict[int, Footnote],
    sources: dict[str, Source],
) -> None:
    """Match citations on (footnote, position) and update in place, like contributors."""
    tally = run.tally("citations")
    wanted: dict[tuple[int | None, int], Source] = {}
    for number in spec.footnotes:
        for position, key in enumerate(run.cited[number], start=1):
            wanted[(number, position)] = sources[key]
    for position, key in enumerate(spec.sources, start=1):
        wanted[(None, position)] = sources[key]
    existing: dict[tuple[int | None, int], Citation] = {}
    for old in claim.citations if claim.id else []:
        existing[(old.footnote.number if old.footnote else None, old.position)] = old
    for slot, source in wanted.items():
        footnote = footnotes[slot[0]] if slot[0] is not None else None
        citation = existing.pop(slot, None)
        if citation is None:
            claim.citations.append(Citation(source=source, footnote=footnote, position=slot[1]))
            tally.count(created=True)
        else:
            changed = citation.source is not source or citation.footnote is not footnote
            citation.source = source
            citation.footnote = footnote
            tally.count(changed=changed)
    for citation in existing.values():
        claim.citations.remove(citation)
        tally.deleted += 1


# ------------------------------------------------------------------ pinned by hand


def _keep(run: _Run, key: str, name: str, held: str | None, offered: str | None) -> None:
    if held != offered:
        run.kept.append(KeptValue(key, name, held, offered, KeptReason.PINNED))


def _pinned_footnote(
    run: _Run, footnote: Footnote, values: dict[str, Any], pinned: frozenset[str]
) -> dict[str, Any]:
    """The values a footnote takes when a person pinned its extent or citations."""
    key = footnote_key(run.dataset.document.key, footnote.number)
    if "citations" in pinned:
        held = [c.source for c in sorted(footnote.citations, key=lambda c: (c.position, c.id))]
        keys = tuple(dict.fromkeys(s.key for s in held))
        _keep(run, key, "citations", ", ".join(keys), ", ".join(run.cited[footnote.number]))
        run.cited[footnote.number] = keys
        run.held_sources.update({s.key: s for s in held})
    if "extent" not in pinned or footnote.start is None or footnote.end is None:
        return values
    text = run.dataset.document.text
    found = locate(text, footnote.text, near=footnote.start)
    if found is None:
        raise ConflictError(
            f"footnote {key}: its edited text is no longer in the document's text",
            hint=f"correct it again: claims footnotes edit {run.dataset.document.key} "
            f"{footnote.number} --from WORDS --to WORDS",
        )
    _keep(run, key, "extent", f"{found.start}:{found.end}", f"{values['start']}:{values['end']}")
    return {"text": found.quote, "start": found.start, "end": found.end}


def _pinned_claim(
    run: _Run, claim: Claim, spec: ClaimSpec, anchor: Anchor, pinned: frozenset[str]
) -> tuple[ClaimSpec, Anchor]:
    """The spec and anchor a claim keeps where a person pinned its fields."""
    if "statement" in pinned:
        _keep(run, claim.key, "statement", claim.statement, spec.statement)
        spec = replace(spec, statement=claim.statement)
    if "quote" in pinned:
        text = run.dataset.document.text
        held = locate(text, claim.quote, prefix=claim.prefix, suffix=claim.suffix, near=claim.start)
        if held is None:
            raise ConflictError(
                f"claim {claim.key!r}: its edited quote is no longer in the document's text",
                hint=f"anchor it again: claims claims edit {claim.key} --quote WORDS",
            )
        _keep(
            run,
            claim.key,
            "quote",
            f"{held.start}:{held.end} {held.quote}",
            f"{anchor.start}:{anchor.end} {anchor.quote}",
        )
        anchor = held
        spec = replace(spec, quote=held.quote, start=held.start, end=held.end)
    if "citations" in pinned:
        offered = [(n, i, f"{k}@{n}") for n in spec.footnotes for i, k in enumerate(run.cited[n])]
        offered += [(10**9, i, k) for i, k in enumerate(spec.sources)]
        _keep(
            run,
            claim.key,
            "citations",
            render_citations(claim.citations),
            ", ".join(t for *_, t in sorted(offered)) or None,
        )
        spec = replace(
            spec,
            footnotes=tuple(sorted({c.footnote.number for c in claim.citations if c.footnote})),
            sources=tuple(c.source.key for c in claim.citations if c.footnote is None),
        )
    return spec, anchor
