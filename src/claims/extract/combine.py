"""Rules and the trained labeller together: the labeller's reading of a field wins where it
differs from the rules', and a field either is unsure of is flagged for review."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from claims.extract import labeller, styles
from claims.extract.dates import find_dates
from claims.extract.names import looks_like_person, split_person
from claims.extract.results import REVIEW_FLAGS, CitationFlag, ParsedCitation
from claims.records import Contributor, PartialDate, SourceRecord

# a field read with less probability than this is flagged; the shipped calibration
# (claims.extract.calibration) replaces these flags by calibrated risks when it is present
AGREED_UNSURE_BELOW = 0.5  # rules and labeller read the same: flagged only when this unsure
ASK_UNQUOTED = True  # an unquoted title is where the rules go wrong most: ask then too
ABSENT_SURE = 0.9
_TITLE_HEAD = 16  # the labeller empties a field the rules filled only when this sure
FIELDS = ("title", "authors", "container", "issued", "accessed")

_ACCESS_WORD = re.compile(
    r"(?i:accessed|retrieved|visited|viewed|consulted|downloaded|recuperado|consultado"
    r"|accesat|abgerufen|geraadpleegd|consulté)"
)
_ACCESS_REACH = 40
_OUTER = " \t\n,.;:“”\"‘’'«»„()[]"
_ET_AL = re.compile(r",?\s*\bet\.?\s*al\b\.?", re.IGNORECASE)
_INVERTED = re.compile(r"^(?P<family>[^,]+),\s*(?P<given>[^,]+)$")


def rule_fields(source: SourceRecord) -> dict[str, Any]:
    return {
        "title": source.title,
        "container": source.container,
        "publisher": source.publisher,
        "authors": [c.display() for c in source.authors],
        "issued": source.issued.iso() if source.issued else None,
        "accessed": source.accessed.isoformat() if source.accessed else None,
        "url": source.url,
    }


def clean_text(value: str) -> str | None:
    """A title or outlet as read from the tokens: outer quotes and the note's punctuation off."""
    value = " ".join(value.split())
    value = value.strip(_OUTER)
    if value.count("(") > value.count(")"):
        value += ")"
    return value or None


def _balance(text: str, start: int, end: int) -> str:
    """The span, with a closing parenthesis it opened kept (``Dep’t (U.S.)``)."""
    value = text[start:end]
    if value.count("(") > value.count(")") and text[end : end + 1] == ")":
        value += ")"
    return value


def contributor(name: str) -> Contributor | None:
    name = _ET_AL.sub("", " ".join(name.split())).strip(" ,;:.&")
    if not name:
        return None
    if name.startswith("@"):
        return Contributor(literal=name)
    inverted = _INVERTED.match(name)
    if inverted and looks_like_person(f"{inverted['given']} {inverted['family']}"):
        return Contributor(family=inverted["family"].strip(), given=inverted["given"].strip())
    if looks_like_person(name):
        return split_person(name)
    return Contributor(literal=name)


def _date(text: str) -> PartialDate | None:
    dates = find_dates(text)
    return dates[0].value if dates else None


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(re.sub(r"[\W_]+", " ", value.lower()).split())
    if isinstance(value, list):
        return [_norm(v) for v in value]
    return value


def _runs_over_outlet(title: str | None, ours: dict[str, Any]) -> bool:
    """The labeller's title is the rules' title, a full stop and the rules' outlet."""
    if not title or not ours["title"] or not ours["container"]:
        return False
    return (
        title.startswith(ours["title"])
        and title.endswith(ours["container"])
        and (". " in title[len(ours["title"]) : len(title) - len(ours["container"]) + 1])
    )


def _runs_over_interviewee(title: str | None, ours: dict[str, Any]) -> bool:
    """The labeller's title runs on from "… interview with X" over X's post and office."""
    rules = ours["title"]
    return bool(title and rules and styles.INTERVIEW_WITH.search(rules) and title.startswith(rules))


def _after_title(text: str, authors: list[str], title: str | None) -> bool:
    low = text.lower()
    at = low.find(title.lower()) if title else -1
    for name in authors:
        where = low.find(name.lower())
        if where == -1 or (at != -1 and where > at):
            return True
    return False


def _rules_sure(parsed: ParsedCitation) -> bool:
    """Nothing flagged, nothing left over: the rules read a style they know (the labeller
    is asked only about the others; chosen by leave-one-publisher-out, see docs)."""
    absent = {CitationFlag.MISSING_URL, CitationFlag.MISSING_DATE}  # many works have none
    if any(f in REVIEW_FLAGS - absent for f in parsed.flags):
        return False
    return ASK_UNQUOTED is False or _quoted_title(parsed)


def _quoted_title(parsed: ParsedCitation) -> bool:
    return _title_quoted_at(parsed) > 0


def _title_quoted_at(parsed: ParsedCitation) -> int:
    """Where the rules' title starts inside quotation marks, or -1 (an author's name may read
    like the title's first words: look at every place the words are)."""
    title = parsed.source.title
    if not title:
        return -1
    head = title[:_TITLE_HEAD]  # the note's comma may sit inside the quotes
    at = parsed.raw.find(head)
    while at != -1:
        if at > 0 and parsed.raw[at - 1] in "“\"‘'«„":
            return at
        at = parsed.raw.find(head, at + 1)
    return -1


def refine(parsed: ParsedCitation, *, styled: bool = True) -> ParsedCitation:
    """The rules' citation with the labeller's fields where they differ, and unsure fields;
    then what a recognised citation style settles (:mod:`claims.extract.styles`)."""
    refined = _refine(parsed)
    return _styled(refined) if styled else refined


def _with_evidence(parsed: ParsedCitation, **evidence: float) -> ParsedCitation:
    merged = dict(parsed.evidence) | evidence
    return replace(parsed, evidence=tuple(sorted(merged.items())))


_STYLE_FIELDS = {"title": "title", "container": "container", "contributors": "authors"}
_STYLE_FIELDS |= {"issued": "issued"}


def _styled(parsed: ParsedCitation) -> ParsedCitation:
    source, settled_attrs = styles.apply(parsed.source)
    if not settled_attrs:
        return parsed
    settled = {_STYLE_FIELDS.get(a, a) for a in settled_attrs}
    parsed = _with_evidence(parsed, **{f"settled:{name}": 1.0 for name in settled})
    flags = list(parsed.flags)
    if source.title is not None and CitationFlag.MISSING_TITLE in flags:
        flags.remove(CitationFlag.MISSING_TITLE)
    if source.issued is not None and CitationFlag.MISSING_DATE in flags:
        flags.remove(CitationFlag.MISSING_DATE)
    unsure = tuple(f for f in parsed.unsure_fields if f not in settled)
    if not unsure and CitationFlag.UNSURE_FIELDS in flags:
        flags.remove(CitationFlag.UNSURE_FIELDS)
    return replace(parsed, source=source, flags=tuple(flags), unsure_fields=unsure)


_CHANGE_FIELD = {"contributors": "authors"}


def _refine(parsed: ParsedCitation) -> ParsedCitation:
    model = labeller.active()
    if model is None or not parsed.raw.strip():
        return parsed
    if _rules_sure(parsed):
        return _with_evidence(parsed, rules_sure=1.0)
    text = parsed.raw
    source = parsed.source
    ours = rule_fields(source)
    _, reading = model.read(text, ours)
    spans = reading.spans
    changes: dict[str, Any] = {}
    unsure: list[str] = []

    sure = reading.confidence
    # a title the rules read between quotation marks is an unambiguous span: the labeller
    # may not run it over its closing quote ("Title', in Book")
    # after a quoted title come its outlet, editors and book ("in Poems"), not its authors;
    # a labeller that reads authors there has not read the outlet either
    after = _title_quoted_at(parsed)
    quoted = after > 0
    # a signal and the topic before it ("On the place of media …, see: Valaskakis, …") hold
    # no field: the labeller reads them as words of the citation
    lead = signal.end() if (signal := styles.SIGNAL.match(text)) is not None else 0
    spans = {
        name: [(max(s, lead), e) for s, e in found if e > lead] for name, found in spans.items()
    }
    spans = {name: found for name, found in spans.items() if found}
    late_names = after > 0 and any(s >= after for s, _ in spans.get("authors", []))
    for name in ("title", "container"):
        if name == "title" and quoted:
            continue
        got = clean_text(_balance(text, *spans[name][0])) if name in spans else None
        emptied = got is None and (
            name == "title" or late_names or sure.get(name, 0.0) < ABSENT_SURE
        )
        if (
            name == "container"
            and got
            and ours["container"] is None
            and _norm(got) == _norm(source.publisher)
        ):
            continue  # "(Cambridge: Polity, 2007)": the rules' publisher is no outlet
        if _norm(got) != _norm(ours[name]) and not emptied:
            changes[name] = got
    if _runs_over_outlet(changes.get("title"), ours) or _runs_over_interviewee(
        changes.get("title"), ours
    ):
        changes.pop("title")  # "Profile. Bookings Global Cities Initiative.": two sentences
        changes.pop("container", None)
    if ours["title"] and _norm(changes.get("title")) in _norm(ours["authors"]):
        changes.pop("title")  # "U.S. GAO (GAO), Event Ticket Sales, …": the author is no title
    found = [contributor(text[s:e]) for s, e in spans.get("authors", []) if after < 0 or s < after]
    # where the labeller reads no title, the title of rules that named an author too is no
    # author ("Valaskakis, Indian Country")
    title_read = ours["title"] if ours["authors"] and "title" not in spans else None
    authors = tuple(c for c in found if c is not None and _norm(c.display()) != _norm(title_read))
    emptied = not authors and sure.get("authors", 0.0) < ABSENT_SURE
    # an issuer the rules named from "Human Rights Watch news release", or a by-line, after
    # the title: the labeller reads authors before it, so the rules' reading stands
    inferred = _after_title(text, ours["authors"], ours["title"])
    inferred = inferred or "possessive_author" in dict(parsed.evidence)  # "The GAO’s report"
    if _norm([c.display() for c in authors]) != _norm(ours["authors"]) and not (
        emptied or inferred
    ):
        changes["contributors"] = authors
    issued = _date(text[slice(*spans["issued"][0])]) if "issued" in spans else None
    # no date read by the labeller keeps the rules' (a date inside a legal title is the title's)
    if (
        issued is not None
        and issued.iso() != ours["issued"]
        # a bare number the labeller took for a year ("… L. Rev. 1843 (2020)") is no better
        # than the rules' date
        and not (ours["issued"] and issued.month is None and len(ours["issued"]) >= 4)
    ):
        changes["issued"] = issued
    accessed = _date(text[slice(*spans["accessed"][0])]) if "accessed" in spans else None
    if accessed is not None and not _ACCESS_WORD.search(
        text, max(0, spans["accessed"][0][0] - _ACCESS_REACH), spans["accessed"][0][0]
    ):
        accessed = None  # a date is an access date only where the note says so
    if (
        accessed is not None
        and accessed.day is not None
        and accessed.as_date().isoformat() != ours["accessed"]
    ):
        changes["accessed"] = accessed.as_date()
    # an access date the rules read follows an access label: the labeller does not drop it

    # two readers: where the labeller overrode the rules the field is flagged; where they
    # agree, only a labeller that is far from sure flags it
    changed = {_CHANGE_FIELD.get(c, c) for c in changes}
    for name in FIELDS:
        if name in changed or reading.confidence.get(name, 1.0) < AGREED_UNSURE_BELOW:
            unsure.append(name)
    evidence = {"asked": 1.0} | {f"changed:{name}": 1.0 for name in changed}
    evidence |= {f"sure:{name}": reading.confidence.get(name, 1.0) for name in (*FIELDS, "url")}
    parsed = _with_evidence(parsed, **evidence)
    if not changes and not unsure:
        return parsed
    if "accessed" in changes:
        from claims.enums import AccessedBasis

        basis = AccessedBasis.STATED if changes["accessed"] else AccessedBasis.UNKNOWN
        changes["accessed_basis"] = basis
    new_source = replace(source, **changes) if changes else source
    flags = list(parsed.flags)
    if new_source.title is not None and CitationFlag.MISSING_TITLE in flags:
        flags.remove(CitationFlag.MISSING_TITLE)
    if new_source.issued is not None and CitationFlag.MISSING_DATE in flags:
        flags.remove(CitationFlag.MISSING_DATE)
    if unsure:
        flags.append(CitationFlag.UNSURE_FIELDS)
    return replace(
        parsed,
        source=new_source,
        flags=tuple(flags),
        unsure_fields=tuple(unsure),
    )
