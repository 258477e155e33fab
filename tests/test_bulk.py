"""repository.bulk.in_list: IN lists padded so that a query has few SQL texts."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Column, Integer, MetaData, Table, create_engine, event, select

from claims.repository.bulk import in_list


@given(st.lists(st.integers()))
def test_padding_keeps_the_values_and_their_order(values: list[int]) -> None:
    padded = in_list(values)
    assert padded[: len(values)] == values
    assert set(padded) == set(values)
    if values:
        assert len(padded) & (len(padded) - 1) == 0  # a power of two
        assert len(padded) < 2 * len(values)


def test_a_query_of_every_size_has_few_texts_and_the_same_rows(tmp_path: Any) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 'in.db'}")
    table = Table("t", MetaData(), Column("id", Integer, primary_key=True))
    table.metadata.create_all(engine)
    texts: set[str] = set()

    @event.listens_for(engine, "before_cursor_execute")
    def seen(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if statement.startswith("SELECT"):
            texts.add(statement)

    with engine.begin() as conn:
        conn.execute(table.insert(), [{"id": i} for i in range(0, 1000, 3)])
        for n in range(1, 501):
            wanted = list(range(n))
            padded = conn.execute(select(table.c.id).where(table.c.id.in_(in_list(wanted))))
            assert sorted(padded.scalars()) == [i for i in wanted if i % 3 == 0]
    engine.dispose()
    assert len(texts) == 10  # 1, 2, 4, ..., 512 values: not 500 prepared statements
