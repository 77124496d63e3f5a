"""File ▸ Merge Project: choose another project (``.ikt`` or ``.qdpx``), read it and plan
off the GUI thread, preview, then merge off the GUI thread with progress and Cancel.

A merge is one transaction after a backup beside the project; it is not on the undo stack
(it can add tens of thousands of rows): the preview and the result say so and name the
backup. Afterwards the project is opened again, so every pane shows the merged project and
the undo history (which referred to the project before the merge) starts afresh. Tests
replace :func:`ask_open` so no file dialog is ever shown modally.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QProgressDialog, QWidget

from ikt_desktop.domain.progress import Progress
from ikt_desktop.ui.privacy import password_dialog
from ikt_desktop.ui.privacy.security_actions import to_password
from ikt_desktop.ui.shell import messages
from ikt_desktop.ui.shell.background import ProgressJob, Work

if TYPE_CHECKING:  # the services and the dialog load on first use, not at start-up
    from collections.abc import Callable

    from ikt_desktop.domain.merge.plan import MergePlan
    from ikt_desktop.services.team.merge import MergeResult, OtherProject
    from ikt_desktop.ui.shell.host import WindowHost
    from ikt_desktop.ui.team.merge_dialog import MergeDialog

log = logging.getLogger(__name__)

MERGE_FILTER = QT_TRANSLATE_NOOP(
    "FileFilters",
    "Projects to merge (*.ikt *.qdpx);;iKT Desktop projects (*.ikt);;REFI-QDA projects (*.qdpx)",
)


def ask_open(parent: QWidget, title: str, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return Path(name) if name else None


class MergeActions(QObject):
    """The File ▸ Merge Project… action and its flow, for one main window."""

    finished = Signal(str)  # "preview" once the preview is shown (or failed), "merge" after

    def __init__(self, window: WindowHost, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: MergeDialog | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._other: OtherProject | None = None
        self._target: Path | None = None  # the project the preview was made for
        self._jobs: list[ProgressJob] = []
        self.action = QAction(
            QCoreApplication.translate("MergeActions", "&Merge Project…"),
            window,
        )
        self.action.setStatusTip(
            QCoreApplication.translate(
                "MergeActions", "Bring a teammate's project (.ikt or .qdpx) into this one"
            )
        )
        self.action.triggered.connect(lambda _checked=False: self.merge_project())
        menu.addAction(self.action)
        menu.aboutToShow.connect(self.update_enabled)

    def update_enabled(self) -> None:
        project = self.window.project
        self.action.setEnabled(project is not None and not project.read_only)

    # -- the flow ----------------------------------------------------------------------

    def merge_project(self, path: Path | None = None) -> None:
        project = self.window.project
        if project is None or project.read_only or self._jobs or self._other is not None:
            return
        path = path or ask_open(
            self.window,
            QCoreApplication.translate("MergeActions", "Merge Project"),
            QCoreApplication.translate("FileFilters", str(MERGE_FILTER)),
        )
        if path is None:
            return
        from ikt_desktop.services.privacy.security import is_encrypted

        service = project.merge
        password = None
        if is_encrypted(path):  # asked here, on the GUI thread; a wrong one is reported
            password = to_password(password_dialog.ask_password(self.window, path))
            if password is None:
                return

        def work(progress: Progress) -> tuple[OtherProject, MergePlan]:
            progress(0, 0, f"Reading {path.name}…")
            other = service.open_other(path, progress, password)
            try:
                return other, service.plan(other)
            except BaseException:
                other.close()
                raise

        self._run(
            work,
            f"Reading {path.name}…",
            QCoreApplication.translate("MergeActions", "Cannot merge the project"),
            self._preview,
            "preview",
        )

    def _preview(self, result: tuple[OtherProject, MergePlan]) -> None:
        other, plan = result
        project = self.window.project
        if project is None:  # closed meanwhile
            other.close()
            return
        self._other, self._target = other, project.path
        from ikt_desktop.ui.team.merge_dialog import MergeDialog

        dialog = MergeDialog(plan, other.path, project.path, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merge_requested.connect(self._merge)
        dialog.finished.connect(self._dialog_closed)
        self.dialog = dialog
        dialog.open()

    def _merge(self, join: dict[str, int]) -> None:
        project, other = self.window.project, self._other
        if project is None or other is None or project.path != self._target:
            messages.warn(
                self.window,
                QCoreApplication.translate("MergeActions", "Cannot merge the project"),
                QCoreApplication.translate(
                    "MergeActions",
                    "Another project is open now "
                    "than when the preview was made; "
                    "nothing was merged. Choose File ▸ Merge Project… again.",
                ),
            )
            if self.dialog is not None:
                self.dialog.close()
            return
        service = project.merge
        self._run(
            lambda progress: service.merge(other, join, progress).value,
            f"Merging {other.path.name}…",
            QCoreApplication.translate("MergeActions", "Cannot merge the project"),
            self._merged,
            "merge",
        )

    def _merged(self, result: MergeResult) -> None:
        project = self.window.project
        if project is not None and result.backup:  # every pane shows the merged project:
            path, key = project.path, project.store.key  # closed first, or its own lock
            self.window.close_project()  # refuses opening it again ("open in another window")
            self.window.open_project(path, password=key)
        if self.dialog is not None:
            self.dialog.show_done(result.plan, result.backup)
            self.dialog.raise_()
        self.window.statusBar().showMessage(
            f"Merged {Path(result.other).name}"
            + (
                QCoreApplication.translate("MergeActions", "; backup at {name}").format(
                    name=Path(result.backup).name
                )
                if result.backup
                else ""
            ),
            15000,
        )
        self._release_other()

    def _dialog_closed(self, _code: int) -> None:
        self.dialog = None
        if not self._jobs:
            self._release_other()

    def _release_other(self) -> None:
        if self._other is not None:
            self._other.close()
            self._other = None

    # -- running off the GUI thread ------------------------------------------------------

    def _run(self, work: Work, label: str, failure_title: str,
             on_success: Callable[[Any], None], name: str) -> None:  # fmt: skip
        job = ProgressJob(work, label, self.window, self)
        self.progress_dialog = job.dialog
        self._jobs.append(job)

        def ended(result: object, error: str, cancelled: bool) -> None:
            self._jobs.remove(job)
            if error or cancelled:
                self._failed(failure_title, error)
            else:
                on_success(result)
            self.finished.emit(name)

        job.ended.connect(ended)
        job.start()

    def _failed(self, title: str, error: str) -> None:
        if error:
            messages.warn(self.window, title, error)
        else:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("MergeActions", "Cancelled; nothing was changed"), 8000
            )
        if self.dialog is not None:
            self.dialog.merge_failed()  # the preview stays: the user may try again
        else:
            self._release_other()
