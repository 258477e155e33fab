"""Running the checker in a test: every result by URL (one helper for the test modules)."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any

from claims.linkcheck import CheckOptions, CheckResult, CheckTarget
from claims.linkcheck.checker import Checker


def run_checks(
    targets: Sequence[CheckTarget | str], options: CheckOptions, **checker: Any
) -> dict[str, CheckResult]:
    """Check ``targets`` (URLs or targets) with ``options``; ``checker``: Checker's own
    keyword arguments (a DNS lookup, …). The results by URL."""
    items = [t if isinstance(t, CheckTarget) else CheckTarget(t) for t in targets]
    results: dict[str, CheckResult] = {}

    async def go() -> None:
        async def sink(result: CheckResult) -> None:
            results[result.url] = result

        async with Checker(options, **checker) as engine:
            await engine.run(items, sink)

    asyncio.run(go())
    return results
