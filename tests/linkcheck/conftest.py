"""Fixtures for the link checker tests: one set of loopback servers per session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from linkcheck_servers import Servers


@pytest.fixture(scope="session")
def _servers() -> Iterator[Servers]:
    servers = Servers()
    servers.start()
    yield servers
    servers.stop()


@pytest.fixture
def servers(_servers: Servers) -> Iterator[Servers]:
    _servers.reset()
    yield _servers
    _servers.reset()
