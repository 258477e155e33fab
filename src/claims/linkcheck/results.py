"""Frozen records the checker hands out: what was asked, what came back."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from claims.enums import CheckOutcome, LinkHealth

# outcomes that say the page answered as cited (possibly at a new address)
SUCCESS_OUTCOMES = frozenset({CheckOutcome.OK, CheckOutcome.REDIRECTED})
# outcomes that say nothing about the page itself: never counted toward dead
INCONCLUSIVE_OUTCOMES = frozenset({CheckOutcome.BLOCKED, CheckOutcome.SKIPPED})
# outcomes that failed before any server answered: the network itself may be down
NETWORK_OUTCOMES = frozenset(
    {CheckOutcome.DNS_ERROR, CheckOutcome.CONNECTION_ERROR, CheckOutcome.TIMEOUT}
)


def is_hard_failure(outcome: CheckOutcome) -> bool:
    """A failure that counts toward dead (everything but success and inconclusive)."""
    return outcome not in SUCCESS_OUTCOMES and outcome not in INCONCLUSIVE_OUTCOMES


@dataclass(frozen=True, slots=True)
class Redirect:
    """One hop of a redirect chain: the URL asked and the status it answered."""

    url: str
    status: int

    def as_json(self) -> dict[str, str | int]:
        return {"url": self.url, "status": self.status}


@dataclass(frozen=True, slots=True)
class CheckTarget:
    """One unique URL to check, with the titles its sources cite it under."""

    url: str
    cited_titles: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CheckResult:
    """The outcome of checking one URL once."""

    url: str
    outcome: CheckOutcome
    checked_at: dt.datetime
    status: int | None = None
    final_url: str | None = None
    redirects: tuple[Redirect, ...] = ()
    title: str | None = None
    title_similarity: float | None = None
    drifted: bool = False
    elapsed_ms: int | None = None
    error: str | None = None
    # set when the server answered at all (even with an error): proof we are online
    reached_server: bool = False
    # the (capped) body read and its type, for captures; not part of the result's identity
    body: str | None = field(default=None, repr=False, compare=False)
    content_type: str | None = field(default=None, repr=False, compare=False)

    @property
    def suggested_url(self) -> str | None:
        """The new address to cite, when a permanent redirect moved the page."""
        if self.outcome is CheckOutcome.REDIRECTED:
            return self.final_url
        return None

    @property
    def is_network_failure(self) -> bool:
        return not self.reached_server and self.outcome in NETWORK_OUTCOMES


@dataclass(frozen=True, slots=True)
class ArchiveCapture:
    """An archived copy: where to read it and when it was captured."""

    url: str
    timestamp: dt.datetime
    original_status: int | None = 200
    service: str = "wayback"

    def as_json(self) -> dict[str, str]:
        return {"url": self.url, "timestamp": self.timestamp.strftime("%Y%m%d%H%M%S")}


@dataclass(frozen=True, slots=True)
class CheckFact:
    """A past check reduced to what health needs: when, and how it went."""

    checked_at: dt.datetime
    outcome: CheckOutcome


@dataclass(frozen=True, slots=True)
class LinkReport:
    """A checked link as the service reports it: result, sources, health, archive."""

    result: CheckResult
    sources: tuple[str, ...]
    health: LinkHealth
    archive: ArchiveCapture | None = None
    link_id: int | None = field(default=None, compare=False)
