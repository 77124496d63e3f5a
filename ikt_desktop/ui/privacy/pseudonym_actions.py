"""Code ▸ Pseudonymise…: the dialog (ui/pseudonym_dialog.py), then Apply off the GUI
thread with progress and Cancel (services/pseudonyms.py: one transaction, so Cancel
before the commit leaves the project exactly as it was), as one undo command. Its undo
and redo run the service off the GUI thread too, behind a modal progress dialog without
Cancel (undo 2.8 s, redo 7-24 s on the 1,000,000-word corpus: too slow for the GUI
thread; bench/pseudonyms.py).

After an apply the user is told how many snapshots and backups still hold the real
names and may delete them securely (services/pseudonym_copies.py); the project file is
compacted and a fresh snapshot of the pseudonymised project is taken, off the GUI
thread. The key can be exported (plain, or encrypted with a password) and removed from
the project. Tests replace ``ask_path``, ``ask_password``, ``ask_delete_copies``,
``run_dialog`` and ``start_job``; the dialog itself is driven directly.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from ikt_desktop.domain.changes import ChangeSet
from ikt_desktop.domain.errors import UserError
from ikt_desktop.domain.progress import Progress
from ikt_desktop.services.privacy.project_snapshots import PSEUDONYMISED, ProjectSnapshots
from ikt_desktop.services.privacy.pseudonym_copies import (
    OldCopies,
    compact,
    old_copies,
    secure_delete,
)
from ikt_desktop.services.privacy.pseudonyms import (
    Pseudonymisation,
    PseudonymList,
    PseudonymService,
)
from ikt_desktop.services.project import Project
from ikt_desktop.ui.privacy.pseudonym_dialog import PseudonymiseDialog
from ikt_desktop.ui.shell import messages
from ikt_desktop.ui.shell.background import ProgressJob, Work, run_blocking
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.shell.commands import BackgroundCommand, ServiceCommand, push

__all__ = ["PseudonymActions", "PseudonymiseCommand", "PseudonymiseDialog", "SetListCommand"]

Runner = Callable[[Work, str], Any]


def ask_path(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("PseudonymActions", "Export Pseudonym Key"),
        "pseudonym-key.iktkey",
        QCoreApplication.translate(
            "PseudonymActions", "Encrypted key (*.iktkey);;Plain CSV (*.csv);;Plain JSON (*.json)"
        ),
    )
    return Path(name) if name else None


def ask_password(parent: QWidget | None) -> str | None:
    """The password, "" for a plain (unencrypted) file, None when cancelled."""
    text, ok = QInputDialog.getText(
        parent,
        QCoreApplication.translate("PseudonymActions", "Export Pseudonym Key"),
        QCoreApplication.translate(
            "PseudonymActions",
            "Password to encrypt the key (leave empty to write a PLAIN, unencrypted file):",
        ),
        QLineEdit.EchoMode.Password,
    )
    return text if ok else None


def copies_text(copies: OldCopies) -> str:
    """What the question after an apply says: how many copies, and the trade-off."""
    parts = []
    if copies.snapshots:
        parts.append(
            QCoreApplication.translate(
                "PseudonymActions", "{count} automatic snapshot(s) taken before now"
            ).format(count=len(copies.snapshots))
        )
    if copies.backups:
        parts.append(
            QCoreApplication.translate(
                "PseudonymActions", "{count} backup(s) beside the project file"
            ).format(count=len(copies.backups))
        )
    return (
        QCoreApplication.translate("PseudonymActions", "The project is pseudonymised. But ")
        + " and ".join(parts)
        + QCoreApplication.translate(
            "PseudonymActions",
            " still contain the "
            "real names.\n\nDelete them securely (each file is overwritten, then deleted)?\n\n"
            "They are also the way back: once they are gone, the real names return only "
            "through Edit ▸ Undo while this project stays open (an exported key says who "
            "is who, but cannot rebuild the original text). Keep them if you may need the "
            "original project again.\n\n"
            "Either way a fresh snapshot of the pseudonymised project is taken now. The "
            "replacement list (the key to the real names) stays in the project and its "
            "snapshots until you export it and choose Remove Key from Project.",
        )
    )


def ask_delete_copies(parent: QWidget | None, copies: OldCopies) -> bool:
    title = QCoreApplication.translate("PseudonymActions", "Copies with the real names")
    return messages.ask_to_shred(parent, title, copies_text(copies), QMessageBox.Icon.Question)


class SetListCommand(ServiceCommand):
    def __init__(self, service: PseudonymService, hub: ChangeHub, after: PseudonymList,
                 text: str = "") -> None:  # fmt: skip
        super().__init__(
            text or QCoreApplication.translate("SetListCommand", "Edit Pseudonym List"), hub
        )
        self._service, self._before, self._after = service, service.get_list(), after

    def _set(self, lst: PseudonymList) -> ChangeSet:
        if not lst.entries:
            return self._service.remove_key().changes
        return self._service.set_list(lst.entries, ignore_case=lst.ignore_case).changes

    def _do(self) -> ChangeSet:
        return self._set(self._after)

    def _undo(self) -> ChangeSet:
        return self._set(self._before)


class PseudonymiseCommand(BackgroundCommand):
    """Store the list and apply it to the whole project (one service call); undo restores
    texts, spans, fields and the list as it was. Made after the first apply (run as a
    background job): ``done`` is its record. Undo and redo go through ``run``."""

    def __init__(self, service: PseudonymService, hub: ChangeHub, lst: PseudonymList,
                 done: Pseudonymisation, run: Runner) -> None:  # fmt: skip
        super().__init__(
            QCoreApplication.translate("PseudonymiseCommand", "Pseudonymise the Project"), hub
        )
        self._service, self._list, self.record, self._run = service, lst, done, run

    def _do(self) -> ChangeSet:
        service, lst = self._service, self._list
        outcome = self._run(
            lambda p: service.apply(lst, p),
            QCoreApplication.translate("PseudonymActions", "Pseudonymising…"),
        )
        self.record = outcome.value
        return ChangeSet(outcome.changes.changes)

    def _undo(self) -> ChangeSet:
        service, record = self._service, self.record
        outcome = self._run(
            lambda _p: service.restore(record),
            QCoreApplication.translate("PseudonymiseCommand", "Undoing the pseudonymisation…"),
        )
        return ChangeSet(outcome.changes.changes)


class PseudonymActions(QAction):
    """Code ▸ Pseudonymise…; ``parent`` is the workspace (it goes with the project).
    ``finished`` is emitted with "apply" once an apply ended (done, failed or cancelled)
    and with "copies" once the copies were dealt with after a successful apply."""

    finished = Signal(str)

    def __init__(
        self, project: Project, hub: ChangeHub, undo_stack: QUndoStack, parent: QWidget
    ) -> None:
        super().__init__(QCoreApplication.translate("PseudonymActions", "Pseudonymise…"), parent)
        self._project, self._hub, self._stack, self._parent = project, hub, undo_stack, parent
        self.ask_path: Callable[[QWidget | None], Path | None] = ask_path
        self.ask_password: Callable[[QWidget | None], str | None] = ask_password
        self.ask_delete_copies: Callable[[QWidget | None, OldCopies], bool] = ask_delete_copies
        self.run_dialog: Callable[[PseudonymiseDialog], object] = lambda d: d.exec()
        self.start_job: Callable[[ProgressJob], None] = lambda job: job.start()
        self.jobs: list[ProgressJob] = []
        self.last_copies = OldCopies()
        self.setStatusTip(
            QCoreApplication.translate(
                "PseudonymActions", "Replace real names in the whole project (one undoable step)"
            )
        )
        self.setEnabled(not project.read_only)
        self.triggered.connect(self.open)

    @property
    def window(self) -> QWidget:
        return self._parent.window()

    def dialog(self) -> PseudonymiseDialog:
        d = PseudonymiseDialog(self._project.pseudonyms, self.window)
        d.export_button.clicked.connect(lambda: self.export_key(d.current(), d))
        return d

    def open(self) -> bool:
        d = self.dialog()
        self.run_dialog(d)
        return self.finish(d)

    def finish(self, d: PseudonymiseDialog) -> bool:
        """Carry out what the dialog was closed with (one undo command). An apply runs
        as a background job: True means it started."""
        service = self._project.pseudonyms
        if d.choice == "apply":
            return self.apply(d.current())
        if d.choice == "save":
            return push(self._stack, SetListCommand(service, self._hub, d.current()), self.window)
        if d.choice == "remove":
            empty = PseudonymList((), d.current().ignore_case)
            command = SetListCommand(
                service,
                self._hub,
                empty,
                QCoreApplication.translate("PseudonymActions", "Remove Pseudonym Key"),
            )
            return push(self._stack, command, self.window)
        return False

    # -- apply ---------------------------------------------------------------------------

    def apply(self, lst: PseudonymList) -> bool:
        if self.jobs:
            return False
        service = self._project.pseudonyms

        def work(progress: Progress) -> tuple[Any, datetime]:
            outcome = service.apply(lst, progress)
            return outcome, datetime.now(UTC)  # committed: later snapshots are clean

        self._job(
            work,
            QCoreApplication.translate("PseudonymActions", "Pseudonymising…"),
            lambda r: self._applied(lst, *r),
            "apply",
        )
        return True

    def _applied(self, lst: PseudonymList, outcome: Any, committed: datetime) -> None:
        run: Runner = lambda work, label: run_blocking(work, label, self.window)  # noqa: E731
        command = PseudonymiseCommand(self._project.pseudonyms, self._hub, lst,
                                      outcome.value, run)  # fmt: skip
        self._hub.publish(outcome.changes)
        command._done_once = True  # the job did the first run
        self._stack.push(command)
        done: Pseudonymisation = outcome.value
        self._status(
            QCoreApplication.translate(
                "PseudonymActions",
                "Pseudonymised: {hits} "
                "replacement(s) in {transcripts} transcript(s) and {fields} other field(s)",
            ).format(hits=done.hits, transcripts=len(done.edits), fields=len(done.fields))
        )
        self.offer_copies(committed)

    def offer_copies(self, committed: datetime) -> None:
        """Ask about the copies taken before ``committed``; then delete the chosen ones,
        compact the file and take a fresh snapshot, off the GUI thread."""
        project = self._project
        try:
            snapshots: ProjectSnapshots | None = ProjectSnapshots.for_store(project.store)
        except (UserError, OSError):
            snapshots = None
        copies = old_copies(project.path, snapshots, committed)
        doomed = copies if copies and self.ask_delete_copies(self.window, copies) else OldCopies()

        def work(progress: Progress) -> int:
            deleted = secure_delete(doomed.all, progress)
            progress(
                0, 0, QCoreApplication.translate("PseudonymActions", "Compacting the project file…")
            )
            compact(project.store)
            if snapshots is not None:
                progress(
                    0,
                    0,
                    QCoreApplication.translate(
                        "PseudonymActions", "Taking a snapshot of the pseudonymised project…"
                    ),
                )
                snapshots.take(PSEUDONYMISED)
            return deleted

        def ended(deleted: int) -> None:
            self.last_copies = doomed
            kept = len(copies.all) - deleted
            self._status(
                QCoreApplication.translate(
                    "PseudonymActions", "{deleted} copy(ies) with the real names deleted securely"
                ).format(deleted=deleted)
                + (f"; {kept} kept" if kept else "")
                + QCoreApplication.translate(
                    "PseudonymActions", "; a snapshot of the pseudonymised project was taken"
                )
            )

        self._job(
            work,
            QCoreApplication.translate("PseudonymActions", "Deleting old copies…"),
            ended,
            "copies",
        )

    def _job(self, work: Work, label: str, on_success: Callable[[Any], None], name: str) -> None:
        job = ProgressJob(work, label, self.window, self)
        self.jobs.append(job)

        def ended(result: object, error: str, cancelled: bool) -> None:
            self.jobs.remove(job)
            if error:
                messages.warn(
                    self.window,
                    QCoreApplication.translate("PseudonymActions", "Pseudonymise"),
                    error,
                )
            elif cancelled:
                self._status(
                    QCoreApplication.translate("PseudonymActions", "Cancelled; nothing was changed")
                )
            else:
                on_success(result)
            self.finished.emit(name)

        job.ended.connect(ended)
        self.start_job(job)

    def _status(self, text: str) -> None:
        bar = getattr(self.window, "statusBar", None)
        if callable(bar):
            bar().showMessage(text, 15000)

    # -- the key as a file ---------------------------------------------------------------

    def export_key(self, lst: PseudonymList, parent: QWidget) -> Path | None:
        path = self.ask_path(parent)
        if path is None:
            return None
        password = self.ask_password(parent)
        if password is None:
            return None
        try:
            written = self._project.pseudonyms.export_key(path, password or None, lst)
        except UserError as exc:
            messages.warn(
                parent,
                QCoreApplication.translate("PseudonymActions", "Export Pseudonym Key"),
                str(exc),
            )
            return None
        kind = (
            "encrypted"
            if password
            else QCoreApplication.translate("PseudonymActions", "PLAIN (not encrypted)")
        )
        messages.inform(
            parent,
            QCoreApplication.translate("PseudonymActions", "Export Pseudonym Key"),
            QCoreApplication.translate(
                "PseudonymActions", "The key was written, {kind}:\n{written}"
            ).format(kind=kind, written=written),
        )
        return written
