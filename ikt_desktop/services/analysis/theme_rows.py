"""Themes put back as they were (undo of a delete, a merge): the same ids, code links
and pinned quotes, the top theme at its row among its siblings."""

from __future__ import annotations

from sqlalchemy import insert
from sqlalchemy.orm import Session

from ikt_desktop.db.models import Theme, ThemeCode, ThemeQuote
from ikt_desktop.services import ordering
from ikt_desktop.services.base import require
from ikt_desktop.services.dto import ThemeSnapshot


def insert_snapshot(s: Session, snapshot: ThemeSnapshot) -> Theme:
    """Put snapshot themes back with their ids, links and quotes; the top one at its row."""
    top_dto = snapshot.themes[0]
    siblings = ordering.siblings(s, Theme, top_dto.parent_id)
    rows = [
        {
            "id": t.id,
            "guid": t.guid,
            "parent_id": t.parent_id,
            "position": t.position,
            "name": t.name,
            "definition": t.definition,
            "central_concept": t.central_concept,
            "boundaries": t.boundaries,
            "narrative": t.narrative,
            "status": t.status,
            "color": t.color,
            "board_x": t.geometry[0],
            "board_y": t.geometry[1],
            "board_w": t.geometry[2],
            "board_h": t.geometry[3],
        }
        for t in snapshot.themes
    ]
    s.execute(insert(Theme), rows)
    codes = [
        {"theme_id": t.id, "code_id": c, "position": i}
        for t in snapshot.themes
        for i, c in enumerate(t.code_ids)
    ]
    quotes = [
        {"theme_id": t.id, "coding_id": q, "position": i}
        for t in snapshot.themes
        for i, q in enumerate(t.quote_ids)
    ]
    if codes:
        s.execute(insert(ThemeCode), codes)
    if quotes:
        s.execute(insert(ThemeQuote), quotes)
    top = require(s, Theme, top_dto.id, "theme")
    siblings.insert(min(top_dto.position, len(siblings)), top)
    ordering.renumber(siblings)
    s.flush()
    return top
