"""Extraction's review flags, kept until a person edits the field or reviews it.

Revision ID: i11_review
Revises: i11_curation
Create Date: 2026-12-01 14:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "i11_review"
down_revision: str | None = "i11_curation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "review_flag",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(length=20), nullable=False),
        sa.Column("key", sa.String(length=300), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("claim_id", sa.Integer(), nullable=True),
        sa.Column("footnote_id", sa.Integer(), nullable=True),
        sa.Column("field", sa.String(length=100), nullable=True),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("detail", sa.Text(), nullable=True),
        sa.Column("footnote", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("resolved_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("resolved_by", sa.String(length=200), nullable=True),
        sa.Column("resolution", sa.String(length=20), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claim.id"],
            name=op.f("fk_review_flag_claim_id_claim"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_review_flag_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["footnote_id"],
            ["footnote.id"],
            name=op.f("fk_review_flag_footnote_id_footnote"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["source.id"],
            name=op.f("fk_review_flag_source_id_source"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_flag")),
    )
    with op.batch_alter_table("review_flag", schema=None) as batch_op:
        batch_op.create_index("ix_review_flag_claim_id", ["claim_id"], unique=False)
        batch_op.create_index("ix_review_flag_document_id", ["document_id"], unique=False)
        batch_op.create_index("ix_review_flag_footnote_id", ["footnote_id"], unique=False)
        batch_op.create_index("ix_review_flag_source_id", ["source_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("review_flag", schema=None) as batch_op:
        batch_op.drop_index("ix_review_flag_source_id")
        batch_op.drop_index("ix_review_flag_footnote_id")
        batch_op.drop_index("ix_review_flag_document_id")
        batch_op.drop_index("ix_review_flag_claim_id")
    op.drop_table("review_flag")
