"""What is under the mouse in the transcript, and the small memo editor that the coding
menu opens (a popup, never a modal dialog: the window stays usable, tests drive it)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFrame,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.ui.coding.transcript_view import TranscriptView


def codings_at_point(view: TranscriptView, point: QPoint) -> list[int]:
    """The codings covering the character under ``point`` (viewport coordinates),
    shortest first: what right-click acts on, wherever the text cursor is."""
    source = view.source
    if source is None:
        return []
    cursor = view.cursorForPosition(point)
    at = view.position_at(cursor.position())
    rect = view.cursorRect(cursor)
    if point.x() < rect.left() and at > 0:  # the mouse is on the left half of the next char
        at -= 1
    block = source.index.block_of(at)
    marks = [m for m in source.index.marks_in(block) if m.start <= at < m.end]
    return [m.coding_id for m in sorted(marks, key=lambda m: (m.end - m.start, m.coding_id))]


class MemoPopup(QFrame):
    """Edit one coding's memo: Save (Ctrl+Enter) keeps it, Esc leaves it as it was."""

    saved = Signal(str)

    def __init__(self, title: str, memo: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.editor = QPlainTextEdit(memo)
        self.editor.setAccessibleName(QCoreApplication.translate("MemoPopup", "Coding memo"))
        self.editor.setTabChangesFocus(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setShortcut("Ctrl+Return")
        self.save_button.setToolTip(
            QCoreApplication.translate("MemoPopup", "Save the memo (Ctrl+Enter)")
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.close)
        heading = QLabel(f"<b>{html.escape(title)}</b>")  # a code name as typed
        heading.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.editor)
        layout.addWidget(buttons)
        self.resize(380, 220)

    def save(self) -> None:
        self.close()
        self.saved.emit(self.editor.toPlainText())

    def popup(self, at: QPoint) -> None:
        self.move(at)
        self.show()
        self.editor.setFocus()
