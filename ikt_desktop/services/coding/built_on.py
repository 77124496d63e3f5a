"""Undoing a coding that another coder has since built on (issue 19, item 7): changed
(its span, code or memo no longer what the action made) or pinned as a theme's quote.
The check runs in the undo's own transaction, so nothing changes when it refuses."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from ikt_desktop.db.models import ChangeLog, Coder, Coding, Theme, ThemeQuote
from ikt_desktop.domain.errors import UndoRefusedError
from ikt_desktop.services.base import current_coder_id
from ikt_desktop.services.dto import CodingDTO
from ikt_desktop.services.versions import RECENT, last_change


def refuse_if_built_on(s: Session, coding: CodingDTO, made: CodingDTO, code_name: str) -> None:
    """Raise ``UndoRefusedError`` when another coder has changed ``coding`` since it was
    ``made``, or pinned it as a quote of a theme."""
    now = (coding.code_id, coding.start, coding.end, coding.memo)
    if now != (made.code_id, made.start, made.end, made.memo):
        by, _at = last_change(s, "coding", coding.id)
        raise UndoRefusedError((by,) if by else (), "edited", 1, code_name)
    me = current_coder_id(s)
    pins = s.execute(
        select(Theme.id, Theme.name)
        .join(ThemeQuote, ThemeQuote.theme_id == Theme.id)
        .where(ThemeQuote.coding_id == coding.id)
    ).all()
    for theme_id, theme_name in pins:
        who = _pinned_by(s, theme_id, coding.id)
        if who is None or who[0] != me:
            raise UndoRefusedError((who[1],) if who else (), "pinned", 1, theme_name)


def refuse_if_quoted(s: Session, theme_id: int, code_id: int, theme_name: str) -> None:
    """Raise ``UndoRefusedError`` when another coder has pinned a quote coded with
    ``code_id`` to the theme: undoing the code's move into it would leave their quote
    without its code."""
    me = current_coder_id(s)
    quoted = s.scalars(
        select(ThemeQuote.coding_id)
        .join(Coding, Coding.id == ThemeQuote.coding_id)
        .where(ThemeQuote.theme_id == theme_id, Coding.code_id == code_id)
    ).all()
    theirs = [who for who in (_pinned_by(s, theme_id, c) for c in quoted) if who is None
              or who[0] != me]  # fmt: skip
    if theirs:
        by = tuple(sorted({who[1] for who in theirs if who is not None and who[1]}))
        raise UndoRefusedError(by, "quoted", len(theirs), theme_name)


def _pinned_by(s: Session, theme_id: int, coding_id: int) -> tuple[int | None, str] | None:
    """(coder id, name) of who last pinned ``coding_id`` to the theme, from the log."""
    rows = s.execute(
        select(ChangeLog.coder_id, Coder.name, ChangeLog.detail)
        .select_from(ChangeLog)
        .outerjoin(Coder, Coder.id == ChangeLog.coder_id)
        .where(
            ChangeLog.entity == "theme",
            ChangeLog.entity_id == theme_id,
            ChangeLog.action == "pin quote",
        )
        .order_by(ChangeLog.id.desc())
        .limit(RECENT)
    ).all()
    for coder_id, name, detail in rows:
        try:
            pinned = json.loads(detail or "{}").get("coding")
        except (ValueError, AttributeError):
            continue
        if pinned == coding_id:
            return coder_id, name or ""
    return None
