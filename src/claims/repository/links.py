"""Links, their checks and snapshots: what is due, and writing one result. Never commits."""

from __future__ import annotations

import datetime as dt
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Insert, Select, and_, bindparam, insert, or_, select, update

from claims import schema
from claims.enums import CheckOutcome, LinkHealth
from claims.errors import NotFoundError
from claims.repository.bulk import Executor, connection_of, insert_rows
from claims.urls import host_name, normalize_url

# the columns of the Core tables, not the ORM models: a check (every function here) runs
# without the ORM; each function takes a Session or a Connection
_LINKS = schema.link
_CHECKS = schema.link_check
_SNAPSHOTS = schema.snapshot
_SOURCES = schema.source
LINK = _LINKS.c
CHECK = _CHECKS.c
SNAPSHOT = _SNAPSHOTS.c
SOURCE = _SOURCES.c

# enough history to judge health: the trailing run of failures is all that matters
HEALTH_HISTORY_CHECKS = 100
# bound parameters per IN (...) list: SQLite allows 32,766, PostgreSQL 65,535
IN_CHUNK = 500


_INSERT_CHECK = insert(_CHECKS)
_UPDATE_LINK_STATE = (
    update(_LINKS)
    .where(LINK.id == bindparam("target_id"))
    .values(
        health=bindparam("health"),
        last_checked_at=bindparam("checked_at"),
        lease_owner=None,
        lease_expires_at=None,
    )
)
# A worker's write counts only while it still holds the lease: once the lease has passed to
# another worker, the other worker's check is the round's one and this write is refused.
_UPDATE_LEASED_LINK_STATE = (
    update(_LINKS)
    .where(LINK.id == bindparam("target_id"), LINK.lease_owner == bindparam("owner"))
    .values(
        health=bindparam("health"),
        last_checked_at=bindparam("checked_at"),
        last_round_id=bindparam("round_id"),
        lease_owner=None,
        lease_expires_at=None,
    )
)
_LINK_SOURCES = (
    update(_SOURCES)
    .where(SOURCE.id == bindparam("source_id"))
    .values(link_id=bindparam("new_link_id"))
)


@dataclass(frozen=True, slots=True)
class DueLink:
    """A link to check, with what its citing sources say about it."""

    link_id: int
    url: str
    source_keys: tuple[str, ...]
    cited_titles: tuple[str, ...]
    accessed: dt.date | None  # earliest access date among the citing sources
    issued: dt.date | None  # earliest issue date among them


@dataclass(frozen=True)
class HistoryEntry:
    checked_at: dt.datetime
    outcome: CheckOutcome


@dataclass(frozen=True)
class StoredSnapshot:
    archive_url: str
    archived_at: dt.datetime
    original_status: int | None
    service: str


def link_unlinked_sources(session: Executor) -> int:
    """Give every source with a URL but no link its Link (one per normalised URL).

    A handful of statements whatever the number of sources: existing links are read in
    chunks, missing ones inserted in one go, sources updated in bulk.
    """
    rows = session.execute(
        select(SOURCE.id, SOURCE.url).where(SOURCE.url.is_not(None), SOURCE.link_id.is_(None))
    ).all()
    if not rows:
        return 0
    wanted: dict[int, str] = {}
    for source_id, cited in rows:
        assert cited is not None
        try:
            wanted[source_id] = normalize_url(cited)
        except ValueError:
            wanted[source_id] = cited.strip()  # kept as cited; the checker calls it invalid
    urls = sorted(set(wanted.values()))
    ids = _link_ids(session, urls)
    missing = [u for u in urls if u not in ids]
    if missing:
        # several workers may start at once: a link another one has just added is not an error
        session.execute(_insert_links_ignoring_duplicates(session), [{"url": u} for u in missing])
        ids.update(_link_ids(session, missing))
    session.execute(
        _LINK_SOURCES,
        [{"source_id": sid, "new_link_id": ids[url]} for sid, url in wanted.items()],
    )
    return len(wanted)


def _insert_links_ignoring_duplicates(session: Executor) -> Insert:
    dialect = connection_of(session).dialect.name
    # the dialect modules are imported when needed: PostgreSQL's (with all its drivers) is
    # a tenth of a check's imports
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql

        return postgresql.insert(_LINKS).on_conflict_do_nothing(index_elements=[LINK.url])
    if dialect == "sqlite":
        from sqlalchemy.dialects import sqlite

        return sqlite.insert(_LINKS).on_conflict_do_nothing(index_elements=[LINK.url])
    return insert(_LINKS)


def _link_ids(session: Executor, urls: Sequence[str]) -> dict[str, int]:
    found: dict[str, int] = {}
    for start in range(0, len(urls), IN_CHUNK):
        chunk = urls[start : start + IN_CHUNK]
        found.update(
            (url, link_id)
            for url, link_id in session.execute(
                select(LINK.url, LINK.id).where(LINK.url.in_(chunk))
            ).all()
        )
    return found


def require_sources(session: Executor, keys: Sequence[str]) -> None:
    """Raise NotFoundError naming every unknown source key."""
    if not keys:
        return
    found = set(session.execute(select(SOURCE.key).where(SOURCE.key.in_(keys))).scalars())
    missing = [k for k in keys if k not in found]
    if missing:
        raise NotFoundError(
            f"no source with key {', '.join(repr(k) for k in missing)}",
            hint="list the keys with: claims sources list",
        )


def due_condition(*, now: dt.datetime, recheck_after: dt.timedelta, force: bool) -> Any:
    """Links worth checking now: never checked, not alive (failures are always rechecked),
    or checked longer ago than ``recheck_after``; ``force`` takes all. Links leased by a
    worker whose lease has not expired are left to that worker."""
    not_leased = or_(LINK.lease_expires_at.is_(None), LINK.lease_expires_at < now)
    if force:
        return not_leased
    stale = or_(
        LINK.last_checked_at.is_(None),
        LINK.health != LinkHealth.ALIVE,
        LINK.last_checked_at <= now - recheck_after,
    )
    return and_(not_leased, stale)


def due_links_query(
    *,
    now: dt.datetime,
    recheck_after: dt.timedelta,
    force: bool,
    source_keys: Sequence[str] = (),
) -> Select[int]:
    """Ids of due links cited by a source (optionally one of ``source_keys``), oldest first.

    A plain SELECT so a work-sharing caller can add ``with_for_update(skip_locked=True)``
    and a LIMIT to lease a batch.
    """
    cited = select(SOURCE.link_id).where(SOURCE.link_id.is_not(None))
    if source_keys:
        cited = cited.where(SOURCE.key.in_(source_keys))
    return (
        select(LINK.id)
        .where(LINK.id.in_(cited), due_condition(now=now, recheck_after=recheck_after, force=force))
        .order_by(LINK.last_checked_at.is_not(None), LINK.last_checked_at, LINK.id)
    )


def due_links_by_host(
    session: Executor,
    *,
    now: dt.datetime,
    recheck_after: dt.timedelta,
    force: bool,
    source_keys: Sequence[str] = (),
) -> array[int]:
    """Ids of the due links, oldest first within a host, round-robin over the hosts.

    Only ids are kept (8 bytes a link), so a run can load its links in chunks; the
    round-robin makes each chunk span the hosts even when the links come host by host.
    """
    query = due_links_query(
        now=now, recheck_after=recheck_after, force=force, source_keys=source_keys
    ).add_columns(LINK.url)
    by_host: dict[str, list[int]] = {}
    for link_id, url in session.execute(query):
        by_host.setdefault(host_name(url), []).append(link_id)
    queues = [list(reversed(ids)) for ids in by_host.values()]
    del by_host
    out = array("q")
    while queues:
        for queue in queues:
            out.append(queue.pop())
        queues = [q for q in queues if q]
    return out


def count_cited_links(session: Executor, source_keys: Sequence[str] = ()) -> int:
    cited = select(SOURCE.link_id).where(SOURCE.link_id.is_not(None))
    if source_keys:
        cited = cited.where(SOURCE.key.in_(source_keys))
    return len(set(session.execute(cited).scalars()))


def load_due_links(session: Executor, link_ids: Sequence[int]) -> list[DueLink]:
    """The links with their citing sources' keys, titles and dates, in ``link_ids`` order.

    Plain rows in chunks of IN_CHUNK ids: a run over 100,000 links neither builds an ORM
    object per source nor sends more bound parameters than a backend takes.
    """
    if not link_ids:
        return []
    urls: dict[int, str] = {}
    cited: dict[int, list[tuple[str, str | None, dt.date | None, dt.date | None]]] = {
        i: [] for i in link_ids
    }
    for start in range(0, len(link_ids), IN_CHUNK):
        chunk = link_ids[start : start + IN_CHUNK]
        urls.update(
            (link_id, url)
            for link_id, url in session.execute(
                select(LINK.id, LINK.url).where(LINK.id.in_(chunk))
            ).all()
        )
        rows = session.execute(
            select(SOURCE.link_id, SOURCE.key, SOURCE.title, SOURCE.accessed, SOURCE.issued)
            .where(SOURCE.link_id.in_(chunk))
            .order_by(SOURCE.key)
        ).all()
        for link_id, key, title, accessed, issued in rows:
            assert link_id is not None
            cited[link_id].append((key, title, accessed, issued))
    out = []
    for link_id in link_ids:
        if link_id not in urls:
            continue  # deleted since it was found due
        sources = cited[link_id]
        accessed_on = [a for _, _, a, _ in sources if a is not None]
        issued_on = [i for _, _, _, i in sources if i is not None]
        titles: list[str] = []
        for _, title, _, _ in sources:
            if title and title not in titles:
                titles.append(title)
        out.append(
            DueLink(
                link_id=link_id,
                url=urls[link_id],
                source_keys=tuple(key for key, _, _, _ in sources),
                cited_titles=tuple(titles),
                accessed=min(accessed_on) if accessed_on else None,
                issued=min(issued_on) if issued_on else None,
            )
        )
    return out


def add_check(
    session: Executor,
    link_id: int,
    *,
    checked_at: dt.datetime,
    outcome: CheckOutcome,
    http_status: int | None,
    final_url: str | None,
    redirects: list[dict[str, Any]],
    title: str | None,
    title_similarity: float | None,
    drifted: bool,
    elapsed_ms: int | None,
    error: str | None,
    worker: str | None = None,
    round_id: str | None = None,
) -> None:
    # prebuilt statements with bound parameters: written thousands of times a run, they
    # compile once and skip building ORM objects
    session.execute(
        _INSERT_CHECK,
        [
            {
                "link_id": link_id,
                "checked_at": checked_at,
                "outcome": outcome,
                "http_status": http_status,
                "final_url": final_url,
                "redirects": redirects,
                "title": title,
                "title_similarity": title_similarity,
                "drifted": drifted,
                "elapsed_ms": elapsed_ms,
                "error": error,
                "worker": worker,
                "round_id": round_id,
            }
        ],
    )


# every column of a check but its id: insert_rows applies no Python-side default
CHECK_COLUMNS = (
    "link_id",
    "checked_at",
    "outcome",
    "http_status",
    "final_url",
    "redirects",
    "title",
    "title_similarity",
    "drifted",
    "elapsed_ms",
    "error",
    "worker",
    "round_id",
)


def add_checks(session: Executor, rows: Sequence[Sequence[Any]]) -> None:
    """Append many checks in one statement, each row the values of ``CHECK_COLUMNS``
    (tuples to the driver: a dict per row cost the writer more than the statement)."""
    insert_rows(connection_of(session), _CHECKS, CHECK_COLUMNS, rows)


# on the connection: an ORM session's UPDATE given many rows is a bulk update by primary key
_UPDATE_LINK_STATES = (
    update(_LINKS)
    .where(_LINKS.c.id == bindparam("target_id"))
    .values(
        health=bindparam("health"),
        last_checked_at=bindparam("checked_at"),
        lease_owner=None,
        lease_expires_at=None,
    )
)


def set_link_states(session: Executor, rows: Sequence[dict[str, Any]]) -> None:
    """``set_link_state`` for many links at once (keys target_id, health, checked_at)."""
    if rows:
        connection_of(session).execute(_UPDATE_LINK_STATES, list(rows))


def set_leased_link_states(session: Executor, rows: Sequence[dict[str, Any]]) -> None:
    """``set_leased_link_state`` for many links at once (keys target_id, health, checked_at,
    owner, round_id), for links ``held_by`` their owner in this transaction."""
    if rows:
        connection_of(session).execute(_UPDATE_LEASED_LINK_STATE, list(rows))


def held_by(session: Executor, link_ids: Sequence[int], *, owner: str) -> set[int]:
    """The links of ``link_ids`` whose lease ``owner`` holds, locked until the transaction
    ends (PostgreSQL; SQLite's write transactions run one at a time), so the lease cannot
    pass to another worker before this one writes them."""
    held: set[int] = set()
    for start in range(0, len(link_ids), IN_CHUNK):
        chunk = link_ids[start : start + IN_CHUNK]
        held.update(
            session.execute(
                select(LINK.id)
                .where(LINK.id.in_(chunk), LINK.lease_owner == owner)
                .with_for_update()
            ).scalars()
        )
    return held


def check_history(
    session: Executor, link_id: int, *, limit: int = HEALTH_HISTORY_CHECKS
) -> list[HistoryEntry]:
    """The latest ``limit`` checks of a link, oldest first."""
    rows = session.execute(
        select(CHECK.checked_at, CHECK.outcome)
        .where(CHECK.link_id == link_id)
        .order_by(CHECK.checked_at.desc(), CHECK.id.desc())
        .limit(limit)
    ).all()
    return [HistoryEntry(at, outcome) for at, outcome in reversed(rows)]


def set_link_state(
    session: Executor, link_id: int, *, health: LinkHealth, checked_at: dt.datetime
) -> None:
    """Store the derived health and release any lease on the link."""
    session.execute(
        _UPDATE_LINK_STATE,
        {"target_id": link_id, "health": health, "checked_at": checked_at},
    )


def set_leased_link_state(
    session: Executor,
    link_id: int,
    *,
    health: LinkHealth,
    checked_at: dt.datetime,
    owner: str,
    round_id: str,
) -> bool:
    """Store the health, mark the link checked in ``round_id`` and release the lease — only
    if ``owner`` still holds it. False when the lease has passed to another worker (the
    caller then rolls back its check)."""
    result = session.execute(
        _UPDATE_LEASED_LINK_STATE,
        {
            "target_id": link_id,
            "health": health,
            "checked_at": checked_at,
            "owner": owner,
            "round_id": round_id,
        },
    )
    return bool(getattr(result, "rowcount", 0) == 1)


def latest_snapshot(session: Executor, link_id: int) -> StoredSnapshot | None:
    row = session.execute(
        select(
            SNAPSHOT.archive_url, SNAPSHOT.archived_at, SNAPSHOT.original_status, SNAPSHOT.service
        )
        .where(SNAPSHOT.link_id == link_id)
        .order_by(SNAPSHOT.found_at.desc(), SNAPSHOT.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return None
    return StoredSnapshot(row.archive_url, row.archived_at, row.original_status, row.service)


def add_snapshot(
    session: Executor,
    link_id: int,
    *,
    service: str,
    archive_url: str,
    archived_at: dt.datetime,
    original_status: int | None,
    found_at: dt.datetime,
) -> None:
    """Store an archived copy unless the same one is stored already."""
    exists = session.execute(
        select(SNAPSHOT.id).where(
            SNAPSHOT.link_id == link_id,
            SNAPSHOT.service == service,
            SNAPSHOT.archive_url == archive_url,
        )
    ).first()
    if exists is None:
        session.execute(
            insert(_SNAPSHOTS).values(
                link_id=link_id,
                service=service,
                archive_url=archive_url,
                archived_at=archived_at,
                original_status=original_status,
                found_at=found_at,
            )
        )
