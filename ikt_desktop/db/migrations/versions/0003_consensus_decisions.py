"""Consensus decisions: the log of how two coders' disagreements were resolved.

One row per decision on one disagreement (a stretch of one code in one source): the two
coders compared, the choice (accept_a, accept_b, accept_both, consensus), the note, who
decided and when. It appears in the compare view, the workbook and the report's methods
appendix.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "decision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("guid", sa.String(length=36), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("code_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("coder_a_id", sa.Integer(), nullable=True),
        sa.Column("coder_b_id", sa.Integer(), nullable=True),
        sa.Column("choice", sa.String(length=16), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("decided_by", sa.Integer(), nullable=True),
        sa.Column("decided", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["code_id"], ["code.id"], name=op.f("fk_decision_code_id_code"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["coder_a_id"],
            ["coder.id"],
            name=op.f("fk_decision_coder_a_id_coder"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["coder_b_id"],
            ["coder.id"],
            name=op.f("fk_decision_coder_b_id_coder"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["decided_by"],
            ["coder.id"],
            name=op.f("fk_decision_decided_by_coder"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["source_id"],
            ["source.id"],
            name=op.f("fk_decision_source_id_source"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_decision")),
        sa.UniqueConstraint("guid", name=op.f("uq_decision_guid")),
    )
    op.create_index(op.f("ix_decision_code_id"), "decision", ["code_id"], unique=False)
    op.create_index("ix_decision_source_start", "decision", ["source_id", "start"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_decision_source_start", table_name="decision")
    op.drop_index(op.f("ix_decision_code_id"), table_name="decision")
    op.drop_table("decision")
