"""Initial schema: documents, footnotes, claims, citations, sources, links, checks, verdicts.

Revision ID: 423a0dc4a91f
Revises:
Create Date: 2026-11-28 07:18:37.870135
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = "423a0dc4a91f"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "document",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("author", sa.String(length=500), nullable=True),
        sa.Column("publisher", sa.String(length=500), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("url", sa.String(length=2048), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_document")),
        sa.UniqueConstraint("key", name=op.f("uq_document_key")),
    )
    op.create_table(
        "link",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.String(length=2048), nullable=False),
        sa.Column(
            "health",
            sa.Enum(
                "unchecked",
                "alive",
                "suspect",
                "dead",
                "inconclusive",
                name="link_health",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("last_checked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("lease_owner", sa.String(length=200), nullable=True),
        sa.Column("lease_expires_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link")),
        sa.UniqueConstraint("url", name=op.f("uq_link_url")),
    )
    with op.batch_alter_table("link", schema=None) as batch_op:
        batch_op.create_index("ix_link_health", ["health"], unique=False)
        batch_op.create_index("ix_link_last_checked_at", ["last_checked_at"], unique=False)
        batch_op.create_index("ix_link_lease_expires_at", ["lease_expires_at"], unique=False)

    op.create_table(
        "claim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("prefix", sa.String(length=128), nullable=False),
        sa.Column("suffix", sa.String(length=128), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("statement", sa.Text(), nullable=False),
        sa.Column(
            "status",
            sa.Enum(
                "unverified",
                "verified",
                "disputed",
                "unsupported",
                "needs-source",
                name="claim_status",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint('start >= 0 AND "end" >= start', name=op.f("ck_claim_offsets")),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_claim_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim")),
        sa.UniqueConstraint("key", name=op.f("uq_claim_key")),
    )
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.create_index("ix_claim_document_id_start", ["document_id", "start"], unique=False)
        batch_op.create_index("ix_claim_status", ["status"], unique=False)

    op.create_table(
        "footnote",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=True),
        sa.Column("end", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["document_id"],
            ["document.id"],
            name=op.f("fk_footnote_document_id_document"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_footnote")),
        sa.UniqueConstraint("document_id", "number", name=op.f("uq_footnote_document_id_number")),
    )
    op.create_table(
        "link_check",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("link_id", sa.Integer(), nullable=False),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column(
            "outcome",
            sa.Enum(
                "ok",
                "redirected",
                "not-found",
                "soft-404",
                "redirect-to-home",
                "server-error",
                "blocked",
                "timeout",
                "connection-error",
                "dns-error",
                "tls-error",
                "too-many-redirects",
                "invalid-url",
                "skipped",
                name="check_outcome",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("http_status", sa.Integer(), nullable=True),
        sa.Column("final_url", sa.String(length=2048), nullable=True),
        sa.Column("redirects", sa.JSON(), nullable=False),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("title_similarity", sa.Float(), nullable=True),
        sa.Column("drifted", sa.Boolean(), nullable=False),
        sa.Column("elapsed_ms", sa.Integer(), nullable=True),
        sa.Column("error", sa.Text(), nullable=True),
        sa.Column("worker", sa.String(length=200), nullable=True),
        sa.Column("round_id", sa.String(length=64), nullable=True),
        sa.ForeignKeyConstraint(
            ["link_id"], ["link.id"], name=op.f("fk_link_check_link_id_link"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link_check")),
    )
    with op.batch_alter_table("link_check", schema=None) as batch_op:
        batch_op.create_index(
            "ix_link_check_link_id_checked_at", ["link_id", "checked_at"], unique=False
        )

    op.create_table(
        "snapshot",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("link_id", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=50), nullable=False),
        sa.Column("archive_url", sa.String(length=2048), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("original_status", sa.Integer(), nullable=True),
        sa.Column("found_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["link_id"], ["link.id"], name=op.f("fk_snapshot_link_id_link"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_snapshot")),
        sa.UniqueConstraint(
            "link_id",
            "service",
            "archive_url",
            name=op.f("uq_snapshot_link_id_service_archive_url"),
        ),
    )
    op.create_table(
        "source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(length=200), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "news-article",
                "press-release",
                "report",
                "web-page",
                "blog-post",
                "legal-text",
                "letter",
                "client-alert",
                "other",
                name="source_kind",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("container", sa.Text(), nullable=True),
        sa.Column("publisher", sa.Text(), nullable=True),
        sa.Column("issued", sa.Date(), nullable=True),
        sa.Column(
            "issued_precision",
            sa.Enum(
                "year",
                "month",
                "day",
                name="issued_precision",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=True,
        ),
        sa.Column("url", sa.String(length=2048), nullable=True),
        sa.Column("link_id", sa.Integer(), nullable=True),
        sa.Column("accessed", sa.Date(), nullable=True),
        sa.Column(
            "accessed_basis",
            sa.Enum(
                "stated",
                "checked",
                "person",
                "unknown",
                name="accessed_basis",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("raw", sa.Text(), nullable=True),
        sa.Column("language", sa.String(length=35), nullable=True),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("doi", sa.String(length=300), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["link_id"], ["link.id"], name=op.f("fk_source_link_id_link"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source")),
        sa.UniqueConstraint("key", name=op.f("uq_source_key")),
    )
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.create_index("ix_source_doi", ["doi"], unique=False)
        batch_op.create_index("ix_source_link_id", ["link_id"], unique=False)

    op.create_table(
        "citation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("footnote_id", sa.Integer(), nullable=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("pinpoint", sa.String(length=200), nullable=True),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claim.id"], name=op.f("fk_citation_claim_id_claim"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["footnote_id"],
            ["footnote.id"],
            name=op.f("fk_citation_footnote_id_footnote"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["source.id"],
            name=op.f("fk_citation_source_id_source"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_citation")),
        sa.UniqueConstraint(
            "claim_id",
            "footnote_id",
            "position",
            name=op.f("uq_citation_claim_id_footnote_id_position"),
        ),
    )
    with op.batch_alter_table("citation", schema=None) as batch_op:
        batch_op.create_index("ix_citation_footnote_id", ["footnote_id"], unique=False)
        batch_op.create_index("ix_citation_source_id", ["source_id"], unique=False)

    op.create_table(
        "contributor",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column(
            "role",
            sa.Enum(
                "author",
                "editor",
                name="contributor_role",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("family", sa.String(length=300), nullable=True),
        sa.Column("given", sa.String(length=300), nullable=True),
        sa.Column("literal", sa.String(length=500), nullable=True),
        sa.CheckConstraint(
            "(literal IS NOT NULL AND family IS NULL AND given IS NULL) OR (literal IS NULL AND family IS NOT NULL)",
            name=op.f("ck_contributor_person_or_organisation"),
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["source.id"],
            name=op.f("fk_contributor_source_id_source"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_contributor")),
        sa.UniqueConstraint(
            "source_id", "role", "position", name=op.f("uq_contributor_source_id_role_position")
        ),
    )
    op.create_table(
        "verification",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column(
            "verdict",
            sa.Enum(
                "verified",
                "disputed",
                "unsupported",
                "unverified",
                name="verdict",
                native_enum=False,
                create_constraint=True,
            ),
            nullable=False,
        ),
        sa.Column("reviewer", sa.String(length=200), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("source_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["claim_id"],
            ["claim.id"],
            name=op.f("fk_verification_claim_id_claim"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["source.id"],
            name=op.f("fk_verification_source_id_source"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_verification")),
    )
    with op.batch_alter_table("verification", schema=None) as batch_op:
        batch_op.create_index("ix_verification_claim_id_at", ["claim_id", "at"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("verification", schema=None) as batch_op:
        batch_op.drop_index("ix_verification_claim_id_at")

    op.drop_table("verification")
    op.drop_table("contributor")
    with op.batch_alter_table("citation", schema=None) as batch_op:
        batch_op.drop_index("ix_citation_source_id")
        batch_op.drop_index("ix_citation_footnote_id")

    op.drop_table("citation")
    with op.batch_alter_table("source", schema=None) as batch_op:
        batch_op.drop_index("ix_source_link_id")
        batch_op.drop_index("ix_source_doi")

    op.drop_table("source")
    op.drop_table("snapshot")
    with op.batch_alter_table("link_check", schema=None) as batch_op:
        batch_op.drop_index("ix_link_check_link_id_checked_at")

    op.drop_table("link_check")
    op.drop_table("footnote")
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_index("ix_claim_status")
        batch_op.drop_index("ix_claim_document_id_start")

    op.drop_table("claim")
    with op.batch_alter_table("link", schema=None) as batch_op:
        batch_op.drop_index("ix_link_lease_expires_at")
        batch_op.drop_index("ix_link_last_checked_at")
        batch_op.drop_index("ix_link_health")

    op.drop_table("link")
    op.drop_table("document")
