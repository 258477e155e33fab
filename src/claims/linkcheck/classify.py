"""Turn what a server answered into one outcome; pure, no I/O."""

from __future__ import annotations

import functools
import html
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from claims.enums import CheckOutcome
from claims.linkcheck.options import DEFAULT_DRIFT_THRESHOLD, DEFAULT_SOFT_404_SIMILARITY
from claims.linkcheck.results import Redirect

PERMANENT_REDIRECTS = frozenset({301, 308})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
BLOCKED_STATUSES = frozenset({401, 403, 429, 999})
# client errors that usually mean "not for you" (negotiation, WAF, legal) rather than "gone"
INCONCLUSIVE_CLIENT_ERRORS = frozenset({406, 412, 451})
GONE_STATUSES = frozenset({404, 410})
# comparing more text than this costs time and adds nothing to the verdict
COMPARE_TEXT_CHARS = 5000
# a page whose title matches the citation this well is the cited page, whatever its siblings say
GENUINE_TITLE_SIMILARITY = 0.8

_TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.IGNORECASE | re.DOTALL)
_SCRIPT_STYLE = re.compile(
    r"<(script|style|noscript)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_TAG = re.compile(r"<[^>]+>")
_SPACE = re.compile(r"\s+")
_TITLE_SEPARATORS = re.compile(r"\s+[|\-–—:·•»]+\s+")
_HOME_PATH = re.compile(
    # "/", "/index.html", "/home", and a language root such as "/en/" or "/de-at/home"
    r"^/?(?:[a-z]{2}(?:[-_][a-z]{2})?/)?(?:index\.\w+|home/?|default\.aspx|start/?)?$",
    re.IGNORECASE,
)

ERROR_TITLE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        # a bare number is not enough ("Flight 404", "Article 410"): it needs error words
        r"^\W*(?:error\W*)?(?:404|410)\W*$",
        r"\b(?:error|fehler|erreur|http)\W{0,3}(?:404|410)\b",
        r"\b(?:404|410)\W{0,3}(?:error|page|not\s+found|gone|fehler|erreur)\b",
        r"\bnot\s+found\b",
        r"\bpage\s+(?:does\s+not|doesn['’]t|no\s+longer)\s+exists?\b",
        r"\b(?:page|content|article)\s+(?:is\s+)?no\s+longer\s+available\b",
        r"\bpage\s+(?:cannot|can['’]t|could\s+not|couldn['’]t)\s+be\s+found\b",
        r"\b(?:page|file)\s+missing\b",
        r"\bnicht\s+gefunden\b",
        r"\bp[áa]gina\s+no\s+encontrada\b",
        r"\bpage\s+(?:introuvable|non\s+trouv[ée]e)\b",
        r"\bpagina\s+non\s+trovata\b",
        r"\bpagina\s+niet\s+gevonden\b",
    )
)

BOT_WALL_TITLE_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.IGNORECASE)
    for p in (
        r"^just a moment",
        r"attention required",
        r"\bare you a (?:robot|human)\b",
        r"\bverify(?:ing)? (?:you are|that you are) (?:a )?human\b",
        r"\bcaptcha\b",
        r"\bsecurity check\b",
        r"\bchecking your browser\b",
        r"\bpardon our interruption\b",
        r"\bddos[- ]guard\b",
        r"\bbot (?:verification|check|detection)\b",
        r"^access denied$",
        r"\brequest unsuccessful\b",
    )
)


# Words without which no pattern above can match an ASCII title (IGNORECASE on ASCII is
# plain lower-casing): two dozen regex searches cost about 60 us a title, most titles hold
# none of these words, and a non-ASCII title is always searched in full. A new pattern needs
# its word here (tests/linkcheck/test_linkcheck_classify.py checks the two agree).
ERROR_TITLE_WORDS: tuple[str, ...] = (
    *("404", "410", "found", "exist", "available", "missing", "gefunden"),
    *("encontrada", "introuvable", "trouv", "trovata", "gevonden"),
)
BOT_WALL_TITLE_WORDS: tuple[str, ...] = (
    *("moment", "attention", "robot", "human", "captcha", "security"),
    *("browser", "pardon", "ddos", "bot", "denied", "unsuccessful"),
)


def _matches(title: str, patterns: Sequence[re.Pattern[str]], words: Sequence[str]) -> bool:
    if title.isascii():
        lowered = title.lower()
        if not any(word in lowered for word in words):
            return False
    return any(p.search(title) for p in patterns)


BOT_WALL_BODY_MARKERS: tuple[str, ...] = (
    "cf-browser-verification",
    "challenge-platform",
    "cf_chl_",
    "_incapsula_resource",
    "px-captcha",
    "perimeterx",
    "datadome",
    "g-recaptcha",
    "h-captcha",
    "hcaptcha.com",
)


@dataclass(frozen=True)
class PageFacts:
    """What one fetch produced after following redirects by hand."""

    requested_url: str
    status: int
    final_url: str
    redirects: tuple[Redirect, ...] = ()
    headers: Mapping[str, str] = field(default_factory=dict)  # lower-cased names
    body: str | None = None  # decoded prefix of the body; None after HEAD
    # what the text was decoded from (capped, decompressed), and the response's headers as
    # sent (capped in number): enough to keep a capture of the page without fetching again
    content: bytes | None = field(default=None, repr=False)
    all_headers: tuple[tuple[str, str], ...] = field(default=(), repr=False)

    @functools.cached_property
    def title(self) -> str | None:
        # cached: classify asks for it more than once, and a page with no <title> is scanned
        # to the end of its prefix every time
        return extract_title(self.body) if self.body is not None else None


@dataclass(frozen=True)
class Classification:
    outcome: CheckOutcome
    title: str | None
    title_similarity: float | None
    drifted: bool
    reason: str | None = None


def extract_title(body: str) -> str | None:
    """The text of the first <title>, unescaped and with whitespace collapsed."""
    match = _TITLE.search(body)
    if match is None:
        return None
    title = _SPACE.sub(" ", html.unescape(_TAG.sub("", match.group(1)))).strip()
    return title or None


def visible_text(body: str, *, limit: int = COMPARE_TEXT_CHARS) -> str:
    """Roughly what a reader sees: markup, scripts and styles stripped, spaces collapsed."""
    text = _COMMENT.sub(" ", body)
    text = _SCRIPT_STYLE.sub(" ", text)
    text = _TAG.sub(" ", text)
    return _SPACE.sub(" ", html.unescape(text)).strip()[:limit]


def title_similarity(page_title: str | None, cited_titles: Sequence[str]) -> float | None:
    """Best similarity (0..1) of the page title, or a segment of it, to any cited title.

    Sites append their name ("Article | Site"), so each separator-delimited segment is
    compared too; plain ratio (not token-set) so a one-word citation does not match
    every page that mentions the word.
    """
    if not page_title or not cited_titles:
        return None
    # imported here: 3.3 MiB that a run whose sources have no titles never needs
    from rapidfuzz import fuzz, utils

    cited = [c for c in (utils.default_process(t) for t in cited_titles) if c]
    if not cited:
        return None
    variants = {page_title, *_TITLE_SEPARATORS.split(page_title)}
    processed = [v for v in (utils.default_process(x) for x in variants) if v]
    if not processed:
        return 0.0
    best = max(fuzz.ratio(v, c) for v in processed for c in cited)
    return round(best / 100.0, 4)


def has_error_title(title: str | None) -> bool:
    return title is not None and _matches(title, ERROR_TITLE_PATTERNS, ERROR_TITLE_WORDS)


def is_bot_wall(facts: PageFacts) -> bool:
    """A challenge page from a bot shield, whatever its status."""
    if facts.headers.get("cf-mitigated", "").lower() == "challenge":
        return True
    title = facts.title
    if title is not None and _matches(title, BOT_WALL_TITLE_PATTERNS, BOT_WALL_TITLE_WORDS):
        return True
    if facts.status in (403, 429, 503) and facts.body:
        lowered = facts.body.lower()
        return any(marker in lowered for marker in BOT_WALL_BODY_MARKERS)
    return False


def _site(host: str) -> str:
    host = host.lower().rstrip(".")
    if host.startswith("www."):
        host = host[4:]
    labels = host.split(".")
    if all(label.isdigit() for label in labels):
        return host  # an IPv4 literal is its own site
    return ".".join(labels[-2:])


def is_home(url: str) -> bool:
    parts = urlsplit(url)
    return _HOME_PATH.match(parts.path or "/") is not None and not parts.query


def is_redirect_to_home(facts: PageFacts) -> bool:
    """A deep link whose redirects land on the same site's root or home page."""
    if not facts.redirects or is_home(facts.requested_url) or not is_home(facts.final_url):
        return False
    requested = urlsplit(facts.requested_url).hostname or ""
    final = urlsplit(facts.final_url).hostname or ""
    return _site(requested) == _site(final)


def _comparable(body: str, url: str, extra_tokens: Sequence[str]) -> str:
    text = visible_text(body)
    # soft-404 pages often echo the requested path; remove it so echoes do not differ
    path = urlsplit(url).path
    for token in (path, *path.split("/"), *extra_tokens):
        if len(token) >= 3:
            text = text.replace(token, " ")
    return _SPACE.sub(" ", text).strip()


def looks_like_probe(
    page: PageFacts,
    probe: PageFacts,
    *,
    probe_token: str = "",
    similarity: float = DEFAULT_SOFT_404_SIMILARITY,
) -> bool:
    """True when a made-up sibling URL answers like the page: the page is an error page."""
    if not 200 <= probe.status < 300:
        return False
    if page.redirects and probe.redirects and probe.final_url == page.final_url:
        return True
    if page.body is None or probe.body is None:
        return False
    a = _comparable(page.body, page.final_url, (probe_token,))
    b = _comparable(probe.body, probe.final_url, (probe_token,))
    if not a and not b:
        return True  # two empty pages are the same page
    from rapidfuzz import fuzz  # only once a made-up URL answered 2xx (see title_similarity)

    return bool(fuzz.ratio(a, b) / 100.0 >= similarity)


def _classify_status(facts: PageFacts) -> tuple[CheckOutcome, str | None] | None:
    status = facts.status
    if status in BLOCKED_STATUSES or status in INCONCLUSIVE_CLIENT_ERRORS:
        return CheckOutcome.BLOCKED, f"HTTP {status}"
    if status in GONE_STATUSES:
        return CheckOutcome.NOT_FOUND, f"HTTP {status}"
    if status == 408:
        return CheckOutcome.TIMEOUT, "HTTP 408"
    if status >= 500:
        return CheckOutcome.SERVER_ERROR, f"HTTP {status}"
    if status >= 400:
        return CheckOutcome.NOT_FOUND, f"HTTP {status}"
    return None


def classify(
    facts: PageFacts,
    *,
    cited_titles: Sequence[str] = (),
    probe: PageFacts | None = None,
    probe_token: str = "",
    drift_threshold: float = DEFAULT_DRIFT_THRESHOLD,
    soft_404_similarity: float = DEFAULT_SOFT_404_SIMILARITY,
) -> Classification:
    """Decide the outcome of one check from the page (and its random sibling, if probed)."""
    title = facts.title
    similarity = title_similarity(title, cited_titles)

    def result(outcome: CheckOutcome, reason: str | None = None) -> Classification:
        drifted = (
            outcome in (CheckOutcome.OK, CheckOutcome.REDIRECTED)
            and similarity is not None
            and similarity < drift_threshold
        )
        return Classification(outcome, title, similarity, drifted, reason)

    if is_bot_wall(facts):
        return result(CheckOutcome.BLOCKED, "bot-wall challenge")
    by_status = _classify_status(facts)
    if by_status is not None:
        return result(*by_status)
    if is_redirect_to_home(facts):
        return result(CheckOutcome.REDIRECT_TO_HOME, f"redirected to {facts.final_url}")
    if 200 <= facts.status < 300:
        cited_error = any(has_error_title(t) for t in cited_titles)
        if has_error_title(title) and not cited_error:
            return result(CheckOutcome.SOFT_404, f"error page title: {title}")
        genuine = (
            similarity is not None
            and similarity >= GENUINE_TITLE_SIMILARITY
            and (probe is None or probe.title != title)
        )
        if (
            probe is not None
            and not genuine
            and looks_like_probe(
                facts, probe, probe_token=probe_token, similarity=soft_404_similarity
            )
        ):
            return result(
                CheckOutcome.SOFT_404, f"answers like a made-up sibling URL ({probe.final_url})"
            )
    permanent = any(hop.status in PERMANENT_REDIRECTS for hop in facts.redirects)
    if permanent and facts.final_url != facts.requested_url:
        return result(CheckOutcome.REDIRECTED, None)
    return result(CheckOutcome.OK, None)
