"""Queries for bibliographies: sources streamed as records, matched, added, updated, renamed."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import groupby, islice
from operator import itemgetter
from typing import Any

from sqlalchemy import Select, String, Table, bindparam, func, select, type_coerce, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, selectinload

from claims import schema
from claims.enums import AccessedBasis, ContributorRole, DatePrecision, LinkHealth, SourceKind
from claims.models import Citation, Claim, Document, Footnote, Link, Snapshot, Source
from claims.models import Contributor as ContributorRow
from claims.models.base import utcnow
from claims.records import Contributor, PartialDate, SourceRecord
from claims.repository.bulk import insert_rows
from claims.repository.scope import DocumentIds, in_documents
from claims.repository.sources import source_values

IN_CHUNK = 500  # values per IN (…) list: well under every backend's parameter limit
_first = itemgetter(0)


@dataclass(frozen=True)
class ExportRow:
    """A source as plain data, with its link's latest archived copy if one is known."""

    record: SourceRecord
    archive_url: str | None = None
    archived_at: dt.datetime | None = None


def _chunks(values: Iterable[Any], size: int = IN_CHUNK) -> Iterator[list[Any]]:
    it = iter(values)
    while chunk := list(islice(it, size)):
        yield chunk


# ------------------------------------------------------------------ export


def _plain(column: Any) -> Any:
    # a column read as stored, without SQLAlchemy's result processing row after row of a
    # large export: an enum as its value (a dict lookup is cheaper), a date as ISO text on
    # SQLite and a date on PostgreSQL (see stored_day; the writers key their caches on either)
    return type_coerce(column, String).label(column.key)


def stored_day(stored: str | dt.date) -> dt.date:
    """A date column read by :func:`_plain` (not NULL), as a date."""
    return dt.date.fromisoformat(stored) if isinstance(stored, str) else stored


_SOURCE_COLUMNS = (
    Source.id,
    Source.key,
    _plain(Source.kind),
    Source.title,
    Source.container,
    Source.publisher,
    _plain(Source.issued),
    _plain(Source.issued_precision),
    Source.url,
    Source.link_id,
    _plain(Source.accessed),
    _plain(Source.accessed_basis),
    Source.raw,
    Source.language,
    Source.note,
    Source.doi,
    # as stored: most sources have none, and decoding '{}' row after row adds up
    type_coerce(Source.extra, String).label("extra"),
)


def cited_by(*, document_id: DocumentIds = None, claim_ids: Sequence[int] = ()) -> Select[Any]:
    """The ids of the sources a document's claims cite, or these claims cite (or both)."""
    stmt = select(Citation.source_id).join(Claim, Citation.claim_id == Claim.id)
    if document_id is not None:
        stmt = stmt.where(in_documents(Claim.document_id, document_id))
    if claim_ids:
        stmt = stmt.where(Claim.id.in_(claim_ids))
    return stmt


def document_id(session: Session, key: str) -> int | None:
    return session.scalar(select(Document.id).where(Document.key == key))


def claim_ids(session: Session, keys: Sequence[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    for chunk in _chunks(sorted(set(keys))):
        out.update(session.execute(select(Claim.key, Claim.id).where(Claim.key.in_(chunk))).all())
    return out


# a contributor as read: (role, family, given, literal), plain values
PersonRow = tuple[str, str | None, str | None, str | None]


@dataclass(frozen=True)
class ExportBatch:
    """One page of sources as plain rows (the columns of :data:`_SOURCE_COLUMNS`, dates
    and ``extra`` as stored), with their contributors as plain rows in order and their
    links' latest archived copies."""

    rows: Sequence[Any]
    people: dict[int, tuple[PersonRow, ...]]
    archives: dict[int, tuple[str, dt.datetime]]

    def record(self, r: Any) -> SourceRecord:
        return _record(r, contributors_of(self.people.get(r.id, ())))


def iter_export_batches(
    session: Session,
    *,
    only: Select[Any] | None = None,
    batch_size: int = 1000,
) -> Iterator[ExportBatch]:
    """Every source (or those whose id ``only`` selects) in the order they were added, a
    page at a time: three set-based queries per page, plain Core rows, no ORM objects.

    Keyset-paginated, so the session holds nothing between pages and memory stays flat
    for any number of sources.
    """
    # the statements are built once, their bounds bound per page: building one (and its
    # cache key) costs more than running it on a page of a thousand rows
    page = select(*_SOURCE_COLUMNS).where(Source.id > bindparam("after"))
    if only is not None:
        page = page.where(Source.id.in_(only.scalar_subquery()))
    page = page.order_by(Source.id).limit(batch_size)
    # with no scope, every source with an id in (after, last] is in the page: a range,
    # cheaper to send than a thousand parameters
    in_span = (ContributorRow.source_id > bindparam("after")) & (
        ContributorRow.source_id <= bindparam("last")
    )
    people_in_span = _people_stmt(in_span)
    span = (Source.id > bindparam("after")) & (Source.id <= bindparam("last"))
    snapshots_in_span = _snapshots_stmt(
        Snapshot.link_id.in_(select(Source.link_id).where(span).scalar_subquery())
    )
    last_id = 0
    while True:
        if session.autoflush:
            session.flush()  # what session.execute would do; the rest reads plain rows
        # the connection, not the session: plain Core rows, without the ORM's row loading
        connection = session.connection()
        rows = connection.execute(page, {"after": last_id}).all()
        if not rows:
            return
        if only is None:
            bounds = {"after": last_id, "last": rows[-1].id}
            people = _people_of_rows(connection.execute(people_in_span, bounds).all())
            archives = _latest_of_rows(connection.execute(snapshots_in_span, bounds))
        else:
            people = _people_where(connection, ContributorRow.source_id.in_([r.id for r in rows]))
            archives = _latest_snapshots(connection, [r.link_id for r in rows if r.link_id])
        last_id = rows[-1].id
        yield ExportBatch(rows, people, archives)


def iter_export_rows(
    session: Session,
    *,
    only: Select[Any] | None = None,
    batch_size: int = 1000,
) -> Iterator[ExportRow]:
    """Every source (or those whose id ``only`` selects) in the order they were added, as
    records (see :func:`iter_export_batches`)."""
    for batch in iter_export_batches(session, only=only, batch_size=batch_size):
        for r in batch.rows:
            archive = batch.archives.get(r.link_id) if r.link_id else None
            yield ExportRow(
                record=batch.record(r),
                archive_url=archive[0] if archive else None,
                archived_at=archive[1] if archive else None,
            )


def extra_of(stored: Any) -> dict[str, str]:
    """The ``extra`` column as read by :data:`_SOURCE_COLUMNS`: JSON text (most often
    ``{}``) or, where the driver decodes JSON itself, the dict."""
    if stored is None or stored == "{}":
        return {}
    extra = json.loads(stored) if isinstance(stored, str) else stored
    if not extra:
        return {}
    return {k: v if type(v) is str else str(v) for k, v in extra.items()}


_KINDS = {k.value: k for k in SourceKind}
_BASES = {b.value: b for b in AccessedBasis}
_PRECISIONS = {p.value: p for p in DatePrecision}
_ROLES = {r.value: r for r in ContributorRole}


@functools.lru_cache(maxsize=4096)  # frozen, so shared: many sources have the same date
def _partial_date(day: dt.date, precision: DatePrecision) -> PartialDate:
    return PartialDate.from_date(day, precision)


def _record(r: Any, people: Sequence[Contributor]) -> SourceRecord:
    issued = None
    if r.issued is not None:
        precision = _PRECISIONS[r.issued_precision] if r.issued_precision else DatePrecision.DAY
        issued = _partial_date(stored_day(r.issued), precision)
    return SourceRecord(
        key=r.key,
        kind=_KINDS[r.kind],
        title=r.title,
        contributors=tuple(people),
        container=r.container,
        publisher=r.publisher,
        issued=issued,
        url=r.url,
        accessed=stored_day(r.accessed) if r.accessed is not None else None,
        accessed_basis=_BASES[r.accessed_basis],
        raw=r.raw,
        language=r.language,
        note=r.note,
        doi=r.doi,
        extra=extra_of(r.extra),
    )


def _contributors(
    session: Session | Connection, source_ids: Sequence[int]
) -> dict[int, tuple[Contributor, ...]]:
    people = _people_where(session, ContributorRow.source_id.in_(source_ids))
    return {k: contributors_of(v) for k, v in people.items()}


def _people_stmt(where: Any) -> Select[Any]:
    return (
        select(
            ContributorRow.source_id,
            _plain(ContributorRow.role),
            ContributorRow.family,
            ContributorRow.given,
            ContributorRow.literal,
        )
        .where(where)
        .order_by(ContributorRow.source_id, ContributorRow.role, ContributorRow.position)
    )


def _people_where(session: Session | Connection, where: Any) -> dict[int, tuple[PersonRow, ...]]:
    """The contributors of the sources ``where`` selects, in order, as plain rows: no
    object per row, and tuples of plain values are cheap to hash for a writer's cache."""
    return _people_of_rows(session.execute(_people_stmt(where)).all())


def _people_of_rows(rows: Sequence[Any]) -> dict[int, tuple[PersonRow, ...]]:
    return {source_id: tuple([r[1:] for r in group]) for source_id, group in groupby(rows, _first)}


def contributors_of(people: Iterable[PersonRow]) -> tuple[Contributor, ...]:
    """The contributors of plain rows (see :class:`ExportBatch`)."""
    return tuple([_contributor(*p) for p in people])


def contributor_of(person: PersonRow) -> Contributor:
    return _contributor(*person)


@functools.lru_cache(maxsize=4096)  # frozen, so shared: people are cited again and again
def _contributor(
    role: str, family: str | None, given: str | None, literal: str | None
) -> Contributor:
    return Contributor(family=family, given=given, literal=literal, role=_ROLES[role])


def _latest_snapshots(
    session: Session | Connection, link_ids: Sequence[int]
) -> dict[int, tuple[str, dt.datetime]]:
    if not link_ids:
        return {}
    return _snapshots_where(session, Snapshot.link_id.in_(sorted(set(link_ids))))


def _snapshots_stmt(where: Any) -> Select[int, str, dt.datetime]:
    return (
        select(Snapshot.link_id, Snapshot.archive_url, Snapshot.archived_at)
        .where(where)
        .order_by(Snapshot.link_id, Snapshot.archived_at, Snapshot.id)
    )


def _snapshots_where(
    session: Session | Connection, where: Any
) -> dict[int, tuple[str, dt.datetime]]:
    return _latest_of_rows(session.execute(_snapshots_stmt(where)))


def _latest_of_rows(rows: Iterable[Any]) -> dict[int, tuple[str, dt.datetime]]:
    # ordered by time: the latest wins, later rows overwriting earlier ones
    return {link_id: (url, at) for link_id, url, at in rows}


# ------------------------------------------------------------------ import


def all_source_keys(session: Session) -> set[str]:
    return set(session.scalars(select(Source.key)))


def _core(session: Session) -> Connection:
    """The session's connection, for plain Core rows (without the ORM's row loading),
    after the flush a session.execute would do."""
    if session.autoflush:
        session.flush()
    return session.connection()


def source_ids_by_key(session: Session, keys: Iterable[str]) -> dict[str, int]:
    out: dict[str, int] = {}
    connection = _core(session)
    for chunk in _chunks(sorted(set(keys))):
        stmt = select(Source.key, Source.id).where(Source.key.in_(chunk))
        out.update(connection.execute(stmt).all())
    return out


def source_keys_by_id(session: Session, ids: Iterable[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    connection = _core(session)
    for chunk in _chunks(sorted(set(ids))):
        stmt = select(Source.id, Source.key).where(Source.id.in_(chunk))
        out.update(connection.execute(stmt).all())
    return out


def source_dois(session: Session) -> Iterator[tuple[int, str]]:
    """(id, DOI) of every source that has one, as stored."""
    stmt = select(Source.id, Source.doi).where(Source.doi.is_not(None)).order_by(Source.id)
    for source_id, doi in session.execute(stmt):
        if doi is not None:
            yield source_id, doi


def source_ids_by_link_url(session: Session, urls: Iterable[str]) -> dict[str, int]:
    """The first source citing each normalised URL, by the URL of its link."""
    out: dict[str, int] = {}
    connection = _core(session)
    for chunk in _chunks(sorted(set(urls))):
        stmt = (
            select(Link.url, Source.id)
            .join(Source, Source.link_id == Link.id)
            .where(Link.url.in_(chunk))
            .order_by(Source.id)
        )
        for url, source_id in connection.execute(stmt):
            out.setdefault(url, source_id)
    return out


def links_by_url(session: Session, urls: Iterable[str]) -> dict[str, tuple[int, int | None]]:
    """For each normalised URL a link has: the link's id and the first source citing it
    (None if none does), in one query per chunk."""
    out: dict[str, tuple[int, int | None]] = {}
    connection = _core(session)
    for chunk in _chunks(sorted(set(urls))):
        stmt = (
            select(Link.url, Link.id, func.min(Source.id))
            .outerjoin(Source, Source.link_id == Link.id)
            .where(Link.url.in_(chunk))
            .group_by(Link.id, Link.url)
        )
        out.update(
            (url, (link_id, source_id)) for url, link_id, source_id in connection.execute(stmt)
        )
    return out


def get_or_add_links(session: Session, urls: Iterable[str]) -> dict[str, Link]:
    """A link for each normalised URL, created where missing."""
    wanted = sorted(set(urls))
    out: dict[str, Link] = {}
    for chunk in _chunks(wanted):
        out.update(
            {link.url: link for link in session.scalars(select(Link).where(Link.url.in_(chunk)))}
        )
    for url in wanted:
        if url not in out:
            out[url] = Link(url=url)
            session.add(out[url])
    return out


def link_ids(
    session: Session, urls: Iterable[str], *, known: dict[str, int] | None = None
) -> dict[str, int]:
    """The id of a link for each normalised URL, inserted where missing (one driver
    executemany: no ORM object, no parameter dict per link). With ``known``, the links
    already looked up (by :func:`links_by_url` on a superset of ``urls``): the others are
    missing, and not looked up again."""
    wanted = sorted(set(urls))
    out: dict[str, int] = {}
    connection = session.connection()
    now = utcnow()
    for chunk in _chunks(wanted):
        if known is None:
            stmt = select(Link.url, Link.id).where(Link.url.in_(chunk))
            out.update(connection.execute(stmt).all())
        else:
            out.update((u, known[u]) for u in chunk if u in known)
        missing = [u for u in chunk if u not in out]
        if missing:
            last = _last_id(connection, Link.id)
            insert_rows(
                connection,
                _LINK,
                _LINK_COLUMNS,
                [(u, LinkHealth.UNCHECKED, now) for u in missing],
            )
            out.update(_added_since(connection, Link.url, Link.id, last, set(missing)))
    return out


def _last_id(connection: Connection, id_column: Any) -> int:
    return connection.scalar(select(func.max(id_column))) or 0


def _added_since(
    connection: Connection, name_column: Any, id_column: Any, last: int, names: set[str]
) -> dict[str, int]:
    """The ids of the rows just inserted with these names (unique): the rows with an id
    past ``last``, the largest before (cheaper than a thousand parameters); others that a
    concurrent transaction has committed meanwhile are passed over."""
    rows = connection.execute(select(name_column, id_column).where(id_column > last))
    return {name: i for name, i in rows if name in names}


_SOURCE: Table = schema.source
_LINK: Table = schema.link
_CONTRIBUTOR: Table = ContributorRow.__table__  # type: ignore[assignment]
_LINK_COLUMNS = ("url", "health", "created_at")
# the columns of source_values, in its order: each row is its values, as they come
_SOURCE_INSERT = (
    "key",
    *source_values(SourceRecord(key="", kind=SourceKind.OTHER)),
    "link_id",
    "created_at",
    "updated_at",
)
_CONTRIBUTOR_INSERT = ("source_id", "role", "position", "family", "given", "literal")


def _positions(record: SourceRecord) -> Iterator[tuple[Contributor, int]]:
    """Each contributor with its 1-based position among those of its role."""
    positions: dict[ContributorRole, int] = {}
    for person in record.contributors:
        positions[person.role] = positions.get(person.role, 0) + 1
        yield person, positions[person.role]


def _contributor_values(person: Contributor, position: int) -> dict[str, Any]:
    return {
        "role": person.role,
        "position": position,
        "family": person.family,
        "given": person.given,
        "literal": person.literal,
    }


def _rows_for(record: SourceRecord) -> list[ContributorRow]:
    return [ContributorRow(**_contributor_values(c, n)) for c, n in _positions(record)]


def add_source(session: Session, record: SourceRecord, link: Link | None) -> Source:
    source = Source(key=record.key, link=link, **source_values(record))
    source.contributors = _rows_for(record)
    session.add(source)
    return source


def add_sources(
    session: Session, items: Sequence[tuple[SourceRecord, int | None]]
) -> dict[str, int]:
    """Insert many sources (with the id of their link, see :func:`link_ids`) and their
    contributors, a driver executemany per table and chunk: much faster than one ORM object
    each, or one parameter dict each.

    Returns the new sources' ids by key.
    """
    session.flush()
    added: dict[str, int] = {}
    connection = session.connection()
    now = utcnow()  # one time per batch, where the ORM default gave one per row
    last = _last_id(connection, Source.id)
    for chunk in _chunks(items, IN_CHUNK):
        insert_rows(
            connection,
            _SOURCE,
            _SOURCE_INSERT,
            [(r.key, *source_values(r).values(), link_id, now, now) for r, link_id in chunk],
        )
        ids = _added_since(connection, Source.key, Source.id, last, {r.key for r, _ in chunk})
        last = max(ids.values())
        added.update(ids)
        insert_rows(
            connection,
            _CONTRIBUTOR,
            _CONTRIBUTOR_INSERT,
            [
                (ids[r.key], c.role, position, c.family, c.given, c.literal)
                for r, _ in chunk
                for c, position in _positions(r)
            ],
        )
    return added


def source_records(session: Session, ids: Iterable[int]) -> dict[int, SourceRecord]:
    """The sources with these ids as records, contributors included."""
    out: dict[int, SourceRecord] = {}
    for chunk in _chunks(sorted(set(ids))):
        rows = session.execute(select(*_SOURCE_COLUMNS).where(Source.id.in_(chunk))).all()
        people = _contributors(session, [r.id for r in rows])
        out.update({r.id: _record(r, people.get(r.id, ())) for r in rows})
    return out


def get_sources(session: Session, ids: Iterable[int]) -> dict[int, Source]:
    out: dict[int, Source] = {}
    for chunk in _chunks(sorted(set(ids))):
        stmt = select(Source).where(Source.id.in_(chunk)).options(selectinload(Source.contributors))
        out.update({s.id: s for s in session.scalars(stmt)})
    return out


def update_source(
    session: Session, source: Source, record: SourceRecord, link: Link | None
) -> None:
    """Overwrite a source's fields and contributors; its key and id stay."""
    values = source_values(record)
    # what the file does not say, the database keeps: a curator's note, the printed citation
    for kept in ("raw", "note"):
        if values[kept] is None:
            values.pop(kept)
    for name, value in values.items():
        setattr(source, name, value)
    source.link = link
    existing = {(c.role, c.position): c for c in source.contributors}
    wanted = _rows_for(record)
    for row in wanted:
        current = existing.pop((row.role, row.position), None)
        if current is None:
            source.contributors.append(row)
        else:  # in place: a delete and insert of one position would break its unique key
            current.family, current.given, current.literal = row.family, row.given, row.literal
    for row in existing.values():
        source.contributors.remove(row)


# ------------------------------------------------------------------ keys


def all_source_records(session: Session) -> list[SourceRecord]:
    """Every source as a record, in the order they were added (for rekeying)."""
    return [r.record for r in iter_export_rows(session)]


def rename_sources(session: Session, renames: dict[str, str]) -> None:
    """Change citation keys; a swap (a→b, b→a) is safe: keys pass through unique temporaries."""
    if not renames:
        return
    ids = source_ids_by_key(session, renames)
    for source_id in ids.values():
        temporary = f"~rekey~{source_id}~"
        session.execute(update(Source).where(Source.id == source_id).values(key=temporary))
    for old, source_id in ids.items():
        session.execute(update(Source).where(Source.id == source_id).values(key=renames[old]))


# ------------------------------------------------------------------ notes


def footnote_sources(
    session: Session, document_id: DocumentIds = None
) -> list[tuple[str, int, list[int]]]:
    """(document key, footnote number, source ids in citing order) of every footnote that
    cites a source, by document in the order they were added, then by footnote number."""
    stmt = (
        select(Document.key, Footnote.number, Citation.position, Citation.source_id)
        .join(Footnote, Citation.footnote_id == Footnote.id)
        .join(Document, Footnote.document_id == Document.id)
        .order_by(Document.id, Footnote.number, Citation.position, Citation.id)
    )
    if document_id is not None:
        stmt = stmt.where(in_documents(Document.id, document_id))
    out: list[tuple[str, int, list[int]]] = []
    for key, number, _position, source_id in session.execute(stmt):
        if not out or out[-1][:2] != (key, number):
            out.append((key, number, []))
        if source_id not in out[-1][2]:  # several claims cite the same footnote
            out[-1][2].append(source_id)
    return out


def source_ids_cited_in_footnotes(document_id: DocumentIds = None) -> Select[Any]:
    stmt = select(Citation.source_id).join(Footnote, Citation.footnote_id == Footnote.id)
    if document_id is not None:
        stmt = stmt.where(in_documents(Footnote.document_id, document_id))
    return stmt
