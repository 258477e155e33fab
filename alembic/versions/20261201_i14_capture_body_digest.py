"""Captures remember the digest of the page they were read from (live reads).

A check whose page is byte for byte the one last read skips main-text extraction: the
digest covers the capped body, its content type, the address and the extractor's version.

Revision ID: i14_body_digest
Revises: i11_review
Create Date: 2026-12-01 23:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "i14_body_digest"
down_revision: str | None = "i11_review"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("capture") as batch:
        batch.add_column(sa.Column("body_sha256", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("capture") as batch:
        batch.drop_column("body_sha256")
