"""Password dialogs for encrypted projects: asking for a project's password (with a retry
message after a wrong one), choosing a new password (typed twice), and the New Project
option "Encrypt with a password". Passwords stay in the dialog's fields and are handed to
the caller; they are never logged or stored in settings.

Tests replace :func:`ask_password`, :func:`ask_new_password` and :func:`ask_new_project`
(or drive the dialogs' fields and ``accept()`` directly), so no test reaches ``exec()``.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

MIN_LENGTH = 8


def weak() -> str:
    return QCoreApplication.translate(
        "PasswordDialog", "Use at least {count} characters; a passphrase of a few words is best."
    ).format(count=MIN_LENGTH)


def no_recovery() -> str:
    return QCoreApplication.translate(
        "PasswordDialog",
        "Keep the password safe: without it the project cannot be opened, and nobody can "
        "recover it.",
    )


class Mode(Enum):
    OPEN = "open"  # one field: the project's password
    NEW = "new"  # a new password, typed twice
    NEW_PROJECT = "new project"  # optional: "Encrypt with a password" + new password twice


class PasswordDialog(QDialog):
    """One dialog for the three cases (see :class:`Mode`)."""

    def __init__(self, mode: Mode, title: str, text: str, parent: QWidget | None = None,
                 error: str = "") -> None:  # fmt: skip
        super().__init__(parent)
        self.mode = mode
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.encrypt = QCheckBox(
            QCoreApplication.translate("PasswordDialog", "&Encrypt with a password")
        )
        self.encrypt.setToolTip(
            QCoreApplication.translate(
                "PasswordDialog", "The whole project file is encrypted (AES-256, SQLCipher)."
            )
        )
        self.password = self._field()
        self.confirm = self._field()
        form = QFormLayout()
        if mode is Mode.NEW_PROJECT:
            layout.addWidget(self.encrypt)
            self.encrypt.toggled.connect(self._sync)
        form.addRow(QCoreApplication.translate("PasswordDialog", "&Password:"), self.password)
        if mode is not Mode.OPEN:
            form.addRow(QCoreApplication.translate("PasswordDialog", "&Repeat:"), self.confirm)
        layout.addLayout(form)
        self.hint = QLabel(no_recovery() if mode is not Mode.OPEN else "")
        self.hint.setWordWrap(True)
        self.hint.setVisible(mode is not Mode.OPEN)
        layout.addWidget(self.hint)
        self.error = QLabel(error)
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.setVisible(bool(error))
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._sync()

    def _field(self) -> QLineEdit:
        field = QLineEdit()
        field.setEchoMode(QLineEdit.EchoMode.Password)
        return field

    def _sync(self) -> None:
        on = self.mode is not Mode.NEW_PROJECT or self.encrypt.isChecked()
        for widget in (self.password, self.confirm, self.hint):
            widget.setEnabled(on)

    def problem(self) -> str:
        """Why OK cannot be accepted yet ("" when it can)."""
        if self.mode is Mode.NEW_PROJECT and not self.encrypt.isChecked():
            return ""
        if not self.password.text():
            return QCoreApplication.translate("PasswordDialog", "Type the password.")
        if self.mode is Mode.OPEN:
            return ""
        if len(self.password.text()) < MIN_LENGTH:
            return weak()
        if self.password.text() != self.confirm.text():
            return QCoreApplication.translate("PasswordDialog", "The two passwords differ.")
        return ""

    def accept(self) -> None:
        problem = self.problem()
        if problem:
            self.error.setText(problem)
            self.error.setVisible(True)
            return
        super().accept()

    def value(self) -> str | None:
        """The password typed (None when the New Project option is off)."""
        if self.mode is Mode.NEW_PROJECT and not self.encrypt.isChecked():
            return None
        return self.password.text()

    def clear(self) -> None:
        for field in (self.password, self.confirm):
            field.clear()


@dataclass(frozen=True)
class NewProjectChoice:
    password: str | None  # None: not encrypted


def ask_password(parent: QWidget | None, path: Path, error: str = "") -> str | None:
    """The password of the encrypted project ``path``; None when cancelled."""
    dialog = PasswordDialog(
        Mode.OPEN,
        QCoreApplication.translate("PasswordDialog", "Encrypted Project"),
        QCoreApplication.translate(
            "PasswordDialog", "“{name}” is encrypted. Type its password to open it."
        ).format(name=path.name),
        parent,
        error,
    )
    try:
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.clear()
        dialog.deleteLater()


def ask_new_password(parent: QWidget | None, title: str, text: str) -> str | None:
    """A new password, typed twice; None when cancelled."""
    dialog = PasswordDialog(Mode.NEW, title, text, parent)
    try:
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.clear()
        dialog.deleteLater()


def ask_new_project(
    parent: QWidget | None,
    path: Path,
    title: str = "",
    verb: str = "",
) -> NewProjectChoice | None:
    """The New Project options (encrypt or not); None when cancelled. ``title`` and
    ``verb`` name another way of making a project (File ▸ Import REFI-QDA Project)."""
    title = title or QCoreApplication.translate("PasswordDialog", "New Project")
    verb = verb or QCoreApplication.translate("PasswordDialog", "Create")
    dialog = PasswordDialog(
        Mode.NEW_PROJECT,
        title,
        QCoreApplication.translate(
            "PasswordDialog",
            "{verb} “{name}”. Health-research data can "
            "be protected with a password: the whole file is then encrypted.",
        ).format(verb=verb, name=path.name),
        parent,
    )
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return NewProjectChoice(dialog.value())
    finally:
        dialog.clear()
        dialog.deleteLater()
