"""A link's health from its history of checks: one failure is not rot."""

from __future__ import annotations

from collections.abc import Iterable

from claims.enums import LinkHealth
from claims.linkcheck.options import HealthPolicy
from claims.linkcheck.results import INCONCLUSIVE_OUTCOMES, SUCCESS_OUTCOMES, CheckFact


def derive_health(history: Iterable[CheckFact], policy: HealthPolicy | None = None) -> LinkHealth:
    """Health as InternetArchiveBot judges it, with room for bot walls.

    - no checks: unchecked;
    - the latest conclusive check succeeded: alive;
    - only inconclusive checks (blocked, skipped): inconclusive;
    - otherwise the trailing run of hard failures (inconclusive checks neither count nor
      break it) is dead once it has ``dead_after_checks`` checks spanning at least
      ``dead_after_span``, and suspect before that.
    """
    policy = policy or HealthPolicy()
    checks = sorted(history, key=lambda c: c.checked_at)
    if not checks:
        return LinkHealth.UNCHECKED
    conclusive = [c for c in checks if c.outcome not in INCONCLUSIVE_OUTCOMES]
    if not conclusive:
        return LinkHealth.INCONCLUSIVE
    if conclusive[-1].outcome in SUCCESS_OUTCOMES:
        return LinkHealth.ALIVE
    streak: list[CheckFact] = []
    for check in reversed(conclusive):
        if check.outcome in SUCCESS_OUTCOMES:
            break
        streak.append(check)
    span = streak[0].checked_at - streak[-1].checked_at
    if len(streak) >= policy.dead_after_checks and span >= policy.dead_after_span:
        return LinkHealth.DEAD
    return LinkHealth.SUSPECT


def is_failing(health: LinkHealth) -> bool:
    """Suspect or dead: what ``--fail-on failing`` counts."""
    return health in (LinkHealth.SUSPECT, LinkHealth.DEAD)
