"""Help ▸ User Guide: docs/user-guide.md, the same text the repository carries, rendered
in a non-modal window (one per main window, raised again when already open), followed by
the shortcut sheet generated from the window's actual menus each time it is shown."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QTextBrowser, QVBoxLayout, QWidget

from ikt_desktop.resources import doc_path

GUIDE = "user-guide.md"


def guide_markdown() -> str:
    """The user guide's Markdown, or a short note saying where it was looked for."""
    try:
        return doc_path(GUIDE).read_text(encoding="utf-8")
    except OSError as exc:
        return f"# User guide\n\nThe user guide could not be read: {exc}\n"


class HelpWindow(QDialog):
    """The user guide in a :class:`QTextBrowser`; links to web pages open outside."""

    def __init__(self, parent: QWidget | None = None, extra: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle("User Guide")
        self.setModal(False)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.show_text(extra)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser)
        self.resize(760, 820)

    def show_text(self, extra: str = "") -> None:
        """The guide, then ``extra`` (the generated shortcut sheet), keeping the place."""
        bar = self.browser.verticalScrollBar()
        place = bar.value()
        self.browser.setMarkdown(guide_markdown() + ("\n\n" + extra if extra else ""))
        bar.setValue(place)


class HelpActions:
    """Help ▸ User Guide (F1) for a main window; keeps its one :class:`HelpWindow`."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.help_window: HelpWindow | None = None
        self.extra: Callable[[], str] = lambda: ""  # the shortcut sheet, made when shown
        self.action = QAction("&User Guide", window)
        self.action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.action.setStatusTip("How to use iKT Desktop, step by step")
        self.action.triggered.connect(lambda _checked=False: self.show_guide())

    def show_guide(self) -> HelpWindow:
        if self.help_window is None:
            self.help_window = HelpWindow(self.window, self.extra())
        else:
            self.help_window.show_text(self.extra())
        self.help_window.show()
        self.help_window.raise_()
        self.help_window.activateWindow()
        return self.help_window
