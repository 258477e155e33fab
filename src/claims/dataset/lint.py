"""What a careful editor would catch in the sources and claims, offline."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy.orm import Session

from claims.curation.review import list_flags
from claims.enums import DatePrecision, SourceKind
from claims.errors import NotFoundError
from claims.records import PartialDate
from claims.repository import lint as lint_queries
from claims.repository.reporting import find_document_id
from claims.repository.scope import DocumentIds


class LintRule(StrEnum):
    NO_ACCESS_DATE = "no-access-date"
    ISSUED_URL_MISMATCH = "issued-url-mismatch"
    MISSING_FIELD = "missing-field"
    UNCITED_SOURCE = "uncited-source"
    UNSOURCED_CLAIM = "unsourced-claim"
    DUPLICATE_URL = "duplicate-url"
    REVIEW_FLAG = "review-flag"


RULE_DESCRIPTIONS = {
    LintRule.NO_ACCESS_DATE: "a source with a URL but no access date",
    LintRule.ISSUED_URL_MISMATCH: "the issued date disagrees with a date inside the source's URL",
    LintRule.MISSING_FIELD: "a field the source's kind needs is empty",
    LintRule.UNCITED_SOURCE: "a source no claim cites",
    LintRule.UNSOURCED_CLAIM: "a claim that cites no source",
    LintRule.DUPLICATE_URL: "several sources share one URL (after normalisation)",
    LintRule.REVIEW_FLAG: "a value extraction was unsure of, not yet edited or reviewed",
}

# Fields each kind needs; "a|b" means either will do.
REQUIRED_FIELDS: dict[SourceKind, tuple[str, ...]] = {
    SourceKind.NEWS_ARTICLE: ("title", "container", "issued"),
    SourceKind.PRESS_RELEASE: ("title", "publisher", "issued"),
    SourceKind.REPORT: ("title", "publisher", "issued"),
    SourceKind.WEB_PAGE: ("title", "url"),
    SourceKind.BLOG_POST: ("title", "container|publisher", "issued", "url"),
    SourceKind.LEGAL_TEXT: ("title", "issued"),
    SourceKind.LETTER: ("title", "issued"),
    SourceKind.CLIENT_ALERT: ("title", "publisher", "issued"),
    SourceKind.OTHER: ("title",),
}

# /2016/02/23/ or /2015/05/ as path segments
_SEGMENT_DATE = re.compile(r"(?<![^/])((?:19|20)\d{2})/(\d{1,2})(?:/(\d{1,2}))?(?=/|$)")
# 2016-02-23 anywhere, or 20140928 as a run of exactly eight digits
_DASHED_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)")
_COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)")


def dates_in_url(url: str) -> list[PartialDate]:
    """Publication dates a URL's path carries, at the precision it carries them.

    Only unambiguous shapes count: ``/YYYY/MM[/DD]/`` segments, ``YYYY-MM-DD`` and an
    eight-digit ``YYYYMMDD`` run that is a real date. Shorter or longer digit runs (``160120``,
    timestamps, ``MMDDYYYY…``) are ignored rather than guessed.
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return []
    path = parts.path + ("?" + parts.query if parts.query else "")
    found: list[PartialDate] = []
    for pattern in (_SEGMENT_DATE, _DASHED_DATE, _COMPACT_DATE):
        for match in pattern.finditer(path):
            year, month, day = (int(g) if g else None for g in match.groups())
            assert year is not None
            try:
                date = PartialDate(year, month, day)
            except ValueError:
                continue
            if date not in found:
                found.append(date)
    return found


def _truncate(date: PartialDate, precision: DatePrecision) -> PartialDate:
    return PartialDate.from_date(date.as_date(), precision)


_ORDER = [DatePrecision.YEAR, DatePrecision.MONTH, DatePrecision.DAY]


def dates_agree(a: PartialDate, b: PartialDate) -> bool:
    """Equal at the coarser of the two precisions."""
    precision = min(a.precision, b.precision, key=_ORDER.index)
    return _truncate(a, precision) == _truncate(b, precision)


@dataclass(frozen=True)
class Finding:
    rule: LintRule
    subject: str  # "source", "claim" or (a review flag) "footnote"
    key: str
    message: str
    field: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule.value,
            "subject": self.subject,
            "key": self.key,
            "field": self.field,
            "message": self.message,
        }


@dataclass(frozen=True)
class LintReport:
    rules: tuple[LintRule, ...]
    sources_checked: int
    claims_checked: int
    findings: tuple[Finding, ...]

    @property
    def clean(self) -> bool:
        return not self.findings

    def counts(self) -> dict[str, int]:
        out = {rule.value: 0 for rule in self.rules}
        for finding in self.findings:
            out[finding.rule.value] += 1
        return out

    def as_json(self) -> dict[str, Any]:
        return {
            "findings": [f.as_json() for f in self.findings],
            "counts": self.counts(),
            "sources_checked": self.sources_checked,
            "claims_checked": self.claims_checked,
        }


def _issued(issued: dt.date | None, precision: DatePrecision | None) -> PartialDate | None:
    if issued is None:
        return None
    return PartialDate.from_date(issued, precision or DatePrecision.DAY)


def _missing(row: lint_queries.SourceLintRow) -> list[str]:
    missing = []
    for need in REQUIRED_FIELDS.get(row.kind, ()):
        alternatives = need.split("|")
        if not any(getattr(row, name) not in (None, "") for name in alternatives):
            missing.append(" or ".join(alternatives))
    return missing


def _source_findings(row: lint_queries.SourceLintRow, rules: set[LintRule]) -> Iterator[Finding]:
    """The findings about one source that need nothing but its own row."""
    if LintRule.NO_ACCESS_DATE in rules and row.url and row.accessed is None:
        yield Finding(
            LintRule.NO_ACCESS_DATE, "source", row.key, "has a URL but no access date", "accessed"
        )
    issued = _issued(row.issued, row.issued_precision)
    if LintRule.ISSUED_URL_MISMATCH in rules and issued and row.url:
        in_url = dates_in_url(row.url)
        if in_url and not any(dates_agree(issued, d) for d in in_url):
            shown = ", ".join(d.iso() for d in in_url)
            gap = abs((issued.as_date() - in_url[0].as_date()).days)
            apart = f" ({gap} day{'s' if gap != 1 else ''} apart)" if gap else ""
            yield Finding(
                LintRule.ISSUED_URL_MISMATCH,
                "source",
                row.key,
                f"issued {issued.iso()} but the URL carries {shown}{apart}",
                "issued",
            )
    if LintRule.MISSING_FIELD in rules:
        for name in _missing(row):
            yield Finding(
                LintRule.MISSING_FIELD, "source", row.key, f"a {row.kind.value} needs {name}", name
            )
    if LintRule.UNCITED_SOURCE in rules and not row.cited:
        yield Finding(LintRule.UNCITED_SOURCE, "source", row.key, "no claim cites it")


def _duplicate_findings(session: Session, document_id: DocumentIds) -> Iterator[Finding]:
    """Sources in scope sharing a link with any other source (in scope or not)."""
    groups: dict[int, list[tuple[str, str, bool]]] = defaultdict(list)
    for link_id, url, key, in_scope in lint_queries.shared_link_rows(session, document_id):
        groups[link_id].append((key, url, in_scope))
    for group in groups.values():
        keys = sorted(key for key, _, _ in group)
        url = group[0][1]
        for key, _, in_scope in sorted(group):
            if in_scope:
                others = ", ".join(k for k in keys if k != key)
                yield Finding(
                    LintRule.DUPLICATE_URL,
                    "source",
                    key,
                    f"shares its URL {url} with {others}",
                    "url",
                )


def lint(
    session: Session,
    rules: Iterable[LintRule] | None = None,
    *,
    document: str | Sequence[str] | None = None,
) -> LintReport:
    """Run the rules (all by default) over every source and claim, or over some documents'
    claims and the sources they cite.

    Set-based: the sources are streamed as plain rows in one query, the claims without a
    source and the shared links come from one query each, so time and memory grow with the
    findings, not with ORM objects for every source, claim and citation.

    Raises:
        NotFoundError: ``document`` names no document.
    """
    chosen = tuple(LintRule) if rules is None else tuple(r for r in LintRule if r in set(rules))
    active = set(chosen)
    document_id: list[int] | None = None
    for key in (document,) if isinstance(document, str) else document or ():
        found = find_document_id(session, key)
        if found is None:
            raise NotFoundError(
                f"no document with key {key!r}", hint="leave out --document to lint all"
            )
        document_id = [*(document_id or []), found]
    findings: list[Finding] = []
    sources = 0
    for row in lint_queries.source_lint_rows(session, document_id):
        sources += 1
        findings.extend(_source_findings(row, active))
    if LintRule.DUPLICATE_URL in active:
        findings.extend(_duplicate_findings(session, document_id))
    if LintRule.UNSOURCED_CLAIM in active:
        findings.extend(
            Finding(LintRule.UNSOURCED_CLAIM, "claim", key, "cites no source")
            for key in lint_queries.unsourced_claim_keys(session, document_id)
        )
    if LintRule.REVIEW_FLAG in active:
        findings.extend(
            Finding(LintRule.REVIEW_FLAG, flag.target, flag.key, flag.message(), flag.field)
            for flag in list_flags(session, document=document)
        )
    order = {rule: n for n, rule in enumerate(LintRule)}
    findings.sort(key=lambda f: (order[f.rule], f.key, f.field or ""))
    return LintReport(
        rules=chosen,
        sources_checked=sources,
        claims_checked=lint_queries.count_claims(session, document_id),
        findings=tuple(findings),
    )
