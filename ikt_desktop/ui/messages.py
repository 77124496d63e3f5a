"""Plain messages for problems a user can fix. Tests replace ``ask`` and ``warn`` with
non-modal fakes so no test reaches a modal ``exec()``."""

from __future__ import annotations

import logging
from enum import Enum

from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


class Choice(Enum):
    READ_ONLY = "read-only"
    CANCEL = "cancel"


def warn(parent: QWidget | None, title: str, text: str) -> None:
    log.info("message shown: %s: %s", title, text)
    QMessageBox.warning(parent, title, text)


def ask_read_only(parent: QWidget | None, text: str) -> Choice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Project in use")
    box.setText(text)
    box.setInformativeText(
        "Only one window may change a project at a time. You can open it read-only "
        "to look without changing anything."
    )
    read_only = box.addButton("Open Read-Only", QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return Choice.READ_ONLY if box.clickedButton() is read_only else Choice.CANCEL
