"""Whether the network is down, decided from evidence: a few dead sites are not an outage.

The engine reports every finished check to an :class:`OfflineJudge` and holds back results
that failed before any server answered until the judge says it is online. Evidence that the
network works: any answer, a slow one (a timeout) and a refused connection alike. Evidence
that it does not: the resolver not answering at all, or no route to any network. A name
that does not exist, or a host that does not answer, is a dead site, not an outage.
"""

from __future__ import annotations

import math
from enum import StrEnum

from claims.enums import CheckOutcome
from claims.linkcheck.guard import RESOLVER_OUTAGE
from claims.linkcheck.results import NETWORK_OUTCOMES, CheckResult

# a fair sample: a quarter of the run's hosts, at least the configured number, at most this
MAX_SAMPLE_HOSTS = 32
_OUTAGE_WORDS = ("network is unreachable", RESOLVER_OUTAGE)


class Evidence(StrEnum):
    REACHED = "reached"  # the network works: something answered, however slowly or rudely
    OUTAGE = "outage"  # the network itself looks down
    SITE = "site"  # this site failed before answering: dead, or the network is down
    NONE = "none"  # nothing was sent (an invalid or refused URL)


class Judgement(StrEnum):
    ONLINE = "online"
    UNDECIDED = "undecided"
    OFFLINE = "offline"


def evidence_of(result: CheckResult) -> Evidence:
    """What one finished check says about the network."""
    if result.reached_server or result.outcome is CheckOutcome.TIMEOUT:
        return Evidence.REACHED
    if result.outcome not in NETWORK_OUTCOMES:
        return Evidence.NONE
    error = (result.error or "").lower()
    if result.outcome is CheckOutcome.CONNECTION_ERROR and "refused" in error:
        return Evidence.REACHED  # a host answered, with a refusal
    if any(words in error for words in _OUTAGE_WORDS):
        return Evidence.OUTAGE
    return Evidence.SITE


def sample_size(total_hosts: int, minimum: int) -> int:
    """How many hosts must show an outage, with nothing reached, to stop a run early."""
    wanted = max(minimum, min(MAX_SAMPLE_HOSTS, math.ceil(total_hosts / 4)))
    return max(1, min(total_hosts, wanted))


class OfflineJudge:
    """Decides, check by check, whether the run is online, offline, or cannot tell yet.

    Offline early only when ``sample_size`` distinct hosts failed with an outage and none
    was reached; offline at the end of the run only if no host at all was reached (a run
    whose every host is a dead site cannot tell the two apart).
    """

    def __init__(self, total_hosts: int, *, sample_hosts: int) -> None:
        self.online = False
        self._minimum = sample_hosts
        self._sample = sample_size(total_hosts, sample_hosts)
        self._outage_hosts: set[str] = set()
        self._failed_hosts: set[str] = set()

    def begin(self, total_hosts: int) -> None:
        """A new batch of ``total_hosts`` hosts; what was learnt (online, outages) is kept."""
        self._sample = sample_size(total_hosts, self._minimum)

    def observe(self, host: str, result: CheckResult) -> Judgement:
        evidence = evidence_of(result)
        if evidence is Evidence.REACHED:
            self.online = True
        elif evidence is Evidence.OUTAGE:
            self._outage_hosts.add(host)
            self._failed_hosts.add(host)
        elif evidence is Evidence.SITE:
            self._failed_hosts.add(host)
        if self.online:
            return Judgement.ONLINE
        if len(self._outage_hosts) >= self._sample:
            return Judgement.OFFLINE
        return Judgement.UNDECIDED

    def offline_at_end(self) -> bool:
        """Called when every check is done: nothing reached, and something failed."""
        return not self.online and bool(self._failed_hosts)

    def failed_hosts(self) -> list[str]:
        return sorted(self._failed_hosts)
