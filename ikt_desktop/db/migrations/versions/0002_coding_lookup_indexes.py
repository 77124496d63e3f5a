"""Coding lookup indexes: a source's codings in text order; a code's codings by source.

The editor loads one source's codings ordered by start; the retrieval pane loads one
code's codings; reports count code x source. Without these, each is a full scan of the
coding table (hundreds of thousands of rows in a large team project).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_coding_source_start", "coding", ["source_id", "start", "end"])
    op.create_index("ix_coding_code_source", "coding", ["code_id", "source_id"])


def downgrade() -> None:
    op.drop_index("ix_coding_code_source", table_name="coding")
    op.drop_index("ix_coding_source_start", table_name="coding")
