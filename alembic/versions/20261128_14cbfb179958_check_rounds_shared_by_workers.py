"""Check rounds shared by workers: the round table, each link's last round, checks by round.

Revision ID: 14cbfb179958
Revises: 423a0dc4a91f
Create Date: 2026-11-28 08:08:52.545577
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "14cbfb179958"
down_revision: str | None = "423a0dc4a91f"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "check_round",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("started_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("recheck_after_s", sa.Float(), nullable=False),
        sa.Column("force", sa.Boolean(), nullable=False),
        sa.Column("started_by", sa.String(length=200), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_check_round")),
    )
    # a plain ADD COLUMN: SQLite needs no table rebuild for a nullable column
    with op.batch_alter_table("link", schema=None) as batch_op:
        batch_op.add_column(sa.Column("last_round_id", sa.String(length=64), nullable=True))
    with op.batch_alter_table("link_check", schema=None) as batch_op:
        batch_op.create_index(
            "ix_link_check_round_id_link_id", ["round_id", "link_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("link_check", schema=None) as batch_op:
        batch_op.drop_index("ix_link_check_round_id_link_id")
    with op.batch_alter_table("link", schema=None) as batch_op:
        batch_op.drop_column("last_round_id")
    op.drop_table("check_round")
