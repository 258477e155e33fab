"""Captures of links: store a main text once per distinct text, list and read them back."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, case, func, select, update

from claims import schema
from claims.enums import LinkHealth
from claims.repository.bulk import Executor, connection_of, in_list, insert_rows

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from claims.models import Capture, CaptureText, Claim

# a capture keeps at most this much main text (characters); longer texts are cut and flagged
MAX_CAPTURE_CHARS = 200_000


@dataclass(frozen=True)
class StoredCapture:
    """A capture's facts, without its text."""

    id: int
    link_id: int
    kind: str
    captured_at: dt.datetime
    last_seen_at: dt.datetime
    url: str
    final_url: str | None
    http_status: int | None
    content_type: str | None
    archived_at: dt.datetime | None
    sha256: str
    chars: int
    truncated: bool


def _stored(c: Capture) -> StoredCapture:
    return StoredCapture(
        id=c.id,
        link_id=c.link_id,
        kind=c.kind,
        captured_at=c.captured_at,
        last_seen_at=c.last_seen_at,
        url=c.url,
        final_url=c.final_url,
        http_status=c.http_status,
        content_type=c.content_type,
        archived_at=c.archived_at,
        sha256=c.text.sha256,
        chars=c.text.chars,
        truncated=c.text.truncated,
    )


# Core on the tables for the bulk inserts (the ORM's bulk path cost more than the
# statements), and for everything a check runs: it imports no ORM
_CAPTURES = schema.capture
_CAPTURE_TEXTS = schema.capture_text


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _text_row(session: Session, text: str) -> CaptureText:
    from claims.models import CaptureText  # ORM: not on a check's path

    truncated = len(text) > MAX_CAPTURE_CHARS
    text = text[:MAX_CAPTURE_CHARS]
    digest = text_digest(text)
    row = session.scalars(select(CaptureText).where(CaptureText.sha256 == digest)).one_or_none()
    if row is None:
        row = CaptureText(
            sha256=digest,
            chars=len(text),
            truncated=truncated,
            compressed=zlib.compress(text.encode("utf-8"), 9),
        )
        session.add(row)
        session.flush()
    return row


def store_capture(
    session: Session,
    link_id: int,
    text: str,
    *,
    url: str,
    captured_at: dt.datetime,
    kind: str = "live",
    final_url: str | None = None,
    http_status: int | None = None,
    content_type: str | None = None,
    archived_at: dt.datetime | None = None,
    body_sha256: str | None = None,
) -> tuple[StoredCapture, bool]:
    """Record that ``text`` was read; a new capture only if it differs from the latest one of
    this kind (else the latest is marked seen again, with ``body_sha256``, the digest of the
    page read, if given). Returns the capture and whether it is new.
    """
    from claims.models import Capture  # ORM: not on a check's path

    latest = session.scalars(
        select(Capture)
        .where(Capture.link_id == link_id, Capture.kind == kind)
        .order_by(Capture.captured_at.desc(), Capture.id.desc())
        .limit(1)
    ).one_or_none()
    digest = text_digest(text[:MAX_CAPTURE_CHARS])
    if latest is not None and latest.text.sha256 == digest:
        if captured_at >= latest.last_seen_at and body_sha256 is not None:
            latest.body_sha256 = body_sha256
        latest.last_seen_at = max(latest.last_seen_at, captured_at)
        if kind == "archive" and archived_at is not None and latest.archived_at == archived_at:
            return _stored(latest), False
        if kind != "archive":
            return _stored(latest), False
    if kind == "archive" and archived_at is not None:
        # one capture per archived copy, whatever its text
        same = session.scalars(
            select(Capture).where(
                Capture.link_id == link_id,
                Capture.kind == kind,
                Capture.archived_at == archived_at,
            )
        ).first()
        if same is not None:
            return _stored(same), False
    row = Capture(
        link_id=link_id,
        text=_text_row(session, text),
        kind=kind,
        captured_at=captured_at,
        last_seen_at=captured_at,
        url=url[:2048],
        final_url=final_url[:2048] if final_url else None,
        http_status=http_status,
        content_type=content_type[:200] if content_type else None,
        archived_at=archived_at,
        body_sha256=body_sha256,
    )
    session.add(row)
    session.flush()
    return _stored(row), True


@dataclass(frozen=True)
class LiveRead:
    """One page a check read: its main text and the HTTP facts (see ``store_live_captures``).

    ``text`` is None for a page not extracted because its ``body_sha256`` was the one of the
    link's latest live capture when the check looked (``latest_live_body_digests``).
    """

    link_id: int
    text: str | None
    url: str
    captured_at: dt.datetime
    final_url: str | None = None
    http_status: int | None = None
    content_type: str | None = None
    body_sha256: str | None = None


def latest_live_body_digests(session: Executor, link_ids: Sequence[int]) -> dict[int, str]:
    """The page digest of each link's latest live capture, where it has one."""
    latest: dict[int, tuple[dt.datetime, int, str | None]] = {}
    wanted = sorted(set(link_ids))
    for start in range(0, len(wanted), 500):
        for link_id, capture_id, captured_at, body in session.execute(
            select(
                _CAPTURES.c.link_id,
                _CAPTURES.c.id,
                _CAPTURES.c.captured_at,
                _CAPTURES.c.body_sha256,
            ).where(
                _CAPTURES.c.link_id.in_(in_list(wanted[start : start + 500])),
                _CAPTURES.c.kind == "live",
            )
        ):
            known = latest.get(link_id)
            if known is None or (captured_at, capture_id) > (known[0], known[1]):
                latest[link_id] = (captured_at, capture_id, body)
    return {link_id: body for link_id, (_, _, body) in latest.items() if body is not None}


# every column of a capture but its id: insert_rows applies no Python-side default
_LIVE_CAPTURE_COLUMNS = (
    "link_id",
    "text_id",
    "kind",
    "captured_at",
    "last_seen_at",
    "url",
    "final_url",
    "http_status",
    "content_type",
    "archived_at",
    "body_sha256",
)

_SEEN_AGAIN = (
    update(_CAPTURES)
    .where(_CAPTURES.c.id == bindparam("capture_id"))
    .values(
        last_seen_at=bindparam("seen_at", type_=_CAPTURES.c.last_seen_at.type),
        body_sha256=bindparam("body", type_=_CAPTURES.c.body_sha256.type),
    )
)


@dataclass
class _Latest:
    captured_at: dt.datetime
    capture_id: int  # 0 for one added by this call
    seen_at: dt.datetime
    digest: str
    body: str | None


def store_live_captures(session: Executor, reads: Sequence[LiveRead]) -> tuple[int, list[LiveRead]]:
    """``store_capture`` of kind live for many pages with a handful of statements, however
    many pages (a check hands its pages over in groups). Returns how many captures are new,
    and the reads without text whose digest is no longer the latest capture's: those need
    their text extracted (``store_live_captures`` again with it)."""
    if not reads:
        return 0, []
    link_ids = {r.link_id for r in reads}
    latest: dict[int, _Latest] = {}
    for link_id, capture_id, captured_at, seen_at, body, digest in session.execute(
        select(
            _CAPTURES.c.link_id,
            _CAPTURES.c.id,
            _CAPTURES.c.captured_at,
            _CAPTURES.c.last_seen_at,
            _CAPTURES.c.body_sha256,
            _CAPTURE_TEXTS.c.sha256,
        )
        .join(_CAPTURE_TEXTS, _CAPTURES.c.text_id == _CAPTURE_TEXTS.c.id)
        .where(_CAPTURES.c.link_id.in_(in_list(link_ids)), _CAPTURES.c.kind == "live")
    ):
        known = latest.get(link_id)
        if known is None or (captured_at, capture_id) > (known.captured_at, known.capture_id):
            latest[link_id] = _Latest(captured_at, capture_id, seen_at, digest, body)
    seen_again: dict[int, _Latest] = {}
    unmatched: list[LiveRead] = []
    new: list[tuple[LiveRead, str, str, bool]] = []
    for read in reads:
        known = latest.get(read.link_id)
        if read.text is None:
            # not extracted: the same page as the latest capture's, or else it needs its text
            body = read.body_sha256
            if known is None or not known.capture_id or body is None or known.body != body:
                unmatched.append(read)
                continue
            digest = known.digest
        else:
            digest = text_digest(read.text[:MAX_CAPTURE_CHARS])
        if known is not None and known.digest == digest:
            if known.capture_id:
                if read.captured_at >= known.seen_at and read.body_sha256 is not None:
                    known.body = read.body_sha256  # the page last read with this text
                known.seen_at = max(known.seen_at, read.captured_at)
                seen_again[known.capture_id] = known
            continue
        assert read.text is not None
        new.append(
            (read, read.text[:MAX_CAPTURE_CHARS], digest, len(read.text) > MAX_CAPTURE_CHARS)
        )
        latest[read.link_id] = _Latest(
            read.captured_at, 0, read.captured_at, digest, read.body_sha256
        )
    if seen_again:
        connection_of(session).execute(
            _SEEN_AGAIN,
            [
                {"capture_id": capture_id, "seen_at": known.seen_at, "body": known.body}
                for capture_id, known in seen_again.items()
            ],
        )
    if not new:
        return 0, unmatched
    digests = {digest for _, _, digest, _ in new}
    text_ids: dict[str, int] = {}
    text_ids.update(
        (digest, text_id)
        for digest, text_id in session.execute(
            select(_CAPTURE_TEXTS.c.sha256, _CAPTURE_TEXTS.c.id).where(
                _CAPTURE_TEXTS.c.sha256.in_(in_list(digests))
            )
        )
    )
    missing: dict[str, tuple[Any, ...]] = {}
    for _, text, digest, truncated in new:
        if digest not in text_ids and digest not in missing:
            compressed = zlib.compress(text.encode("utf-8"), 9)
            missing[digest] = (digest, len(text), truncated, compressed)
    if missing:
        insert_rows(
            connection_of(session),
            _CAPTURE_TEXTS,
            ("sha256", "chars", "truncated", "compressed"),
            list(missing.values()),
        )
        text_ids.update(
            (digest, text_id)
            for digest, text_id in session.execute(
                select(_CAPTURE_TEXTS.c.sha256, _CAPTURE_TEXTS.c.id).where(
                    _CAPTURE_TEXTS.c.sha256.in_(in_list(missing))
                )
            )
        )
    insert_rows(
        connection_of(session),
        _CAPTURES,
        _LIVE_CAPTURE_COLUMNS,
        [
            (
                read.link_id,
                text_ids[digest],
                "live",
                read.captured_at,
                read.captured_at,
                read.url[:2048],
                read.final_url[:2048] if read.final_url else None,
                read.http_status,
                read.content_type[:200] if read.content_type else None,
                None,
                read.body_sha256,
            )
            for read, _, digest, _ in new
        ],
    )
    return len(new), unmatched


def captures_of_link(session: Session, link_id: int) -> list[StoredCapture]:
    """A link's captures, oldest first."""
    from claims.models import Capture  # ORM: not on a check's path

    rows = session.scalars(
        select(Capture).where(Capture.link_id == link_id).order_by(Capture.captured_at, Capture.id)
    )
    return [_stored(c) for c in rows]


def capture_text(session: Session, capture_id: int) -> str:
    """The main text of a capture."""
    from claims.models import Capture, CaptureText  # ORM: not on a check's path

    row = session.scalars(
        select(CaptureText)
        .join(Capture, Capture.text_id == CaptureText.id)
        .where(Capture.id == capture_id)
    ).one()
    return zlib.decompress(row.compressed).decode("utf-8")


def link_id_of_source(session: Session, key: str) -> tuple[bool, int | None]:
    """Whether source ``key`` exists, and its link's id."""
    from claims.models import Source  # ORM: not on a check's path

    row = session.execute(select(Source.id, Source.link_id).where(Source.key == key)).first()
    if row is None:
        return False, None
    return True, row.link_id


@dataclass(frozen=True)
class CitedSource:
    """A source a claim cites, with what evidence needs of it."""

    key: str
    title: str | None
    link_id: int | None
    url: str | None
    accessed: dt.date | None


@dataclass(frozen=True)
class ClaimContext:
    """Where a claim is written: its document's title and the document's text just before
    the claim (a claim's subject is often only there: "He was born …")."""

    title: str
    before: str


_SPACE = re.compile(r"\s")


def _from_a_word(before: str, cut: bool) -> str:
    if not cut:
        return before
    space = _SPACE.search(before)  # the first word may be cut: drop it
    return before[space.end() :] if space else ""


def text_before(text: str, start: int, chars: int) -> str:
    """At most ``chars`` characters of ``text`` before offset ``start``, from a whole word."""
    start = max(0, min(start, len(text)))
    return _from_a_word(text[max(0, start - chars) : start], start > chars)


def claim_context(claim: Claim, chars: int) -> ClaimContext:
    """The title of ``claim``'s document and at most ``chars`` characters before the claim."""
    return ClaimContext(claim.document.title, text_before(claim.document.text, claim.start, chars))


def claim_with_sources(session: Session, key: str) -> tuple[Claim, list[CitedSource]] | None:
    """A claim and the sources it cites (in citation order), or None."""
    from claims.models import Citation, Claim, Link, Source  # ORM: not on a check's path

    claim = session.scalars(select(Claim).where(Claim.key == key)).one_or_none()
    if claim is None:
        return None
    rows = session.execute(
        select(Source.key, Source.title, Source.link_id, Link.url, Source.accessed)
        .join(Citation, Citation.source_id == Source.id)
        .outerjoin(Link, Link.id == Source.link_id)
        .where(Citation.claim_id == claim.id)
        .order_by(Citation.position, Source.key)
    )
    seen: set[str] = set()
    out: list[CitedSource] = []
    for r in rows:
        if r.key in seen:
            continue
        seen.add(r.key)
        out.append(CitedSource(r.key, r.title, r.link_id, r.url, r.accessed))
    return claim, out


@dataclass(frozen=True)
class LinkToPreserve:
    """A live link to ask an archive to capture."""

    link_id: int
    url: str
    source_keys: tuple[str, ...]
    accessed: dt.date | None  # earliest access date among its sources
    archived_since_access: bool  # an archived copy from the access date or later is stored


def links_to_preserve(session: Session, source_keys: Sequence[str] = ()) -> list[LinkToPreserve]:
    """The links of the given sources (all when none), with what archiving needs to decide."""
    from claims.models import Link, Snapshot, Source  # ORM: not on a check's path

    stmt = select(Source.key, Source.accessed, Link.id, Link.url, Link.health).join(
        Link, Link.id == Source.link_id
    )
    if source_keys:
        stmt = stmt.where(Source.key.in_(sorted(set(source_keys))))
    by_link: dict[int, dict[str, Any]] = {}
    for key, accessed, link_id, url, health in session.execute(stmt.order_by(Link.url, Source.key)):
        if health is LinkHealth.DEAD:
            continue  # nothing left to save
        entry = by_link.setdefault(link_id, {"url": url, "keys": [], "accessed": None})
        entry["keys"].append(key)
        if accessed is not None and (entry["accessed"] is None or accessed < entry["accessed"]):
            entry["accessed"] = accessed
    if not by_link:
        return []
    latest: dict[int, dt.datetime] = {}
    for link_id, archived_at in session.execute(
        select(Snapshot.link_id, Snapshot.archived_at).where(Snapshot.link_id.in_(list(by_link)))
    ):
        if link_id not in latest or archived_at > latest[link_id]:
            latest[link_id] = archived_at
    out: list[LinkToPreserve] = []
    for link_id, entry in by_link.items():
        accessed = entry["accessed"]
        newest = latest.get(link_id)
        since = newest is not None and (accessed is None or newest.date() >= accessed)
        out.append(LinkToPreserve(link_id, entry["url"], tuple(entry["keys"]), accessed, since))
    return sorted(out, key=lambda link: link.url)


@dataclass(frozen=True)
class CitingClaim:
    claim: str
    text: str  # the claim's statement, else its quote
    source: CitedSource
    context: ClaimContext


def claims_citing_links(
    session: Session, link_ids: Sequence[int], context_chars: int = 0
) -> list[CitingClaim]:
    """Every (claim, source) pair whose source has one of ``link_ids``, each with its
    context (its document's title and at most ``context_chars`` characters before it)."""
    from claims.models import (  # ORM: not on a check's path
        Citation,
        Claim,
        Document,
        Link,
        Source,
    )

    if not link_ids:
        return []
    out: list[CitingClaim] = []
    chars = max(0, context_chars)
    # the text before the claim, cut in SQL (1-based, in characters on both databases)
    before = func.substr(
        Document.text,
        case((Claim.start > chars, Claim.start - chars + 1), else_=1),
        case((Claim.start > chars, chars), else_=Claim.start),
    )
    wanted = sorted(set(link_ids))
    for start in range(0, len(wanted), 500):
        rows = session.execute(
            select(
                Claim.key,
                Claim.statement,
                Claim.quote,
                Source.key.label("source_key"),
                Source.title,
                Source.link_id,
                Link.url,
                Source.accessed,
                Claim.start.label("claim_start"),
                Document.title.label("document_title"),
                before.label("before"),
            )
            .join(Citation, Citation.claim_id == Claim.id)
            .join(Source, Source.id == Citation.source_id)
            .join(Link, Link.id == Source.link_id)
            .join(Document, Document.id == Claim.document_id)
            .where(Source.link_id.in_(wanted[start : start + 500]))
            .order_by(Claim.key, Source.key)
            .distinct()
        )
        for r in rows:
            source = CitedSource(r.source_key, r.title, r.link_id, r.url, r.accessed)
            context = ClaimContext(
                r.document_title, _from_a_word(r.before or "", r.claim_start > chars)
            )
            out.append(CitingClaim(r.key, r.statement or r.quote, source, context))
    return out


def links_with_several_captures(session: Executor, link_ids: Sequence[int] | None) -> set[int]:
    """Those of ``link_ids`` (None: of every link) with two captures or more (the only ones
    whose text can differ)."""
    if link_ids is None:
        # one grouped scan of the capture table's link index: no list of ids to send, which
        # at 20,000 links checked was 2 MiB of a check's peak
        return set(
            session.execute(
                select(_CAPTURES.c.link_id).group_by(_CAPTURES.c.link_id).having(func.count() > 1)
            ).scalars()
        )
    if not link_ids:
        return set()
    found: set[int] = set()
    wanted = sorted(set(link_ids))
    for start in range(0, len(wanted), 500):
        rows = session.execute(
            select(_CAPTURES.c.link_id)
            .where(_CAPTURES.c.link_id.in_(in_list(wanted[start : start + 500])))
            .group_by(_CAPTURES.c.link_id)
            .having(func.count() > 1)
        )
        found.update(r[0] for r in rows)
    return found


def links_with_captures(session: Session) -> set[int]:
    """The ids of links with at least one capture."""
    from claims.models import Capture  # ORM: not on a check's path

    return set(session.scalars(select(Capture.link_id).distinct()))
