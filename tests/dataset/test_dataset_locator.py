"""Line numbers for TOML tables and fields."""

from __future__ import annotations

from claims.dataset.locator import TomlLocator

TOML = '''\
format = 1

[document]
key = "d"
text = """
key = "not a field"
"""

[[sources]]
key = "a"
title = 'x'

[[sources]]
"key" = "b"
authors = [
  { family = "F" },
  "not-a-key",
]
note = "n"
'''


def test_fields_of_each_table() -> None:
    where = TomlLocator(TOML)
    assert where.line() == 1
    assert where.line("", 0, "format") == 1
    assert where.line("document") == 3
    assert where.line("document", 0, "key") == 4  # not line 6, inside a multi-line string
    assert where.line("sources", 0, "key") == 10
    assert where.line("sources", 1) == 13
    assert where.line("sources", 1, "key") == 14
    assert where.line("sources", 1, "authors", "not-a-key") == 17
    assert where.line("sources", 1, "note") == 19
    assert where.line("sources", 1, "missing") == 13
    assert where.line("claims", 0, "key") == 1  # no such table: the top of the file
