"""How likely each field of a parsed citation is wrong, and which fields to flag for review.

A logistic model over what the readers did (whether the labeller was asked, overrode the
rules, how sure it was, whether a citation style settled the field) and the field's shape. It
is fitted by ``benchmarks/calibrate_flags.py --with-untuned`` on out-of-fold readings of
citations-dev (each publisher read by a labeller not trained on it) and on the readings kept
when each citations-fresh batch was first scored, before any change made from it (house
styles the parser had never seen, where errors are five times as common), and ships as
``flag_calibration.json``. A field whose risk reaches the threshold is flagged; the threshold
was chosen on readings of groups left out of the fit in turn.
"""

from __future__ import annotations

import json
import math
from dataclasses import replace
from functools import cache
from importlib import resources
from typing import Any

from claims.extract.results import REVIEW_FLAGS, CitationFlag, ParsedCitation

CALIBRATION_FILE = "flag_calibration.json"
FIELDS = ("title", "url", "issued", "accessed", "authors", "container")
_ABSENT_OK = {CitationFlag.MISSING_URL, CitationFlag.MISSING_DATE}  # many works have none
_QUOTES = "“\"‘'«„"


def _present(parsed: ParsedCitation, name: str) -> bool:
    source = parsed.source
    value: Any = source.contributors if name == "authors" else getattr(source, name)
    return bool(value)


def _quoted(parsed: ParsedCitation) -> bool:
    title = parsed.source.title
    if not title:
        return False
    at = parsed.raw.find(title[:16])
    return at > 0 and parsed.raw[at - 1] in _QUOTES


def features(parsed: ParsedCitation, name: str) -> dict[str, float]:
    """The model's inputs for one field (all in 0..1)."""
    return _features(parsed, name, _Shared(parsed))


class _Shared:
    """What every field's features read of the citation, read once for all six."""

    def __init__(self, parsed: ParsedCitation) -> None:
        ev = self.ev = dict(parsed.evidence)
        flags = set(parsed.flags)
        self.asked = ev.get("asked", 0.0)
        review = sum(
            1 for f in flags if f in REVIEW_FLAGS - _ABSENT_OK - {CitationFlag.UNSURE_FIELDS}
        )
        self.tail = {
            "review_flags": min(review, 2) / 2,
            "leftover": 1.0 if parsed.leftover else 0.0,
            "low_confidence": 1.0 - parsed.confidence,
            "ibid": 1.0 if CitationFlag.IBID in flags else 0.0,
            "unquoted_title": 0.0 if _quoted(parsed) else 1.0,
            "long": min(len(parsed.raw) / 300, 1.0),
            "several_urls": 1.0 if CitationFlag.SEVERAL_URLS in flags else 0.0,
        }


def _features(parsed: ParsedCitation, name: str, shared: _Shared) -> dict[str, float]:
    ev, asked = shared.ev, shared.asked
    out = {
        f"field:{name}": 1.0,
        f"present:{name}": 1.0 if _present(parsed, name) else 0.0,
        "asked": asked,
        "rules_sure": ev.get("rules_sure", 0.0),
        "changed": ev.get(f"changed:{name}", 0.0),
        "doubt": (1.0 - ev.get(f"sure:{name}", 1.0)) if asked else 0.0,
        "settled": ev.get(f"settled:{name}", 0.0),
    }
    out.update(shared.tail)  # the same keys in the same order as ever: the sum below is too
    return out


@cache
def _model() -> dict[str, Any] | None:
    try:
        text = resources.files("claims.extract").joinpath(CALIBRATION_FILE).read_text("utf-8")
    except FileNotFoundError:
        return None
    model: dict[str, Any] = json.loads(text)
    return model


def risk(parsed: ParsedCitation, name: str, model: dict[str, Any] | None = None) -> float | None:
    """The probability that field ``name`` is wrong, or None with no fitted model."""
    model = model or _model()
    if model is None:
        return None
    return _risk(features(parsed, name), model)


def _risk(inputs: dict[str, float], model: dict[str, Any]) -> float:
    weights: dict[str, float] = model["weights"]
    z = model["bias"] + sum(weights.get(k, 0.0) * v for k, v in inputs.items())
    return 1.0 / (1.0 + math.exp(-max(min(z, 40.0), -40.0)))


def flag(parsed: ParsedCitation, model: dict[str, Any] | None = None) -> ParsedCitation:
    """``parsed`` with its unsure fields those whose risk reaches the threshold."""
    model = model or _model()
    if model is None:
        return parsed
    shared = _Shared(parsed)
    risks = {name: _risk(_features(parsed, name, shared), model) or 0.0 for name in FIELDS}
    unsure = tuple(name for name in FIELDS if risks[name] >= model["threshold"])
    flags: list[CitationFlag] = [f for f in parsed.flags if f is not CitationFlag.UNSURE_FIELDS]
    if unsure:
        flags.append(CitationFlag.UNSURE_FIELDS)
    return replace(
        parsed,
        unsure_fields=unsure,
        flags=tuple(flags),
        field_risk=tuple((name, round(risks[name], 3)) for name in FIELDS),
    )
