"""Rounds shared by check workers: joining one, leasing hosts, renewing and releasing leases.

A round covers the cited links due when it started; each is checked once in it. A worker
leases hosts (all the workers' lease transactions run one at a time: a PostgreSQL advisory
lock, SQLite's IMMEDIATE write transactions), checks their links with no transaction open, and
writes each result only while it still holds the lease. On the Core tables (``claims.schema``):
a worker imports no ORM; each function takes a Session or a Connection. Never commits.
"""

from __future__ import annotations

import datetime as dt
import math
from array import array
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import (
    ColumnElement,
    and_,
    delete,
    exists,
    func,
    insert,
    or_,
    select,
    true,
    update,
)

from claims import schema
from claims.enums import LinkHealth
from claims.repository.bulk import Executor, connection_of
from claims.urls import host_name

if TYPE_CHECKING:
    from sqlalchemy import Table
    from sqlalchemy.dialects.postgresql import Insert as pg_Insert
    from sqlalchemy.dialects.sqlite import Insert as sqlite_Insert

# the Core tables, named as the models were (the statements read as before)
Link = schema.link.c
Source = schema.source.c
LinkCheck = schema.link_check.c
CheckRound = schema.check_round.c
CheckWorker = schema.check_worker.c
_LINK = schema.link
_ROUND = schema.check_round
_WORKER = schema.check_worker


@dataclass(frozen=True)
class RoundInfo:
    """A round as stored: its start and the settings that decide what it covers."""

    id: str
    started_at: dt.datetime
    recheck_after: dt.timedelta
    force: bool
    started_by: str | None
    created: bool  # this worker started the round


def join_round(
    session: Executor,
    round_id: str,
    *,
    now: dt.datetime,
    recheck_after: dt.timedelta,
    force: bool,
    worker: str,
) -> RoundInfo:
    """The round ``round_id``, started now by ``worker`` unless another worker started it.

    Workers that start together race to create it; the first insert wins and the others read
    its start and settings, so every worker of a round agrees on what it covers.
    """
    values = {
        "id": round_id,
        "started_at": now,
        "recheck_after_s": recheck_after.total_seconds(),
        "force": force,
        "started_by": worker,
    }
    conflict_aware = _conflict_insert(session, _ROUND)
    if conflict_aware is not None:
        session.execute(conflict_aware.values(values).on_conflict_do_nothing())
    elif (  # pragma: no cover - other databases
        session.execute(select(CheckRound.id).where(CheckRound.id == round_id)).first() is None
    ):
        session.execute(insert(_ROUND).values(values))
    row = session.execute(select(_ROUND).where(CheckRound.id == round_id)).one()
    return RoundInfo(
        id=row.id,
        started_at=row.started_at,
        recheck_after=dt.timedelta(seconds=row.recheck_after_s),
        force=row.force,
        started_by=row.started_by,
        created=row.started_by == worker and row.started_at == now,
    )


def _dialect(session: Executor) -> str:
    return connection_of(session).dialect.name


def _conflict_insert(session: Executor, table: Table) -> pg_Insert | sqlite_Insert | None:
    """The dialect's INSERT into ``table`` that can say ON CONFLICT (PostgreSQL, SQLite)."""
    dialect = _dialect(session)
    if dialect == "postgresql":
        from sqlalchemy.dialects import postgresql  # imported when needed (see links.py)

        return postgresql.insert(table)
    if dialect == "sqlite":
        from sqlalchemy.dialects import sqlite

        return sqlite.insert(table)
    return None  # pragma: no cover - other databases


def _cited() -> ColumnElement[bool]:
    return Link.id.in_(select(Source.link_id).where(Source.link_id.is_not(None)))


def _cited_row() -> ColumnElement[bool]:
    # per row, by the source index: for a statement on a few links by id (a lease)
    return exists().where(Source.link_id == Link.id)


def in_round(info: RoundInfo, *, by_row: bool = False) -> ColumnElement[bool]:
    """Links the round still has to check, leased or not.

    Cited, not yet checked in this round, and due as of the round's start: never checked, not
    alive (failures are always rechecked), or last checked at least ``recheck_after`` before
    the round started; with ``force``, every cited link. Every condition but "cited" reads the
    link's own row, which PostgreSQL re-reads when a concurrent worker has just updated it.
    """
    not_yet = or_(Link.last_round_id.is_(None), Link.last_round_id != info.id)
    if info.force:
        due: ColumnElement[bool] = true()
    else:
        due = or_(
            Link.last_checked_at.is_(None),
            Link.health != LinkHealth.ALIVE,
            Link.last_checked_at <= info.started_at - info.recheck_after,
        )
    return and_(_cited_row() if by_row else _cited(), not_yet, due)


def _free(now: dt.datetime) -> ColumnElement[bool]:
    return or_(Link.lease_expires_at.is_(None), Link.lease_expires_at < now)


# the lease transactions of all workers take this lock in turn (PostgreSQL; SQLite's
# BEGIN IMMEDIATE already serialises them), so two cannot take the same free host at once
_LEASE_LOCK_KEY = 1_4_0_14


def _authority(session: Executor) -> ColumnElement[str]:
    """A link's URL cut after its authority (``http://host:port``), in SQL, so that the
    live leases read as a row per host and worker, not per link (the host is parsed after)."""
    dialect = _dialect(session)
    if dialect == "postgresql":
        return "//" + func.split_part(Link.url, "/", 3)
    if dialect == "sqlite":
        rest = func.substr(Link.url, func.instr(Link.url, "//") + 2)
        return "//" + func.substr(rest, 1, func.instr(rest + "/", "/") - 1)
    return Link.url  # pragma: no cover - other databases


def _host(url: str) -> str:
    return host_name(url)  # the checker's own, so leases and the per-host limit agree


def links_by_host(session: Executor, info: RoundInfo, *, now: dt.datetime) -> dict[str, array[int]]:
    """The round's free links, by host: for each, the ids in the order to lease them (from
    the end: never-checked links first, then by id). One read of the round; a worker leases
    from it host by host."""
    by_host: dict[str, array[int]] = {}
    rows = session.execute(
        select(Link.id, Link.url)
        .where(in_round(info), _free(now))
        .order_by(Link.last_checked_at.is_not(None).desc(), Link.id.desc())
    )
    for link_id, url in rows:
        by_host.setdefault(_host(url), array("q")).append(link_id)
    return by_host


@dataclass(frozen=True)
class HostLease:
    """What one lease took: the links leased, and those tried that were no longer free."""

    leased: list[int]
    tried: list[int]
    hosts: list[tuple[str, int]]  # each host taken, with how many of its links were tried
    share: int  # the hosts this worker may have in progress


def lease_hosts(
    session: Executor,
    info: RoundInfo,
    candidates: Mapping[str, Sequence[int]],
    *,
    worker: str,
    now: dt.datetime,
    lease: dt.timedelta,
    hosts: int,
    holding: Collection[str],
    per_host: int,
    limit: int,
) -> HostLease:
    """Lease to ``worker`` the links of up to ``hosts`` free hosts (at most ``per_host`` links
    of each, ``limit`` in all), from ``candidates`` (host: ids, taken from the end).

    A host is free when no other worker holds a live lease on any of its links, so a host's
    requests come from one worker at a time and its per-host limit, interval and back-off
    hold for the whole round. A worker takes at most its share of the round's hosts (their
    number over the workers seen in the round), so a worker that starts first does not keep
    every host. ``holding``: the hosts this worker has in progress, counted as its own and
    not taken again until they are done (``per_host`` links of a host at a time). The links
    are leased only if they are still the round's and free: ``tried`` less ``leased`` were
    checked or leased meanwhile.
    """
    if _dialect(session) == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(_LEASE_LOCK_KEY)))
    held: set[str] = set()
    mine: set[str] = set()  # hosts whose last links this worker is writing: kept first
    owners: set[str] = set()
    for url, owner in session.execute(
        select(_authority(session), Link.lease_owner)
        .where(Link.lease_expires_at >= now, Link.lease_owner.is_not(None))
        .distinct()
    ):
        if owner == worker:
            mine.add(_host(url))
            continue
        held.add(_host(url))
        if not owner.startswith(PAUSE_OWNER_PREFIX):
            owners.add(owner)
    owners.update(workers_seen(session, info, now=now - lease))
    owners.discard(worker)
    total = len({h for h, ids in candidates.items() if ids} | held | set(holding))
    share = math.ceil(total / (len(owners) + 1))
    take = min(hosts, share - len(holding))
    free = [h for h, ids in candidates.items() if ids and h not in held and h not in holding]
    # a host stays with its worker (no gap while it passes on), then the longest first
    free.sort(key=lambda h: (h in mine, len(candidates[h])), reverse=True)
    tried: list[int] = []
    chosen: list[tuple[str, int]] = []
    for host in free:
        ids = candidates[host]
        n = min(per_host, len(ids))
        if len(chosen) >= take or (tried and len(tried) + n > limit):
            break  # whole chunks only: a host with a few links would soon wait for more
        n = min(n, limit)
        tried.extend(ids[len(ids) - n :])
        chosen.append((host, n))
    if not tried:
        return HostLease([], [], [], share)
    leased: list[int] = []
    for start in range(0, len(tried), 500):
        chunk = tried[start : start + 500]
        leased.extend(
            session.execute(
                update(_LINK)
                .where(Link.id.in_(chunk), in_round(info, by_row=True), _free(now))
                .values(lease_owner=worker, lease_expires_at=now + lease)
                .returning(Link.id)
            ).scalars()
        )
    return HostLease(leased, tried, chosen, share)


def see_worker(session: Executor, info: RoundInfo, *, worker: str, now: dt.datetime) -> None:
    """Record that ``worker`` takes part in the round, as of ``now``."""
    values = {"round_id": info.id, "worker": worker, "seen_at": now}
    conflict_aware = _conflict_insert(session, _WORKER)
    if conflict_aware is not None:
        session.execute(
            conflict_aware.values(values).on_conflict_do_update(
                index_elements=["round_id", "worker"], set_={"seen_at": now}
            )
        )
    else:  # pragma: no cover - other databases
        leave_round(session, info, worker=worker)
        session.execute(insert(_WORKER).values(values))


def leave_round(session: Executor, info: RoundInfo, *, worker: str) -> None:
    session.execute(
        delete(_WORKER).where(CheckWorker.round_id == info.id, CheckWorker.worker == worker)
    )


def workers_seen(session: Executor, info: RoundInfo, *, now: dt.datetime) -> list[str]:
    """The workers of the round seen at ``now`` or later."""
    return list(
        session.scalars(
            select(CheckWorker.worker).where(
                CheckWorker.round_id == info.id, CheckWorker.seen_at >= now
            )
        )
    )


# the lease owner of links held back because their host asked for a pause
PAUSE_OWNER_PREFIX = "pause:"


def pause_host(
    session: Executor,
    info: RoundInfo,
    *,
    host: str,
    worker: str,
    now: dt.datetime,
    until: dt.datetime,
) -> int:
    """Hold the round's free links of ``host`` until ``until``, for every worker.

    The host asked to be left alone (429, or 503 with Retry-After): its links are leased to
    no worker until then, so whichever worker takes the host next waits out the pause too
    (the worker that was told keeps its own pause in memory). How many links were held.
    """
    host = host.lower().rstrip(".")
    if _dialect(session) == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(_LEASE_LOCK_KEY)))
    candidates = session.execute(
        select(Link.id, Link.url).where(
            in_round(info), _free(now), Link.url.contains(host, autoescape=True)
        )
    )
    ids = [link_id for link_id, url in candidates if _host(url).rstrip(".") == host]
    owner = f"{PAUSE_OWNER_PREFIX}{worker}"[:200]
    for start in range(0, len(ids), 500):
        session.execute(
            update(_LINK)
            .where(Link.id.in_(ids[start : start + 500]))
            .values(lease_owner=owner, lease_expires_at=until)
        )
    return len(ids)


def renew_leases(session: Executor, *, worker: str, until: dt.datetime) -> int:
    """Extend every lease ``worker`` holds: a live worker keeps its links, a dead one's expire."""
    result = session.execute(
        update(_LINK)
        .where(Link.lease_owner == worker)
        .values(lease_expires_at=until)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0))


def release_leases(session: Executor, *, worker: str) -> int:
    """Give back every link ``worker`` holds (on Ctrl-C or an error), for others to take now."""
    result = session.execute(
        update(_LINK)
        .where(Link.lease_owner == worker)
        .values(lease_owner=None, lease_expires_at=None)
        .execution_options(synchronize_session=False)
    )
    return int(getattr(result, "rowcount", 0))


@dataclass(frozen=True)
class Outstanding:
    """What the round still has to check: links, and when the first lease on them runs out."""

    links: int
    leased: int
    next_expiry: dt.datetime | None


def outstanding(
    session: Executor, info: RoundInfo, *, now: dt.datetime, other_than: str | None = None
) -> Outstanding:
    """What the round still has to check; ``other_than``: leaving out the links that worker
    holds (it is checking them)."""
    held = and_(Link.lease_expires_at.is_not(None), Link.lease_expires_at >= now)
    where = in_round(info)
    if other_than is not None:
        where = and_(where, or_(~held, Link.lease_owner.is_(None), Link.lease_owner != other_than))
    row = session.execute(
        select(
            func.count(Link.id),
            func.count(Link.id).filter(held),
            func.min(Link.lease_expires_at).filter(held),
        ).where(where)
    ).one()
    expiry = row[2]
    if isinstance(expiry, str):  # SQLite hands an aggregate over a typed column back as text
        expiry = dt.datetime.fromisoformat(expiry)
    if expiry is not None and expiry.tzinfo is None:
        expiry = expiry.replace(tzinfo=dt.UTC)
    return Outstanding(int(row[0]), int(row[1]), expiry)


def round_check_counts(session: Executor, round_id: str) -> Sequence[tuple[int, int]]:
    """(link id, number of checks in the round) for every link checked in it."""
    return [
        (link_id, n)
        for link_id, n in session.execute(
            select(LinkCheck.link_id, func.count())
            .where(LinkCheck.round_id == round_id)
            .group_by(LinkCheck.link_id)
        ).all()
    ]
