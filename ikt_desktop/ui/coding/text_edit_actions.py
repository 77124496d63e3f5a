"""Edit Transcript…: fix a typo, a mishearing or a name after coding.

The dialog edits the whole text; on Save the service previews the edit, the user confirms
the codings (and consensus decisions) whose text is deleted entirely, and one undoable
command replaces the text and remaps every span (services/text_edit.py). Tests replace
``ask_text`` and ``confirm_lost`` so no test reaches a modal ``exec()``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QFontDatabase, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.changes import ChangeSet
from ikt_desktop.domain.errors import UserError
from ikt_desktop.services.coding.text_edit import TextEdit, TextEditPreview, TextEditService
from ikt_desktop.services.project import Project
from ikt_desktop.ui.coding.transcript_pane import TranscriptPane
from ikt_desktop.ui.shell import messages
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.shell.commands import ServiceCommand, push

SHOWN_LOST = 12  # lost codings listed by name in the confirmation


class EditTranscriptDialog(QDialog):
    """The transcript's text in a plain editor; Save accepts."""

    def __init__(self, name: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("EditTranscriptDialog", "Edit Transcript — {name}").format(
                name=name
            )
        )
        self.resize(760, 620)
        note = QLabel(
            QCoreApplication.translate(
                "EditTranscriptDialog",
                "Fix typos, mishearings or names. Codings, turns and pinned quotes follow the "
                "text; codings whose text you delete entirely are listed before saving.",
            )
        )
        note.setWordWrap(True)
        self.editor = QPlainTextEdit()
        self.editor.setPlainText(text)
        self.editor.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.editor, 1)
        layout.addWidget(buttons)

    def text(self) -> str:
        return self.editor.toPlainText()


def ask_text(parent: QWidget | None, name: str, text: str) -> str | None:
    """The edited text, or None when cancelled."""
    dialog = EditTranscriptDialog(name, text, parent)
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None


def lost_summary(preview: TextEditPreview) -> str:
    lines = [f"• “{x.text[:80]}” ({x.code_name})" for x in preview.lost_codings[:SHOWN_LOST]]
    if len(preview.lost_codings) > SHOWN_LOST:
        lines.append(
            QCoreApplication.translate("TextEditActions", "… and {count} more").format(
                count=len(preview.lost_codings) - SHOWN_LOST
            )
        )
    if preview.lost_decisions:
        lines.append(
            QCoreApplication.translate(
                "TextEditActions", "• {lost_decisions} consensus decision(s)"
            ).format(lost_decisions=preview.lost_decisions)
        )
    return "\n".join(lines)


def confirm_lost(parent: QWidget | None, preview: TextEditPreview) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("TextEditActions", "Remove codings?"))
    box.setText(
        QCoreApplication.translate(
            "TextEditActions",
            "This edit deletes all the text of these codings; they will be removed:",
        )
    )
    box.setInformativeText(
        lost_summary(preview)
        + QCoreApplication.translate("TextEditActions", "\n\nUndo puts them back.")
    )
    remove = box.addButton(
        QCoreApplication.translate("TextEditActions", "Save and Remove Them"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is remove


class EditTranscriptCommand(ServiceCommand):
    """Replace a source's text (remapping its spans); undo puts back the text and spans."""

    def __init__(
        self,
        edits: TextEditService,
        hub: ChangeHub,
        source_id: int,
        name: str,
        new_text: str,
        *,
        remove_lost: bool = False,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("EditTranscriptCommand", "Edit Transcript '{name}'").format(
                name=name
            ),
            hub,
        )
        self._edits, self._source, self._new = edits, source_id, new_text
        self._remove_lost = remove_lost
        self.record: TextEdit | None = None

    def _do(self) -> ChangeSet:
        outcome = self._edits.edit_text(self._source, self._new, remove_lost=self._remove_lost)
        self.record = outcome.value
        return outcome.changes

    def _undo(self) -> ChangeSet:
        assert self.record is not None
        return self._edits.restore_text(self.record).changes


class TextEditActions(QAction):
    """The "Edit Transcript…" action, with a button for it in the transcript's header."""

    def __init__(
        self,
        project: Project,
        hub: ChangeHub,
        undo_stack: QUndoStack,
        transcript: TranscriptPane,
        window: QWidget,
    ) -> None:
        super().__init__(QCoreApplication.translate("TextEditActions", "Edit Transcript…"), window)
        self._project, self._hub, self._stack = project, hub, undo_stack
        self._transcript, self._window = transcript, window
        self.ask_text: Callable[[QWidget | None, str, str], str | None] = ask_text
        self.confirm_lost: Callable[[QWidget | None, TextEditPreview], bool] = confirm_lost
        self.setStatusTip(
            QCoreApplication.translate(
                "TextEditActions", "Fix typos, mishearings or names; codings follow the text"
            )
        )
        self.triggered.connect(self.edit_current)
        self.button = QToolButton()
        self.button.setDefaultAction(self)
        self.button.setAutoRaise(True)
        transcript.header_row.addWidget(self.button)
        self._writable = not project.read_only
        self._update_enabled()
        hub.sources_changed.connect(lambda _c: self._update_enabled())
        transcript.source_shown.connect(self._update_enabled)

    def _update_enabled(self) -> None:
        self.setEnabled(self._writable and self._transcript.source_id is not None)

    def edit_current(self) -> bool:
        """Ask for the new text of the transcript on screen and save it (undoably)."""
        source = self._transcript.source
        if source is None:
            return False
        edits = self._project.text_edits
        new = self.ask_text(self._window, source.name, self._project.sources.text(source.id))
        if new is None:
            return False
        try:
            preview = edits.preview_edit(source.id, new)
        except UserError as exc:
            messages.warn(
                self._window,
                QCoreApplication.translate("TextEditActions", "Edit Transcript"),
                str(exc),
            )
            return False
        if not preview.changed:
            return False
        if preview.needs_confirmation and not self.confirm_lost(self._window, preview):
            return False
        command = EditTranscriptCommand(
            edits, self._hub, source.id, source.name, new,
            remove_lost=preview.needs_confirmation,
        )  # fmt: skip
        return push(self._stack, command, self._window)
