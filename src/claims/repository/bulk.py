"""Many rows inserted with one driver ``executemany``, typed by SQLAlchemy's own column types.

``connection.execute(insert(table), dicts)`` builds and processes a parameter dict per row
in Python (half the time of a large import on SQLite). Here the statement is compiled once
per dialect and column list, each column's bind processor is looked up once and applied
to that column only where it converts something, and the rows go to the driver as tuples
(or, for a driver with named parameters, as dicts). The ``before_cursor_execute`` hooks
(NUL scrubbing) still see every row.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from sqlalchemy import Table, insert
from sqlalchemy.engine import Connection, Dialect

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


@functools.lru_cache(maxsize=64)
def _compiled(
    dialect: Dialect, table: Table, columns: tuple[str, ...]
) -> tuple[str, tuple[int, ...] | None, tuple[tuple[int, Callable[[Any], Any]], ...]]:
    """(SQL, the order of the values for a positional driver or None, (index, processor))."""
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    names = list(compiled.positiontup or ()) if compiled.positional else list(compiled.binds.keys())
    if sorted(names) != sorted(columns):
        # a column with a Python-side default the caller did not give: that default would
        # not run here
        raise ValueError(f"insert into {table.name} binds {names}, not the columns {columns}")
    processors = tuple(
        (i, p)
        for i, name in enumerate(columns)
        if (p := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None
    )
    order = tuple(columns.index(n) for n in names) if compiled.positional else None
    return str(compiled), order, processors


def insert_rows(
    connection: Connection, table: Table, columns: Sequence[str], rows: Sequence[Sequence[Any]]
) -> None:
    """Insert ``rows``, each a sequence of values in the order of ``columns`` (every column
    without a server-side default: Python-side defaults are not applied)."""
    if not rows:
        return
    sql, order, processors = _compiled(connection.dialect, table, tuple(columns))
    # column by column: each processor runs once per distinct value (an enum member, a
    # timestamp, None: the same in row after row), the rest is copying in C
    values: list[Sequence[Any]] = list(zip(*rows, strict=True))
    for i, process in processors:
        column = values[i]
        try:
            converted = {v: process(v) for v in set(column)}
        except TypeError:  # unhashable (a JSON column's dicts)
            values[i] = [process(v) for v in column]
        else:
            values[i] = [converted[v] for v in column]
    params: list[Any]
    if order is None:
        params = [dict(zip(columns, row, strict=True)) for row in zip(*values, strict=True)]
    else:
        params = list(zip(*(values[i] for i in order), strict=True))
    connection.exec_driver_sql(sql, params)


# what a repository function runs its statements on: an ORM session or a Core connection
Executor: TypeAlias = "Connection | Session"


def connection_of(executor: Executor) -> Connection:
    """The Core connection of a session (its transaction's), or the connection itself."""
    return executor if isinstance(executor, Connection) else executor.connection()


T = TypeVar("T")


def in_list(values: Sequence[T] | set[T] | dict[T, Any]) -> list[T]:
    """``values`` for an ``IN (…)``, padded to a power of two by repeating one of them.

    An expanding ``IN`` is a new SQL text for every length, and SQLite's driver keeps the last
    128 prepared statements per connection: a check's capture groups of every size from 1 to
    500 kept about 10 MiB of them at 20,000 URLs. Padding leaves at most ten texts per query;
    a repeated value changes nothing in an ``IN``.
    """
    out = list(values)
    if out:
        size = 1 << (len(out) - 1).bit_length()
        out += [out[-1]] * (size - len(out))
    return out
