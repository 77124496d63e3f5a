"""Fit's layout: the top-level themes in a grid whose shape follows the view's, so that
the fitted board is as large (as legible) as the view allows."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF

from ikt_desktop.ui.themes.items import GAP, ClusterItem
from ikt_desktop.ui.themes.scene import UNASSIGNED_X, BoardScene

SPACING = 3 * GAP  # between themes
Geometry = tuple[float, float, float, float]


def best_columns(widths: list[float], heights: list[float], left: float, view: tuple[int, int],
                 loose_height: float) -> int:  # fmt: skip
    """How many columns give the largest scale when the grid is fitted into ``view``."""
    best, best_scale = 1, 0.0
    for columns in range(1, len(widths) + 1):
        rows = math.ceil(len(widths) / columns)
        col_w = [max(widths[i::columns]) for i in range(columns)]
        row_h = [max(heights[r * columns : (r + 1) * columns]) for r in range(rows)]
        width = left + sum(col_w) + SPACING * (columns - 1)
        height = max(sum(row_h) + SPACING * (rows - 1), loose_height)
        scale = min(view[0] / width, view[1] / height)
        if scale > best_scale + 1e-9:
            best, best_scale = columns, scale
    return best


def grid_positions(scene: BoardScene, view_w: int, view_h: int) -> list[tuple[int, Geometry]]:
    """New geometry for every theme (sub-themes move with their parent), in scene
    coordinates: the grid starts right of the codes that are in no theme."""
    tops = [c for c in scene.clusters.values() if c.parentItem() is None]
    tops.sort(key=lambda c: (round(c.scenePos().y() / 100), c.scenePos().x()))
    if not tops:
        return []
    area = scene.loose_area
    left = (area.rect().width() + SPACING) if area is not None else 0.0
    loose_height = area.rect().height() if area is not None else 0.0
    widths = [c.rect().width() for c in tops]
    heights = [c.rect().height() for c in tops]
    columns = best_columns(widths, heights, left, (max(view_w, 1), max(view_h, 1)), loose_height)
    col_w = [max(widths[i::columns]) for i in range(columns)]
    origin = QPointF(UNASSIGNED_X - GAP + left, 0)
    out: list[tuple[int, Geometry]] = []
    y = origin.y()
    for row_start in range(0, len(tops), columns):
        row = tops[row_start : row_start + columns]
        x = origin.x()
        for n, cluster in enumerate(row):
            delta = QPointF(x, y) - cluster.scenePos()
            out.extend(_moved(cluster, delta))
            x += col_w[n] + SPACING
        y += max(c.rect().height() for c in row) + SPACING
    return out


def _moved(cluster: ClusterItem, delta: QPointF) -> list[tuple[int, Geometry]]:
    at = cluster.scenePos() + delta
    rect = cluster.rect()
    out = [(cluster.theme.id, (at.x(), at.y(), rect.width(), rect.height()))]
    for child in cluster.childItems():
        if isinstance(child, ClusterItem):
            out.extend(_moved(child, delta))
    return out
