"""Ctrl+K: type to find any code (fuzzy, over the full path); Enter applies it. When
nothing matches, Enter creates a code with that name and applies it."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.coding.fuzzy import rank
from ikt_desktop.services.dto import CodeDTO


class QuickCodePicker(QFrame):
    chosen = Signal(int)  # an existing code
    create_requested = Signal(str)  # no match: a new code with this name

    def __init__(
        self,
        codes: list[CodeDTO],
        paths: dict[int, str],
        parent: QWidget | None = None,
        *,
        allow_create: bool = True,
        title: str = QCoreApplication.translate("QuickCodePicker", "Code selection as…"),
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._codes = {c.id: c for c in codes}
        self._paths = paths
        self._allow_create = allow_create
        self.query = QLineEdit(
            placeholderText=QCoreApplication.translate("QuickCodePicker", "Type to find a code…")
        )
        self.query.setAccessibleName(QCoreApplication.translate("QuickCodePicker", "Find a code"))
        self.results = QListWidget()
        self.results.setAccessibleName(
            QCoreApplication.translate("QuickCodePicker", "Matching codes")
        )
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<b>{title}</b>"))
        layout.addWidget(self.query)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        self.query.textChanged.connect(self.refresh)
        self.query.installEventFilter(self)
        self.results.itemActivated.connect(lambda item: self._choose(item))
        self.resize(420, 360)
        self.refresh("")

    def refresh(self, text: str) -> None:
        self.results.clear()
        ids = rank(text, [(i, self._paths.get(i, c.name)) for i, c in self._codes.items()])
        for code_id in ids:
            code = self._codes[code_id]
            chip = QPixmap(12, 12)
            chip.fill(QColor(code.color))
            item = QListWidgetItem(chip, self._paths.get(code_id, code.name))
            item.setData(Qt.ItemDataRole.UserRole, code_id)
            self.results.addItem(item)
        if ids:
            self.results.setCurrentRow(0)
            self.hint.setText(
                QCoreApplication.translate(
                    "QuickCodePicker", "Enter applies the highlighted code · Esc closes"
                )
            )
        elif text.strip() and self._allow_create:
            self.hint.setText(
                QCoreApplication.translate(
                    "QuickCodePicker",
                    "No code matches. Enter creates <b>{name}</b> and applies it.",
                ).format(name=html.escape(text.strip()))
            )
        else:
            self.hint.setText(QCoreApplication.translate("QuickCodePicker", "No code matches."))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.query
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
        ):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                self.results.keyPressEvent(event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept_current()
                return True
            if key == Qt.Key.Key_Escape:
                self.close()
                return True
        return super().eventFilter(watched, event)

    def accept_current(self) -> None:
        item = self.results.currentItem()
        if item is not None:
            self._choose(item)
        elif self.query.text().strip() and self._allow_create:
            self.close()
            self.create_requested.emit(" ".join(self.query.text().split()))

    def _choose(self, item: QListWidgetItem) -> None:
        self.close()
        self.chosen.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def popup(self, anchor: QWidget) -> None:
        center = anchor.mapToGlobal(anchor.rect().center())
        self.move(center.x() - self.width() // 2, center.y() - self.height() // 2)
        self.show()
        self.query.setFocus()
