"""Project ▸ Study Details…: the facts the report's methods are built from (design,
approach, recruitment, setting, interviews, transcription, coding, reflexivity, ethics),
in the analyst's words. OK saves them as one undoable action."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.changes import ChangeSet
from ikt_desktop.domain.report.study import FIELDS, StudyDetails
from ikt_desktop.services.reporting.study import StudyService
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.shell.commands import ServiceCommand, push

ROLE_PLURALS_HINT = QT_TRANSLATE_NOOP(
    "StudyDialog", "extended collaborator = extended collaborators; staff = staff members"
)


class SetStudyDetailsCommand(ServiceCommand):
    """Edit the study details (undo puts every field back as it was)."""

    def __init__(self, service: StudyService, hub: ChangeHub, values: dict[str, str]) -> None:
        super().__init__(
            QCoreApplication.translate("SetStudyDetailsCommand", "Edit Study Details"), hub
        )
        self._service = service
        self._values = values
        self._before: StudyDetails | None = None

    def _do(self) -> ChangeSet:
        outcome = self._service.set(self._values)
        self._before = outcome.value
        return outcome.changes

    def _undo(self) -> ChangeSet:
        assert self._before is not None
        return self._service.replace(self._before).changes


class StudyDetailsDialog(QDialog):
    def __init__(
        self, service: StudyService, hub: ChangeHub, stack: QUndoStack, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("StudyDetailsDialog", "Study Details"))
        self._service, self._hub, self._stack = service, hub, stack
        details = service.get()
        intro = QLabel(
            QCoreApplication.translate(
                "StudyDetailsDialog",
                "The report's methods are built only from these details and from what the project "
                "counts. A field left empty appears in the report as a highlighted “[Add: …]”.",
            )
        )
        intro.setWordWrap(True)
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        self.editors: dict[str, QLineEdit | QPlainTextEdit] = {}
        for item in FIELDS:
            editor: QLineEdit | QPlainTextEdit
            if item.multiline:
                editor = QPlainTextEdit(details.get(item.key))
                editor.setTabChangesFocus(True)
                editor.setFixedHeight(64)
                editor.setPlaceholderText(item.missing[:1].upper() + item.missing[1:])
            else:
                editor = QLineEdit(details.get(item.key))
                hint = (
                    QCoreApplication.translate("StudyDialog", str(ROLE_PLURALS_HINT))
                    if item.key == "role_plurals"
                    else item.missing
                )
                editor.setPlaceholderText(hint[:1].upper() + hint[1:])
            self.editors[item.key] = editor
            form.addRow(item.label + ":", editor)
        scroll = QScrollArea()
        scroll.setWidget(form_widget)
        scroll.setWidgetResizable(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
        self.resize(680, 620)

    def values(self) -> dict[str, str]:
        return {
            key: e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()
            for key, e in self.editors.items()
        }

    def save(self) -> None:
        """Save the changed fields as one undoable action, then close."""
        before = self._service.get()
        changed = {k: v for k, v in self.values().items() if v.strip() != before.get(k)}
        if changed:
            command = SetStudyDetailsCommand(self._service, self._hub, changed)
            if not push(self._stack, command, self):
                return
        self.accept()
