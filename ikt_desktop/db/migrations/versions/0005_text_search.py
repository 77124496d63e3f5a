"""Full-text search: the FTS5 index of every source's passages (``search_fts``).

The index is derived data: this revision creates it and indexes the texts already in the
project, so an older project opened and migrated is searchable at once. See
:mod:`ikt_desktop.db.search_index`.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27
"""

from __future__ import annotations

from alembic import op

from ikt_desktop.db import search_index

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    conn = op.get_bind()
    search_index.create(conn)  # FTS5 on SQLite, a tsvector table on PostgreSQL
    search_index.rebuild(conn)


def downgrade() -> None:
    search_index.drop(op.get_bind())
