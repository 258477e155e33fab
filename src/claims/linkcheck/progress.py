"""Progress reporting, injected by the caller; the default does nothing."""

from __future__ import annotations

from typing import Protocol

from claims.linkcheck.results import LinkReport


class Progress(Protocol):
    """What the service tells whoever watches a run."""

    def start(self, total: int) -> None: ...

    def advance(self, report: LinkReport) -> None: ...

    def finish(self) -> None: ...


class NullProgress:
    """Says nothing: the default for library use and tests."""

    def start(self, total: int) -> None:
        pass

    def advance(self, report: LinkReport) -> None:
        pass

    def finish(self) -> None:
        pass
