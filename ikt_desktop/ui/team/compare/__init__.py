"""Comparing two coders: the compare view, and the menu action that opens it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

from ikt_desktop.ui.team.compare.view import CompareView, open_compare


def compare_action(window: Any) -> QAction:
    """ "Compare Coders…" for the main window's menu: opens :class:`CompareView` on the
    window's project (disabled-looking no-op without one)."""
    action = QAction(
        QCoreApplication.translate("CompareView", "Compare &Coders…"),
        window,
    )
    action.setShortcut("Ctrl+Alt+K")
    action.setStatusTip(
        QCoreApplication.translate(
            "CompareView", "Two coders side by side: agreement, disagreements, consensus"
        )
    )
    action.triggered.connect(lambda: open_compare(window))
    return action


__all__ = ["CompareView", "compare_action", "open_compare"]
