"""A JSON list written item by item reads exactly as the list dumped at once."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.cli._common import json_text, print_json_list

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
    max_leaves=10,
)


@given(st.lists(JSON, max_size=5))
def test_same_text_as_one_dump(capsys: pytest.CaptureFixture[str], items: list[Any]) -> None:
    capsys.readouterr()
    print_json_list(iter(items))
    assert capsys.readouterr().out == json.dumps(items, indent=2, ensure_ascii=False) + "\n"


ANY_JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()
    | st.text()
    | st.datetimes()  # not JSON: written as str(), as default=str does
    | st.dates(),
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.tuples(inner, inner)
        | st.dictionaries(st.text() | st.integers() | st.booleans() | st.none(), inner, max_size=3)
    ),
    max_leaves=12,
)


@given(ANY_JSON, st.integers(min_value=0, max_value=3))
def test_json_text_is_json_dumps(value: Any, level: int) -> None:
    expected = json.dumps(value, indent=2, ensure_ascii=False, default=str)
    assert json_text(value, level) == expected.replace("\n", "\n" + "  " * level)
