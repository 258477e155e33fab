"""History → health, with an injected clock: one failure is not rot."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claims.enums import CheckOutcome, LinkHealth
from claims.linkcheck import CheckFact, HealthPolicy
from claims.linkcheck.health import derive_health, is_failing

T0 = dt.datetime(2026, 1, 1, 9, 0, tzinfo=dt.UTC)
OK, GONE, BLOCKED = CheckOutcome.OK, CheckOutcome.NOT_FOUND, CheckOutcome.BLOCKED


class FakeClock:
    """A clock the test moves by hand."""

    def __init__(self, start: dt.datetime = T0) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += dt.timedelta(**delta)


def history(clock: FakeClock, steps: list[tuple[float, CheckOutcome]]) -> list[CheckFact]:
    """Checks at the clock's time after advancing it by each step's days."""
    out = []
    for days, outcome in steps:
        clock.advance(days=days)
        out.append(CheckFact(clock(), outcome))
    return out


def test_unchecked() -> None:
    assert derive_health([]) is LinkHealth.UNCHECKED


def test_one_failure_is_suspect_not_dead() -> None:
    assert derive_health(history(FakeClock(), [(0, GONE)])) is LinkHealth.SUSPECT


def test_three_failures_within_a_day_are_still_suspect() -> None:
    facts = history(FakeClock(), [(0, GONE), (0.2, GONE), (0.2, GONE)])
    assert derive_health(facts) is LinkHealth.SUSPECT


def test_three_failures_spanning_three_days_are_dead() -> None:
    facts = history(FakeClock(), [(0, GONE), (1.5, GONE), (1.5, GONE)])
    assert derive_health(facts) is LinkHealth.DEAD


def test_two_failures_spanning_a_week_are_suspect() -> None:
    facts = history(FakeClock(), [(0, GONE), (7, GONE)])
    assert derive_health(facts) is LinkHealth.SUSPECT


def test_a_success_resets_the_count() -> None:
    facts = history(FakeClock(), [(0, GONE), (2, GONE), (2, OK), (2, GONE), (2, GONE)])
    assert derive_health(facts) is LinkHealth.SUSPECT


def test_success_after_dead_is_alive() -> None:
    facts = history(FakeClock(), [(0, GONE), (2, GONE), (2, GONE), (1, OK)])
    assert derive_health(facts) is LinkHealth.ALIVE


def test_blocked_only_is_inconclusive() -> None:
    facts = history(FakeClock(), [(0, BLOCKED), (3, BLOCKED), (3, CheckOutcome.SKIPPED)])
    assert derive_health(facts) is LinkHealth.INCONCLUSIVE


def test_blocked_never_counts_toward_dead_nor_breaks_a_run() -> None:
    clock = FakeClock()
    facts = history(clock, [(0, GONE), (1, BLOCKED), (1, BLOCKED), (1, GONE)])
    assert derive_health(facts) is LinkHealth.SUSPECT  # two failures, not four
    facts += history(clock, [(1, BLOCKED), (0.5, GONE)])
    assert derive_health(facts) is LinkHealth.DEAD  # three failures over 4.5 days


def test_blocked_after_success_stays_alive() -> None:
    facts = history(FakeClock(), [(0, OK), (1, BLOCKED)])
    assert derive_health(facts) is LinkHealth.ALIVE


def test_policy_is_configurable() -> None:
    facts = history(FakeClock(), [(0, GONE), (1, GONE)])
    strict = HealthPolicy(dead_after_checks=2, dead_after_span=dt.timedelta(hours=12))
    assert derive_health(facts, strict) is LinkHealth.DEAD
    assert derive_health(facts) is LinkHealth.SUSPECT


def test_order_of_the_history_does_not_matter() -> None:
    facts = history(FakeClock(), [(0, GONE), (2, GONE), (2, GONE)])
    assert derive_health(reversed(facts)) is LinkHealth.DEAD


@pytest.mark.parametrize(
    ("health", "failing"),
    [(LinkHealth.DEAD, True), (LinkHealth.SUSPECT, True), (LinkHealth.ALIVE, False),
     (LinkHealth.INCONCLUSIVE, False), (LinkHealth.UNCHECKED, False)],
)  # fmt: skip
def test_is_failing(health: LinkHealth, failing: bool) -> None:
    assert is_failing(health) is failing


HARD = [o for o in CheckOutcome if o not in (OK, CheckOutcome.REDIRECTED, BLOCKED,
                                              CheckOutcome.SKIPPED)]  # fmt: skip


@given(
    st.lists(
        st.tuples(st.floats(0, 5), st.sampled_from(list(CheckOutcome))), min_size=1, max_size=12
    )
)
def test_dead_needs_enough_failures_over_enough_time(
    steps: list[tuple[float, CheckOutcome]],
) -> None:
    facts = history(FakeClock(), steps)
    health = derive_health(facts)
    conclusive = [f for f in facts if f.outcome not in (BLOCKED, CheckOutcome.SKIPPED)]
    if health is LinkHealth.DEAD:
        tail = conclusive[-3:]
        assert all(f.outcome in HARD for f in tail)
        assert len(tail) == 3
    if conclusive and conclusive[-1].outcome in (OK, CheckOutcome.REDIRECTED):
        assert health is LinkHealth.ALIVE
    if not conclusive:
        assert health is LinkHealth.INCONCLUSIVE


def test_fake_clock_moves_only_when_told() -> None:
    clock: Callable[[], dt.datetime] = FakeClock()
    assert clock() == clock() == T0
