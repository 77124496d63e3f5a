"""The Pseudonymise dialog: the replacement list (term -> replacement) as an editable table,
seeded from the project's names, and a preview of every hit in context, in the
transcripts and in every other text field ("Memo on code Trust: …").

The preview runs off the GUI thread (its own session, ui/background.py) a moment after
the last edit of the list; a newer edit cancels a preview still running. ``preview_ready``
is emitted when a preview is shown. The dialog is driven directly in tests (never through
``exec()``); ``choice`` says how it was closed: "apply", "save", "remove" or "".
"""

from __future__ import annotations

from itertools import chain, islice

from PySide6.QtCore import QCoreApplication, QThread, QTimer, Signal
from PySide6.QtGui import QCloseEvent, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.privacy.pseudonyms import Entry, Hit
from ikt_desktop.domain.progress import Progress
from ikt_desktop.services.privacy.pseudonyms import (
    PseudonymList,
    PseudonymPreview,
    PseudonymService,
)
from ikt_desktop.ui.shell.background import BackgroundWorker, start_in_thread

KIND_ROLE = Qt.ItemDataRole.UserRole
SHOWN_HITS = 2000  # hits listed in the preview (the count is always complete)
PREVIEW_DELAY_MS = 250  # after the last edit of the list


def hit_line(where: str, h: Hit) -> str:
    before = h.before.replace("\n", " ⏎ ")
    after = h.after.replace("\n", " ⏎ ")
    return f"{where}: …{before}[{h.found} → {h.replacement}]{after}…"


class PseudonymiseDialog(QDialog):
    """The list, Seed, the preview; Apply, Save List or Cancel (``choice`` says which)."""

    preview_ready = Signal()

    def __init__(self, service: PseudonymService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("PseudonymiseDialog", "Pseudonymise"))
        self.resize(900, 640)
        self._service = service
        self.choice = ""
        self._worker: BackgroundWorker | None = None
        self._thread: QThread | None = None
        self._again = False  # the list changed while a preview ran
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._start_preview)
        self._build()
        stored = service.get_list()
        self.ignore_case.setChecked(stored.ignore_case)
        self.set_entries(stored.entries)

    def _build(self) -> None:
        note = QLabel(
            QCoreApplication.translate(
                "PseudonymiseDialog",
                "Replace real names and identifying terms in every transcript, memo, code and "
                "theme text, participant note and source name. Whole words; the longest term "
                "wins. Codings keep covering the same words. Undo puts it all back.",
            )
        )
        note.setWordWrap(True)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("PseudonymiseDialog", "Term (real name)"),
                QCoreApplication.translate("PseudonymiseDialog", "Replacement"),
            ]
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.itemChanged.connect(lambda _i: self.refresh_preview())
        self.ignore_case = QCheckBox(
            QCoreApplication.translate("PseudonymiseDialog", "Ignore case")
        )
        self.ignore_case.toggled.connect(lambda _on: self.refresh_preview())
        self.seed_button = QPushButton(
            QCoreApplication.translate("PseudonymiseDialog", "Seed from Project")
        )
        self.seed_button.clicked.connect(self.seed)
        add, remove = (
            QPushButton(QCoreApplication.translate("PseudonymiseDialog", "Add Row")),
            QPushButton(QCoreApplication.translate("PseudonymiseDialog", "Remove Rows")),
        )
        add.clicked.connect(lambda: self.add_row(Entry("", "")))
        remove.clicked.connect(self.remove_selected)
        self.export_button = QPushButton(
            QCoreApplication.translate("PseudonymiseDialog", "Export Key…")
        )
        self.remove_key_button = QPushButton(
            QCoreApplication.translate("PseudonymiseDialog", "Remove Key from Project")
        )
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
        self.apply_button = QPushButton(
            QCoreApplication.translate("PseudonymiseDialog", "Apply to the Whole Project")
        )
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(lambda: self._finish("apply"))
        save, cancel = (
            QPushButton(QCoreApplication.translate("PseudonymiseDialog", "Save List")),
            QPushButton(QCoreApplication.translate("PseudonymiseDialog", "Cancel")),
        )
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

    # -- the table ---------------------------------------------------------------------

    def add_row(self, entry: Entry, *, refresh: bool = True) -> None:
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        term = QTableWidgetItem(entry.term)
        term.setData(KIND_ROLE, entry.kind)
        if entry.kind == "interviewer":
            term.setToolTip(
                QCoreApplication.translate(
                    "PseudonymiseDialog", "An interviewer's name (also identifying)"
                )
            )
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

    # -- the preview, off the GUI thread -------------------------------------------------

    @property
    def previewing(self) -> bool:
        return self._timer.isActive() or self._thread is not None

    def refresh_preview(self) -> None:
        """Look again for every term, a moment after the last edit."""
        self.summary.setText(
            QCoreApplication.translate("PseudonymiseDialog", "Looking for the terms…")
        )
        self._timer.start()

    def _start_preview(self) -> None:
        if self._thread is not None and self._worker is not None:
            self._again = True
            self._worker.cancel()
            return
        lst, service = self.current(), self._service

        def work(progress: Progress) -> PseudonymPreview:
            return service.preview(lst, progress)

        self._worker = BackgroundWorker(work)
        self._worker.progress.connect(self._on_progress)
        self._worker.done.connect(self._on_preview)
        self._thread = start_in_thread(self._worker, self)

    def _on_progress(self, done: int, total: int, what: str) -> None:
        if self.sender() is self._worker and total:
            self.summary.setText(
                QCoreApplication.translate(
                    "PseudonymiseDialog", "Looking for the terms… {percent}%  {what}"
                ).format(percent=100 * done // total, what=what)
            )

    def _on_preview(self, result: object, error: str, cancelled: bool) -> None:
        if self.sender() is not self._worker:
            return
        self._stop_thread()
        if self._again:
            self._again = False
            self._start_preview()
            return
        if error:
            self.summary.setText(error)
        elif not cancelled and isinstance(result, PseudonymPreview):
            self._show(result)
        self.preview_ready.emit()

    def _show(self, found: PseudonymPreview) -> None:
        self.preview.clear()
        lines = chain(
            (hit_line(x.name, h) for x in found.sources for h in x.hits),
            (hit_line(f.where, h) for f in found.fields for h in f.hits),
        )
        self.preview.addItems(list(islice(lines, SHOWN_HITS)))
        places = len(found.fields)
        self.summary.setText(
            QCoreApplication.translate(
                "PseudonymiseDialog", "{total} replacement(s) in {count} transcript(s)"
            ).format(total=found.total, count=len(found.sources))
            + (
                QCoreApplication.translate(
                    "PseudonymiseDialog",
                    " and {places} other field(s) (memos, codes, themes, notes…)",
                ).format(places=places)
                if places
                else ""
            )
            + (
                QCoreApplication.translate(
                    "PseudonymiseDialog", "; the first {count} are listed"
                ).format(count=SHOWN_HITS)
                if found.total > SHOWN_HITS
                else ""
            )
        )
        self.apply_button.setEnabled(found.total > 0)

    def _stop_thread(self) -> None:
        if self._thread is not None:
            self._thread.wait()
            self._thread.deleteLater()
        self._thread, self._worker = None, None

    def stop_preview(self) -> None:
        """Stop a preview still running (it only reads; nothing to undo)."""
        self._timer.stop()
        self._again = False
        if self._worker is not None:
            self._worker.cancel()
            self._worker.done.disconnect(self._on_preview)
        self._stop_thread()

    def done(self, result: int) -> None:
        self.stop_preview()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop_preview()
        super().closeEvent(event)

    def _finish(self, choice: str) -> None:
        self.choice = choice
        self.accept()
