"""Row versions: two coders editing the same object at once (issue 19, item 7).

An edit first raises the row's ``row_version`` with one ``UPDATE``, which takes the row's
lock until the transaction ends (PostgreSQL; a SQLite file has one writer anyway), and
then reads the row fresh. Two edits of one row are so put in a line: the later one sees
the earlier one's commit. It is refused only when it would overwrite something its user
did not see: the row has moved on since the version the user saw (``seen``), and a field
being edited no longer holds the value the user saw (``expected``). Another coder's new
colour does not stop my new definition; their new definition does.

Undo uses the same check with the values the action wrote as ``expected``: an undo is
refused when another coder has since changed what it would put back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import TypeVar

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ikt_desktop.db.models import ChangeLog, Code, Coder, Memo, Participant, Theme
from ikt_desktop.domain.errors import NotFoundError, StaleEditError

V = TypeVar("V", Code, Theme, Memo, Participant)


def claim(s: Session, model: type[V], row_id: int, what: str) -> V:
    """Raise ``row_id``'s version by one (holding its row lock to the end of the
    transaction) and return the row as it now is."""
    s.execute(
        update(model)
        .where(model.id == row_id)
        .values(row_version=model.row_version + 1)
        .execution_options(synchronize_session=False)
    )
    row = s.get(model, row_id, populate_existing=True)
    if row is None:
        raise NotFoundError(f"The {what} no longer exists (id {row_id}).")
    return row


def check(
    s: Session,
    row: V,
    *,
    entity: str,
    name: str,
    seen: int | None,
    expected: Mapping[str, object] | None,
    current: Callable[[], object],
) -> None:
    """After :func:`claim`: refuse the edit (``StaleEditError``, rolling back) when the
    row has moved on since ``seen`` and a field in ``expected`` holds another value."""
    if not expected or (seen is not None and row.row_version == seen + 1):
        return
    differ = tuple(k for k, v in expected.items() if getattr(row, k) != v)
    if not differ:
        return
    by, at = last_change(s, entity, row.id)
    raise StaleEditError(entity, name, differ, by, at, current())


def last_change(s: Session, entity: str, entity_id: int) -> tuple[str, dt.datetime | None]:
    """Who changed ``entity`` ``entity_id`` last, and when (UTC), from the change log
    (``("", None)`` when it does not say: a blind coder does not see others' entries)."""
    row = s.execute(
        select(Coder.name, ChangeLog.time)
        .select_from(ChangeLog)
        .outerjoin(Coder, Coder.id == ChangeLog.coder_id)
        .where(ChangeLog.entity == entity, ChangeLog.entity_id == entity_id)
        .order_by(ChangeLog.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return "", None
    return row[0] or "", row[1]
