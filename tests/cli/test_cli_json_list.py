"""A JSON list written item by item reads exactly as the list dumped at once."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.cli._common import print_json_list

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
