"""Counting codings, in the form each engine runs fastest.

* :func:`code_counts`: codings, sources and participants of a few codes (what the
  codebook shows beside a code, re-counted after each coding);
* :func:`codings_per_coder`: codings per coder of some codes, counting those the reader
  may not see (a blind coder on a team database, where row-level security hides other
  coders' codings): what an undo must know before it deletes a code, since a delete's
  cascade reaches hidden rows too.

The participant behind a coding is the speaker of the turn where it starts (an
interviewer turn has none), or, in text without speakers, the source's participant
(:data:`PARTICIPANT_OF_CODING` over :data:`TURN_OF_CODING`). The turn is the last one
starting at or before the coding: a correlated subquery in the join condition, which
SQLite runs once per coding; PostgreSQL runs that form twice per coding (it evaluates the
subquery for the join's hash and again for its check), so there the look-up is a
``LATERAL`` join, once per coding: 729 codings counted in 3.5 ms instead of 6-7.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import Session

from ikt_desktop.db.engine import driver_rows, placeholders
from ikt_desktop.db.models import Coding
from ikt_desktop.db.team.access import CODINGS_PER_CODER

PARTICIPANT_OF_CODING = """
    CASE WHEN sp.id IS NULL THEN s.participant_id ELSE sp.participant_id END
"""
TURN_OF_CODING = """
    LEFT JOIN speaker sp ON sp.id = (
        SELECT t.speaker_id FROM turn t
        WHERE t.source_id = c.source_id AND t.start <= c.start
        ORDER BY t.start DESC LIMIT 1)
"""
_TURN_OF_CODING_LATERAL = """
    LEFT JOIN LATERAL (
        SELECT t.speaker_id FROM turn t
        WHERE t.source_id = c.source_id AND t.start <= c.start
        ORDER BY t.start DESC LIMIT 1) t ON true
    LEFT JOIN speaker sp ON sp.id = t.speaker_id
"""
# after each coding the codebook re-counts its code: on SQLite straight from the driver
# (SQLAlchemy's part of running a statement costs more than SQLite's here)
_CODINGS_OF_CODES = (
    "SELECT code_id, count(id), count(DISTINCT source_id) FROM coding "
    "WHERE code_id IN ({marks}) GROUP BY code_id"
)
_PEOPLE_OF_CODES = (
    f"SELECT c.code_id, COUNT(DISTINCT {PARTICIPANT_OF_CODING}) FROM coding c "
    f"JOIN source s ON s.id = c.source_id {TURN_OF_CODING} "
    "WHERE c.code_id IN ({marks}) GROUP BY c.code_id"
)
_ALL_OF_CODES_PG = text(
    f"SELECT c.code_id, COUNT(*), COUNT(DISTINCT c.source_id), "
    f"COUNT(DISTINCT {PARTICIPANT_OF_CODING}) FROM coding c "
    f"JOIN source s ON s.id = c.source_id {_TURN_OF_CODING_LATERAL} "
    "WHERE c.code_id IN :codes GROUP BY c.code_id"
).bindparams(bindparam("codes", expanding=True))


def _postgresql(s: Session) -> bool:
    return s.get_bind().dialect.name == "postgresql"


def code_counts(s: Session, code_ids: Sequence[int]) -> dict[int, tuple[int, int, int]]:
    """``{code id: (codings, sources, participants)}`` of the codes ``code_ids`` that
    have codings: one statement on PostgreSQL (one round trip, one pass over the rows),
    two on SQLite (which counts the two separately faster than together)."""
    if not code_ids:
        return {}
    if _postgresql(s):
        rows = s.execute(_ALL_OF_CODES_PG, {"codes": list(code_ids)})
        return {int(c): (int(n), int(k), int(p)) for c, n, k, p in rows}
    conn, ids = s.connection(), list(code_ids)
    marks = placeholders(len(ids))
    people = {
        int(c): int(n) for c, n in driver_rows(conn, _PEOPLE_OF_CODES.format(marks=marks), ids)
    }
    return {
        int(c): (int(n), int(k), people.get(int(c), 0))
        for c, n, k in driver_rows(conn, _CODINGS_OF_CODES.format(marks=marks), ids)
    }


def codings_per_coder(s: Session, code_ids: Sequence[int]) -> dict[int, int]:
    """``{coder id: codings}`` of the codes ``code_ids``, every coder's."""
    if not code_ids:
        return {}
    if _postgresql(s):
        rows = s.execute(
            text(f"SELECT coder_id, codings FROM {CODINGS_PER_CODER}(:ids)"),
            {"ids": list(code_ids)},
        )
    else:
        rows = s.execute(
            select(Coding.coder_id, func.count(Coding.id))
            .where(Coding.code_id.in_(code_ids))
            .group_by(Coding.coder_id)
        )
    return {int(coder): int(n) for coder, n in rows}
