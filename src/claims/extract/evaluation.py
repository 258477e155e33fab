"""Field-by-field comparison of parsed citations with expected ones, for tests and benchmarks."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from claims.extract.results import ParsedCitation

# the fields a citation is scored on, in report order
SCORED_FIELDS = (
    "kind",
    "title",
    "authors",
    "container",
    "publisher",
    "issued",
    "issued_precision",
    "url",
    "accessed",
    "accessed_basis",
    "pinpoint",
)
OPTIONAL_FIELDS = ("raw", "genre", "doi")  # scored only where the expectation gives them


def citation_fields(citation: ParsedCitation) -> dict[str, Any]:
    """A parsed citation as plain values (ISO dates, authors as CSL-like objects)."""
    source = citation.source
    return {
        "kind": source.kind.value,
        "title": source.title,
        "authors": [c.as_json() for c in source.authors],
        "container": source.container,
        "publisher": source.publisher,
        "issued": source.issued.iso() if source.issued else None,
        "issued_precision": source.issued.precision.value if source.issued else None,
        "url": source.url,
        "accessed": source.accessed.isoformat() if source.accessed else None,
        "accessed_basis": source.accessed_basis.value,
        "pinpoint": citation.pinpoint,
        "raw": source.raw,
        "genre": source.extra.get("genre"),
        "doi": source.doi,
    }


def expected_fields(entry: Mapping[str, Any]) -> dict[str, Any]:
    """An expectation (a corpus entry or a curated dataset source) in the same plain shape.

    A field the entry leaves out is expected to be empty; ``issued_precision`` follows the
    ISO date's length and ``accessed_basis`` is ``stated`` when an access date is given.
    """
    issued = entry.get("issued")
    issued = str(issued) if issued is not None else None
    accessed = entry.get("accessed")
    accessed = str(accessed) if accessed is not None else None
    precision = None
    if issued is not None:
        precision = {4: "year", 7: "month", 10: "day"}.get(len(issued))
    out = {
        "kind": entry.get("kind", "other"),
        "title": entry.get("title"),
        "authors": [dict(a) for a in entry.get("authors", [])],
        "container": entry.get("container"),
        "publisher": entry.get("publisher"),
        "issued": issued,
        "issued_precision": precision,
        "url": entry.get("url"),
        "accessed": accessed,
        "accessed_basis": entry.get("accessed_basis", "stated" if accessed else "unknown"),
        "pinpoint": entry.get("pinpoint"),
    }
    for name in OPTIONAL_FIELDS:
        if name in entry:
            out[name] = entry[name]
    return out


@dataclass
class Score:
    """Matches and totals per field; a field missing from an expectation is not scored."""

    matched: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)
    misses: list[tuple[str, str, Any, Any]] = field(
        default_factory=list
    )  # (label, field, exp, got)

    def add(
        self,
        label: str,
        expected: Mapping[str, Any],
        got: Mapping[str, Any],
        fields: Sequence[str] | None = None,
    ) -> list[str]:
        """Score one citation; returns the names of the fields that differ."""
        wrong = []
        for name in fields if fields is not None else list(SCORED_FIELDS) + list(OPTIONAL_FIELDS):
            if name not in expected:
                continue
            self.total[name] = self.total.get(name, 0) + 1
            if expected[name] == got.get(name):
                self.matched[name] = self.matched.get(name, 0) + 1
            else:
                wrong.append(name)
                self.misses.append((label, name, expected[name], got.get(name)))
        return wrong

    def missing(self, label: str, expected: Mapping[str, Any]) -> None:
        """An expected citation that extraction did not produce: every field counts as wrong."""
        for name in expected:
            self.total[name] = self.total.get(name, 0) + 1
            self.misses.append((label, name, expected[name], None))

    def field_accuracy(self, name: str) -> float:
        total = self.total.get(name, 0)
        return self.matched.get(name, 0) / total if total else 1.0

    @property
    def overall(self) -> float:
        total = sum(self.total.values())
        return sum(self.matched.values()) / total if total else 1.0
