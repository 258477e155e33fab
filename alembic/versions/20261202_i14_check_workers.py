"""The workers taking part in a round, with when each was last seen (for its share of hosts).

Revision ID: i14_check_workers
Revises: i14_body_digest
Create Date: 2026-12-02 06:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "i14_check_workers"
down_revision: str | None = "i14_body_digest"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "check_worker",
        sa.Column("round_id", sa.String(length=64), nullable=False),
        sa.Column("worker", sa.String(length=200), nullable=False),
        sa.Column("seen_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["check_round.id"],
            name=op.f("fk_check_worker_round_id_check_round"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("round_id", "worker", name=op.f("pk_check_worker")),
    )


def downgrade() -> None:
    op.drop_table("check_worker")
