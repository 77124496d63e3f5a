"""Automatic snapshots and File ▸ Restore Snapshot… for one main window.

A snapshot is taken when a project is opened for writing, and after changes once
``snapshots/every_minutes`` (default 10) have passed since the last one; each runs on a
worker thread with its own connection (the backup API reads while the GUI writes), so the
window never waits. Opening a project in a cloud-synchronised folder shows, once per open,
a non-modal warning that says why. Tests replace :func:`ask_save` and :func:`ask_open_now`.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QWidget

from ikt_desktop.domain.errors import (
    Cancelled,
    PasswordRequiredError,
    UserError,
    WrongPasswordError,
)
from ikt_desktop.domain.privacy import cloud
from ikt_desktop.domain.progress import Progress
from ikt_desktop.ui.shell import messages
from ikt_desktop.ui.shell.background import BackgroundWorker, start_in_thread

if TYPE_CHECKING:  # the services and the dialog load on first use, not at start-up
    from ikt_desktop.services.privacy.project_snapshots import ProjectSnapshots, SnapshotInfo
    from ikt_desktop.services.privacy.security import Password
    from ikt_desktop.services.project import Project
    from ikt_desktop.ui.privacy.snapshot_dialog import SnapshotDialog
    from ikt_desktop.ui.shell.host import WindowHost

log = logging.getLogger(__name__)

EVERY_KEY = "snapshots/every_minutes"
CHECK_MS = 60_000  # how often to look whether a snapshot is due after changes
PROJECT_FILTER = QT_TRANSLATE_NOOP("FileFilters", "iKT Desktop projects (*.ikt)")


def ask_save(parent: QWidget, title: str, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(suggested),
        QCoreApplication.translate("FileFilters", str(PROJECT_FILTER)),
    )
    return Path(name) if name else None


def ask_open_now(parent: QWidget, path: Path) -> bool:
    answer = QMessageBox.question(
        parent, QCoreApplication.translate("SnapshotActions", "Snapshot restored"),
        QCoreApplication.translate("SnapshotActions", "The snapshot was restored as a new "
            "project:\n{path}\n\nOpen it now? (The project open now will be closed; it is not "
            "changed.)").format(path=path),
    )  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


class SnapshotActions(QObject):
    """Takes the snapshots of the window's project and offers to restore them."""

    taken = Signal(object)  # SnapshotInfo, after each automatic snapshot
    restored = Signal(object)  # Path of a restored project

    def __init__(self, window: WindowHost, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.snapshots: ProjectSnapshots | None = None
        self.changes = 0  # changes since the last snapshot began
        self.last: datetime | None = None
        self.dialog: SnapshotDialog | None = None
        self._worker: BackgroundWorker | None = None
        self._thread: QThread | None = None
        self._stale: list[tuple[QThread, BackgroundWorker]] = []  # of a closed project
        self.restore_action = QAction(
            QCoreApplication.translate("SnapshotActions", "Restore &Snapshot…"),
            window,
        )
        self.restore_action.triggered.connect(lambda _checked=False: self.show_dialog())
        menu.addAction(self.restore_action)
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.maybe_take)
        window.hub.changed.connect(self._on_changed)

    @property
    def every_minutes(self) -> float:
        try:
            return float(str(self.window.settings.value(EVERY_KEY, 10)))
        except (TypeError, ValueError):
            return 10.0

    @property
    def busy(self) -> bool:
        return self._thread is not None

    # -- the project's life ----------------------------------------------------------

    def project_opened(self, project: Project) -> None:
        """Take the on-open snapshot (in the background) and warn about sync folders. A
        team project has no file to copy: the server's own backups keep it (``team
        upgrade`` takes a pg_dump; IT departments back up their databases)."""
        from ikt_desktop.services.privacy.project_snapshots import OPEN, ProjectSnapshots

        self.changes = 0
        if project.store.is_team:
            self.snapshots = None
            return
        try:
            self.snapshots = ProjectSnapshots.for_store(project.store)
            self.last = self.snapshots.last_taken()
        except (UserError, OSError) as exc:
            log.warning("snapshots unavailable for %s: %s", project.path, exc)
            self.snapshots = None
        if self.snapshots is not None and not project.read_only:
            self.take_in_background(OPEN)
            self.timer.start()
        self._warn_if_synchronised(project.path)

    def project_closing(self) -> None:
        """Before the project closes: let a running snapshot finish (the close folds the
        write-ahead log into the file, which a reader would hold up), then stop."""
        self.timer.stop()
        if self._thread is not None and self._worker is not None:
            self._thread.wait()
            # its "done" may still be queued: it must not count for the next project
            self._stale.append((self._thread, self._worker))
            self._thread, self._worker = None, None
        self.snapshots = None
        self.changes = 0

    def _warn_if_synchronised(self, path: Path) -> None:
        service = cloud.cloud_service(path, lambda p: Path(p).is_file())
        if service is None:
            return
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "SnapshotActions",
                "This project is in a {service} folder: keep projects in a local folder",
            ).format(service=service),
            15000,
        )
        messages.inform(self.window, QCoreApplication.translate("SnapshotActions", "Project in a "
            "synchronised folder"),
                        cloud.warning_text(path, service))  # fmt: skip

    # -- taking ----------------------------------------------------------------------

    def _on_changed(self, _changes: object) -> None:
        self.changes += 1
        self.maybe_take()

    def maybe_take(self) -> None:
        if self.snapshots is None or self.busy:
            return
        from ikt_desktop.services.privacy.project_snapshots import CHANGES, ProjectSnapshots

        if ProjectSnapshots.due(self.last, self.changes, datetime.now(UTC), self.every_minutes):
            self.take_in_background(CHANGES)

    def take_in_background(self, reason: str) -> bool:
        snapshots = self.snapshots
        if snapshots is None or self.busy:
            return False
        self.changes = 0  # changes from now on count towards the next one

        def work(_progress: Progress) -> SnapshotInfo:
            return snapshots.take(reason)

        self._worker = BackgroundWorker(work)
        self._worker.done.connect(self._done)  # queued: runs on the GUI thread
        self._thread = start_in_thread(self._worker, self)
        return True

    def _done(self, info: object, error: str, _cancelled: bool) -> None:
        sender = self.sender()
        if sender is not self._worker:  # a snapshot of a project closed since
            for thread, worker in list(self._stale):
                if worker is sender:
                    self._stale.remove((thread, worker))
                    thread.deleteLater()
            if error:
                log.warning("snapshot failed: %s", error)
            return
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
        self._thread, self._worker = None, None
        if error:
            log.warning("snapshot failed: %s", error)
            self.window.statusBar().showMessage(
                QCoreApplication.translate(
                    "SnapshotActions", "Could not take a snapshot: {error}"
                ).format(error=error),
                10000,
            )
            return
        from ikt_desktop.services.privacy.project_snapshots import SnapshotInfo

        assert isinstance(info, SnapshotInfo)
        self.last = info.taken
        self.taken.emit(info)

    # -- restoring -------------------------------------------------------------------

    def show_dialog(self) -> SnapshotDialog:
        """The snapshots of the open project; with none open, every project's (for a
        project that no longer opens). Non-modal."""
        from ikt_desktop.services.privacy.project_snapshots import list_all
        from ikt_desktop.ui.privacy.snapshot_dialog import SnapshotDialog

        if self.dialog is not None:
            self.dialog.close()
        project = self.window.project
        if self.snapshots is not None and project is not None:
            found = self.snapshots.list()
            intro = QCoreApplication.translate(
                "SnapshotActions",
                "Automatic snapshots of “{title}”, newest first. Restoring makes a new project "
                "file; this project is not changed.",
            ).format(title=project.title)
        else:
            found = list_all()
            intro = QCoreApplication.translate(
                "SnapshotActions",
                "Automatic snapshots of every project, newest first. Restoring makes a "
                "new project file.",
            )
        dialog = SnapshotDialog(found, intro, project is None, self.window)
        dialog.restore_requested.connect(self.restore)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        dialog.open()
        self.dialog = dialog
        return dialog

    def restore(self, info: SnapshotInfo, target: Path | None = None) -> Path | None:
        """Restore ``info`` into a new file (asked for when not given), then offer to open
        it. Returns the new file, or None."""
        origin = Path(info.project_path) if info.project_path else None
        folder = origin.parent if origin and origin.parent.is_dir() else Path.home()
        stem = origin.stem if origin else "project"
        stamp = info.taken.astimezone().strftime("%Y-%m-%d %H%M")
        suggested = folder / f"{stem} (snapshot {stamp}).ikt"
        target = target or ask_save(
            self.window,
            QCoreApplication.translate("SnapshotActions", "Restore Snapshot as New Project"),
            suggested,
        )
        if target is None:
            return None
        if target.suffix.lower() != ".ikt":
            target = target.with_name(target.name + ".ikt")
        key = self.snapshots.key if self.snapshots is not None else None
        QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
        try:
            if self.snapshots is not None:
                restored = self.snapshots.restore(info, target)  # refuses the open file
            else:
                restored, key = self._restore_any(info.path, target)
        except UserError as exc:
            messages.warn(
                self.window,
                QCoreApplication.translate("SnapshotActions", "Cannot restore the snapshot"),
                str(exc),
            )
            return None
        finally:
            QApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(
            QCoreApplication.translate(
                "SnapshotActions", "Restored the snapshot as {restored}"
            ).format(restored=restored),
            10000,
        )
        self.restored.emit(restored)
        if ask_open_now(self.window, restored):
            if self.dialog is not None:
                self.dialog.close()
            self.window.open_project(restored, password=key)
        return restored

    def _restore_any(self, snapshot: Path, target: Path) -> tuple[Path, Password | None]:
        """Restore a snapshot of any project: an encrypted one asks for its password
        (again after a wrong one; Cancel stops with nothing written)."""
        from ikt_desktop.services.privacy.project_snapshots import restore_snapshot

        key: Password | None = None
        while True:
            try:
                return restore_snapshot(snapshot, target, key), key
            except (PasswordRequiredError, WrongPasswordError) as exc:
                QApplication.restoreOverrideCursor()
                key = self.window.security.ask(snapshot, wrong=isinstance(exc, WrongPasswordError))
                QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
                if key is None:
                    raise Cancelled("restoring the snapshot") from None
