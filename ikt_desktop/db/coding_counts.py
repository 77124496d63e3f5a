"""Codings per coder of some codes, counting those the reader may not see (a blind coder
on a team database, where row-level security hides other coders' codings): what an undo
must know before it deletes a code, since a delete's cascade reaches hidden rows too."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from ikt_desktop.db.models import Coding
from ikt_desktop.db.team.access import CODINGS_PER_CODER


def codings_per_coder(s: Session, code_ids: Sequence[int]) -> dict[int, int]:
    """``{coder id: codings}`` of the codes ``code_ids``, every coder's."""
    if not code_ids:
        return {}
    if s.get_bind().dialect.name == "postgresql":
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
