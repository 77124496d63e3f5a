"""Unexpected errors (bugs): logged, then shown with the details to copy into a report."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop import APP_NAME, __version__
from ikt_desktop.domain.errors import UserError

log = logging.getLogger(__name__)


class CrashDialog(QDialog):
    def __init__(self, details: str, log_file: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("CrashDialog", "{app}: something went wrong").format(
                app=APP_NAME
            )
        )
        self.details = details
        intro = QLabel(
            QCoreApplication.translate(
                "CrashDialog",
                "An unexpected error happened. Your project is safe: every action is saved as it "
                "happens, and the action that failed was not saved.\n\n"
                "Please copy the details below into a bug report.",
            )
            + (
                QCoreApplication.translate("CrashDialog", "\nThe log file is {log_file}.").format(
                    log_file=log_file
                )
                if log_file
                else ""
            )
        )
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text = QPlainTextEdit(details)
        self.text.setReadOnly(True)
        self.copy_button = QPushButton(QCoreApplication.translate("CrashDialog", "Copy Details"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.resize(640, 420)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)


def format_details(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    return (
        f"{APP_NAME} {__version__} on Python {sys.version.split()[0]}, {sys.platform}\n\n"
        + "".join(traceback.format_exception(exc_type, exc, tb))
    )


def install_excepthook(log_file: str = "") -> None:
    """Route uncaught exceptions: user errors become a plain message, bugs the crash dialog."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, UserError):
            from ikt_desktop.ui.shell import messages

            messages.warn(None, APP_NAME, str(exc))
            return
        details = format_details(exc_type, exc, tb)
        log.error("uncaught exception\n%s", details)
        CrashDialog(details, log_file).exec()

    sys.excepthook = hook
