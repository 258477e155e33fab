"""Plain, frozen records that services exchange; stdlib only, no database."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from claims.enums import AccessedBasis, ContributorRole, DatePrecision, SourceKind

_PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to a year, a month or a day (as citations give them)."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        # validates the calendar (raises ValueError on 2016-02-30)
        dt.date(self.year, self.month or 1, self.day or 1)

    @property
    def precision(self) -> DatePrecision:
        if self.day is not None:
            return DatePrecision.DAY
        if self.month is not None:
            return DatePrecision.MONTH
        return DatePrecision.YEAR

    def iso(self) -> str:
        """ISO 8601 at its precision: ``2014``, ``2014-09`` or ``2014-09-28``."""
        out = f"{self.year:04d}"
        if self.month is not None:
            out += f"-{self.month:02d}"
        if self.day is not None:
            out += f"-{self.day:02d}"
        return out

    def as_date(self) -> dt.date:
        """The first day the partial date covers."""
        return dt.date(self.year, self.month or 1, self.day or 1)

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse ISO 8601 at any precision; raises ValueError naming the value."""
        m = _PARTIAL_DATE.match(text.strip())
        if not m:
            raise ValueError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {text!r}")
        year, month, day = (int(g) if g else None for g in m.groups())
        assert year is not None
        try:
            return cls(year, month, day)
        except ValueError as exc:
            raise ValueError(f"not a valid date: {text!r}") from exc

    @classmethod
    def from_date(cls, value: dt.date, precision: DatePrecision) -> PartialDate:
        if precision is DatePrecision.YEAR:
            return cls(value.year)
        if precision is DatePrecision.MONTH:
            return cls(value.year, value.month)
        return cls(value.year, value.month, value.day)


@dataclass(frozen=True)
class Contributor:
    """A person (family, given) or an organisation (literal)."""

    family: str | None = None
    given: str | None = None
    literal: str | None = None
    role: ContributorRole = ContributorRole.AUTHOR

    @property
    def is_organisation(self) -> bool:
        return self.literal is not None

    def display(self) -> str:
        if self.literal is not None:
            return self.literal
        return " ".join(p for p in (self.given, self.family) if p)

    def as_json(self) -> dict[str, str]:
        if self.literal is not None:
            return {"literal": self.literal}
        out: dict[str, str] = {}
        if self.family is not None:
            out["family"] = self.family
        if self.given is not None:
            out["given"] = self.given
        return out


@dataclass(frozen=True)
class SourceRecord:
    """One cited work with its bibliographic fields."""

    key: str
    kind: SourceKind
    title: str | None = None
    contributors: tuple[Contributor, ...] = ()
    container: str | None = None
    publisher: str | None = None
    issued: PartialDate | None = None
    url: str | None = None
    accessed: dt.date | None = None
    accessed_basis: AccessedBasis = AccessedBasis.UNKNOWN
    raw: str | None = None
    language: str | None = None
    note: str | None = None
    doi: str | None = None
    extra: dict[str, str] = field(default_factory=dict, hash=False, compare=True)

    @property
    def authors(self) -> tuple[Contributor, ...]:
        return tuple(c for c in self.contributors if c.role is ContributorRole.AUTHOR)


# the widths of the columns a source is stored in (claims.models.source): PostgreSQL refuses
# a longer value and SQLite keeps it, so every importer refuses it first, on both alike
MAX_SOURCE_KEY_CHARS = 200
MAX_URL_CHARS = 2048
MAX_DOI_CHARS = 300
MAX_LANGUAGE_CHARS = 35
MAX_NAME_CHARS = 300  # a person's family or given name
MAX_ORGANISATION_CHARS = 500


def too_long(record: SourceRecord) -> str | None:
    """Which field of ``record`` is longer than its column holds, in words; None if none is."""
    if (
        len(record.key) <= MAX_SOURCE_KEY_CHARS
        and (record.url is None or len(record.url) <= MAX_URL_CHARS)
        and (record.doi is None or len(record.doi) <= MAX_DOI_CHARS)
        and (record.language is None or len(record.language) <= MAX_LANGUAGE_CHARS)
        and all(_fits(person) for person in record.contributors)
    ):
        return None  # the usual record: no message to build
    fields: list[tuple[str, str | None, int]] = [
        ("key", record.key, MAX_SOURCE_KEY_CHARS),
        ("url", record.url, MAX_URL_CHARS),
        ("doi", record.doi, MAX_DOI_CHARS),
        ("language", record.language, MAX_LANGUAGE_CHARS),
    ]
    for person in record.contributors:
        role = person.role.value
        fields += [
            (f"{role} family name", person.family, MAX_NAME_CHARS),
            (f"{role} given name", person.given, MAX_NAME_CHARS),
            (f"{role} name", person.literal, MAX_ORGANISATION_CHARS),
        ]
    for name, value, limit in fields:
        if value is not None and len(value) > limit:
            return f"field '{name}' is {len(value):,} characters long (at most {limit:,})"
    return None


def _fits(person: Contributor) -> bool:
    return (
        (person.family is None or len(person.family) <= MAX_NAME_CHARS)
        and (person.given is None or len(person.given) <= MAX_NAME_CHARS)
        and (person.literal is None or len(person.literal) <= MAX_ORGANISATION_CHARS)
    )
