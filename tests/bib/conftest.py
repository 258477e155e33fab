"""Fixtures for the bibliography tests."""

from __future__ import annotations

import pytest
from bib_support import letter_records

from claims.records import SourceRecord


@pytest.fixture
def letter() -> list[SourceRecord]:
    """The 17 works the letter cites, as curated in the dataset."""
    return letter_records()
