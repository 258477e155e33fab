"""A reload never changes a reviewed status silently (issue 18.6), on SQLite and PostgreSQL."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from tests.conftest import LETTER_DATASET, Cli

from claims.dataset import load_dataset, read_dataset
from claims.db import Database
from claims.enums import ClaimStatus, Verdict
from claims.models import Claim
from claims.workflow import verify

UNSOURCED = "facebook-blocked-in-china"  # footnotes = [] in the letter's dataset
SOURCED = "instagram-blocked-2014"


@pytest.fixture
def letter_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "letter"
    shutil.copytree(LETTER_DATASET, folder)
    return folder


def edit(folder: Path, old: str, new: str) -> None:
    path = folder / "dataset.toml"
    text = path.read_text("utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), "utf-8")


def load(database: Database, folder: Path = LETTER_DATASET) -> Any:
    dataset = read_dataset(folder)
    with database.session() as session:
        return load_dataset(session, dataset)


def status(database: Database, key: str) -> ClaimStatus:
    with database.session() as session:
        return session.scalars(select(Claim.status).where(Claim.key == key)).one()


def review(database: Database, key: str, verdict: Verdict) -> None:
    with database.session() as session:
        verify(session, key, verdict, "ana", note="checked the archive")


@pytest.mark.parametrize("verdict", [Verdict.VERIFIED, Verdict.DISPUTED, Verdict.UNSUPPORTED])
def test_reloading_an_unchanged_dataset_keeps_the_reviewed_status(
    database: Database, verdict: Verdict
) -> None:
    load(database)
    review(database, UNSOURCED, verdict)
    review(database, SOURCED, verdict)
    result = load(database)
    assert status(database, UNSOURCED) is ClaimStatus(verdict.value)  # was needs-source
    assert status(database, SOURCED) is ClaimStatus(verdict.value)
    assert not result.changed
    assert any(UNSOURCED in c and "no source" in c for c in result.conflicts)


def test_a_dataset_status_does_not_override_a_reviewed_status(
    database: Database, letter_copy: Path
) -> None:
    load(database)
    review(database, SOURCED, Verdict.DISPUTED)
    edit(letter_copy, f'key = "{SOURCED}"', f'key = "{SOURCED}"\nstatus = "verified"')
    result = load(database, letter_copy)
    assert status(database, SOURCED) is ClaimStatus.DISPUTED
    (conflict,) = result.conflicts
    assert SOURCED in conflict
    assert "'verified'" in conflict
    assert "'disputed'" in conflict


def test_a_dataset_status_still_sets_an_unreviewed_claim(
    database: Database, letter_copy: Path
) -> None:
    load(database)
    edit(letter_copy, f'key = "{SOURCED}"', f'key = "{SOURCED}"\nstatus = "unsupported"')
    result = load(database, letter_copy)
    assert status(database, SOURCED) is ClaimStatus.UNSUPPORTED
    assert result.conflicts == ()


def test_a_statement_rewritten_under_a_verdict_is_reported(
    database: Database, letter_copy: Path
) -> None:
    load(database)
    review(database, SOURCED, Verdict.VERIFIED)
    edit(
        letter_copy,
        'statement = "Instagram was reportedly blocked in mainland China in 2014',
        'statement = "Instagram was never blocked in mainland China in 2014',
    )
    result = load(database, letter_copy)
    (conflict,) = result.conflicts
    assert SOURCED in conflict
    assert "statement changed under the verdict 'verified' by ana" in conflict
    assert status(database, SOURCED) is ClaimStatus.VERIFIED
    assert load(database, letter_copy).conflicts == ()  # reported once, when it happens


def test_a_reset_to_unverified_follows_the_sources(database: Database) -> None:
    load(database)
    review(database, UNSOURCED, Verdict.VERIFIED)
    review(database, UNSOURCED, Verdict.UNVERIFIED)
    result = load(database)
    assert status(database, UNSOURCED) is ClaimStatus.NEEDS_SOURCE
    assert result.conflicts == ()


def test_the_load_command_prints_conflicts_as_warnings(cli: Cli, database: Database) -> None:
    assert cli("load", str(LETTER_DATASET)).exit_code == 0
    review(database, UNSOURCED, Verdict.VERIFIED)
    again = cli("load", str(LETTER_DATASET))
    assert again.exit_code == 0, again.stderr
    assert "warning:" in again.stderr
    assert UNSOURCED in again.stderr
    assert status(database, UNSOURCED) is ClaimStatus.VERIFIED
