"""Plain messages for problems a user can fix. Tests replace ``ask``, ``warn`` and
``inform`` with fakes so no test reaches a modal ``exec()`` or leaves a box open."""

from __future__ import annotations

import logging
from enum import Enum

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


class Choice(Enum):
    READ_ONLY = "read-only"
    CANCEL = "cancel"


def warn(parent: QWidget | None, title: str, text: str) -> None:
    log.info("message shown: %s: %s", title, text)
    QMessageBox.warning(parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    """A non-modal warning: shown, not waited for (the window stays usable)."""
    log.info("message shown (non-modal): %s: %s", title, text)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok,
                      parent)  # fmt: skip
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


def ask_to_shred(parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon) -> bool:
    """Whether to overwrite and remove copies of a project that hold what should be gone
    (plain text beside an encrypted project, real names beside a pseudonymised one);
    keeping them is the default."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    delete = box.addButton(
        QCoreApplication.translate("Messages", "Delete Securely"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("Messages", "Keep Them"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is delete


def ask_read_only_file(parent: QWidget | None, text: str) -> Choice:
    """The project file (or its folder) cannot be written: offer to open it read-only."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Project is read-only"))
    box.setText(text)
    box.setInformativeText(
        QCoreApplication.translate(
            "Messages", "You can open it read-only to look without changing anything."
        )
    )
    read_only = box.addButton(
        QCoreApplication.translate("Messages", "Open Read-Only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return Choice.READ_ONLY if box.clickedButton() is read_only else Choice.CANCEL


def ask_read_only(parent: QWidget | None, text: str) -> Choice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Messages", "Project in use"))
    box.setText(text)
    box.setInformativeText(
        QCoreApplication.translate(
            "Messages",
            "Only one window may change a project at a time. You can open it read-only "
            "to look without changing anything.",
        )
    )
    read_only = box.addButton(
        QCoreApplication.translate("Messages", "Open Read-Only"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return Choice.READ_ONLY if box.clickedButton() is read_only else Choice.CANCEL
