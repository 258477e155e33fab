"""Find dates in citation text; python-dateutil does the reading, we only locate."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from dateutil import parser as date_parser

from claims.enums import DatePrecision
from claims.records import PartialDate

_INFO = date_parser.parserinfo()
# dateutil's own month and weekday names, longest first so "September" beats "Sep"
_MONTH_NAMES = sorted((n for names in _INFO.MONTHS for n in names), key=len, reverse=True)
_WEEKDAY_NAMES = sorted((n for names in _INFO.WEEKDAYS for n in names), key=len, reverse=True)
_MONTH = r"(?P<month>" + "|".join(_MONTH_NAMES) + r")\b\.?"
_WEEKDAY = r"(?:(?:" + "|".join(_WEEKDAY_NAMES) + r")\b\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?)?"
_YEAR = r"(?P<year>1[5-9]\d\d|2[01]\d\d)"

_PATTERNS: tuple[tuple[re.Pattern[str], DatePrecision], ...] = (
    # September 28, 2014 · Sept. 28 2014 · Monday, September 28, 2014
    (re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)"), DatePrecision.DAY),
    # 28 September 2014 · 28th of September, 2014
    (re.compile(rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}(?!\d)"), DatePrecision.DAY),
    # 2014-09-28 · 2014/09/28
    (
        re.compile(r"(?<![\d/.-])(?P<iso>\d{4}[-/][01]\d[-/][0-3]\d)(?![\d/-])"),
        DatePrecision.DAY,
    ),
    # 09/28/2014 · 28.09.2014 (read day-first only when the numbers force it)
    (
        re.compile(r"(?<![\d/.-])(?P<numeric>[0-3]?\d[/.][0-3]?\d[/.]\d{4})(?![\d/-])"),
        DatePrecision.DAY,
    ),
    # September 2014 · Sept. 2014 · September, 2014
    (re.compile(rf"\b{_MONTH},?\s+{_YEAR}(?!\d)"), DatePrecision.MONTH),
    # 2014-09
    (re.compile(r"(?<![\d/.-])(?P<isomonth>\d{4}-[01]\d)(?![\d/-])"), DatePrecision.MONTH),
)
_YEAR_ONLY = re.compile(r"(?<![\w/.-])(?P<year>1[5-9]\d\d|2[01]\d\d)(?![\w/-]|\.\d)")
_RANGE_TAIL = re.compile(r"\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?")
_DEFAULT = dt.datetime(2000, 1, 1)  # noqa: DTZ001 — a calendar date, no time zone involved


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    value: PartialDate
    ambiguous: bool = False

    @property
    def precision(self) -> DatePrecision:
        return self.value.precision


def _read(text: str, *, dayfirst: bool = False) -> dt.datetime | None:
    try:
        return date_parser.parse(text, default=_DEFAULT, dayfirst=dayfirst)
    except (ValueError, OverflowError):
        return None


def _from_match(m: re.Match[str], precision: DatePrecision) -> DateMatch | None:
    text = m.group(0)
    ambiguous = False
    groups = m.groupdict()
    if groups.get("numeric"):
        first, second = (int(p) for p in re.split(r"[/.]", text)[:2])
        dayfirst = first > 12
        ambiguous = first <= 12 and second <= 12 and first != second
        value = _read(text, dayfirst=dayfirst)
    else:
        if groups.get("day"):
            # a range ("28-29 September") is cited by its first day
            day = groups["day"]
            text = text.replace(day, _RANGE_TAIL.sub("", day), 1)
        value = _read(text)
    if value is None:
        return None
    try:
        partial = PartialDate.from_date(value.date(), precision)
    except ValueError:
        return None
    return DateMatch(m.start(), m.end(), partial, ambiguous)


def find_dates(text: str, *, years: bool = True) -> list[DateMatch]:
    """Every date in ``text``, most precise reading first at each place, in order.

    A bare year counts only when ``years`` is true (titles are full of years).
    """
    taken: list[DateMatch] = []

    def free(start: int, end: int) -> bool:
        return all(end <= d.start or start >= d.end for d in taken)

    for pattern, precision in _PATTERNS:
        for m in pattern.finditer(text):
            if not free(m.start(), m.end()):
                continue
            found = _from_match(m, precision)
            if found is not None:
                taken.append(found)
    if years:
        for m in _YEAR_ONLY.finditer(text):
            if free(m.start(), m.end()):
                taken.append(DateMatch(m.start(), m.end(), PartialDate(int(m.group("year")))))
    return sorted(taken, key=lambda d: d.start)


def parse_date(text: str) -> PartialDate | None:
    """A whole string read as one date at its precision, or None."""
    stripped = text.strip().rstrip(".,;")
    for found in find_dates(stripped):
        if found.start == 0 and found.end == len(stripped):
            return found.value
    return None


_URL_DATES = (
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)/(?P<d>[0-3]\d)(?:/|$)"),
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?!\d)"),
    re.compile(r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]\d)(?:/|$)"),
)


def date_in_url(url: str) -> PartialDate | None:
    """The date a URL's path states (``/2016/02/23/``), if it states one plainly."""
    for pattern in _URL_DATES:
        m = pattern.search(url)
        if m is None:
            continue
        parts = m.groupdict()
        try:
            return PartialDate(
                int(parts["y"]),
                int(parts["m"]),
                int(parts["d"]) if parts.get("d") else None,
            )
        except ValueError:
            continue
    return None
