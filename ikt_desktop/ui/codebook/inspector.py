"""The selected code's structured definition: definition, inclusion, exclusion, example
(fields the big QDA tools lack). Each edit is saved as an undo command when the field
loses focus."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QFocusEvent, QTextCursor, QUndoStack
from PySide6.QtWidgets import QFormLayout, QPlainTextEdit, QWidget

from ikt_desktop.domain.changes import ChangeSet, Entity
from ikt_desktop.domain.errors import NotFoundError, StaleEditError, UserError
from ikt_desktop.services.coding.codebook import DETAIL_FIELDS, CodebookService
from ikt_desktop.services.dto import CodeDTO
from ikt_desktop.ui.look.steady_label import SteadyLabel
from ikt_desktop.ui.shell import commands
from ikt_desktop.ui.shell.change_hub import ChangeHub

PLACEHOLDERS = {
    "definition": QT_TRANSLATE_NOOP(
        "CodeInspector", "What this code means, in one or two sentences"
    ),
    "inclusion": QT_TRANSLATE_NOOP("CodeInspector", "When to apply it"),
    "exclusion": QT_TRANSLATE_NOOP(
        "CodeInspector", "When not to apply it (and which code to use instead)"
    ),
    "example": QT_TRANSLATE_NOOP("CodeInspector", "A typical quote"),
}
LABELS = {
    "definition": QT_TRANSLATE_NOOP("CodeInspector", "Definition:"),
    "inclusion": QT_TRANSLATE_NOOP("CodeInspector", "Inclusion:"),
    "exclusion": QT_TRANSLATE_NOOP("CodeInspector", "Exclusion:"),
    "example": QT_TRANSLATE_NOOP("CodeInspector", "Example:"),
}


class FieldEdit(QPlainTextEdit):
    editing_finished = Signal()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class CodeInspector(QWidget):
    def __init__(
        self,
        codebook: CodebookService,
        hub: ChangeHub,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        *,
        read_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self._codebook, self._hub, self._stack = codebook, hub, undo_stack
        self.code_id: int | None = None
        self.shown: CodeDTO | None = None  # the code as the fields show it (its version)
        # where the window already holds fresh codes (the codebook tree), so a change is
        # not read twice; None: ask the service
        self.known: Callable[[int], CodeDTO | None] | None = None
        # a long code name wraps instead of widening the column; a new count repaints
        # the title without re-laying out the window (SteadyLabel)
        self.title = SteadyLabel(word_wrap=True)
        self.fields: dict[str, FieldEdit] = {}
        layout = QFormLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addRow(self.title)
        for name in DETAIL_FIELDS:
            edit = FieldEdit()
            edit.setPlaceholderText(self.tr(str(PLACEHOLDERS[name])))
            edit.setAccessibleName(
                QCoreApplication.translate("CodeInspector", "Code {name}").format(name=name)
            )
            edit.setTabChangesFocus(True)
            edit.setReadOnly(read_only)
            edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
            edit.editing_finished.connect(lambda n=name: self.commit(n))
            layout.addRow(self.tr(str(LABELS[name])), edit)
            self.fields[name] = edit
        hub.codes_changed.connect(self._on_codes)
        self.show_code(None)

    def show_code(self, code_id: int | None, known: CodeDTO | None = None) -> None:
        """Show ``code_id`` (``known``: its fresh DTO, when the caller has read it)."""
        self.code_id = code_id
        try:
            code = known or (self._codebook.get(code_id) if code_id is not None else None)
        except NotFoundError:
            code = None
        self.shown = code
        self.title.setText(
            " · ".join(
                (
                    f"<b>{html.escape(code.name)}</b>",
                    self.tr("%n coding(s)", "", code.coding_count),
                    self.tr("%n participant(s)", "", code.participant_count),
                )
            )
            if code
            else self.tr("Select a code to see and edit its definition.")
        )
        for name, edit in self.fields.items():
            edit.setEnabled(code is not None)
            text = getattr(code, name) if code else ""
            if edit.toPlainText() != text:
                edit.setPlainText(text)

    def commit(self, name: str) -> None:
        shown = self.shown
        if self.code_id is None or shown is None or self.fields[name].isReadOnly():
            return
        value = self.fields[name].toPlainText().strip()
        if value == getattr(shown, name):
            return
        command = commands.EditCodeDetailsCommand(
            self._codebook, self._hub, self.code_id, seen=shown, **{name: value}
        )
        commands.push(self._stack, command, self, refused=lambda e: self._refused(name, e),
                      hint=self.tr("Ctrl+Z in the field brings back your text."))  # fmt: skip

    def _refused(self, name: str, exc: UserError) -> None:
        """Another coder changed this field first (issue 19): show their text. Typed
        over the user's, not set, so Undo in the field (Ctrl+Z) brings the user's back."""
        if not isinstance(exc, StaleEditError) or not isinstance(exc.current, CodeDTO):
            return
        if exc.current.id != self.code_id:
            return
        edit = self.fields[name]
        cursor = edit.textCursor()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(getattr(exc.current, name))
        self.show_code(exc.current.id, exc.current)

    def _on_codes(self, changes: ChangeSet) -> None:
        if self.code_id is not None and self.code_id in changes.ids(Entity.CODE):
            # the codebook tree has read the changed code just before (connected first)
            known = self.known(self.code_id) if self.known else None
            self.show_code(self.code_id, known)
