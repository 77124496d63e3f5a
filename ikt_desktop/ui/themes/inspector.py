"""The selected theme: its definition, central concept, boundaries, narrative and status;
who contributes to it, by role; its coded segments, from which representative quotes are
pinned (and reordered) for the report. Every edit is an undo command."""

from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.changes import ChangeSet, Entity
from ikt_desktop.domain.coding.codetree import PALETTE
from ikt_desktop.domain.errors import NotFoundError, StaleEditError, UserError
from ikt_desktop.services.analysis.themes import STATUSES, TEXT_FIELDS
from ikt_desktop.services.coding.segments import SegmentDTO
from ikt_desktop.services.dto import ThemeDTO
from ikt_desktop.services.project import Project
from ikt_desktop.ui.codebook.inspector import FieldEdit
from ikt_desktop.ui.shell import commands
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.themes.commands import (
    EditThemeCommand,
    PinQuoteCommand,
    UnpinQuoteCommand,
)

LABELS = {
    "definition": QT_TRANSLATE_NOOP("ThemeInspector", "Definition"),
    "central_concept": QT_TRANSLATE_NOOP("ThemeInspector", "Central concept"),
    "boundaries": QT_TRANSLATE_NOOP("ThemeInspector", "Boundaries (what it is not)"),
    "narrative": QT_TRANSLATE_NOOP("ThemeInspector", "Analytic narrative"),
}
CodingRole = Qt.ItemDataRole.UserRole
SpanRole = Qt.ItemDataRole.UserRole + 1  # (source id, start, end): what Play plays


class ThemeInspector(QWidget):
    def __init__(
        self,
        project: Project,
        hub: ChangeHub,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project, self._hub, self._stack = project, hub, undo_stack
        self.theme_id: int | None = None
        self.shown: ThemeDTO | None = None  # the theme as the fields show it (its version)
        self.title = QLabel(
            QCoreApplication.translate("ThemeInspector", "Select a theme on the board.")
        )
        self.title.setWordWrap(True)
        self.prevalence = QLabel()
        self.prevalence.setWordWrap(True)
        self.status = QComboBox()
        labels = {
            "candidate": QCoreApplication.translate("ThemeInspector", "candidate"),
            "reviewed": QCoreApplication.translate("ThemeInspector", "reviewed"),
            "final": QCoreApplication.translate("ThemeInspector", "final"),
        }
        for status in STATUSES:
            self.status.addItem(labels.get(status, status), status)
        self.status.activated.connect(
            lambda _i: self._commit("status", str(self.status.currentData()))
        )
        self.color = QComboBox()
        self.color.setAccessibleName(QCoreApplication.translate("ThemeInspector", "Theme colour"))
        for color in PALETTE:
            chip = QPixmap(14, 14)
            chip.fill(QColor(color))
            self.color.addItem(QIcon(chip), color, color)
        self.color.activated.connect(lambda _i: self._commit("color", self.color.currentData()))
        self.fields: dict[str, FieldEdit] = {}
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ThemeInspector", "Status:"), self.status)
        form.addRow(QCoreApplication.translate("ThemeInspector", "Colour:"), self.color)
        for name in TEXT_FIELDS:
            edit = FieldEdit()
            edit.setTabChangesFocus(True)
            label = QCoreApplication.translate("ThemeInspector", str(LABELS[name]))
            edit.setAccessibleName(label)
            edit.setFixedHeight(
                edit.fontMetrics().lineSpacing() * (5 if name == "narrative" else 3) + 12
            )
            edit.editing_finished.connect(
                lambda n=name: self._commit(n, self.fields[n].toPlainText())
            )
            form.addRow(
                QCoreApplication.translate("ThemeInspector", "{field}:").format(field=label), edit
            )
            self.fields[name] = edit
        self.quotes = QListWidget()
        self.quotes.setAccessibleName(QCoreApplication.translate("ThemeInspector", "Pinned quotes"))
        self.quotes.setWordWrap(True)
        self.quotes.setDragDropMode(QListWidget.DragDropMode.InternalMove)
        self.quotes.model().rowsMoved.connect(lambda *_: self._reordered())
        self.segments = QListWidget()
        self.segments.setAccessibleName(
            QCoreApplication.translate("ThemeInspector", "Coded segments of the theme")
        )
        self.segments.setWordWrap(True)
        self.pin_button = QPushButton(QCoreApplication.translate("ThemeInspector", "Pin as Quote"))
        self.pin_button.clicked.connect(self.pin_selected)
        self.unpin_button = QPushButton(QCoreApplication.translate("ThemeInspector", "Unpin"))
        self.unpin_button.clicked.connect(self.unpin_selected)
        self.play_button = QPushButton(QCoreApplication.translate("ThemeInspector", "Play"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        for widget in (self.title, self.prevalence):
            layout.addWidget(widget)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "ThemeInspector", "Representative quotes (drag to reorder):"
                )
            )
        )
        layout.addWidget(self.quotes, 1)
        quote_buttons = QHBoxLayout()
        quote_buttons.addWidget(self.play_button)  # ui/media/segment_play.py drives it
        quote_buttons.addWidget(self.unpin_button, 1)
        layout.addLayout(quote_buttons)
        layout.addWidget(
            QLabel(QCoreApplication.translate("ThemeInspector", "Coded segments of this theme:"))
        )
        layout.addWidget(self.segments, 2)
        layout.addWidget(self.pin_button)
        self.history = QListWidget()
        self.history.setAccessibleName(
            QCoreApplication.translate("ThemeInspector", "History of the theme")
        )
        layout.addWidget(QLabel(QCoreApplication.translate("ThemeInspector", "History:")))
        layout.addWidget(self.history, 1)
        hub.themes_changed.connect(self._changed)
        self.show_theme(None)

    def show_theme(self, theme_id: int | None) -> None:
        self.theme_id = theme_id
        try:
            theme = self.project.themes.get(theme_id) if theme_id is not None else None
        except NotFoundError:
            theme = None
        self.shown = theme
        for widget in (
            self.status,
            self.quotes,
            self.segments,
            self.pin_button,
            self.unpin_button,
            *self.fields.values(),
        ):
            widget.setEnabled(theme is not None and not self.project.read_only)
        self.quotes.clear()
        self.segments.clear()
        self.history.clear()
        if theme is None:
            self.title.setText(
                QCoreApplication.translate("ThemeInspector", "Select a theme on the board.")
            )
            self.prevalence.clear()
            return
        self.title.setText(f"<b>{html.escape(theme.name)}</b>")
        self.status.setCurrentIndex(self.status.findData(theme.status))
        if self.color.findData(theme.color) < 0:
            self.color.addItem(theme.color, theme.color)
        self.color.setCurrentIndex(self.color.findData(theme.color))
        for name, edit in self.fields.items():
            if edit.toPlainText() != getattr(theme, name):
                edit.setPlainText(getattr(theme, name))
        roles = self.project.themes.prevalence(theme.id)
        lines = [
            QCoreApplication.translate("ThemeInspector", "<b>Participants</b>: {roles}").format(
                roles=", ".join(f"{role} {n}/{total}" for role, (n, total) in roles.items())
            )
        ]
        for name, values in self.project.themes.prevalence_by_attribute(theme.id).items():
            lines.append(
                f"{name}: "
                + ", ".join(f"{value} {n}/{total}" for value, (n, total) in values.items())
            )
        self.prevalence.setText("<br>".join(lines))
        for seg in self.project.segments.for_codings(list(theme.quote_ids)):
            self.quotes.addItem(self._item(seg))
        for seg in self.project.segments.for_codes(list(theme.code_ids)):
            self.segments.addItem(self._item(seg))
        for when, who, action, detail in self.project.themes.history(theme.id):
            self.history.addItem(f"{when}  {who}: {action} {detail}".rstrip())

    @staticmethod
    def _item(seg: SegmentDTO) -> QListWidgetItem:
        item = QListWidgetItem(f"“{' '.join(seg.quote.split())}” {seg.attribution()}")
        item.setData(CodingRole, seg.coding.id)
        item.setData(SpanRole, (seg.coding.source_id, seg.coding.start, seg.coding.end))
        return item

    @staticmethod
    def span_at(index: QModelIndex) -> tuple[int, int, int] | None:
        span = index.data(SpanRole) if index.isValid() else None
        return tuple(span) if span else None

    def _commit(self, field: str, value: str) -> None:
        shown = self.shown
        if self.theme_id is None or shown is None or self.project.read_only:
            return
        if value.strip() != getattr(shown, field):
            command = EditThemeCommand(
                self.project.themes, self._hub, self.theme_id, seen=shown, **{field: value}
            )
            hint = QCoreApplication.translate(
                "ThemeInspector", "Ctrl+Z in the field brings back your text."
            )
            commands.push(
                self._stack, command, self, refused=lambda e: self._refused(field, e), hint=hint
            )

    def _refused(self, field: str, exc: UserError) -> None:
        """Another coder changed this field first (issue 19): show their text, typed over
        the user's so that Undo in the field (Ctrl+Z) brings the user's back."""
        current = exc.current if isinstance(exc, StaleEditError) else None
        if not isinstance(current, ThemeDTO) or current.id != self.theme_id:
            return
        if field in self.fields:
            cursor = self.fields[field].textCursor()
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(getattr(current, field))
        self.show_theme(current.id)

    def pin_selected(self) -> None:
        item = self.segments.currentItem()
        if item is not None and self.theme_id is not None:
            command = PinQuoteCommand(
                self.project.themes, self._hub, self.theme_id, int(item.data(CodingRole))
            )
            commands.push(self._stack, command, self)

    def unpin_selected(self) -> None:
        item = self.quotes.currentItem()
        if item is not None and self.theme_id is not None:
            command = UnpinQuoteCommand(
                self.project.themes, self._hub, self.theme_id, int(item.data(CodingRole))
            )
            commands.push(self._stack, command, self)

    def _reordered(self) -> None:
        """The list was reordered by dragging: store the first quote out of place."""
        if self.theme_id is None:
            return
        order = [int(self.quotes.item(i).data(CodingRole)) for i in range(self.quotes.count())]
        stored = list(self.project.themes.get(self.theme_id).quote_ids)
        for row, (now, before) in enumerate(zip(order, stored, strict=False)):
            if now != before:
                command = PinQuoteCommand(self.project.themes, self._hub, self.theme_id, now, row)
                commands.push(self._stack, command, self)
                return

    def _changed(self, changes: ChangeSet) -> None:
        if self.theme_id is not None and (
            self.theme_id in changes.ids(Entity.THEME) or Entity.CODE in changes.entities()
        ):
            self.show_theme(self.theme_id)
