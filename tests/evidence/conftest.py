"""Fixtures for the evidence tests: loopback servers serving article pages."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "linkcheck"))

from linkcheck_servers import Servers


@pytest.fixture(autouse=True)
def _lexical(monkeypatch: pytest.MonkeyPatch) -> None:
    """The lexical path, whether or not the evidence-model extra is installed (the model's
    own tests switch it back on)."""
    monkeypatch.setenv("CLAIMS_EVIDENCE_MODEL", "off")


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
