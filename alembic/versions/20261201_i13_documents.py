"""Documents from files and proposed claims: the file's SHA-256, proposed claims, rejections.

Revision ID: i13_documents
Revises: i18_hardening
Create Date: 2026-12-01 11:15:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "i13_documents"
down_revision: str | None = "i18_hardening"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.add_column(sa.Column("file_sha256", sa.String(length=64), nullable=True))
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("proposed", sa.Boolean(), server_default=sa.false(), nullable=False)
        )
    op.create_table(
        "rejected_proposal",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("quote_hash", sa.String(length=64), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("rejected_by", sa.String(length=200), nullable=True),
        sa.Column("rejected_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_rejected_proposal_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rejected_proposal")),
        sa.UniqueConstraint(
            "document_id", "quote_hash", name=op.f("uq_rejected_proposal_document_id_quote_hash")
        ),
    )


def downgrade() -> None:
    op.drop_table("rejected_proposal")
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_column("proposed")
    with op.batch_alter_table("document", schema=None) as batch_op:
        batch_op.drop_column("file_sha256")
