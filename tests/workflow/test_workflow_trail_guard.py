"""The trail is append-only: no ORM path edits or deletes a verification."""

from __future__ import annotations

import pytest
from sqlalchemy import delete, func, select, update
from tests.sample_document import build_sample

from claims.db import Database
from claims.models import Claim, Verification
from claims.workflow import AppendOnlyViolation, guard, history, verify


@pytest.fixture
def reviewed(database: Database) -> Database:
    with database.session() as s:
        build_sample(s)
        verify(s, "c-flood", "verified", "Ada", note="original")
        verify(s, "c-flood", "disputed", "Bob")
    return database


def _notes(database: Database) -> list[str | None]:
    with database.session() as s:
        return [e.note for e in history(s, "c-flood").entries]


def test_importing_the_workflow_installs_the_guard() -> None:
    assert guard.installed()
    guard.install()  # idempotent
    assert guard.installed()


def _edit_first(database: Database) -> None:
    with database.session() as s:
        entry = s.scalars(select(Verification).order_by(Verification.id)).first()
        assert entry is not None
        entry.note = "rewritten"


def _delete_first(database: Database) -> None:
    with database.session() as s:
        s.delete(s.scalars(select(Verification)).first())


def _delete_claim(database: Database, key: str) -> None:
    with database.session() as s:
        s.delete(s.scalars(select(Claim).where(Claim.key == key)).one())


def test_editing_an_entry_is_refused(reviewed: Database) -> None:
    with pytest.raises(AppendOnlyViolation, match="cannot be changed"):
        _edit_first(reviewed)
    assert _notes(reviewed) == ["original", None]


def test_deleting_an_entry_is_refused(reviewed: Database) -> None:
    with pytest.raises(AppendOnlyViolation, match="cannot be deleted"):
        _delete_first(reviewed)
    assert _notes(reviewed) == ["original", None]


@pytest.mark.parametrize(
    "statement",
    [
        update(Verification).values(note="bulk"),
        delete(Verification),
        update(Verification.__table__).values(note="core"),
        delete(Verification.__table__),
    ],
    ids=["orm-update", "orm-delete", "core-update", "core-delete"],
)
def test_bulk_statements_are_refused(reviewed: Database, statement: object) -> None:
    with pytest.raises(AppendOnlyViolation, match="in bulk"), reviewed.session() as s:
        s.execute(statement)  # type: ignore[call-overload]
    assert _notes(reviewed) == ["original", None]


def test_deleting_a_reviewed_claim_is_refused(reviewed: Database) -> None:
    # The ORM would orphan the trail by nulling claim_id: that is an edit too.
    with pytest.raises(AppendOnlyViolation):
        _delete_claim(reviewed, "c-flood")
    assert _notes(reviewed) == ["original", None]


def test_other_tables_still_update_and_delete(reviewed: Database) -> None:
    with reviewed.session() as s:
        s.execute(update(Claim).where(Claim.key == "c-dam").values(statement="changed"))
    _delete_claim(reviewed, "c-other")
    with reviewed.session() as s:
        assert s.scalar(select(func.count()).select_from(Claim).where(Claim.key == "c-other")) == 0


def test_a_new_session_can_append_after_a_refusal(reviewed: Database) -> None:
    with pytest.raises(AppendOnlyViolation), reviewed.session() as s:
        s.execute(delete(Verification))
    with reviewed.session() as s:
        verify(s, "c-flood", "verified", "Cy")
    assert _notes(reviewed) == ["original", None, None]
