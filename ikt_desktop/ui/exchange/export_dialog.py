"""File ▸ Export Report and Workbook…: choose the files and the report's options, then
write them off the GUI thread with progress and Cancel. Choices are remembered."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.errors import UserError
from ikt_desktop.domain.progress import Progress
from ikt_desktop.domain.report.language import LANGUAGES, NAMES
from ikt_desktop.domain.report.names import NameHit, NamesFoundError, hit_line
from ikt_desktop.domain.report.rules import (
    CHECKLISTS,
    DEFAULT_ATTRIBUTION,
    PAPER_SIZES,
    PLACEHOLDERS,
    STATUSES,
    ReportOptions,
    Speaker,
    attribute,
    with_time,
)
from ikt_desktop.services.project import Project
from ikt_desktop.ui.analysis.report_charts import report_charts_png
from ikt_desktop.ui.i18n.language import chosen_language
from ikt_desktop.ui.shell.background import BackgroundWorker, start_in_thread
from ikt_desktop.ui.themes.map_image import thematic_map_png

KEY = "export/"
Job = tuple[str, Callable[[Progress], str]]  # (file name, write(progress) -> what was written)


@dataclass(frozen=True)
class ExportOutcome:
    written: tuple[str, ...]  # one line per file written
    error: str  # the first failure, naming the file and the reason
    cancelled: bool
    paths: tuple[Path, ...] = ()  # the files written, in order


def _int(value: object, default: int) -> int:
    try:
        return int(str(value))
    except ValueError:
        return default


class _FileRow(QWidget):
    """[x] what  [path ...........] [Choose…]"""

    def __init__(self, what: str, suffix: str, default: Path, saving: bool = True) -> None:
        super().__init__()
        self.suffix = suffix
        self.saving = saving
        self.check = QCheckBox(what)
        self.check.setChecked(True)
        self.path = QLineEdit(str(default) if str(default) != "." else "")
        choose = QPushButton(QCoreApplication.translate("ExportDialog", "Choose…"))
        choose.clicked.connect(self._choose)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.path, 1)
        layout.addWidget(choose)
        self.check.toggled.connect(self.path.setEnabled)

    def _choose(self) -> None:
        if not self.saving:
            name, _ = QFileDialog.getOpenFileName(
                self, self.check.text(), self.path.text(), "Word (*.docx *.dotx)"
            )
            if name:
                self.path.setText(name)
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.check.text(), self.path.text(), f"*{self.suffix}"
        )
        if name:
            self.path.setText(name if name.endswith(self.suffix) else name + self.suffix)

    def target(self) -> Path | None:
        return Path(self.path.text()).expanduser() if self.check.isChecked() else None


class ExportDialog(QDialog):
    exported = Signal(object)  # ExportOutcome, after the files are written

    def __init__(self, project: Project, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("ExportDialog", "Export Report and Workbook")
        )
        self.project, self.settings = project, settings
        self._worker: BackgroundWorker | None = None
        self._thread: QThread | None = None
        self.outcome: ExportOutcome | None = None
        self._written: list[str] = []
        self._targets: list[Path] = []
        folder = project.path.parent
        stem = project.path.stem
        self.docx = _FileRow(
            QCoreApplication.translate("ExportDialog", "Word theme report"),
            ".docx",
            folder / f"{stem} report.docx",
        )
        self.xlsx = _FileRow(
            QCoreApplication.translate("ExportDialog", "Excel workbook"),
            ".xlsx",
            folder / f"{stem} workbook.xlsx",
        )
        files = QGroupBox(QCoreApplication.translate("ExportDialog", "Write"))
        files_layout = QVBoxLayout(files)
        files_layout.addWidget(self.docx)
        files_layout.addWidget(self.xlsx)

        report = QGroupBox(QCoreApplication.translate("ExportDialog", "Report"))
        form = QFormLayout(report)
        counts = {s: 0 for s in STATUSES}
        for theme in project.themes.all():
            if theme.parent_id is None:
                counts[theme.status] = counts.get(theme.status, 0) + 1
        shown = {
            "candidate": QCoreApplication.translate("ExportDialog", "candidate ({n})"),
            "reviewed": QCoreApplication.translate("ExportDialog", "reviewed ({n})"),
            "final": QCoreApplication.translate("ExportDialog", "final ({n})"),
        }
        self.statuses = {s: QCheckBox(shown[s].format(n=counts[s])) for s in STATUSES}
        row = QHBoxLayout()
        for box in self.statuses.values():
            box.setChecked(True)
            row.addWidget(box)
        row.addStretch(1)
        form.addRow(QCoreApplication.translate("ExportDialog", "Themes:"), row)
        self.suggest = QCheckBox(
            QCoreApplication.translate("ExportDialog", "Suggest quotes to fill each theme up to")
        )
        self.suggest.setToolTip(
            QCoreApplication.translate(
                "ExportDialog",
                "Pinned quotes always appear. Suggested ones carry a Word comment asking for "
                "review.",
            )
        )
        self.quotes = QSpinBox()
        self.quotes.setRange(0, 50)
        self.quotes.setValue(3)
        self.quotes.setSuffix(
            " " + QCoreApplication.translate("ExportDialog", "quotes (each marked for review)")
        )
        row = QHBoxLayout()
        row.addWidget(self.suggest)
        row.addWidget(self.quotes)
        row.addStretch(1)
        form.addRow(QCoreApplication.translate("ExportDialog", "Quotes:"), row)
        self.suggest.toggled.connect(self.quotes.setEnabled)
        self.attribution = QLineEdit(DEFAULT_ATTRIBUTION)
        self.attribution.setToolTip(", ".join("{" + p + "}" for p in PLACEHOLDERS))
        self.sample = QLabel()
        form.addRow(QCoreApplication.translate("ExportDialog", "Attribution:"), self.attribution)
        form.addRow("", self.sample)
        self.pseudonyms = QComboBox()
        self.pseudonyms.addItems(
            [
                QCoreApplication.translate("ExportDialog", "label (P3)"),
                QCoreApplication.translate("ExportDialog", "pseudonym"),
            ]
        )
        form.addRow(
            QCoreApplication.translate("ExportDialog", "Name participants by:"), self.pseudonyms
        )
        self.attributes = {a.name: QCheckBox(a.name) for a in project.participants.attributes()}
        kinds = {a.name: a.type for a in project.participants.attributes()}
        if self.attributes:
            row = QHBoxLayout()
            for name, box in self.attributes.items():
                box.setChecked(kinds[name] != "text")  # free text does not summarise
                row.addWidget(box)
            row.addStretch(1)
            form.addRow(QCoreApplication.translate("ExportDialog", "Summary by:"), row)
        self.interviewer = QCheckBox(
            QCoreApplication.translate("ExportDialog", "Keep interviewer talk inside quotes")
        )
        self.quote_times = QCheckBox(
            QCoreApplication.translate(
                "ExportDialog", "Print where each quote is in the recording (00:12:04)"
            )
        )
        self.quote_times.setToolTip(
            QCoreApplication.translate(
                "ExportDialog",
                "From the transcript's turn times, spread over the characters of a turn; "
                "quotes from transcripts without times get none.",
            )
        )
        self.names = QCheckBox(
            QCoreApplication.translate(
                "ExportDialog", "Name participants in the study summary (else counts only)"
            )
        )
        self.include_map = QCheckBox(
            QCoreApplication.translate("ExportDialog", "Include the thematic map")
        )
        self.include_map.setChecked(True)
        self.include_charts = QCheckBox(
            QCoreApplication.translate(
                "ExportDialog", "Include charts (theme prevalence by role, code frequencies)"
            )
        )
        boxes = (self.interviewer, self.quote_times, self.names, self.include_map,
                 self.include_charts)  # fmt: skip
        for box in boxes:
            form.addRow("", box)
        self.checklists = {c: QCheckBox(c.upper()) for c in CHECKLISTS}
        row = QHBoxLayout()
        for box in self.checklists.values():
            row.addWidget(box)
        row.addStretch(1)
        form.addRow(QCoreApplication.translate("ExportDialog", "Checklists:"), row)
        self.paper = QComboBox()
        self.paper.addItems(PAPER_SIZES)
        form.addRow(QCoreApplication.translate("ExportDialog", "Paper:"), self.paper)
        self.language = QComboBox()  # the report's and workbook's fixed text
        for code in LANGUAGES:
            self.language.addItem(NAMES[code], code)
        self.language.setToolTip(
            QCoreApplication.translate(
                "ExportDialog",
                "Headings, tables, captions, methods and checklists, sheet and column names. "
                "Your codes, themes, narratives and quotations are never translated.",
            )
        )
        form.addRow(QCoreApplication.translate("ExportDialog", "Language:"), self.language)
        self.template = _FileRow(
            QCoreApplication.translate("ExportDialog", "Word template"),
            ".docx",
            Path(""),
            saving=False,
        )
        self.template.check.setChecked(False)
        self.template.path.setEnabled(False)
        self.template.path.setPlaceholderText(
            QCoreApplication.translate(
                "ExportDialog", "a .docx or .dotx whose styles and pages to use"
            )
        )
        form.addRow(QCoreApplication.translate("ExportDialog", "Template:"), self.template)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(project.title)
        form.addRow(QCoreApplication.translate("ExportDialog", "Title:"), self.title_edit)
        coder = project.coders.current()
        self.author = QLineEdit()
        self.author.setPlaceholderText(coder.name if coder else "")
        form.addRow(QCoreApplication.translate("ExportDialog", "Author:"), self.author)

        names = QGroupBox(QCoreApplication.translate("ExportDialog", "Names in quotations"))
        names_layout = QVBoxLayout(names)
        self.names_found = QListWidget()
        self.names_found.setMaximumHeight(110)
        self.names_found.setWordWrap(True)
        self.names_note = QLabel(
            QCoreApplication.translate(
                "ExportDialog",
                "Each quotation is checked against the project's speaker names, pseudonym "
                "fields and pseudonym list before the report is written.",
            )
        )
        self.names_note.setWordWrap(True)
        self.accept_names = QCheckBox(
            QCoreApplication.translate(
                "ExportDialog", "Keep the names found (the report's methods will say so)"
            )
        )
        check_now = QPushButton(QCoreApplication.translate("ExportDialog", "Check Now"))
        check_now.clicked.connect(self.check_names)
        row = QHBoxLayout()
        row.addWidget(self.accept_names, 1)
        row.addWidget(check_now)
        names_layout.addWidget(self.names_note)
        names_layout.addWidget(self.names_found)
        names_layout.addLayout(row)
        self.names_found.hide()

        self.progress = QProgressBar()
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            QCoreApplication.translate("ExportDialog", "Export"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.export_button.clicked.connect(self.start)
        self.buttons.rejected.connect(self._cancel_or_close)
        layout = QVBoxLayout(self)
        layout.addWidget(files)
        layout.addWidget(report)
        layout.addWidget(names)
        layout.addWidget(self.status)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._example = next(iter(project.participants.all()), None)
        self._restore()
        for signal in (self.attribution.textChanged, self.pseudonyms.currentIndexChanged,
                       self.quote_times.toggled):  # fmt: skip
            signal.connect(self._update)
        for check in (self.docx.check, self.xlsx.check, *self.statuses.values()):
            check.toggled.connect(self._update)
        self._update()
        self.resize(720, 0)

    # -- options -----------------------------------------------------------------------

    def options(self) -> ReportOptions:
        """The report options as chosen (raises ValidationError naming the problem)."""
        return ReportOptions(
            statuses=tuple(s for s, box in self.statuses.items() if box.isChecked()),
            quotes_per_theme=self.quotes.value(),
            attribution=self.attribution.text(),
            pseudonyms=self.pseudonyms.currentIndex() == 1,
            include_interviewer=self.interviewer.isChecked(),
            quote_times=self.quote_times.isChecked(),
            list_participants=self.names.isChecked(),
            attributes=tuple(n for n, box in self.attributes.items() if box.isChecked()),
            paper=self.paper.currentText(),
            include_map=self.include_map.isChecked(),
            include_charts=self.include_charts.isChecked(),
            title=self.title_edit.text().strip(),
            author=self.author.text().strip(),
            suggest_quotes=self.suggest.isChecked(),
            accept_found_names=self.accept_names.isChecked(),
            checklists=tuple(c for c, box in self.checklists.items() if box.isChecked()),
            template=str(self.template.target() or ""),
            language=str(self.language.currentData() or "en"),
        )

    def check_names(self) -> list[NameHit]:
        """List the names found in the quotations the report would print."""
        try:
            hits = self.project.report.found_names(self.options())
        except UserError as exc:
            self.status.setText(str(exc))
            return []
        self.show_names(hits)
        return hits

    def show_names(self, hits: list[NameHit]) -> None:
        self.names_found.clear()
        self.names_found.addItems([hit_line(h) for h in hits])
        self.names_found.setVisible(bool(hits))
        self.names_note.setText(
            self.tr(
                "%n name(s) found in quotations. Edit or pseudonymise the transcript, unpin "
                "the quotation, or keep them below.",
                "",
                len(hits),
            )
            if hits
            else self.tr("No names known to the project appear in the report's quotations.")
        )

    def _update(self) -> None:
        problem = ""
        person = self._example
        who = (
            Speaker(person.label, person.pseudonym, person.role)
            if person
            else Speaker("P3", "", "iKT panel member")
        )
        try:
            options = self.options()
            sample = attribute(options.attribution, who, pseudonyms=options.pseudonyms)
            if options.quote_times:
                sample = with_time(sample, "00:12:04")
            self.sample.setText(self.tr("For example: “…” {sample}").format(sample=sample))
        except UserError as exc:
            problem = str(exc)
            self.sample.setText("")
        if not problem and not (self.docx.check.isChecked() or self.xlsx.check.isChecked()):
            problem = QCoreApplication.translate(
                "ExportDialog", "Choose at least one file to write."
            )
        self.status.setText(problem)
        self.export_button.setEnabled(not problem and self._worker is None)

    def _restore(self) -> None:
        s = self.settings
        for status, box in self.statuses.items():
            box.setChecked(str(s.value(KEY + status, True)).lower() == "true")
        self.quotes.setValue(_int(s.value(KEY + "quotes"), 3))
        self.suggest.setChecked(str(s.value(KEY + "suggest", False)).lower() == "true")
        self.quotes.setEnabled(self.suggest.isChecked())
        for name, box in self.checklists.items():
            box.setChecked(str(s.value(KEY + name, name == "coreq")).lower() == "true")
        self.attribution.setText(str(s.value(KEY + "attribution", DEFAULT_ATTRIBUTION)))
        self.pseudonyms.setCurrentIndex(_int(s.value(KEY + "pseudonyms"), 0))
        self.interviewer.setChecked(str(s.value(KEY + "interviewer", False)).lower() == "true")
        self.quote_times.setChecked(str(s.value(KEY + "quote_times", False)).lower() == "true")
        self.names.setChecked(str(s.value(KEY + "names", False)).lower() == "true")
        self.include_map.setChecked(str(s.value(KEY + "map", True)).lower() == "true")
        self.include_charts.setChecked(str(s.value(KEY + "charts", False)).lower() == "true")
        self.paper.setCurrentText(str(s.value(KEY + "paper", "A4")))
        language = str(s.value(KEY + "language", "") or chosen_language(s))
        self.language.setCurrentIndex(max(0, self.language.findData(language)))

    def _remember(self) -> None:
        s = self.settings
        for status, box in self.statuses.items():
            s.setValue(KEY + status, box.isChecked())
        s.setValue(KEY + "quotes", self.quotes.value())
        s.setValue(KEY + "suggest", self.suggest.isChecked())
        for name, box in self.checklists.items():
            s.setValue(KEY + name, box.isChecked())
        s.setValue(KEY + "attribution", self.attribution.text())
        s.setValue(KEY + "pseudonyms", self.pseudonyms.currentIndex())
        s.setValue(KEY + "interviewer", self.interviewer.isChecked())
        s.setValue(KEY + "quote_times", self.quote_times.isChecked())
        s.setValue(KEY + "names", self.names.isChecked())
        s.setValue(KEY + "map", self.include_map.isChecked())
        s.setValue(KEY + "charts", self.include_charts.isChecked())
        s.setValue(KEY + "paper", self.paper.currentText())
        s.setValue(KEY + "language", self.language.currentData())

    # -- running -----------------------------------------------------------------------

    def jobs(self) -> list[Job]:
        options = self.options()
        jobs: list[Job] = []
        docx, xlsx = self.docx.target(), self.xlsx.target()
        if docx is not None:
            picture = thematic_map_png(self.project, options) if options.include_map else None
            charts = report_charts_png(self.project, options)
            report = self.project.report

            def write_docx(progress: Progress) -> str:
                done = report.write(docx, options, picture, progress, charts)
                return QCoreApplication.translate(
                    "ExportDialog", "{name}: {themes} themes, {quotes} quotes"
                ).format(name=done.path.name, themes=done.themes, quotes=done.quotes)

            jobs.append((docx.name, write_docx))
        if xlsx is not None:
            workbook = self.project.workbook
            labels = "pseudonym" if options.pseudonyms else "label"

            quoted = self.project.report.quoted_codings(options)

            def write_xlsx(progress: Progress) -> str:
                done = workbook.write(
                    xlsx,
                    labels=labels,
                    progress=progress,
                    in_report=quoted,
                    language=options.language,
                )
                return self.tr("{file}: %n quote(s)", "", done.quotes).format(file=done.path.name)

            jobs.append((xlsx.name, write_xlsx))
        return jobs

    def start(self) -> None:
        try:
            options = self.options()
            if self.docx.target() is not None and not options.accept_found_names:
                hits = self.project.report.found_names(options)
                self.show_names(hits)
                if hits:
                    raise NamesFoundError(hits)
            jobs = self.jobs()
        except UserError as exc:
            self.status.setText(str(exc))
            return
        self._remember()
        written = self._written = []
        self._targets = [t for t in (self.docx.target(), self.xlsx.target()) if t is not None]

        def work(progress: Progress) -> None:
            for _name, job in jobs:  # one file after the other; a failure stops the rest
                written.append(job(progress))

        self._worker = BackgroundWorker(work)
        self._worker.progress.connect(self._on_progress)
        self._worker.done.connect(self._on_done)  # a slot of this dialog: queued to the GUI
        self.progress.setRange(0, 0)
        self.progress.show()
        self.export_button.setEnabled(False)
        self._thread = start_in_thread(self._worker, self)

    def _on_progress(self, done: int, total: int, what: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.status.setText(what)

    def _on_done(self, _result: object, error: str, cancelled: bool) -> None:
        done = tuple(self._targets[: len(self._written)])
        outcome = self.outcome = ExportOutcome(tuple(self._written), error, cancelled, done)
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._worker = self._thread = None
        self.progress.hide()
        if outcome.error or outcome.cancelled:
            written = ""
            if outcome.written:
                written = self.tr("Wrote {files}.").format(files="; ".join(outcome.written)) + " "
            reason = outcome.error or self.tr("Cancelled: the file in progress was not written.")
            self.status.setText(written + reason)
            self.export_button.setEnabled(True)
            return
        self.exported.emit(outcome)
        self.accept()

    def _cancel_or_close(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
            self.status.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def is_running(self) -> bool:
        return self._worker is not None
