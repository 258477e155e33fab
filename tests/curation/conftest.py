"""Fixtures for the curation tests: the letter loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import Cli

LETTER = Path(__file__).resolve().parents[2] / "data" / "hrw-2016-07-18-facebook-china"


@pytest.fixture
def loaded(cli: Cli) -> Cli:
    result = cli("load", str(LETTER))
    assert result.exit_code == 0, result.stderr
    return cli
