"""Where exports go, and what happens after: save dialogs start in the project's folder
(never the hidden app-data folder), and once files are written a non-modal message offers
Open and Show in Folder. Tests replace :data:`launch` to see what would be opened."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


def _launch(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


launch: Callable[[QUrl], bool] = _launch  # replaced in tests


def suggested_path(project_path: Path | None, file_name: str) -> Path:
    """``file_name`` in the project's folder (the home folder when no project is open)."""
    folder = project_path.parent if project_path is not None else Path.home()
    return folder / file_name


def open_file(path: Path) -> bool:
    log.info("opening %s", path)
    return launch(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """The file's folder in the system file manager, the file selected where the system
    allows it (Windows Explorer, macOS Finder); elsewhere the folder is opened."""
    log.info("showing %s in its folder", path)
    if launch is _launch and sys.platform == "win32":
        return QProcess.startDetached("explorer.exe", [f"/select,{path}"])
    if launch is _launch and sys.platform == "darwin":
        return QProcess.startDetached("open", ["-R", str(path)])
    return launch(QUrl.fromLocalFile(str(path.parent)))


def offer_open(parent: QWidget | None, title: str, text: str, paths: Sequence[Path]) -> QMessageBox:
    """A non-modal message after writing ``paths``: Open (each file, or the only one),
    Show in Folder, Close. Returns the box (shown, not waited for)."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close,
                      parent)  # fmt: skip
    box.setObjectName("written_files_box")
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setInformativeText("\n".join(str(p) for p in paths))
    opener = box.addButton(
        QCoreApplication.translate("FilePlaces", "Open")
        if len(paths) == 1
        else QCoreApplication.translate("FilePlaces", "Open Files"),
        QMessageBox.ButtonRole.ActionRole,
    )
    folder = box.addButton(
        QCoreApplication.translate("FilePlaces", "Show in Folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    opener.clicked.connect(lambda: [open_file(p) for p in paths])
    folder.clicked.connect(lambda: show_in_folder(paths[0]))
    box.show()
    return box
