"""``claims dump`` writes any string as a TOML string that reads back unchanged, on one line."""

from __future__ import annotations

import tomllib

from hypothesis import given
from hypothesis import strategies as st

from claims.dataset.dump import toml_string, toml_value

TEXT = st.text(st.characters(exclude_categories=["Cs"]))


@given(TEXT)
def test_any_string_reads_back_on_one_line(value: str) -> None:
    written = toml_string(value)
    assert tomllib.loads(f"v = {written}\n")["v"] == value
    assert len(written.splitlines()) == 1  # editors and the dataset's line finder agree
    assert "'''" not in written
    assert '"""' not in written


@given(st.dictionaries(TEXT, TEXT, max_size=4), st.lists(TEXT, max_size=3))
def test_tables_and_lists_read_back(table: dict[str, str], items: list[str]) -> None:
    data = tomllib.loads(f"t = {toml_value(table)}\nl = {toml_value(items)}\n")
    assert data == {"t": table, "l": items}


def test_quotes_choose_the_readable_form() -> None:
    assert toml_string('say "hi"') == "'say \"hi\"'"
    assert toml_string("it's") == '"it\'s"'
    assert toml_string("both ' and \"") == '"both \' and \\""'
    assert toml_string("line\nbreak") == '"line\\nbreak"'
    assert toml_value({"family": "Li", "extra.pages": "1", "": "x"}) == (
        '{ family = "Li", "extra.pages" = "1", "" = "x" }'
    )
