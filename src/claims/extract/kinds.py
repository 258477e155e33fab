"""The kind of a cited work, from the phrases notes use and the nature of the outlet."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from claims.enums import SourceKind

# "<issuer> <phrase>" at the end of a segment names the issuer and the kind of work
_KIND_PHRASES: tuple[tuple[str, SourceKind], ...] = (
    ("news release", SourceKind.PRESS_RELEASE),
    ("press release", SourceKind.PRESS_RELEASE),
    ("media release", SourceKind.PRESS_RELEASE),
    ("press statement", SourceKind.PRESS_RELEASE),
    ("joint statement", SourceKind.PRESS_RELEASE),
    ("public statement", SourceKind.PRESS_RELEASE),
    ("client alert", SourceKind.CLIENT_ALERT),
    ("legal alert", SourceKind.CLIENT_ALERT),
    ("client update", SourceKind.CLIENT_ALERT),
    ("client briefing", SourceKind.CLIENT_ALERT),
    ("dispatch", SourceKind.BLOG_POST),
    ("dispatches", SourceKind.BLOG_POST),
    ("blog post", SourceKind.BLOG_POST),
    ("blog", SourceKind.BLOG_POST),
    ("briefing paper", SourceKind.REPORT),
    ("working paper", SourceKind.REPORT),
    ("policy brief", SourceKind.REPORT),
    ("issue brief", SourceKind.REPORT),
    ("white paper", SourceKind.REPORT),
    ("background paper", SourceKind.REPORT),
    ("discussion paper", SourceKind.REPORT),
    ("research paper", SourceKind.REPORT),
    ("fact sheet", SourceKind.REPORT),
    ("backgrounder", SourceKind.REPORT),
    ("annual report", SourceKind.REPORT),
    ("special report", SourceKind.REPORT),
    ("report", SourceKind.REPORT),
    ("study", SourceKind.REPORT),
    ("memorandum", SourceKind.REPORT),
    ("submission", SourceKind.REPORT),
    ("q&a", SourceKind.REPORT),
    ("op-ed", SourceKind.NEWS_ARTICLE),
    ("opinion", SourceKind.NEWS_ARTICLE),
    ("editorial", SourceKind.NEWS_ARTICLE),
    ("commentary", SourceKind.NEWS_ARTICLE),
    ("open letter", SourceKind.LETTER),
    ("letter", SourceKind.LETTER),
)
_PHRASE = re.compile(
    r"(?:^|\s)(?P<phrase>"
    + "|".join(re.escape(p) for p, _ in sorted(_KIND_PHRASES, key=lambda x: -len(x[0])))
    + r")\s*$",
    re.IGNORECASE,
)
_PHRASE_KINDS = dict(_KIND_PHRASES)

# words in an outlet's name that say it is a newsroom
_NEWS_WORDS = re.compile(
    r"\b(?:times|post|journal|news|herald|tribune|guardian|telegraph|gazette|daily|weekly|"
    r"magazine|reuters|associated press|agence france-presse|afp|bloomberg|bbc|cnn|npr|radio|"
    r"television|tv|broadcasting|xinhua|economist|chronicle|observer|independent|review|"
    r"standard|express|mail|monitor|wire|newsweek|week|quartz|axios|politico|atlantic|"
    r"diplomat|insider|caixin|nikkei|asahi|straits|register|courier|globe|star|sun|mirror)\b",
    re.IGNORECASE,
)
_LEGAL_TITLE = re.compile(
    r"^(?:(?:the\s+)?(?:law|code|act|decree|regulations?|measures|provisions|constitution|"
    r"convention|covenant|treaty|charter|resolution|directive|ordinance|statute|rules)\b)"
    r"|\b(?:act|law|code|convention|covenant|treaty|regulations?|decree|ordinance)"
    r"(?:\s+of\s+(?:the\s+)?[\w’' ]+)?(?:\s*\(\d{4}\))?$",
    re.IGNORECASE,
)


def split_kind_phrase(segment: str) -> tuple[str, SourceKind] | None:
    """``Human Rights Watch news release`` → (``Human Rights Watch``, press-release)."""
    m = _PHRASE.search(segment)
    if m is None:
        return None
    issuer = segment[: m.start("phrase")].strip(" ,.:")
    return issuer, _PHRASE_KINDS[m["phrase"].lower()]


def infer_kind(
    *,
    title: str | None,
    container: str | None,
    url: str | None,
    has_person_author: bool,
) -> tuple[SourceKind, bool]:
    """The kind when no phrase names it; the flag says whether any evidence was found."""
    if title and _LEGAL_TITLE.search(title):
        return SourceKind.LEGAL_TEXT, True
    if url:
        parts = urlsplit(url if "://" in url else f"http://{url}")
        host, path = parts.netloc.lower(), parts.path.lower()
        if "blog" in host or re.search(r"/blogs?(?:/|$)", path):
            return SourceKind.BLOG_POST, True
    if container and re.search(r"\bblog\b", container, re.IGNORECASE):
        return SourceKind.BLOG_POST, True
    if container and _NEWS_WORDS.search(container):
        return SourceKind.NEWS_ARTICLE, True
    if url and urlsplit(url).path.lower().endswith(".pdf"):
        return SourceKind.REPORT, True
    if title and re.match(r"^(?:(?:appendix|annex|enclosure)\s+to\s+)?letter\b", title, re.I):
        return SourceKind.LETTER, True
    if container and has_person_author:
        return SourceKind.NEWS_ARTICLE, True
    if url:
        return SourceKind.WEB_PAGE, False
    return SourceKind.OTHER, False
