"""Comparing two coders: the compare view, and the menu action that opens it.

The window builds the action at start-up; the view (and the services it needs) is imported
when the action is first used."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from ikt_desktop.ui.team.compare.view import CompareView


def open_compare(window: Any) -> CompareView | None:
    from ikt_desktop.ui.team.compare.view import open_compare as open_view

    return open_view(window)


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


def __getattr__(name: str) -> Any:
    if name == "CompareView":  # the view on first use
        from ikt_desktop.ui.team.compare.view import CompareView

        return CompareView
    raise AttributeError(name)


__all__ = ["CompareView", "compare_action", "open_compare"]
