"""File ▸ Import/Export of REFI-QDA projects (.qdpx) and codebooks (.qdc).

Long work (a whole project either way) runs off the GUI thread with its own sessions,
with progress and Cancel; adding a codebook is one undo command. Importing a project offers
to encrypt it, as File ▸ New Project does. Tests replace :func:`ask_open`, :func:`ask_save`
and ``password_dialog.ask_new_project`` so no dialog is ever shown modally.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QProgressDialog, QWidget

from ikt_desktop.domain.errors import UserError
from ikt_desktop.domain.progress import Progress
from ikt_desktop.ui.privacy import password_dialog
from ikt_desktop.ui.privacy.security_actions import to_password
from ikt_desktop.ui.shell import messages
from ikt_desktop.ui.shell.background import ProgressJob, Work

if TYPE_CHECKING:  # the services, the dialog and the command load on first use
    from ikt_desktop.domain.exchange.refi import ExchangeSummary
    from ikt_desktop.ui.exchange.exchange_dialog import ExchangeSummaryDialog
    from ikt_desktop.ui.shell.host import WindowHost

log = logging.getLogger(__name__)

QDPX_FILTER = QT_TRANSLATE_NOOP("FileFilters", "REFI-QDA projects (*.qdpx)")
QDC_FILTER = QT_TRANSLATE_NOOP("FileFilters", "REFI-QDA codebooks (*.qdc)")
PROJECT_FILTER = QT_TRANSLATE_NOOP("FileFilters", "iKT Desktop projects (*.ikt)")


def ask_open(parent: QWidget, title: str, file_filter: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
    return Path(name) if name else None


def ask_save(parent: QWidget, title: str, file_filter: str, suggested: Path) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    return Path(name) if name else None


def _with_suffix(path: Path, suffix: str) -> Path:
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


class ExchangeActions(QObject):
    """The four File menu actions and their flows, for one main window."""

    finished = Signal(str)  # "import-project", "export-project", ... once a flow ends

    def __init__(self, window: WindowHost, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.summary_dialog: ExchangeSummaryDialog | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._running: list[ProgressJob] = []
        self.import_project = self._action(
            menu,
            QCoreApplication.translate("ExchangeActions", "Import REFI-QDA &Project…"),
            self.import_qdpx,
        )
        self.import_codebook = self._action(
            menu,
            QCoreApplication.translate("ExchangeActions", "Import Code&book (.qdc)…"),
            self.import_qdc,
        )
        self.export_project = self._action(
            menu,
            QCoreApplication.translate("ExchangeActions", "E&xport REFI-QDA Project…"),
            self.export_qdpx,
        )
        self.export_codebook = self._action(
            menu,
            QCoreApplication.translate("ExchangeActions", "Export Codebook (.&qdc)…"),
            self.export_qdc,
        )
        menu.aboutToShow.connect(self.update_enabled)

    def _action(self, menu: QMenu, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        menu.addAction(action)
        return action

    def update_enabled(self) -> None:
        project = self.window.project
        self.export_project.setEnabled(project is not None)
        self.export_codebook.setEnabled(project is not None)
        self.import_codebook.setEnabled(project is not None and not project.read_only)

    # -- flows -----------------------------------------------------------------------

    def import_qdpx(self, source: Path | None = None, target: Path | None = None) -> None:
        source = source or ask_open(
            self.window,
            QCoreApplication.translate("ExchangeActions", "Import REFI-QDA Project"),
            QCoreApplication.translate("FileFilters", str(QDPX_FILTER)),
        )
        if source is None:
            return
        target = target or ask_save(
            self.window,
            QCoreApplication.translate("ExchangeActions", "Save the Imported Project As"),
            QCoreApplication.translate("FileFilters", str(PROJECT_FILTER)),
            source.with_suffix(".ikt"),
        )
        if target is None:
            return
        target = _with_suffix(target, ".ikt")
        choice = password_dialog.ask_new_project(
            self.window,
            target,
            QCoreApplication.translate("ExchangeActions", "Import REFI-QDA Project"),
            QCoreApplication.translate("ExchangeActions", "Import {name} as").format(
                name=source.name
            ),
        )
        if choice is None:
            return
        password = to_password(choice.password)

        def work(progress: Progress) -> ExchangeSummary:
            from ikt_desktop.services.exchange.qdpx_project import import_qdpx

            project, summary = import_qdpx(source, target, progress, password=password)
            project.close()  # opened again on the GUI thread
            return summary

        def done(summary: ExchangeSummary) -> None:
            if self.window.open_project(target, password=password):
                self.show_summary(
                    summary,
                    QCoreApplication.translate("ExchangeActions", "REFI-QDA project imported"),
                )

        self._run(
            work,
            f"Importing {source.name}…",
            QCoreApplication.translate("ExchangeActions", "Cannot import the project"),
            done,
            "import-project",
        )

    def export_qdpx(self, target: Path | None = None) -> None:
        project = self.window.project
        if project is None:
            return
        target = target or ask_save(
            self.window,
            QCoreApplication.translate("ExchangeActions", "Export REFI-QDA Project"),
            QCoreApplication.translate("FileFilters", str(QDPX_FILTER)),
            project.path.with_suffix(".qdpx"),
        )
        if target is None:
            return
        target = _with_suffix(target, ".qdpx")
        exchange = project.exchange

        def done(_result: object) -> None:
            self.window.statusBar().showMessage(
                QCoreApplication.translate("ExchangeActions", "Exported {name}").format(
                    name=target.name
                ),
                8000,
            )

        self._run(
            lambda progress: exchange.export_qdpx(target, progress),
            f"Exporting {target.name}…",
            QCoreApplication.translate("ExchangeActions", "Cannot export the project"),
            done,
            "export-project",
        )

    def import_qdc(self, source: Path | None = None) -> None:
        project = self.window.project
        if project is None or project.read_only:
            return
        source = source or ask_open(
            self.window,
            QCoreApplication.translate("ExchangeActions", "Import Codebook"),
            QCoreApplication.translate("FileFilters", str(QDC_FILTER)),
        )
        if source is None:
            return
        from ikt_desktop.ui.exchange.codebook_command import AddCodebookCommand
        from ikt_desktop.ui.shell import commands

        command = AddCodebookCommand(project.exchange, self.window.hub, source)
        if commands.push(self.window.undo_stack, command, self.window) and command.added:
            self.show_summary(
                command.added.summary,
                QCoreApplication.translate("ExchangeActions", "Codebook imported"),
            )
        self.finished.emit("import-codebook")

    def export_qdc(self, target: Path | None = None) -> None:
        project = self.window.project
        if project is None:
            return
        target = target or ask_save(
            self.window,
            QCoreApplication.translate("ExchangeActions", "Export Codebook"),
            QCoreApplication.translate("FileFilters", str(QDC_FILTER)),
            project.path.with_suffix(".qdc"),
        )
        if target is not None:
            target = _with_suffix(target, ".qdc")
            try:
                project.exchange.export_qdc(target)
            except UserError as exc:
                messages.warn(
                    self.window,
                    QCoreApplication.translate("ExchangeActions", "Cannot export the codebook"),
                    str(exc),
                )
            else:
                self.window.statusBar().showMessage(
                    QCoreApplication.translate("ExchangeActions", "Exported {name}").format(
                        name=target.name
                    ),
                    8000,
                )
        self.finished.emit("export-codebook")

    def show_summary(self, summary: ExchangeSummary, title: str) -> ExchangeSummaryDialog:
        from ikt_desktop.ui.exchange.exchange_dialog import ExchangeSummaryDialog

        dialog = ExchangeSummaryDialog(summary, title, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.summary_dialog = dialog
        return dialog

    # -- running off the GUI thread -------------------------------------------------------

    def _run(self, work: Work, label: str,
             failure_title: str, on_success: Callable[[Any], None], name: str) -> None:  # fmt: skip
        job = ProgressJob(work, label, self.window, self)
        self.progress_dialog = job.dialog
        self._running.append(job)

        def ended(result: object, error: str, cancelled: bool) -> None:
            self._running.remove(job)
            if error:
                messages.warn(self.window, failure_title, error)
            elif cancelled:
                self.window.statusBar().showMessage(
                    QCoreApplication.translate("ExchangeActions", "Cancelled; nothing was written"),
                    8000,
                )
            else:
                on_success(result)
            self.finished.emit(name)

        job.ended.connect(ended)
        job.start()
