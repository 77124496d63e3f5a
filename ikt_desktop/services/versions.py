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
import json
from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, TypeVar

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from ikt_desktop.db.models import ChangeLog, Code, Coder, Memo, Participant, Theme
from ikt_desktop.domain.errors import NotFoundError, StaleEditError
from ikt_desktop.services.base import current_coder_id

V = TypeVar("V", Code, Theme, Memo, Participant)
RECENT = 50  # change-log rows searched for the one that changed a field
# fields whose edits the change log names by action rather than in ``detail["after"]``
FIELD_ACTIONS = {
    "name": ("rename",),
    "color": ("recolour",),
    "parent_id": ("move", "nest"),
    "memo": ("edit",),  # a coding's memo: "edit coding memo"
    "span": ("resize",),
    "code_id": ("change",),  # "change coding's code"
}
BIRTHS = ("create ", "restore ")  # change-log actions that make a row (again)
UNDETAILED = ("memo", "participant")  # whose change-log rows do not name the field


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
    current: Callable[[], Any],
) -> None:
    """After :func:`claim`: refuse the edit (``StaleEditError``, rolling back) when the
    row has moved on since ``seen`` and a field in ``expected`` holds another value."""
    if not expected or (seen is not None and row.row_version == seen + 1):
        return
    differ = tuple(k for k, v in expected.items() if getattr(row, k) != v)
    if not differ:
        return
    by, at = last_change(s, entity, row.id, differ, {f: getattr(row, f) for f in differ})
    committed = replace(current(), row_version=row.row_version - 1)  # ours rolls back
    for field in ("name", "label"):  # renamed meanwhile: called what the user saw
        if field in differ:
            name = str(expected[field])
    raise StaleEditError(entity, name, differ, by, at, committed)


def last_change(
    s: Session,
    entity: str,
    entity_id: int,
    fields: tuple[str, ...] = (),
    now: Mapping[str, object] | None = None,
) -> tuple[str, dt.datetime | None]:
    """Who changed ``fields`` of ``entity`` ``entity_id`` last, and when (UTC), from the
    change log; ``("", None)`` when the log does not say. A blind coder does not see other
    coders' entries: an entry that wrote something else than the field holds ``now`` is
    not the last change, and is not named."""
    rows = s.execute(
        select(Coder.name, ChangeLog.time, ChangeLog.action, ChangeLog.detail)
        .select_from(ChangeLog)
        .outerjoin(Coder, Coder.id == ChangeLog.coder_id)
        .where(ChangeLog.entity == entity, ChangeLog.entity_id == entity_id)
        .order_by(ChangeLog.id.desc())
        .limit(RECENT)
    ).all()
    if not fields:
        return (rows[0][0] or "", rows[0][1]) if rows else ("", None)
    for name, time, action, detail in rows:
        wrote = _wrote(action, detail, fields)
        if wrote is None:
            continue
        if now is not None and any(
            f in wrote and str(wrote[f]).strip() != str(now.get(f, "")).strip() for f in fields
        ):
            return "", None  # a later change this reader cannot see
        return name or "", time
    if entity in UNDETAILED and rows:  # their log rows do not say which field
        return rows[0][0] or "", rows[0][1]
    return "", None


def _wrote(action: str, detail: str, fields: tuple[str, ...]) -> dict[str, object] | None:
    """What a change-log row wrote into ``fields`` (``{}`` when it changed one of them
    without saying to what), or None when it did not change them."""
    try:
        data = json.loads(detail or "{}")
    except ValueError:
        data = {}
    after = data.get("after") if isinstance(data, dict) else None
    verb = action.split(" ", 1)[0]
    named = [f for f in fields if verb in FIELD_ACTIONS.get(f, ())]
    if named:
        return {named[0]: after} if isinstance(after, (str, int, list)) else {}
    if isinstance(after, dict) and any(f in after for f in fields):
        return {f: after[f] for f in fields if f in after}
    return None


def changed_by_others(s: Session, entity: str, entity_ids: list[int]) -> tuple[str, ...]:
    """The names of the coders other than the current one whose changes to these rows
    the change log holds since each row was made (a file reuses a deleted row's id: what
    the log says of an older row of that id is not counted). The undo of creating the
    rows must not take their work away."""
    me = current_coder_id(s)
    rows = s.execute(
        select(ChangeLog.id, ChangeLog.entity_id, ChangeLog.coder_id, ChangeLog.action,
               Coder.name)
        .outerjoin(Coder, Coder.id == ChangeLog.coder_id)
        .where(ChangeLog.entity == entity, ChangeLog.entity_id.in_(entity_ids))
        .order_by(ChangeLog.id)
    ).all()  # fmt: skip
    since: dict[int | None, int] = {}
    for log_id, row_id, _coder, action, _name in rows:
        if action.startswith(BIRTHS):
            since[row_id] = log_id
    names = {
        name or ""
        for log_id, row_id, coder, _action, name in rows
        if log_id > since.get(row_id, 0) and coder is not None and coder != me
    }
    return tuple(sorted(names))
