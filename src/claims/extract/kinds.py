"""The kind of a cited work, from the phrases notes use and the nature of the outlet."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urlsplit

from claims.enums import SourceKind
from claims.extract.names import has_organisation_word
from claims.records import Contributor

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
    ("editorial", SourceKind.NEWS_ARTICLE),
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
# a run of capitalised words ending in the noun of a legal instrument, then "of/on …"
_LEGAL_TITLE = re.compile(
    r"^(?:The\s+)?(?:[A-Z0-9][\w’'.-]*\s+){0,8}"
    r"(?:Law|Act|Code|Convention|Covenant|Treaty|Charter|Constitution|Decree|Regulations?|"
    r"Ordinance|Statute|Directive|Protocol|Measures|Provisions|Declaration)"
    r"(?:\s*\([^()]*\))?(?:\s+(?:\d[\w/.-]*|No\.\s*\S+))?"
    r"(?:\s+(?:of|on|for|against|to|concerning)\s+[^,;]+?)?(?:\s*\([^()]*\))?$"
)
_LETTER_TITLE = re.compile(
    r"^(?:(?:appendix|annex|enclosure|attachment)\s+to\s+(?:the\s+|a\s+)?)?"
    r"(?:(?:joint|open|public)\s+)?letter\b",
    re.IGNORECASE,
)
_REPORT_TITLE = re.compile(
    r"\b(?:Reports?|White Paper|Working Paper|Policy Brief|Yearbook|Index)\b"
)
_SOCIAL_HOSTS = re.compile(
    r"(?:^|\.)(?:twitter|x|facebook|fb|instagram|youtube|youtu|weibo|tiktok|t|telegram|"
    r"linkedin|reddit|vk|threads|bsky|mastodon)\.(?:com|me|be|org|social|app|net)$"
)
_SOCIAL_NAMES = re.compile(
    r"^(?:twitter|x|facebook|instagram|youtube|weibo|sina weibo|tiktok|telegram|linkedin|"
    r"reddit|vkontakte|threads|bluesky|mastodon|wechat)$",
    re.IGNORECASE,
)
_NEWS_PATH = re.compile(r"/(?:news|article|articles|story|stories)(?:/|$)", re.IGNORECASE)


def is_legal_title(title: str) -> bool:
    """``Cybersecurity Law of the People’s Republic of China``, ``International Covenant on …``."""
    return bool(_LEGAL_TITLE.match(title.strip()))


def is_letter_title(title: str) -> bool:
    """``Letter from …``, ``Joint Letter to …``, ``Appendix to Letter from …``."""
    return bool(_LETTER_TITLE.match(title.strip()))


@dataclass(frozen=True)
class KindPhrase:
    issuer: str  # who issued the work ("" when the phrase stands alone)
    kind: SourceKind
    genre: str  # the phrase as printed: "news release", "Client Alert"


def split_kind_phrase(segment: str) -> KindPhrase | None:
    """``Human Rights Watch news release`` → issuer ``Human Rights Watch``, press-release."""
    m = _PHRASE.search(segment)
    if m is None:
        return None
    issuer = segment[: m.start("phrase")].strip(" ,.:")
    return KindPhrase(issuer, _PHRASE_KINDS[m["phrase"].lower()], m["phrase"])


def _host_and_path(url: str | None) -> tuple[str, str]:
    if not url:
        return "", ""
    try:
        parts = urlsplit(url if "://" in url else f"http://{url}")
    except ValueError:  # "http://www.[": not a URL one can split
        return "", ""
    return parts.netloc.lower().split(":")[0], parts.path.lower()


def infer_kind(
    *,
    title: str | None,
    container: str | None,
    url: str | None,
    authors: tuple[Contributor, ...] = (),
    book_like: bool = False,
    numbered: bool = False,
) -> tuple[SourceKind, bool]:
    """The kind when no phrase names it; the flag says whether any evidence was found.

    ``book_like`` says the citation gives a place and publisher, ``(New York: HRW, 2016)``;
    ``numbered`` that it gives a document number.
    """
    host, path = _host_and_path(url)
    has_person = any(not a.is_organisation for a in authors)
    if _SOCIAL_HOSTS.search(host) or (container and _SOCIAL_NAMES.match(container.strip())):
        return SourceKind.WEB_PAGE, True
    if "blog" in host.split(".") or host.startswith("blog") or re.search(r"/blogs?(?:/|$)", path):
        return SourceKind.BLOG_POST, True
    if container and re.search(r"\bblog\b", container, re.IGNORECASE):
        return SourceKind.BLOG_POST, True
    if container and _NEWS_WORDS.search(container):
        return SourceKind.NEWS_ARTICLE, True
    if not container and any(a.literal and _NEWS_WORDS.search(a.literal) for a in authors):
        return SourceKind.NEWS_ARTICLE, True  # a wire service as author: "Reuters, “Title,” …"
    if title and is_legal_title(title):
        return SourceKind.LEGAL_TEXT, True
    if title and is_letter_title(title):
        return SourceKind.LETTER, True
    if title and _REPORT_TITLE.search(title):
        return SourceKind.REPORT, True
    if numbered:
        return SourceKind.REPORT, True  # a document number: "(Index: ASA 17/…)", "A/HRC/38/35"
    if book_like:
        # a place and publisher: an organisation's report, or a person's book (no kind for it)
        return (SourceKind.OTHER, True) if has_person else (SourceKind.REPORT, True)
    if path.endswith(".pdf"):
        return SourceKind.REPORT, True
    if container and has_organisation_word(container):
        return SourceKind.WEB_PAGE, True  # an institute's or a lab's site, not a newsroom
    if container and (_NEWS_PATH.search(path) or has_person):
        return SourceKind.NEWS_ARTICLE, True
    if url:
        return SourceKind.WEB_PAGE, False
    return SourceKind.OTHER, False
