"""Tell persons from organisations in author lists and split personal names."""

from __future__ import annotations

import re
from dataclasses import replace

from claims.records import Contributor

# words that make a name an organisation's; general English, not any one publication's
ORGANISATION_WORDS = frozenset(
    [
        "academy",
        "administration",
        "agency",
        "alliance",
        "amnesty",
        "assembly",
        "associates",
        "association",
        "authority",
        "bank",
        "board",
        "broadcasting",
        "bureau",
        "cabinet",
        "center",
        "centre",
        "chamber",
        "coalition",
        "college",
        "commission",
        "committee",
        "company",
        "congress",
        "consortium",
        "coop",
        "co-op",
        "cooperative",
        "co-operative",
        "cooperatives",
        "co-operatives",
        "corporation",
        "council",
        "county",
        "court",
        "department",
        "directorate",
        "dep’t",
        "dep't",
        "dept",
        "division",
        "federation",
        "forum",
        "foundation",
        "fondation",
        "fondazione",
        "fundación",
        "fundacion",
        "fundação",
        "fund",
        "government",
        "group",
        "house",
        "inc",
        "initiative",
        "institute",
        "institut",
        "instituto",
        "istituto",
        "institution",
        "lab",
        "labs",
        "observatory",
        "collective",
        "international",
        "laboratory",
        "league",
        "legislature",
        "llc",
        "llp",
        "ltd",
        "media",
        "ministry",
        "movement",
        "nations",
        "network",
        "news",
        "office",
        "organisation",
        "organization",
        "parliament",
        "partners",
        "partnership",
        "party",
        "press",
        "program",
        "programme",
        "project",
        "radio",
        "reporters",
        "republic",
        "school",
        "secretariat",
        "senate",
        "service",
        "services",
        "society",
        "stichting",
        "stiftung",
        "tribunal",
        "trust",
        "union",
        "university",
        "watch",
    ]
)
# words a newspaper's or broadcaster's name is made of; general English, not one outlet's
OUTLET_WORDS = frozenset(
    [
        "bulletin",
        "chronicle",
        "courier",
        "daily",
        "dispatch",
        "gazette",
        "guardian",
        "herald",
        "journal",
        "magazine",
        "mail",
        "monitor",
        "news",
        "observer",
        "post",
        "press",
        "quarterly",
        "radio",
        "review",
        "telegraph",
        "television",
        "times",
        "tribune",
        "weekly",
    ]
)
# names of major news outlets and agencies that carry no outlet word ("Foreign Policy",
# "Politico"): read as an outlet only when the whole name matches; no word here is a common
# surname or a journal's one-word name ("Time", "Nature", "Science", "Fortune" are left out)
KNOWN_OUTLETS = frozenset(
    [
        "al jazeera",
        "al jazeera english",
        "al-monitor",
        "aljazeera",
        "ars technica",
        "arstechnica",
        "asahi shimbun",
        "axios",
        "bbc",
        "bloomberg law",
        "bloomberg businessweek",
        "breitbart",
        "business insider",
        "buzzfeed",
        "caixin",
        "caixin global",
        "cbc",
        "cbs",
        "cnbc",
        "cnet",
        "cnn",
        "coindesk",
        "deutsche welle",
        "der spiegel",
        "die zeit",
        "dw",
        "el país",
        "el pais",
        "engadget",
        "euractiv",
        "euronews",
        "eurasianet",
        "fast company",
        "foreign affairs",
        "foreign policy",
        "forbes",
        "fox business",
        "frankfurter allgemeine zeitung",
        "gizmodo",
        "global times",
        "haaretz",
        "hindustan times",
        "huffpost",
        "huffington post",
        "inkstone",
        "la stampa",
        "le figaro",
        "le monde",
        "le monde diplomatique",
        "lawfare",
        "the markup",
        "mashable",
        "medianama",
        "mediapart",
        "mit technology review",
        "mother jones",
        "msnbc",
        "nbc",
        "npr",
        "nikkei",
        "nikkei asia",
        "nikkei asian review",
        "nrc",
        "nzz",
        "pbs",
        "politico",
        "politico europe",
        "propublica",
        "quartz",
        "rappler",
        "recode",
        "rest of world",
        "rfa",
        "rte",
        "salon",
        "scmp",
        "scroll.in",
        "semafor",
        "sixth tone",
        "slate",
        "south china morning post",
        "der standard",
        "süddeutsche zeitung",
        "sueddeutsche zeitung",
        "techcrunch",
        "techdirt",
        "the register",
        "the atlantic",
        "the conversation",
        "the daily beast",
        "the diplomat",
        "the economist",
        "the hill",
        "the hindu",
        "the information",
        "the intercept",
        "the independent",
        "the new yorker",
        "the new republic",
        "theprint",
        "the quint",
        "the verge",
        "the wire",
        "the wire china",
        "the nation",
        "the straits times",
        "the japan times",
        "the korea herald",
        "the moscow times",
        "the kyiv independent",
        "the next web",
        "venturebeat",
        "vice news",
        "vox",
        "wired",
        "zdnet",
        "the wall street journal",
        "wall street journal",
        "the new york times",
        "new york times",
        "the washington post",
        "washington post",
        "financial times",
        "the financial times",
        "the guardian",
        "the times of india",
        "the indian express",
        "indian express",
        "the economic times",
        "economic times",
        "livemint",
        "ndtv",
        "the caravan",
        "the hindu businessline",
        "business standard",
        "deccan herald",
        "asia times",
        "channel newsasia",
        "cna",
        "radio free asia",
        "radio free europe/radio liberty",
        "rfe/rl",
        "voice of america",
        "voa",
        "china daily",
        "people's daily",
        "people’s daily",
        "the times",
        "the sunday times",
        "the telegraph",
        "the observer",
        "the irish times",
        "the australian",
        "the sydney morning herald",
        "abc news",
        "nbc news",
        "cbs news",
        "bbc news",
        "sky news",
        "cnn business",
        "the los angeles times",
        "los angeles times",
        "usa today",
        "the boston globe",
        "boston globe",
        "the globe and mail",
        "toronto star",
        "newsweek",
        "the week",
        "jacobin",
        "wired uk",
    ]
)
# news agencies: a wire named before a quoted title is its author ("Reuters, “Title,” …"),
# after a person's name or the title its outlet
NEWS_AGENCIES = frozenset(
    [
        "afp",
        "agence france-presse",
        "anadolu agency",
        "ansa",
        "ap",
        "ap news",
        "associated press",
        "bloomberg",
        "dpa",
        "efe",
        "ians",
        "interfax",
        "kyodo",
        "press trust of india",
        "pti",
        "reuters",
        "tass",
        "united press international",
        "upi",
        "xinhua",
        "xinhua news agency",
        "yonhap",
        "yonhap news agency",
    ]
)
# words no personal name is made of ("Ranking Digital Rights" is not a Mr. Rights)
_NOT_NAME_WORDS = frozenset(
    [
        "access",
        "accountability",
        "affairs",
        "agency",
        "digital",
        "freedom",
        "global",
        "human",
        "index",
        "international",
        "lab",
        "labs",
        "media",
        "national",
        "network",
        "now",
        "open",
        "policy",
        "privacy",
        "public",
        "research",
        "rights",
        "security",
        "studies",
        "technology",
        "transparency",
        "world",
    ]
)
# lowercase words allowed inside an organisation's name
_CONNECTORS = frozenset(
    [
        "of",
        "for",
        "on",
        "the",
        "and",
        "to",
        "in",
        "at",
        "&",
        "de",
        "du",
        "des",
        "la",
        "le",
        "el",
        "del",
        "y",
        "für",
    ]
)
_PARTICLES = frozenset(
    [
        "van",
        "von",
        "de",
        "der",
        "den",
        "da",
        "di",
        "del",
        "della",
        "des",
        "du",
        "la",
        "le",
        "dos",
        "das",
        "ten",
        "ter",
        "bin",
        "ibn",
        "al",
        "el",
        "zu",
        "y",  # "Blaise Agüera y Arcas", "José Ortega y Gasset"
    ]
)
_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
_HONORIFICS = frozenset({"Dr", "Prof", "Professor"})
_INITIALS = re.compile(r"^(?:[A-Z]\.(?:-?[A-Z]\.)*|[A-Z])$")
_INITIALS_UNDOTTED = re.compile(r"^[A-Z]\.(?:-?[A-Z]\.)*-?[A-Z]$")  # "J.D" once "J.D." is stripped
_INVERTED_WHOLE = re.compile(r"([^\s,]+(?:\s+[^\s,]+)?),\s+([^\s,]+(?:\s+[^\s,]+){0,2})")
_AUTHOR_SPLIT = re.compile(r"\s*;\s*|\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+")
_ET_AL = re.compile(r",?\s+(?:et\s+al\.?|and\s+others)\s*$", re.IGNORECASE)
# a body named for its remit: "… Department of Health & Human Services", "… Ministry of
# Foreign Affairs and Trade"; the words after "and" hold no body of their own
_REMIT_HEADS = (
    r"(?:Department|Dep’t|Dept\.?|Ministry|Office|Bureau|Secretary|Minister|Committee"
    r"|Commission|Council|Institute|School|Faculty|Centre|Center|Board|Agency)"
)
_REMIT_WORDS = frozenset({"service", "services"})  # "Health & Human Services" is a remit
_ORGANISATION_OF_AND = re.compile(
    r"(?:[A-Z][\w.’'-]*\s+){0,4}"
    + _REMIT_HEADS
    + r"\s+(?:of|for|on)\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}"
    r"\s+(?:and|&)\s+(?P<tail>(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2})"
)


# one body whose name joins two remits with "and" before its head: "U.S.-China Economic and
# Security Review Commission", "Science and Technology Committee"
_JOINED_BODY = re.compile(
    r"(?P<a>(?:[A-Z][\w.’'-]*\s+){0,4}[A-Z][\w.’'-]*)\s+(?:and|&)\s+"
    r"(?P<b>(?:[A-Z][\w’'-]*\s+){1,3}(?:Commission|Committee|Council|Agency|Administration"
    r"|Authority|Board|Foundation|Institute|Office|Bureau|Center|Centre|Organization"
    r"|Organisation))(?:\s*\([A-Z][A-Za-z]{1,9}\))?"  # "U.S. Food and Drug Administration (FDA)"
)
_REMIT_ADJECTIVES = frozenset(
    {
        "security",
        "technology",
        "science",
        "trade",
        "energy",
        "health",
        "safety",
        "development",
        "drug",
        "drugs",
        "agriculture",
        "commerce",
        "education",
        "environment",
        "human",
    }
)


def _joined_body(text: str) -> bool:
    m = _JOINED_BODY.fullmatch(text)
    if m is None or any(w.lower() in ORGANISATION_WORDS for w in m["a"].split()):
        return False
    first = m["b"].split()[0].lower()
    return first in ORGANISATION_WORDS or first in _REMIT_ADJECTIVES


def _is_name_word(word: str) -> bool:
    """Capitalised with lowercase letters (Zhang, McKenzie, O’Brien, Jean-Paul, al-Sisi)."""
    core = word.replace("’", "").replace("'", "").replace("-", "").replace(".", "")
    if not core.isalpha():
        return False
    if word[:3].lower() in {"al-", "el-"} and len(word) > 3:
        return word[3].isupper()
    return word[0].isupper() and any(ch.islower() for ch in word)


def looks_like_person(text: str) -> bool:
    """Two to five name words (initials and particles allowed), no organisation word."""
    words = text.split()
    while words and words[-1].rstrip(",") in _SUFFIXES:
        words = words[:-1]
    if not 2 <= len(words) <= 5:
        return False
    if any(w.lower().strip(".,") in ORGANISATION_WORDS | _NOT_NAME_WORDS for w in words):
        return False
    # a particle never ends a name ("Aaa ibn"); one capitalised last is a family name ("Jie Di")
    if words[0].lower() in _PARTICLES or words[-1] in _PARTICLES:
        return False
    if _INITIALS.match(words[-1]):
        return False
    return all(_is_name_word(w) or _INITIALS.match(w) or w.lower() in _PARTICLES for w in words)


def looks_like_organisation(text: str) -> bool:
    """Capitalised words (connectors allowed) including an organisation word, or one proper name."""
    words = text.split()
    if not 1 <= len(words) <= 10:
        return False
    for w in words:
        bare = w.strip(",.()")
        if not bare:
            return False
        if bare.lower() in _CONNECTORS:
            continue
        if not (bare[0].isupper() or bare[0].isdigit()):
            return False
    if len(words) == 1:
        return words[0][0].isupper()
    return any(w.lower().strip(",.()") in ORGANISATION_WORDS for w in words) or (
        words[0].lower() == "the" or all(w.isupper() for w in words)
    )


def looks_like_name_phrase(text: str) -> bool:
    """A proper name of some kind: up to ten capitalised words (connectors allowed)."""
    words = text.split()
    if not 1 <= len(words) <= 10:
        return False
    for w in words:
        bare = w.strip(",.()")
        if not bare:
            return False
        if bare.lower() in _CONNECTORS:
            continue
        if not (bare[0].isupper() or bare[0].isdigit()):
            return False
    return words[0].strip(",.()")[:1].isupper()


def is_known_outlet(text: str, *, agencies: bool = False) -> bool:
    """The whole of ``text`` is a major outlet's name (``KNOWN_OUTLETS``), or with
    ``agencies`` a news agency's (``NEWS_AGENCIES``)."""
    name = " ".join(text.split()).strip(" ,.").lower()
    return name in KNOWN_OUTLETS or (agencies and name in NEWS_AGENCIES)


def is_outlet_name(text: str) -> bool:
    """An organisation's name that says it is a newspaper or broadcaster ("Radio Free Asia"),
    and no other kind of body ("… Security Review Commission" is not), or a known outlet's."""
    if is_known_outlet(text):
        return True
    tokens = [w.strip(",.()") for w in text.split()]
    words = {w.lower() for w in tokens}
    if not tokens or not looks_like_name_phrase(text) or not words & OUTLET_WORDS:
        return False
    if words & (ORGANISATION_WORDS - OUTLET_WORDS):
        return False
    # two words may be a person's name ("John Press"): only an outlet word or an
    # abbreviation first makes them an outlet's ("Daily Mail", "BBC News")
    return len(tokens) > 2 or tokens[0].lower() in OUTLET_WORDS or tokens[0].isupper()


def looks_like_outlet(text: str) -> bool:
    """A proper name that is a newspaper's, magazine's or broadcaster's rather than a person's:
    an outlet or organisation word in it ("New York Times", "Daily Mail", "BBC News"), a
    leading "The" ("The Guardian"), or not a person's name at all ("ChinaFile")."""
    if is_known_outlet(text, agencies=True):
        return True
    if not looks_like_name_phrase(text):
        return False
    parts = [p for p in _AUTHOR_SPLIT.split(text) if p]
    if len(parts) > 1 and all(looks_like_person(p) for p in parts):
        return False  # "Julian Borger and Glenn Greenwald"
    words = [w.lower().strip(",.()") for w in text.split()]
    return (
        not looks_like_person(text)
        or words[0] == "the"
        or any(w in OUTLET_WORDS or w in ORGANISATION_WORDS for w in words)
    )


def has_organisation_word(text: str) -> bool:
    return any(w.lower().strip(",.()") in ORGANISATION_WORDS for w in text.split())


def split_person(text: str) -> Contributor:
    """``Given Middle Family`` (or ``Family, Given``) into its parts; particles go with family."""
    text = " ".join(text.split())
    if "," in text:
        family, _, given = text.partition(",")
        if given.strip() and given.strip() not in _SUFFIXES:
            return Contributor(family=family.strip(), given=given.strip())
    words = text.split()
    while len(words) > 2 and words[0].rstrip(".") in _HONORIFICS:
        words = words[1:]  # "Dr James Leibold"
    suffix: list[str] = []
    while len(words) > 1 and words[-1] in _SUFFIXES:
        suffix.insert(0, words.pop())
    if len(words) == 1:
        return Contributor(family=" ".join(words + suffix))
    family_start = len(words) - 1
    while family_start > 1 and words[family_start - 1].lower() in _PARTICLES:
        family_start -= 1
    family = " ".join(words[family_start:] + suffix)
    given = " ".join(words[:family_start])
    return Contributor(family=family, given=given)


_INVERTED_ONE = re.compile(
    r"(?P<family>(?:[a-z]+\s+)*[^\s,]+),\s+(?P<given>[^\s,]+(?:\s+[^\s,]+)?)"
)


def _inverted_and(text: str) -> tuple[Contributor, ...] | None:
    """``Malhotra, Shefali and Garg, Rohin and R, Shivangi`` (each name inverted) or
    ``Biderman, Stella and John Smith`` (the first only): persons joined by ``and``."""
    if " and " not in text:
        # "Bommasani, Rishi, Drew A. Hudson, Ehsan Adeli, …" (the list's "et al." cut off)
        head = [b.strip() for b in text.split(",")]
        if (
            len(head) < 4
            or _INVERTED_ONE.fullmatch(f"{head[0]}, {head[1]}") is None
            or "." in head[1]
            or not all(looks_like_person(p) for p in head[2:])
        ):
            return None
        text = f"{head[0]}, {head[1]}, " + ", ".join(head[2:-1]) + f" and {head[-1]}"
    pieces = re.split(r",?\s+and\s+", text)
    head = [b.strip() for b in pieces[0].split(",")]
    if _INVERTED_ONE.fullmatch(pieces[0]) is None and len(head) >= 3 and "." not in head[1]:
        # "Arcesati, Rebecca, François Chimits, and Antonia Hmaidi": the others given first
        pieces = [f"{head[0]}, {head[1]}", *head[2:], *pieces[1:]]
    first = _INVERTED_ONE.fullmatch(pieces[0])
    if len(pieces) < 2 or first is None:
        return None
    found: list[Contributor] = []
    for piece in pieces:
        inverted = _INVERTED_ONE.fullmatch(piece)
        words = piece.replace(",", " ").split()
        if any(w.lower() in ORGANISATION_WORDS for w in words):
            return None
        if inverted is not None and all(
            _is_name_word(w) or _INITIALS.match(w) or w.islower() for w in words
        ):
            found.append(Contributor(family=inverted["family"], given=inverted["given"]))
        elif inverted is None and looks_like_person(piece):
            found.append(split_person(piece))
        else:
            return None
    return tuple(found)


# a company's legal form: "Epic Games, Inc.", "Converge Strategies, LLC"
COMPANY_SUFFIX = re.compile(
    r"(?:Inc|Ltd|LLC|L\.L\.C|Corp|Co|GmbH|AG|S\.A|PLC|plc|LLP|B\.V|N\.V)\.?"
)
# after a comma it is part of the name, among several authors too
_LEGAL_FORM = re.compile(r",\s*(" + COMPANY_SUFFIX.pattern + r")(?=\s*(?:,|$|\s+and\s))")
_LAST_INITIAL = re.compile(r"(?:^|[\s.])[A-Z]$")


def strip_name(text: str, chars: str = " ,.:") -> str:
    """``text`` without ``chars`` at its ends, but a last initial keeps its full stop
    ("Biersdorfer, J.D." stays so; "Human Rights Watch." loses it)."""
    stripped = text.strip(chars)
    after = len(text) - len(text.lstrip(chars)) + len(stripped)
    if _LAST_INITIAL.search(stripped) and text.startswith(".", after):
        return stripped + "."
    return stripped


def split_authors(text: str, *, lenient: bool = False) -> tuple[tuple[Contributor, ...], bool]:
    """Persons and organisations named in an author phrase; the flag says all were recognised.

    ``Paul McKenzie, Gordon Milner, and Wei Zhang`` gives three persons; ``Human Rights
    Watch`` one organisation; ``Human Rights Watch and Amnesty International`` two. With
    ``lenient`` (the phrase stands where authors stand) any proper name is an organisation.
    """
    forms = {m[1] for m in _LEGAL_FORM.finditer(text)} if "," in text else set()
    if not forms:
        return _split_authors(text, lenient=lenient)
    found, ok = _split_authors(_LEGAL_FORM.sub(r" \1", text), lenient=lenient)
    out = []
    for c in found:
        literal = c.literal or ""
        for form in forms if literal else ():
            literal = re.sub(rf"\s+{re.escape(form.rstrip('.'))}\b\.?", f", {form}", literal)
        out.append(replace(c, literal=literal) if c.literal and literal != c.literal else c)
    return tuple(out), ok


def _split_authors(text: str, *, lenient: bool = False) -> tuple[tuple[Contributor, ...], bool]:
    text = strip_name(re.sub(r"\s+,", ",", " ".join(text.split())))
    text = re.sub(r"^by\s+", "", text, flags=re.IGNORECASE)
    text = _ET_AL.sub("", text)
    if not text:
        return (), True
    # "Tiezzi, Shannon", "Chun, Wendy Hui Kyong", "Biersdorfer, J.D."
    bodies = [b.strip() for b in text.split(";")]
    if len(bodies) > 1 and all(b and has_organisation_word(b) for b in bodies):
        # a rule's agencies: "Office of …, Office of Management and Budget; Department of …"
        return tuple(Contributor(literal=b) for b in bodies), True
    inverted = _INVERTED_WHOLE.fullmatch(text)
    parts = [p for p in _AUTHOR_SPLIT.split(text) if p]
    if parts and all(looks_like_person(p) for p in parts):
        return tuple(split_person(p) for p in parts), True
    if (
        inverted
        and " and " not in text
        and all(
            _is_name_word(w) or _INITIALS.match(w) or _INITIALS_UNDOTTED.match(w)
            for w in text.replace(",", " ").split()
        )
        and not any(w.lower() in ORGANISATION_WORDS for w in text.replace(",", " ").split())
    ):
        # Chicago bibliography order: "Tiezzi, Shannon"
        return (Contributor(family=inverted[1], given=inverted[2]),), True
    joined = _inverted_and(text)
    if joined is not None:
        return joined, True
    remit = _ORGANISATION_OF_AND.fullmatch(text)
    if remit and not any(
        w.lower() in ORGANISATION_WORDS - _REMIT_WORDS for w in remit["tail"].split()
    ):
        # "US Department of Housing and Urban Development" is one body, not two
        return (Contributor(literal=text),), True
    if _joined_body(text):
        return (Contributor(literal=text),), True
    org_parts = [p for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*", text) if p]
    if len(org_parts) > 1 and all(
        looks_like_person(p) or (looks_like_organisation(p) and has_organisation_word(p))
        for p in org_parts
    ):
        return tuple(
            split_person(p) if looks_like_person(p) else Contributor(literal=p) for p in org_parts
        ), True
    if looks_like_organisation(text):
        return (Contributor(literal=text),), True
    if looks_like_person(text):
        return (split_person(text),), True
    if lenient and looks_like_name_phrase(text):
        return (Contributor(literal=text),), True
    return (Contributor(literal=text),), False
