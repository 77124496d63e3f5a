"""Help ▸ User Guide (F1) shows docs/user-guide.md in a non-modal window."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from ikt_desktop.ui.shell.help_window import HelpWindow
from ikt_desktop.ui.shell.main_window import MainWindow


def test_user_guide_action_has_f1_and_shows_the_guide(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    action = window.help.action
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    texts = [a.text() for a in help_menu.actions()]
    assert texts.index("&User Guide") < next(i for i, t in enumerate(texts) if "About" in t)

    action.trigger()
    shown = window.help.help_window
    assert isinstance(shown, HelpWindow)
    qtbot.waitUntil(shown.isVisible)
    assert not shown.isModal()
    text = shown.browser.toPlainText()
    assert "Getting started" in text
    assert "Keyboard shortcuts" in text

    action.trigger()  # a second F1 raises the same window
    assert window.help.help_window is shown
