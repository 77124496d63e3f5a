"""Taking and restoring snapshots of codings, shared by the codebook and coding services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Select, bindparam, insert, select
from sqlalchemy.orm import InstrumentedAttribute, Session
from sqlalchemy.sql.elements import ColumnElement

from ikt_desktop.db.models import Coding, Decision, ThemeQuote
from ikt_desktop.services.base import fetch_all
from ikt_desktop.services.dto import CodingDTO, CodingSnapshot

CODING_COLUMNS = (
    Coding.id,
    Coding.guid,
    Coding.code_id,
    Coding.source_id,
    Coding.start,
    Coding.end,
    Coding.coder_id,
    Coding.created,
    Coding.memo,
)  # fmt: skip  -- the order of CodingDTO's fields


def coding_rows(s: Session, *where: ColumnElement[bool]) -> list[CodingDTO]:
    """Codings as DTOs straight from rows (no ORM objects: 3,000 rows in a few ms),
    ordered by source, then text position."""
    query = select(*CODING_COLUMNS).where(*where)
    query = query.order_by(Coding.source_id, Coding.start, Coding.end, Coding.id)
    return [CodingDTO(*row) for row in s.execute(query)]


# CODING_COLUMNS, for the driver (rows made DTOs by coding_of_row)
_SELECT = 'SELECT id, guid, code_id, source_id, start, "end", coder_id, created, memo FROM coding'
_OF_SOURCE = _SELECT + ' WHERE source_id = ? ORDER BY start, "end", id'  # coding_rows' order


def source_coding_rows(s: Session, source_id: int) -> list[CodingDTO]:
    """``coding_rows`` of one source, straight from the driver: the transcript pane reads
    all of them each time a source is shown (3,000 codings: 12 -> 8 ms)."""
    return [coding_of_row(row) for row in fetch_all(s, _OF_SOURCE, (source_id,))]


_BY_ID = _SELECT + " WHERE id = ?"
_SAME_SPAN = (
    _SELECT + ' WHERE source_id = ? AND code_id = ? AND coder_id = ? AND start = ? AND "end" = ?'
)


def coding_by_id(s: Session, coding_id: int) -> CodingDTO | None:
    """One coding, straight from the driver (read after every coding applied)."""
    rows = fetch_all(s, _BY_ID, (coding_id,))
    return coding_of_row(rows[0]) if rows else None


def same_coding(
    s: Session, source_id: int, code_id: int, coder_id: int, start: int, end: int
) -> CodingDTO | None:
    """The coding of this code by this coder on exactly this span, if there is one."""
    rows = fetch_all(s, _SAME_SPAN, (source_id, code_id, coder_id, start, end))
    return coding_of_row(rows[0]) if rows else None


def coding_of_row(row: Sequence[Any]) -> CodingDTO:
    """A coding from a driver's row of ``coding_rows``' columns."""
    i, guid, code, source, start, end, coder, created, memo = row
    return CodingDTO(i, guid, code, source, start, end, coder, _when(created), memo)


def _when(value: dt.datetime | str) -> dt.datetime:
    """A timestamp as the driver gives it: a datetime (PostgreSQL) or SQLAlchemy's text
    form of one (SQLite, ``2026-12-06 04:31:21.712673``)."""
    return value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(value)


def coding_rows_where(column: InstrumentedAttribute[int]) -> Select[Any]:
    """The statement of :func:`coding_rows` for codings whose ``column`` is in ``:ids``
    (an expanding parameter), to be built once and run many times."""
    columns: list[Any] = list(CODING_COLUMNS)
    query = select(*columns).where(column.in_(bindparam("ids", expanding=True)))
    return query.order_by(Coding.source_id, Coding.start, Coding.end, Coding.id)


def coding_dto(c: Coding) -> CodingDTO:
    return CodingDTO(
        c.id, c.guid, c.code_id, c.source_id, c.start, c.end, c.coder_id, c.created, c.memo
    )


_PINNED = select(ThemeQuote.theme_id, ThemeQuote.coding_id, ThemeQuote.position).where(
    ThemeQuote.coding_id.in_(bindparam("ids", expanding=True))
)  # built once: every removal of a coding (an undo of an apply) snapshots it


def snapshot_codings(
    s: Session,
    codings: Sequence[Coding | CodingDTO],
    decisions: ColumnElement[bool] | None = None,
) -> CodingSnapshot:
    """The codings (ORM rows or DTOs), their pinned quotes, and (when a deletion will
    cascade to them) the consensus decisions matching ``decisions``."""
    ids = [c.id for c in codings]
    quotes = s.execute(_PINNED, {"ids": ids})
    logged: tuple[dict[str, object], ...] = ()
    if decisions is not None:
        columns = Decision.__table__.columns
        logged = tuple(
            {c.name: getattr(d, c.key) for c in columns}
            for d in s.scalars(select(Decision).where(decisions))
        )
    return CodingSnapshot(
        tuple(c if isinstance(c, CodingDTO) else coding_dto(c) for c in codings),
        tuple((t, c, p) for t, c, p in quotes),
        logged,
    )


def insert_codings(s: Session, codings: Iterable[CodingDTO]) -> None:
    rows = [
        {
            "id": c.id,
            "guid": c.guid,
            "code_id": c.code_id,
            "source_id": c.source_id,
            "start": c.start,
            "end": c.end,
            "coder_id": c.coder_id,
            "created": c.created,
            "memo": c.memo,
        }
        for c in codings
    ]
    if rows:
        s.execute(insert(Coding), rows)


def restore_codings(s: Session, snapshot: CodingSnapshot) -> None:
    insert_codings(s, snapshot.codings)
    quotes = [{"theme_id": t, "coding_id": c, "position": p} for t, c, p in snapshot.theme_quotes]
    if quotes:
        s.execute(insert(ThemeQuote), quotes)
    if snapshot.decisions:
        s.execute(insert(Decision), [dict(d) for d in snapshot.decisions])
