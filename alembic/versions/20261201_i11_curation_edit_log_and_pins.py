"""Hand curation: the append-only edit log and pinned values.

Revision ID: i11_curation
Revises: i15_evidence
Create Date: 2026-12-01 10:45:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "i11_curation"
down_revision: str | None = "i15_evidence"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "edit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("by", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("target", sa.String(length=20), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("field", sa.String(length=100), nullable=True),
        sa.Column("old", sa.Text(), nullable=True),
        sa.Column("new", sa.Text(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claim.id"], name=op.f("fk_edit_claim_id_claim"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["source.id"],
            name=op.f("fk_edit_source_id_source"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_edit")),
    )
    with op.batch_alter_table("edit", schema=None) as batch_op:
        batch_op.create_index("ix_edit_claim_id", ["claim_id"], unique=False)
        batch_op.create_index("ix_edit_source_id", ["source_id"], unique=False)
        batch_op.create_index("ix_edit_target_key", ["target", "key"], unique=False)
    op.create_table(
        "pin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("footnote_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=100), nullable=False),
        sa.Column("pinned_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("pinned_by", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claim.id"], name=op.f("fk_pin_claim_id_claim"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["footnote_id"],
            ["footnote.id"],
            name=op.f("fk_pin_footnote_id_footnote"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["source.id"], name=op.f("fk_pin_source_id_source"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pin")),
    )
    with op.batch_alter_table("pin", schema=None) as batch_op:
        batch_op.create_index("ix_pin_claim_id", ["claim_id"], unique=False)
        batch_op.create_index("ix_pin_footnote_id", ["footnote_id"], unique=False)
        batch_op.create_index("ix_pin_source_id", ["source_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("pin", schema=None) as batch_op:
        batch_op.drop_index("ix_pin_source_id")
        batch_op.drop_index("ix_pin_footnote_id")
        batch_op.drop_index("ix_pin_claim_id")
    op.drop_table("pin")
    with op.batch_alter_table("edit", schema=None) as batch_op:
        batch_op.drop_index("ix_edit_target_key")
        batch_op.drop_index("ix_edit_source_id")
        batch_op.drop_index("ix_edit_claim_id")
    op.drop_table("edit")
