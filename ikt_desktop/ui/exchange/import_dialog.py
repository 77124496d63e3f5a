"""Import transcripts: for each file, what was detected and who is speaking; the user maps
speakers to participants (or the interviewer), sets roles, renames labels, keeps or drops
the recording found beside the transcript (issue 17), then imports the batch with
progress and Cancel. Nothing is stored before Import is pressed."""

from __future__ import annotations

import logging
from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.errors import UserError
from ikt_desktop.domain.media.reference import is_media_name
from ikt_desktop.domain.transcripts.speakers import SpeakerChoice, SpeakerRole
from ikt_desktop.importers.reader import EXTENSIONS
from ikt_desktop.services.exchange.imports import (
    ImportPlan,
    ImportPreview,
    ImportService,
    plan_from,
)
from ikt_desktop.services.participants import ParticipantService
from ikt_desktop.ui.exchange.import_worker import BatchOutcome, ImportWorker, start_import
from ikt_desktop.ui.media.transport import clock
from ikt_desktop.ui.shell.resources import icon

log = logging.getLogger(__name__)

SPEAKER, RENAME, TURNS, WORDS, ROLE, PARTICIPANT, PARTICIPANT_ROLE = range(7)
HEADERS = tuple(
    str(h)
    for h in (
        QT_TRANSLATE_NOOP("Columns", "Speaker in file"),
        QT_TRANSLATE_NOOP("Columns", "Label in text"),
        QT_TRANSLATE_NOOP("Columns", "Turns"),
        QT_TRANSLATE_NOOP("Columns", "Words"),
        QT_TRANSLATE_NOOP("Columns", "Is"),
        QT_TRANSLATE_NOOP("Columns", "Participant"),
        QT_TRANSLATE_NOOP("Columns", "Role"),
    )
)
ROLE_TEXT = {SpeakerRole.PARTICIPANT: QT_TRANSLATE_NOOP("ImportDialog", "Participant"),
             SpeakerRole.INTERVIEWER: QT_TRANSLATE_NOOP("ImportDialog", "Interviewer"),
             SpeakerRole.OTHER: QT_TRANSLATE_NOOP("ImportDialog", "Other speaker")}  # fmt: skip
PREVIEW_CHARS = 20_000


def file_filter() -> str:
    patterns = " ".join(f"*{e}" for e in EXTENSIONS)
    return (
        QCoreApplication.translate("FileFilters", "Transcripts ({patterns})").format(
            patterns=patterns
        )
        + ";;"
        + QCoreApplication.translate("FileFilters", "All files (*)")
    )


class FileEntry:
    """One file of the batch: its preview (or the reason it cannot be read) and the plan."""

    def __init__(self, path: Path, preview: ImportPreview | None, error: str = "") -> None:
        self.path, self.preview, self.error = path, preview, error
        self.plan: ImportPlan | None = plan_from(preview) if preview else None
        self.forced_speakers: tuple[str, ...] = ()  # header labels the user made speakers


class ImportDialog(QDialog):
    imported = Signal(object)  # BatchOutcome, after the batch finished

    def __init__(
        self,
        service: ImportService,
        participants: ParticipantService,
        paths: list[Path] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ImportDialog", "Import Transcripts"))
        self._service, self._participants = service, participants
        self.entries: list[FileEntry] = []
        self._worker: ImportWorker | None = None
        self._thread: QThread | None = None
        self.outcome: BatchOutcome | None = None
        self._loading = False

        splitter = QSplitter()
        splitter.addWidget(self._file_list())
        splitter.addWidget(self._details())
        splitter.setStretchFactor(1, 1)
        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            QCoreApplication.translate("ImportDialog", "Import"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.import_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self._cancel_or_close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.resize(1100, 700)
        self.add_files(paths or [])

    def _file_list(self) -> QWidget:
        self.files = QListWidget()
        self.files.setAccessibleName(QCoreApplication.translate("ImportDialog", "Files to import"))
        self.files.currentRowChanged.connect(self._show_entry)
        add = QPushButton(QCoreApplication.translate("ImportDialog", "Add Files…"))
        add.clicked.connect(self.ask_for_files)
        self.remove_button = QPushButton(QCoreApplication.translate("ImportDialog", "Remove"))
        self.remove_button.clicked.connect(self.remove_current)
        left = QVBoxLayout()
        left.addWidget(QLabel(QCoreApplication.translate("ImportDialog", "Files")))
        left.addWidget(self.files)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(self.remove_button)
        left.addLayout(buttons_row)
        box = QWidget()
        box.setLayout(left)
        return box

    def _details(self) -> QWidget:
        self.detected = QLabel()
        self.detected.setWordWrap(True)
        self.detected.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_edit = QLineEdit()
        self.name_edit.textEdited.connect(self._on_name)
        self.speakers = QTableWidget(0, len(HEADERS))
        self.speakers.setHorizontalHeaderLabels(
            [QCoreApplication.translate("Columns", h) for h in HEADERS]
        )
        self.speakers.verticalHeader().hide()
        self.speakers.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.speakers.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for column in (TURNS, WORDS):
            self.speakers.horizontalHeader().setSectionResizeMode(
                column, QHeaderView.ResizeMode.ResizeToContents
            )
        self.speakers.itemChanged.connect(self._on_rename)
        self.preview = QPlainTextEdit(readOnly=True)
        self.preview.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Preview of the stored text")
        )
        self.header_labels = QLabel()
        self.header_labels.setWordWrap(True)
        self.make_speaker_button = QToolButton()
        self.make_speaker_button.setText(QCoreApplication.translate("ImportDialog", "Make Speaker"))
        self.make_speaker_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.make_speaker_button.setToolTip(
            QCoreApplication.translate(
                "ImportDialog", "Read one of these header labels as a speaker"
            )
        )
        self.make_speaker_button.setMenu(QMenu(self.make_speaker_button))
        header_row = QHBoxLayout()
        header_row.addWidget(self.header_labels, 1)
        header_row.addWidget(self.make_speaker_button)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("ImportDialog", "Detected:"), self.detected)
        form.addRow(QCoreApplication.translate("ImportDialog", "Header lines:"), header_row)
        form.addRow(QCoreApplication.translate("ImportDialog", "Source name:"), self.name_edit)
        self.recording_box = QCheckBox()
        self.recording_box.setAccessibleName(self.tr("Link the recording found beside the file"))
        self.recording_box.toggled.connect(self._on_recording)
        form.addRow(self.tr("Recording:"), self.recording_box)
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(QLabel(QCoreApplication.translate("ImportDialog", "Speakers")))
        right.addWidget(self.speakers, 2)
        right.addWidget(
            QLabel(QCoreApplication.translate("ImportDialog", "Preview (as it will be stored)"))
        )
        right.addWidget(self.preview, 3)
        box = QWidget()
        box.setLayout(right)
        return box

    # -- files -----------------------------------------------------------------------

    def add_files(self, paths: list[Path]) -> None:
        reserved = {
            e.preview.main_label for e in self.entries if e.preview and e.preview.main_label
        }
        transcripts = {Path(p).with_suffix("") for p in paths if not is_media_name(Path(p))}
        transcripts |= {e.path.with_suffix("") for e in self.entries}
        for path in paths:
            if any(e.path == Path(path) for e in self.entries):
                continue
            if is_media_name(Path(path)) and Path(path).with_suffix("") in transcripts:
                continue  # dropped with its transcript: proposed beside it
            try:
                preview = self._service.preview(Path(path), reserved_labels=reserved)
                entry = FileEntry(Path(path), preview)
                if preview.main_label:
                    reserved.add(preview.main_label)
            except UserError as exc:
                entry = FileEntry(Path(path), None, str(exc))
            except Exception as exc:  # a reader bug must not take the batch (or app) down
                log.exception("preview of %s failed", path)
                entry = FileEntry(
                    Path(path),
                    None,
                    QCoreApplication.translate(
                        "ImportDialog", "{name}: unexpected error ({exc})"
                    ).format(name=Path(path).name, exc=exc),
                )
            self.entries.append(entry)
            self.files.addItem(self._item(entry))
        if self.files.currentRow() < 0 and self.entries:
            self.files.setCurrentRow(0)
        self._update_buttons()

    def remove_current(self) -> None:
        row = self.files.currentRow()
        if row >= 0:
            self.files.takeItem(row)
            del self.entries[row]
            self._update_buttons()

    def _item(self, entry: FileEntry) -> QListWidgetItem:
        warned = entry.preview is not None and bool(entry.preview.parsed.warnings)
        mark = "x" if entry.error else ("triangle-alert" if warned else "check")
        item = QListWidgetItem(icon(mark), entry.path.name)
        state = (
            QCoreApplication.translate("ImportDialog", "Cannot import")
            if entry.error
            else (
                QCoreApplication.translate("ImportDialog", "Warnings")
                if warned
                else QCoreApplication.translate("ImportDialog", "Ready")
            )
        )
        item.setData(
            Qt.ItemDataRole.AccessibleTextRole,
            QCoreApplication.translate("ImportDialog", "{state}: {file}").format(
                state=state, file=entry.path.name
            ),
        )
        proposed = entry.preview.recording if entry.preview else None
        beside = f"\n{proposed.path.name}" if proposed is not None and proposed.usable else ""
        item.setToolTip(entry.error or f"{entry.path}{beside}")
        return item

    def ask_for_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, QCoreApplication.translate("ImportDialog", "Add Transcripts"), "", file_filter()
        )
        self.add_files([Path(n) for n in names])

    # -- the selected file -----------------------------------------------------------

    def current(self) -> FileEntry | None:
        row = self.files.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def _show_entry(self, row: int) -> None:
        entry = self.current()
        self._loading = True
        self.speakers.setRowCount(0)
        enabled = bool(entry and entry.preview)
        self.name_edit.setEnabled(enabled)
        self.speakers.setEnabled(enabled)
        if entry is None or entry.preview is None or entry.plan is None:
            self.detected.setText(
                QCoreApplication.translate(
                    "ImportDialog", "<b>Cannot be imported:</b> {error}"
                ).format(error=entry.error)
                if entry
                else ""
            )
            self.name_edit.clear()
            self.preview.clear()
            self._show_header_labels(())
            self._show_recording(None)
            self._loading = False
            return
        p = entry.preview.parsed
        facts = [entry.preview.format_name, p.encoding]
        if p.interview_date:
            facts.append(p.interview_date.isoformat())
        if p.duration_seconds:
            facts.append(f"{p.duration_seconds // 60} min")
        facts.append(f"{len(p.turns)} turns")
        text = " · ".join(facts)
        if p.warnings:
            text += "<br><b>Note:</b> " + "; ".join(p.warnings)
        self.detected.setText(text)
        self._show_header_labels(p.header_labels)
        self.name_edit.setText(entry.plan.name)
        self._show_recording(entry)
        labels = [x.label for x in self._participants.all()]
        for stat in entry.preview.stats:
            self._add_speaker_row(entry, stat.name, stat.turns, stat.words, labels)
        self._loading = False
        self._refresh_preview()

    def _show_header_labels(self, labels: tuple[str, ...]) -> None:
        """The labels read as header lines (kept as notes), each of which can be made a
        speaker again."""
        self.header_labels.setText(
            QCoreApplication.translate("ImportDialog", "Kept as notes, not speakers: ")
            + ", ".join(labels)
            if labels
            else QCoreApplication.translate("ImportDialog", "none")
        )
        menu = self.make_speaker_button.menu()
        menu.clear()
        for label in labels:
            action = menu.addAction(label)
            action.triggered.connect(partial(self.make_speaker, label))
        self.make_speaker_button.setEnabled(bool(labels))

    def _show_recording(self, entry: FileEntry | None) -> None:
        """The recording with the file's base name in its folder: ticked (linked as a
        reference on import) unless the user unticks it; one that cannot be linked says
        why and stays unticked."""
        box = self.recording_box
        proposed = entry.preview.recording if entry and entry.preview else None
        box.blockSignals(True)
        if proposed is None:
            box.setText(self.tr("None beside this file (link one later: Recording ▸ Link "
                                "Recording…)"))  # fmt: skip
            box.setChecked(False)
            box.setEnabled(False)
        elif proposed.info is None:
            box.setText(self.tr("Not linked: {reason}").format(reason=proposed.problem))
            box.setChecked(False)
            box.setEnabled(False)
        else:
            info = proposed.info
            kind = self.tr("video") if info.kind == "video" else self.tr("audio")
            length = clock(info.duration_ms) if info.duration_ms else self.tr("length unknown")
            box.setText(self.tr("Link {name} ({kind}, {length}) as a reference").format(
                name=proposed.path.name, kind=kind, length=length))  # fmt: skip
            box.setChecked(entry is not None and entry.plan is not None
                           and entry.plan.recording is not None)  # fmt: skip
            box.setEnabled(True)
        box.setToolTip(str(proposed.path) if proposed else "")
        box.blockSignals(False)

    def set_recording(self, on: bool) -> None:
        """Tick or untick the proposed recording of the current file, as the user would."""
        self.recording_box.setChecked(on)

    def _on_recording(self, on: bool) -> None:
        entry = self.current()
        if entry is None or entry.preview is None or entry.plan is None:
            return
        proposed = entry.preview.recording
        path = proposed.path if on and proposed is not None and proposed.usable else None
        entry.plan = replace(entry.plan, recording=path)

    def make_speaker(self, label: str) -> None:
        """Read the current file again with ``label`` as a speaker."""
        entry = self.current()
        if entry is None or entry.preview is None:
            return
        forced = (*entry.forced_speakers, label)
        try:
            preview = self._service.preview(entry.path, speakers=forced)
        except UserError as exc:
            self.status.setText(str(exc))
            return
        keep = entry.plan is None or entry.plan.recording is not None
        plan = plan_from(preview, recording=keep)
        entry.preview, entry.plan, entry.forced_speakers = preview, plan, forced
        self._show_entry(self.files.currentRow())

    def _add_speaker_row(
        self, entry: FileEntry, name: str, turns: int, words: int, labels: list[str]
    ) -> None:
        assert entry.plan is not None
        row = self.speakers.rowCount()
        self.speakers.insertRow(row)
        fixed = Qt.ItemFlag.ItemIsEnabled
        for column, value in (
            (SPEAKER, name),
            (TURNS, str(turns)),
            (WORDS, QLocale().toString(words)),
        ):
            item = QTableWidgetItem(value)
            item.setFlags(fixed)
            self.speakers.setItem(row, column, item)
        self.speakers.setItem(row, RENAME, QTableWidgetItem(entry.plan.renames.get(name, name)))
        choice = entry.plan.choices.get(name, SpeakerChoice(SpeakerRole.OTHER))
        role_box = QComboBox()
        for role, text in ROLE_TEXT.items():
            role_box.addItem(QCoreApplication.translate("ImportDialog", str(text)), role)
        role_box.setCurrentIndex(list(ROLE_TEXT).index(choice.role))
        label_box = QComboBox(editable=True)
        label_box.addItems(sorted(set(labels) | {choice.participant_label or ""} - {""}))
        label_box.setCurrentText(choice.participant_label or "")
        label_box.setEnabled(choice.role is SpeakerRole.PARTICIPANT)
        role_edit = QLineEdit(entry.plan.roles.get(choice.participant_label or "", ""))
        role_edit.setPlaceholderText(
            QCoreApplication.translate("ImportDialog", "role of a new participant")
        )
        role_edit.setEnabled(choice.role is SpeakerRole.PARTICIPANT)
        self.speakers.setCellWidget(row, ROLE, role_box)
        self.speakers.setCellWidget(row, PARTICIPANT, label_box)
        self.speakers.setCellWidget(row, PARTICIPANT_ROLE, role_edit)
        role_box.currentIndexChanged.connect(lambda _i, r=row: self._on_choice(r))
        label_box.currentTextChanged.connect(lambda _t, r=row: self._on_choice(r))
        role_edit.textEdited.connect(lambda _t, r=row: self._on_choice(r))

    def set_speaker(
        self, name: str, role: SpeakerRole, label: str = "", participant_role: str = ""
    ) -> None:
        """Set one speaker's mapping as the user would in the table."""
        row = self._row_of(name)
        role_box = self.speakers.cellWidget(row, ROLE)
        assert isinstance(role_box, QComboBox)
        role_box.setCurrentIndex(list(ROLE_TEXT).index(role))
        label_box = self.speakers.cellWidget(row, PARTICIPANT)
        assert isinstance(label_box, QComboBox)
        label_box.setCurrentText(label)
        role_edit = self.speakers.cellWidget(row, PARTICIPANT_ROLE)
        assert isinstance(role_edit, QLineEdit)
        role_edit.setText(participant_role)
        self._on_choice(row)

    def rename_speaker(self, name: str, new: str) -> None:
        item = self.speakers.item(self._row_of(name), RENAME)
        assert item is not None
        item.setText(new)

    def _row_of(self, name: str) -> int:
        for row in range(self.speakers.rowCount()):
            item = self.speakers.item(row, SPEAKER)
            if item is not None and item.text() == name:
                return row
        raise KeyError(name)

    def _on_choice(self, row: int) -> None:
        entry = self.current()
        if self._loading or entry is None or entry.plan is None:
            return
        name_item = self.speakers.item(row, SPEAKER)
        role_box = self.speakers.cellWidget(row, ROLE)
        label_box = self.speakers.cellWidget(row, PARTICIPANT)
        role_edit = self.speakers.cellWidget(row, PARTICIPANT_ROLE)
        assert name_item and isinstance(role_box, QComboBox) and isinstance(label_box, QComboBox)
        assert isinstance(role_edit, QLineEdit)
        role = SpeakerRole(role_box.currentData())
        label = " ".join(label_box.currentText().split())
        label_box.setEnabled(role is SpeakerRole.PARTICIPANT)
        role_edit.setEnabled(role is SpeakerRole.PARTICIPANT)
        choices = dict(entry.plan.choices)
        choices[name_item.text()] = SpeakerChoice(
            role, label if role is SpeakerRole.PARTICIPANT and label else None
        )
        roles = dict(entry.plan.roles)
        if role is SpeakerRole.PARTICIPANT and label:
            roles[label] = role_edit.text().strip()
        entry.plan = replace(entry.plan, choices=choices, roles=roles)
        self._update_buttons()

    def _on_rename(self, item: QTableWidgetItem) -> None:
        entry = self.current()
        if self._loading or entry is None or entry.plan is None or item.column() != RENAME:
            return
        name_item = self.speakers.item(item.row(), SPEAKER)
        assert name_item is not None
        renames = dict(entry.plan.renames)
        new = " ".join(item.text().split())
        if new and new != name_item.text():
            renames[name_item.text()] = new
        else:
            renames.pop(name_item.text(), None)
        entry.plan = replace(entry.plan, renames=renames)
        self._refresh_preview()

    def _on_name(self, text: str) -> None:
        entry = self.current()
        if entry is not None and entry.plan is not None:
            entry.plan = replace(entry.plan, name=text)

    def _refresh_preview(self) -> None:
        entry = self.current()
        if entry is None or entry.preview is None or entry.plan is None:
            return
        text = self._service.draft(entry.preview, entry.plan).text
        more = len(text) > PREVIEW_CHARS
        self.preview.setPlainText(text[:PREVIEW_CHARS] + ("\n\n[…]" if more else ""))

    # -- importing -------------------------------------------------------------------

    def problems(self) -> list[str]:
        out = []
        for entry in self.entries:
            if entry.plan is None:
                continue
            for name, choice in entry.plan.choices.items():
                if choice.role is SpeakerRole.PARTICIPANT and not choice.participant_label:
                    out.append(
                        QCoreApplication.translate(
                            "ImportDialog", "{file}: choose a participant label for {speaker}"
                        ).format(file=entry.path.name, speaker=name)
                    )
        return out

    def _update_buttons(self) -> None:
        ready = [e for e in self.entries if e.plan is not None]
        failed = len(self.entries) - len(ready)
        problems = self.problems()
        self.import_button.setText(self.tr("Import %n File(s)", "", len(ready)))
        self.import_button.setEnabled(bool(ready) and not problems and self._worker is None)
        notes = problems[:1] + (
            [self.tr("%n file(s) cannot be imported", "", failed)] if failed else []
        )
        self.status.setText(" · ".join(notes))

    def start(self) -> None:
        jobs = [(e.preview, e.plan) for e in self.entries if e.preview and e.plan]
        if not jobs or self.problems():
            return
        self._worker = ImportWorker(self._service, jobs)
        self._worker.progress.connect(self._on_progress)
        self._worker.done.connect(self._on_done)
        self.progress.setRange(0, len(jobs))
        self.progress.setValue(0)
        self.progress.show()
        self.import_button.setEnabled(False)
        self._thread = start_import(self._worker, self)

    def _on_progress(self, done: int, name: str) -> None:
        self.progress.setValue(done)
        self.status.setText(
            QCoreApplication.translate("ImportDialog", "Importing {name}…").format(name=name)
            if name
            else ""
        )

    def _on_done(self, outcome: BatchOutcome) -> None:
        self.outcome = outcome
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._worker = self._thread = None
        self.progress.hide()
        self.imported.emit(outcome)
        if outcome.failures:
            self.status.setText(
                f"Imported {len(outcome.results)}; failed: " + " · ".join(outcome.failures)
            )
            self._update_buttons()
            self.import_button.setEnabled(False)
        else:
            self.accept()

    def _cancel_or_close(self) -> None:
        if self._worker is not None:
            self._worker.cancel()  # the file in progress finishes; the rest are skipped
            self.status.setText(
                QCoreApplication.translate("ImportDialog", "Cancelling after the current file…")
            )
        else:
            self.reject()
