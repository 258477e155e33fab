"""Find dates in citation text; python-dateutil does the reading, we only locate."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from dataclasses import dataclass

from dateutil import parser as date_parser

from claims.enums import DatePrecision
from claims.records import PartialDate

_INFO = date_parser.parserinfo()
# month names of the languages footnotes are printed in (besides dateutil's English ones)
_FOREIGN_MONTHS = (
    "januari enero januar janvier ianuarie gennaio janv",
    "februari febrero februar février februarie febbraio févr fevr",
    "maart marzo märz mars martie",
    "april abril avril aprilie aprile avr",
    "mei mayo mai maggio",
    "juni junio juin iunie giugno",
    "juli julio juillet iulie luglio juil",
    "augustus agosto août august",
    "september septiembre setiembre septembre septembrie settembre",
    "oktober octubre octobre octombrie ottobre",
    "november noviembre novembre noiembrie",
    "december diciembre dezember décembre decembrie dicembre déc",
)
_MONTH_NUMBER = {n.lower(): i + 1 for i, names in enumerate(_INFO.MONTHS) for n in names}
_MONTH_NUMBER |= {"sept": 9}
for _i, _names in enumerate(_FOREIGN_MONTHS):
    _MONTH_NUMBER |= dict.fromkeys(_names.split(), _i + 1)
# longest first so "September" beats "Sep"
_MONTH_NAMES = sorted(_MONTH_NUMBER, key=len, reverse=True)
_WEEKDAY_NAMES = sorted((n for names in _INFO.WEEKDAYS for n in names), key=len, reverse=True)
# any word, checked against _MONTH_NUMBER when read: one alternation of ~100 names is slow
_MONTH = r"(?P<month>[^\W\d_]{3,10})\b\.?"
_WEEKDAY = r"(?:(?:" + "|".join(_WEEKDAY_NAMES) + r")\b\.?,?\s+)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?(?:\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?)?"
_YEAR = r"(?P<year>1[5-9]\d\d|2[01]\d\d)"

_PATTERNS: tuple[tuple[re.Pattern[str], DatePrecision], ...] = (
    # September 28, 2014 · Sept. 28 2014 · Monday, September 28, 2014
    (re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY},?\s+{_YEAR}(?!\d)"), DatePrecision.DAY),
    # 28 September 2014 · 28th of September, 2014 · 7 de septiembre de 2004
    (
        re.compile(rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+|de\s+)?{_MONTH},?\s+(?:de\s+)?{_YEAR}(?!\d)"),
        DatePrecision.DAY,
    ),
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
    # 6/16/15 · 12/4/11: US month/day/two-digit year, as notes print them
    (
        re.compile(r"(?<![\d/.-])(?P<us>[01]?\d/[0-3]?\d/\d\d)(?![\d/-])"),
        DatePrecision.DAY,
    ),
    # September 2014 · Sept. 2014 · September, 2014
    (re.compile(rf"\b{_MONTH},?\s+(?:de\s+)?{_YEAR}(?!\d)"), DatePrecision.MONTH),
    # 3/64 · 7/12: month and two-digit year
    (re.compile(r"(?<![\w/.-])(?P<usmonth>[01]?\d/\d\d)(?![\w/-])"), DatePrecision.MONTH),
    # 2014-09
    (re.compile(r"(?<![\d/.-])(?P<isomonth>\d{4}-[01]\d)(?![\d/-])"), DatePrecision.MONTH),
)
_YEAR_ONLY = re.compile(r"(?<![\w/.-])(?P<year>1[5-9]\d\d|2[01]\d\d)(?![\w/-]|\.\d)")
_RANGE_TAIL = re.compile(r"\s*[-–]\s*[0-3]?\d(?:st|nd|rd|th)?")
_CENTURY_PIVOT = 30  # a two-digit year above this is 19xx
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
        european = "." in text  # 28.09.2014 is day-first wherever it is printed
        dayfirst = first > 12 or european
        ambiguous = first <= 12 and second <= 12 and first != second and not european
        value = _read(text, dayfirst=dayfirst)
    elif groups.get("us") or groups.get("usmonth"):
        parts = [int(p) for p in text.split("/")]
        year = parts[-1] + (1900 if parts[-1] > _CENTURY_PIVOT else 2000)
        try:
            value = dt.datetime(year, parts[0], parts[1] if len(parts) == 3 else 1)  # noqa: DTZ001
        except ValueError:
            return None
    elif groups.get("month"):
        first_day = (
            _RANGE_TAIL.sub("", groups["day"]).rstrip("stndrh") if groups.get("day") else "1"
        )
        month = _MONTH_NUMBER.get(groups["month"].lower().rstrip("."))
        if month is None:
            return None
        try:
            value = dt.datetime(int(groups["year"]), month, int(first_day))  # noqa: DTZ001
        except ValueError:
            return None
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
    return list(_find_dates(text, years))


# the readers ask about the same text many times (finding a note, parsing it, the labeller's
# features, the styles): each text is read once
_CACHED = 4096


def clear_cache() -> None:
    """Forget the texts read (each document is read afresh; benchmarks time it so)."""
    _find_dates.cache_clear()


@functools.lru_cache(maxsize=_CACHED)
def _find_dates(text: str, years: bool) -> tuple[DateMatch, ...]:
    taken: list[DateMatch] = []
    # the spans taken are disjoint, so sorted starts and ends find a clash by bisection (a scan
    # of every span taken made a long run of years quadratic)
    starts: list[int] = []
    ends: list[int] = []

    def take(found: DateMatch) -> None:
        if _free(starts, ends, found.start, found.end):
            i = bisect.bisect_right(starts, found.start)
            starts.insert(i, found.start)
            ends.insert(i, found.end)
            taken.append(found)

    for pattern, precision in _PATTERNS:
        for m in pattern.finditer(text):
            if not _free(starts, ends, m.start(), m.end()):
                continue
            found = _from_match(m, precision)
            if found is not None:
                take(found)
    if years:
        for m in _YEAR_ONLY.finditer(text):
            take(DateMatch(m.start(), m.end(), PartialDate(int(m.group("year")))))
    return tuple(sorted(taken, key=lambda d: d.start))


def _free(starts: list[int], ends: list[int], start: int, end: int) -> bool:
    """Whether ``start``–``end`` overlaps none of the disjoint spans given sorted."""
    i = bisect.bisect_right(starts, start)
    return not ((i > 0 and ends[i - 1] > start) or (i < len(starts) and starts[i] < end))


def contains_date(text: str) -> bool:
    """``bool(find_dates(text))``, read only up to the first date (a note full of years)."""
    for pattern, precision in _PATTERNS:
        for m in pattern.finditer(text):
            if _from_match(m, precision) is not None:
                return True
    # a bare year counts when no date covers it, and when one does there is a date anyway
    return _YEAR_ONLY.search(text) is not None


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
