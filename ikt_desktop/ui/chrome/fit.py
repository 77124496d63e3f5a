"""Keeping the window laptop-sized: side panels and inspectors scroll instead of setting
the window's minimum size (a form of fixed-height fields would otherwise demand all of
its height on every tab)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

MIN_VISIBLE_HEIGHT = 96  # enough to see that there is more, and to grab the scroll bar


def scrolling(widget: QWidget, name: str = "") -> QScrollArea:
    """``widget`` in a vertical scroll area that asks for little height and fills the
    width it is given (no sideways scrolling: the form reflows)."""
    area = QScrollArea()
    area.setObjectName(name or f"{widget.objectName() or type(widget).__name__}_scroll")
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMinimumHeight(MIN_VISIBLE_HEIGHT)
    area.setFocusProxy(widget)
    return area
