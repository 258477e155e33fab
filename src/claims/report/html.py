"""The report as one self-contained HTML page: the text with its claims highlighted.

Jinja2 renders it with autoescaping on, so no text from a document or a source can become
markup; the page also carries a Content-Security-Policy that allows only its own inline style
and script (by hash) and no request of any kind.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from claims import __version__
from claims.chrome import find_chrome, without_chrome
from claims.enums import ClaimStatus, LinkHealth
from claims.records import Contributor, PartialDate
from claims.report.document import ClaimView, DocumentView, SourceView
from claims.report.json_report import iso_datetime
from claims.report.layout import Close, Open, Span, Text, nest
from claims.report.scope import NO_URL, SOURCE_STATES
from claims.report.summary import Report

TEMPLATE = "report.html.j2"
STATUS_LABELS = {
    ClaimStatus.VERIFIED: "verified",
    ClaimStatus.DISPUTED: "disputed",
    ClaimStatus.UNSUPPORTED: "unsupported",
    ClaimStatus.UNVERIFIED: "unverified",
    ClaimStatus.NEEDS_SOURCE: "needs source",
}
STATE_LABELS = {
    LinkHealth.UNCHECKED.value: "unchecked",
    LinkHealth.ALIVE.value: "alive",
    LinkHealth.SUSPECT.value: "suspect",
    LinkHealth.DEAD.value: "dead",
    LinkHealth.INCONCLUSIVE.value: "inconclusive",
    NO_URL: "no URL",
}
# control characters HTML forbids in text (browsers replace or drop them)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_WEB_URL = re.compile(r"^https?://[^\s\"'<>]+$", re.IGNORECASE)


def web_url(url: str | None) -> str | None:
    """The URL if a browser may follow it (http or https); None for javascript:, data: etc."""
    if url and _WEB_URL.match(url.strip()):
        return url.strip()
    return None


def _finalize(value: object) -> object:
    """Applied to every ``{{ … }}`` before escaping: strips characters HTML forbids."""
    if isinstance(value, str) and not isinstance(value, Markup):
        return _CONTROL.sub("", value)
    return value


def when(value: dt.datetime | None) -> str:
    stamp = iso_datetime(value)
    return stamp.replace("T", " ").replace("Z", " UTC") if stamp else "never"


def day(value: dt.date | PartialDate | None) -> str:
    if value is None:
        return ""
    return value.iso() if isinstance(value, PartialDate) else value.isoformat()


def names(people: tuple[Contributor, ...]) -> str:
    return "; ".join(p.display() for p in people)


@dataclass(frozen=True)
class Piece:
    """One token of the highlighted text, flattened for the template."""

    kind: str  # "text", "open-claim", "open-footnote", "close-claim", "close-footnote"
    text: str = ""
    key: str = ""
    status: str = ""
    index: int = 0  # the claim's position in its document (for ids), or the footnote number
    first: bool = False
    last: bool = False  # the claim's last part: where its link health is shown in the text


def pieces(view: DocumentView) -> list[Piece]:
    """The document's text cut at every claim and footnote boundary, properly nested."""
    spans = [
        Span(c.start, c.end, "claim", c.key, order=i)
        for i, c in enumerate(view.claims)
        if _drawable(view, c)
    ]
    spans += [
        Span(f.start, f.end, "footnote", str(f.number), order=f.number)
        for f in view.footnotes
        if f.start is not None and f.end is not None
    ]
    status = {c.key: c.status.value for c in view.claims}
    chrome = find_chrome(view.text)  # left out of view; claims' offsets stay as stored
    tokens = list(nest(view.text, spans))
    parts: dict[str, int] = {}
    for token in tokens:
        if isinstance(token, Open):
            parts[token.span.key] = parts.get(token.span.key, 0) + 1
    closed: dict[str, int] = {}
    out = []
    pos = 0
    for token in tokens:
        if isinstance(token, Text):
            end = pos + len(token.text)
            shown = without_chrome(view.text, pos, end, chrome) if chrome else token.text
            pos = end
            if shown:
                out.append(Piece("text", shown))
        elif isinstance(token, Open):
            span = token.span
            out.append(
                Piece(
                    f"open-{span.kind}",
                    key=span.key,
                    status=status.get(span.key, ""),
                    index=span.order,
                    first=token.part == 0,
                )
            )
        elif isinstance(token, Close):
            key = token.span.key
            closed[key] = closed.get(key, 0) + 1
            last = token.span.kind == "claim" and closed[key] == parts.get(key)
            out.append(Piece(f"close-{token.span.kind}", key=key, last=last))
    return out


# the state that speaks for a claim's sources, worst first
_WORST_FIRST = (
    LinkHealth.DEAD.value,
    LinkHealth.SUSPECT.value,
    LinkHealth.INCONCLUSIVE.value,
    LinkHealth.UNCHECKED.value,
    LinkHealth.ALIVE.value,
    NO_URL,
)


def link_states(view: DocumentView, claim: ClaimView) -> list[str]:
    """The link states of a claim's sources, worst first, each once ([] without a source)."""
    states = {view.sources[k].state for k in claim.sources if k in view.sources}
    return [s for s in _WORST_FIRST if s in states]


def _words(*values: object) -> str:
    return " ".join(" ".join(str(v).split()) for v in values if v).casefold()


def source_search(s: SourceView) -> str:
    """What the page's search box matches a source by: key, title, people, outlet, URL."""
    people = names(s.authors) + " " + names(s.editors)
    return _words(s.key, s.title, people, s.container, s.publisher, s.url, s.raw)


def claim_search(view: DocumentView, claim: ClaimView) -> str:
    """A claim's key, statement and quote, and what its sources are searched by."""
    cited = [source_search(view.sources[k]) for k in claim.sources if k in view.sources]
    return _words(claim.key, claim.statement, claim.quote, *cited)


@cache
def _asset(name: str) -> str:
    files = resources.files("claims.report").joinpath("templates")
    return files.joinpath(name).read_text(encoding="utf-8")


def _csp_hash(content: str) -> str:
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return f"'sha256-{base64.b64encode(digest).decode('ascii')}'"


@cache
def environment() -> Environment:
    """Built once per process: Jinja compiles the template on first use."""
    env = Environment(
        loader=PackageLoader("claims.report", "templates"),
        autoescape=True,  # every template, whatever its file name
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        finalize=_finalize,
    )
    env.filters.update(
        web_url=web_url, when=when, day=day, names=names, source_search=source_search
    )
    env.globals.update(
        STATUS_LABELS=STATUS_LABELS,
        STATE_LABELS=STATE_LABELS,
        SOURCE_STATES=SOURCE_STATES,
        ClaimStatus=ClaimStatus,
    )
    return env


@dataclass(frozen=True)
class ClaimFacts:
    """What the page's filters know of a claim."""

    states: list[str]  # its sources' link states, worst first
    search: str  # lower-cased words the search box matches

    @property
    def worst(self) -> str:
        return self.states[0] if self.states else "none"


def render_html(report: Report) -> str:
    """One page, no external requests; ``report`` must be built ``with_text=True``."""
    css = _asset("report.css")
    script = _asset("report.js")
    policy = "; ".join(
        [
            "default-src 'none'",
            f"style-src {_csp_hash(css)}",
            f"script-src {_csp_hash(script)}",
            "img-src data:",
            "base-uri 'none'",
            "form-action 'none'",
        ]
    )
    views = [(view, pieces(view)) for view in report.views]
    unanchored = [(v.key, c) for v in report.views for c in v.claims if not _drawable(v, c)]
    # one anchor a source, on its first card in the Sources section (lint findings link to it)
    anchors: dict[str, str] = {}
    card_anchor: dict[tuple[int, str], str] = {}
    for d, view in enumerate(report.views):
        for key in view.sources:
            if key not in anchors:
                anchors[key] = f"src-{len(anchors)}"
                card_anchor[(d, key)] = anchors[key]
    claims = {
        c.key: ClaimFacts(link_states(v, c), claim_search(v, c))
        for v in report.views
        for c in v.claims
    }
    template = environment().get_template(TEMPLATE)
    return template.render(
        report=report,
        views=views,
        unanchored=unanchored,
        css=Markup(css),  # our own files, not data  # noqa: S704
        script=Markup(script),  # noqa: S704
        csp=policy,
        version=__version__,
        at_risk={c.key for c in report.claims_at_risk},
        source_anchor=anchors,
        card_anchor=card_anchor,
        facts=claims,
    )


def _drawable(view: DocumentView, claim: ClaimView) -> bool:
    return 0 <= claim.start < claim.end <= len(view.text)
