"""Line numbers for a TOML file's tables and fields (tomllib reports none for valid files)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_ARRAY_TABLE = re.compile(r"^\s*\[\[\s*([A-Za-z0-9_.-]+)\s*\]\]")
_TABLE = re.compile(r"^\s*\[\s*([A-Za-z0-9_.-]+)\s*\]")
_ASSIGNMENT = re.compile(r"""^\s*([A-Za-z0-9_-]+|"[^"]*"|'[^']*')\s*=(.*)$""")
_MULTILINE_DELIMITERS = ('"""', "'''")


@dataclass
class _Block:
    line: int  # the header's line; 1 for the root table
    end: int  # last line of the block
    fields: dict[str, int] = field(default_factory=dict)


class TomlLocator:
    """Finds where ``[[name]]`` number ``index`` and its ``field = …`` lines are."""

    def __init__(self, text: str) -> None:
        self._lines = text.splitlines()
        self._blocks: dict[tuple[str, int], _Block] = {}
        counts: dict[str, int] = {}
        current = _Block(line=1, end=len(self._lines))
        self._blocks[("", 0)] = current
        open_delimiter: str | None = None
        for number, line in enumerate(self._lines, start=1):
            if open_delimiter is not None:
                if line.count(open_delimiter) % 2 == 1:
                    open_delimiter = None
                continue
            header = _ARRAY_TABLE.match(line) or _TABLE.match(line)
            if header:
                name = header.group(1)
                index = counts.get(name, 0) if line.lstrip().startswith("[[") else 0
                counts[name] = index + 1
                current.end = number - 1
                current = _Block(line=number, end=len(self._lines))
                self._blocks[(name, index)] = current
                continue
            assignment = _ASSIGNMENT.match(line)
            if assignment:
                name = assignment.group(1).strip("\"'")
                current.fields.setdefault(name, number)
                value = assignment.group(2)
                for delimiter in _MULTILINE_DELIMITERS:
                    if value.count(delimiter) % 2 == 1:
                        open_delimiter = delimiter
                        break

    def line(
        self, table: str = "", index: int = 0, field: str | None = None, value: str | None = None
    ) -> int:
        """The best line for a problem: the value's own line, else the field's, else the table's.

        ``table`` "" is the root table; ``value`` is searched for as a quoted string within the
        field's lines (useful for one key in a list spread over several lines).
        """
        block = self._blocks.get((table, index))
        if block is None:
            return 1
        if field is None or field not in block.fields:
            return block.line
        start = block.fields[field]
        if value is not None:
            following = sorted(n for n in block.fields.values() if n > start)
            stop = following[0] - 1 if following else block.end
            for number in range(start, stop + 1):
                line = self._lines[number - 1]
                if f'"{value}"' in line or f"'{value}'" in line:
                    return number
        return start
