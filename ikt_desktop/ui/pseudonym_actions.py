"""Code ▸ Pseudonymise…: the replacement list (term -> replacement) as an editable table,
seeded from the project's names, a preview of every hit in context, and Apply: every
transcript in one undoable step (services/pseudonyms.py). The key can be exported (plain,
or encrypted with a password) and removed from the project. Tests replace ``ask_path``
and ``ask_password``; the dialog itself is driven directly (never through ``exec()``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.changes import ChangeSet
from ikt_desktop.domain.errors import UserError
from ikt_desktop.domain.pseudonyms import Entry
from ikt_desktop.services.project import Project
from ikt_desktop.services.pseudonyms import Pseudonymisation, PseudonymList, PseudonymService
from ikt_desktop.ui import messages
from ikt_desktop.ui.change_hub import ChangeHub
from ikt_desktop.ui.commands import ServiceCommand, push

KIND_ROLE = Qt.ItemDataRole.UserRole
SHOWN_HITS = 2000  # hits listed in the preview (the count is always complete)


def ask_path(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, "Export Pseudonym Key", "pseudonym-key.iktkey",
        "Encrypted key (*.iktkey);;Plain CSV (*.csv);;Plain JSON (*.json)",
    )  # fmt: skip
    return Path(name) if name else None


def ask_password(parent: QWidget | None) -> str | None:
    """The password, "" for a plain (unencrypted) file, None when cancelled."""
    text, ok = QInputDialog.getText(
        parent, "Export Pseudonym Key",
        "Password to encrypt the key (leave empty to write a PLAIN, unencrypted file):",
        QLineEdit.EchoMode.Password,
    )  # fmt: skip
    return text if ok else None


class SetListCommand(ServiceCommand):
    def __init__(self, service: PseudonymService, hub: ChangeHub, after: PseudonymList,
                 text: str = "Edit Pseudonym List") -> None:  # fmt: skip
        super().__init__(text, hub)
        self._service, self._before, self._after = service, service.get_list(), after

    def _do(self) -> ChangeSet:
        if not self._after.entries:
            return self._service.remove_key().changes
        return self._service.set_list(self._after.entries,
                                      ignore_case=self._after.ignore_case).changes  # fmt: skip

    def _undo(self) -> ChangeSet:
        if not self._before.entries:
            return self._service.remove_key().changes
        return self._service.set_list(self._before.entries,
                                      ignore_case=self._before.ignore_case).changes  # fmt: skip


class PseudonymiseCommand(ServiceCommand):
    """Store the list and apply it to every transcript; undo restores texts, spans,
    speaker names and the list as it was."""

    def __init__(self, service: PseudonymService, hub: ChangeHub, lst: PseudonymList) -> None:
        super().__init__("Pseudonymise All Transcripts", hub)
        self._service, self._before, self._after = service, service.get_list(), lst
        self.record: Pseudonymisation | None = None

    def _set(self, lst: PseudonymList) -> ChangeSet:
        if not lst.entries:
            return self._service.remove_key().changes
        return self._service.set_list(lst.entries, ignore_case=lst.ignore_case).changes

    def _do(self) -> ChangeSet:
        changes = self._set(self._after)
        try:
            outcome = self._service.apply()
        except UserError:
            self._set(self._before)
            raise
        self.record = outcome.value
        return changes + outcome.changes

    def _undo(self) -> ChangeSet:
        assert self.record is not None
        changes = self._service.restore(self.record).changes
        return changes + self._set(self._before)


class PseudonymiseDialog(QDialog):
    """The list, Seed, the preview; Apply, Save List or Cancel (``choice`` says which)."""

    def __init__(self, service: PseudonymService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Pseudonymise")
        self.resize(900, 640)
        self._service = service
        self.choice = ""
        note = QLabel(
            "Replace real names and identifying terms in every transcript. Whole words; the "
            "longest term wins. Codings keep covering the same words. Undo puts it all back."
        )
        note.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(["Term (real name)", "Replacement"])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _i: self.refresh_preview())
        self.ignore_case = QCheckBox("Ignore case")
        self.ignore_case.toggled.connect(lambda _on: self.refresh_preview())
        self.seed_button = QPushButton("Seed from Project")
        self.seed_button.clicked.connect(self.seed)
        add, remove = QPushButton("Add Row"), QPushButton("Remove Rows")
        add.clicked.connect(lambda: self.add_row(Entry("", "")))
        remove.clicked.connect(self.remove_selected)
        self.export_button = QPushButton("Export Key…")
        self.remove_key_button = QPushButton("Remove Key from Project")
        self.remove_key_button.clicked.connect(lambda: self._finish("remove"))
        tools = QHBoxLayout()
        for w in (self.seed_button, add, remove, self.ignore_case):
            tools.addWidget(w)
        tools.addStretch(1)
        tools.addWidget(self.export_button)
        tools.addWidget(self.remove_key_button)
        self.summary = QLabel()
        self.preview = QListWidget()
        self.preview.setUniformItemSizes(True)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.summary)
        lower_layout.addWidget(self.preview)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(lower)
        self.apply_button = QPushButton("Apply to All Transcripts")
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(lambda: self._finish("apply"))
        save, cancel = QPushButton("Save List"), QPushButton("Cancel")
        save.clicked.connect(lambda: self._finish("save"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for b in (cancel, save, self.apply_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(tools)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        stored = service.get_list()
        self.ignore_case.setChecked(stored.ignore_case)
        self.set_entries(stored.entries)

    # -- the table ---------------------------------------------------------------------

    def add_row(self, entry: Entry, *, refresh: bool = True) -> None:
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        term = QTableWidgetItem(entry.term)
        term.setData(KIND_ROLE, entry.kind)
        if entry.kind == "interviewer":
            term.setToolTip("An interviewer's name (also identifying)")
            term.setForeground(Qt.GlobalColor.darkBlue)
        self.table.setItem(row, 0, term)
        self.table.setItem(row, 1, QTableWidgetItem(entry.replacement))
        self.table.blockSignals(False)
        if refresh:
            self.refresh_preview()

    def set_entries(self, entries: tuple[Entry, ...] | list[Entry]) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for e in entries:
            self.add_row(e, refresh=False)
        self.refresh_preview()

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self.refresh_preview()

    def entries(self) -> list[Entry]:
        out = []
        for row in range(self.table.rowCount()):
            term, repl = self.table.item(row, 0), self.table.item(row, 1)
            t = term.text() if term else ""
            if t.strip():
                kind = str(term.data(KIND_ROLE) or "user") if term else "user"
                out.append(Entry(t, repl.text() if repl else "", kind))
        return out

    def current(self) -> PseudonymList:
        return PseudonymList(tuple(self.entries()), self.ignore_case.isChecked())

    def seed(self) -> None:
        known = {e.term.casefold() for e in self.entries()}
        for e in self._service.seed().entries:
            if e.term.casefold() not in known:
                self.add_row(e, refresh=False)
        self.refresh_preview()

    def refresh_preview(self) -> None:
        self.preview.clear()
        try:
            found = self._service.preview(self.current())
        except UserError as exc:
            self.summary.setText(str(exc))
            return
        total = sum(len(x.hits) for x in found)
        self.summary.setText(f"{total} replacement(s) in {len(found)} transcript(s)")
        shown = 0
        for source in found:
            for h in source.hits:
                if shown >= SHOWN_HITS:
                    break
                before = h.before.replace("\n", " ⏎ ")
                after = h.after.replace("\n", " ⏎ ")
                self.preview.addItem(
                    f"{source.name}: …{before}[{h.found} → {h.replacement}]{after}…"
                )
                shown += 1
        self.apply_button.setEnabled(total > 0)

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self.accept()


class PseudonymActions(QAction):
    """Code ▸ Pseudonymise…; ``parent`` is the workspace (it goes with the project)."""

    def __init__(
        self, project: Project, hub: ChangeHub, undo_stack: QUndoStack, parent: QWidget
    ) -> None:
        super().__init__("Pseudonymise…", parent)
        self._project, self._hub, self._stack, self._parent = project, hub, undo_stack, parent
        self.ask_path: Callable[[QWidget | None], Path | None] = ask_path
        self.ask_password: Callable[[QWidget | None], str | None] = ask_password
        self.run_dialog: Callable[[PseudonymiseDialog], object] = lambda d: d.exec()
        self.setStatusTip("Replace real names in every transcript (one undoable step)")
        self.setEnabled(not project.read_only)
        self.triggered.connect(self.open)

    def dialog(self) -> PseudonymiseDialog:
        d = PseudonymiseDialog(self._project.pseudonyms, self._parent.window())
        d.export_button.clicked.connect(lambda: self.export_key(d.current(), d))
        return d

    def open(self) -> bool:
        d = self.dialog()
        self.run_dialog(d)
        return self.finish(d)

    def finish(self, d: PseudonymiseDialog) -> bool:
        """Carry out what the dialog was closed with (one undo command)."""
        service, window = self._project.pseudonyms, self._parent.window()
        if d.choice == "apply":
            return push(self._stack, PseudonymiseCommand(service, self._hub, d.current()), window)
        if d.choice == "save":
            return push(self._stack, SetListCommand(service, self._hub, d.current()), window)
        if d.choice == "remove":
            empty = PseudonymList((), d.current().ignore_case)
            command = SetListCommand(service, self._hub, empty, "Remove Pseudonym Key")
            return push(self._stack, command, window)
        return False

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
            messages.warn(parent, "Export Pseudonym Key", str(exc))
            return None
        kind = "encrypted" if password else "PLAIN (not encrypted)"
        messages.inform(parent, "Export Pseudonym Key", f"The key was written, {kind}:\n{written}")
        return written
