"""Saved queries and kinds of codes.

``saved_query``: a coding query or a text search the researcher named and kept in the
project (``kind`` = coding | text; ``definition`` is the query as JSON, read and written by
the domain's query rules). ``code.kind``: ``thematic`` for the inductive codebook,
``structural`` for interview-guide questions used to auto-code answers, kept apart from it.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "saved_query",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("guid", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("definition", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("created", sa.DateTime(), nullable=False),
        sa.Column("created_by", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["coder.id"],
            name=op.f("fk_saved_query_created_by_coder"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_query")),
        sa.UniqueConstraint("guid", name=op.f("uq_saved_query_guid")),
    )
    with op.batch_alter_table("code") as batch:
        batch.add_column(
            sa.Column("kind", sa.String(length=16), nullable=False, server_default="thematic")
        )


def downgrade() -> None:
    with op.batch_alter_table("code") as batch:
        batch.drop_column("kind")
    op.drop_table("saved_query")
