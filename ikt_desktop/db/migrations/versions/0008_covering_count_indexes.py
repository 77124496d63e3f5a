"""Covering indexes for counting a code's codings by participant (issue 18).

After each coding the codebook re-counts that code's codings, sources and participants.
The participant of a coding is the speaker of the last turn starting at or before it, so
the count reads every coding's start and, for each, one turn's speaker. With
``ix_coding_code_source`` (code_id, source_id) and ``ix_turn_source_start`` (source_id,
start), each of those reads also went to the table row: 729 codings of one code in the
large project took 1.8 ms on SQLite and 3.5-5 ms on PostgreSQL. With ``start`` in the
coding index and ``speaker_id`` in the turn index the count reads the two indexes only
(0.3 ms on SQLite, bench/README.md). Each new index serves every look-up the one it
replaces served (its columns are a prefix of the new ones).

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-06
"""

from __future__ import annotations

from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_coding_code_source_start", "coding", ["code_id", "source_id", "start"])
    op.drop_index("ix_coding_code_source", table_name="coding")
    op.create_index("ix_turn_source_start_speaker", "turn", ["source_id", "start", "speaker_id"])
    op.drop_index("ix_turn_source_start", table_name="turn")


def downgrade() -> None:
    op.create_index("ix_turn_source_start", "turn", ["source_id", "start"])
    op.drop_index("ix_turn_source_start_speaker", table_name="turn")
    op.create_index("ix_coding_code_source", "coding", ["code_id", "source_id"])
    op.drop_index("ix_coding_code_source_start", table_name="coding")
