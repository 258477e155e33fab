"""Hardening: redirect targets of any length, and a trail no raw SQL can edit.

``link_check.final_url`` becomes TEXT (a ``Location`` may be longer than 2,048 characters,
which PostgreSQL refused and SQLite kept). Triggers on both backends refuse UPDATE and
DELETE on ``verification``, except what the foreign keys themselves do: a claim's deletion
cascades to its trail, and a deleted source's id is set to NULL in it.

Revision ID: i18_hardening
Revises: 14cbfb179958
Create Date: 2026-12-01 11:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "i18_hardening"
down_revision: str | None = "14cbfb179958"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# the message names the guard, so the application can tell it apart (see claims.db)
UPDATE_MESSAGE = "append_only_verification: the verification trail is append-only (no UPDATE)"
DELETE_MESSAGE = "append_only_verification: the verification trail is append-only (no DELETE)"

# an UPDATE the foreign key makes: source_id set to NULL because that source is gone
_SQLITE_SET_NULL = (
    "NEW.id = OLD.id AND NEW.claim_id = OLD.claim_id AND NEW.verdict = OLD.verdict"
    " AND NEW.reviewer = OLD.reviewer AND NEW.note IS OLD.note AND NEW.at IS OLD.at"
    " AND NEW.source_id IS NULL AND OLD.source_id IS NOT NULL"
    " AND NOT EXISTS (SELECT 1 FROM source WHERE source.id = OLD.source_id)"
)
_PG_SET_NULL = (
    "NEW.id = OLD.id AND NEW.claim_id = OLD.claim_id AND NEW.verdict = OLD.verdict"
    " AND NEW.reviewer = OLD.reviewer AND NEW.note IS NOT DISTINCT FROM OLD.note"
    " AND NEW.at IS NOT DISTINCT FROM OLD.at"
    " AND NEW.source_id IS NULL AND OLD.source_id IS NOT NULL"
    " AND NOT EXISTS (SELECT 1 FROM source WHERE source.id = OLD.source_id)"
)


def _create_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(
            "CREATE TRIGGER trg_verification_no_update BEFORE UPDATE ON verification"
            f" WHEN NOT ({_SQLITE_SET_NULL})"
            f" BEGIN SELECT RAISE(ABORT, '{UPDATE_MESSAGE}'); END"
        )
        # a DELETE the foreign key makes: the claim is already gone
        op.execute(
            "CREATE TRIGGER trg_verification_no_delete"  # noqa: S608 - constant text
            " BEFORE DELETE ON verification"
            " WHEN EXISTS (SELECT 1 FROM claim WHERE claim.id = OLD.claim_id)"
            f" BEGIN SELECT RAISE(ABORT, '{DELETE_MESSAGE}'); END"
        )
        return
    op.execute(
        f"""
        CREATE FUNCTION verification_append_only() RETURNS trigger AS $$
        BEGIN
            IF TG_OP = 'DELETE' THEN
                IF EXISTS (SELECT 1 FROM claim WHERE claim.id = OLD.claim_id) THEN
                    RAISE EXCEPTION '{DELETE_MESSAGE}' USING ERRCODE = 'integrity_constraint_violation';
                END IF;
                RETURN OLD;
            END IF;
            IF NOT ({_PG_SET_NULL}) THEN
                RAISE EXCEPTION '{UPDATE_MESSAGE}' USING ERRCODE = 'integrity_constraint_violation';
            END IF;
            RETURN NEW;
        END;
        $$ LANGUAGE plpgsql
        """,  # noqa: S608 - constant text, no input
    )
    op.execute(
        "CREATE TRIGGER trg_verification_append_only BEFORE UPDATE OR DELETE ON verification"
        " FOR EACH ROW EXECUTE FUNCTION verification_append_only()"
    )


def _drop_triggers() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS trg_verification_no_update")
        op.execute("DROP TRIGGER IF EXISTS trg_verification_no_delete")
        return
    op.execute("DROP TRIGGER IF EXISTS trg_verification_append_only ON verification")
    op.execute("DROP FUNCTION IF EXISTS verification_append_only()")


def upgrade() -> None:
    with op.batch_alter_table("link_check", schema=None) as batch_op:
        batch_op.alter_column(
            "final_url", existing_type=sa.String(length=2048), type_=sa.Text(), nullable=True
        )
    _create_triggers()


def downgrade() -> None:
    _drop_triggers()
    # values longer than the old width are cut, as the old column could not hold them
    op.execute(
        "UPDATE link_check SET final_url = substr(final_url, 1, 2048)"
        " WHERE length(final_url) > 2048"
    )
    with op.batch_alter_table("link_check", schema=None) as batch_op:
        batch_op.alter_column(
            "final_url", existing_type=sa.Text(), type_=sa.String(length=2048), nullable=True
        )
