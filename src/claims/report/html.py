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
from claims.report.document import ClaimView, DocumentView
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
    out = []
    pos = 0
    for token in nest(view.text, spans):
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
            out.append(Piece(f"close-{token.span.kind}"))
    return out


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
    env.filters.update(web_url=web_url, when=when, day=day, names=names)
    env.globals.update(
        STATUS_LABELS=STATUS_LABELS,
        STATE_LABELS=STATE_LABELS,
        SOURCE_STATES=SOURCE_STATES,
        ClaimStatus=ClaimStatus,
    )
    return env


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
    )


def _drawable(view: DocumentView, claim: ClaimView) -> bool:
    return 0 <= claim.start < claim.end <= len(view.text)
