"""Row versions for objects two coders may edit at once (issue 19, item 7).

``row_version`` on ``code``, ``theme``, ``memo`` and ``participant``: an integer the
services raise by one at every edit of the row's content, under the row lock taken by that
very ``UPDATE`` (services/versions.py). An edit names the version its user saw; when the
row has moved on and the fields being edited no longer hold what the user saw, the edit is
refused with who changed it (from the change log) and the new value. Existing rows start
at 1.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

TABLES = ("code", "theme", "memo", "participant")


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table) as batch:
            batch.add_column(
                sa.Column("row_version", sa.Integer(), nullable=False, server_default="1")
            )


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("row_version")
