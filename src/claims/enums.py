"""Enumerations shared by every layer; stored in the database by value."""

from __future__ import annotations

from enum import StrEnum


class ClaimStatus(StrEnum):
    UNVERIFIED = "unverified"
    VERIFIED = "verified"
    DISPUTED = "disputed"
    UNSUPPORTED = "unsupported"
    NEEDS_SOURCE = "needs-source"


class Verdict(StrEnum):
    """What a reviewer may record; needs-source is derived, never a verdict."""

    VERIFIED = "verified"
    DISPUTED = "disputed"
    UNSUPPORTED = "unsupported"
    UNVERIFIED = "unverified"


class SourceKind(StrEnum):
    NEWS_ARTICLE = "news-article"
    PRESS_RELEASE = "press-release"
    REPORT = "report"
    WEB_PAGE = "web-page"
    BLOG_POST = "blog-post"
    LEGAL_TEXT = "legal-text"
    LETTER = "letter"
    CLIENT_ALERT = "client-alert"
    OTHER = "other"


class DatePrecision(StrEnum):
    YEAR = "year"
    MONTH = "month"
    DAY = "day"


class AccessedBasis(StrEnum):
    STATED = "stated"  # printed in the document
    CHECKED = "checked"  # recorded by a link check
    PERSON = "person"  # entered by a person
    UNKNOWN = "unknown"


class ContributorRole(StrEnum):
    AUTHOR = "author"
    EDITOR = "editor"


class CheckOutcome(StrEnum):
    OK = "ok"
    REDIRECTED = "redirected"
    NOT_FOUND = "not-found"
    SOFT_404 = "soft-404"
    REDIRECT_TO_HOME = "redirect-to-home"
    SERVER_ERROR = "server-error"
    BLOCKED = "blocked"
    TIMEOUT = "timeout"
    CONNECTION_ERROR = "connection-error"
    DNS_ERROR = "dns-error"
    TLS_ERROR = "tls-error"
    TOO_MANY_REDIRECTS = "too-many-redirects"
    INVALID_URL = "invalid-url"
    SKIPPED = "skipped"


class LinkHealth(StrEnum):
    UNCHECKED = "unchecked"
    ALIVE = "alive"
    SUSPECT = "suspect"
    DEAD = "dead"
    INCONCLUSIVE = "inconclusive"
