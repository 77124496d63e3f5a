"""Ordered trees and lists in the database: siblings by ``position``, renumbering, and
the ``parent_id`` map the tree rules need. Shared by codes and themes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from ikt_desktop.services.base import fetch_all

T = TypeVar("T")


def siblings(
    s: Session, model: type[T], parent_id: int | None, exclude: int | None = None
) -> list[T]:
    """Rows of ``model`` under ``parent_id`` (None: the top level), in order."""
    m: Any = model
    where = m.parent_id.is_(None) if parent_id is None else m.parent_id == parent_id
    query = select(model).where(where)
    if exclude is not None:
        query = query.where(m.id != exclude)
    return list(s.scalars(query.order_by(m.position, m.id)))


def renumber(items: Sequence[Any]) -> None:
    """Positions 0..n-1 in list order (only changed rows are written)."""
    for i, item in enumerate(items):
        if item.position != i:
            item.position = i


def parents(s: Session, model: type[Any]) -> dict[int, int | None]:
    """``{id: parent id}`` of every row: straight from the driver (the Coded Segments pane
    asks for the code tree after every coding: 0.23 -> 0.08 ms)."""
    rows = fetch_all(s, f"SELECT id, parent_id FROM {model.__tablename__}")
    return {int(i): None if p is None else int(p) for i, p in rows}


def links(s: Session, model: type[T], theme_id: int) -> list[T]:
    """A theme's ordered link rows (codes or quotes)."""
    m: Any = model
    return list(s.scalars(select(model).where(m.theme_id == theme_id).order_by(m.position)))
