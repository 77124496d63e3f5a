"""The auto-code dialogs: Code ▸ Auto-Code ▸ Speaker or Role…, Code ▸ Auto-Code ▸
Interview Guide Answers…, and Code ▸ Interview Guide… (edit, enter or load the guide). Each
previews first; Apply emits the spans (or questions), and the caller pushes ONE undo
command. Dialogs are shown with ``open()``/``show()``; tests drive them directly."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.coding.autocode import (
    DEFAULT_THRESHOLD,
    GuideQuestion,
    parse_guide,
    short_name,
)
from ikt_desktop.domain.errors import UserError
from ikt_desktop.importers.guide import read_guide
from ikt_desktop.services.coding.autocode import CodeSpan, SpeakerPlan, TurnFilter
from ikt_desktop.services.coding.guide import GuidePlan
from ikt_desktop.services.project import Project
from ikt_desktop.ui.codebook.autocode_models import GuideMatchModel, TurnsPerSourceModel
from ikt_desktop.ui.codebook.guide_editor import GuideEditor
from ikt_desktop.ui.shell import messages
from ikt_desktop.ui.shell.background import ProgressJob, Work
from ikt_desktop.ui.shell.change_hub import ChangeHub

DATA = Qt.ItemDataRole.UserRole


def ask_guide_file(parent: QWidget | None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("AutocodeDialogs", "Load Interview Guide"),
        "",
        QCoreApplication.translate(
            "AutocodeDialogs", "Interview guide (*.txt *.md *.docx);;All files (*)"
        ),
    )
    return Path(name) if name else None


def _checklist(items: list[tuple[str, Any, bool]]) -> QListWidget:
    widget = QListWidget()
    widget.setUniformItemSizes(True)
    for text, data, on in items:
        item = QListWidgetItem(text)
        item.setData(DATA, data)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        widget.addItem(item)
    return widget


def _checked(widget: QListWidget) -> list[Any]:
    return [
        widget.item(i).data(DATA)
        for i in range(widget.count())
        if widget.item(i).checkState() == Qt.CheckState.Checked
    ]


def _table(model: Any) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    return view


def _buttons(dialog: QDialog, apply: QPushButton, *extra: QWidget) -> QHBoxLayout:
    cancel = QPushButton(QCoreApplication.translate("AutocodeDialogs", "Cancel"))
    cancel.clicked.connect(dialog.reject)
    row = QHBoxLayout()
    for w in extra:
        row.addWidget(w)
    row.addStretch(1)
    row.addWidget(cancel)
    row.addWidget(apply)
    return row


def _sources(project: Project) -> QListWidget:
    return _checklist([(s.name, s.id, True) for s in project.sources.all()])


class PreviewJobs(QObject):
    """Previews run off the GUI thread (the large corpus takes 0.2-0.7 s) with progress
    and Cancel; ``done(plan or None, error)`` is called on the GUI thread."""

    def __init__(self, dialog: QDialog) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self.job: ProgressJob | None = None
        dialog.finished.connect(lambda _r: self.stop())

    def run(self, work: Work, label: str, done: Callable[[Any, str], None]) -> None:
        self.stop()
        job = ProgressJob(work, label, self._dialog, self)
        self.job = job

        def ended(result: object, error: str, _cancelled: bool) -> None:
            if self.job is job:
                self.job = None
            done(result, error)

        job.ended.connect(ended)
        job.start()

    def stop(self) -> None:
        """Cancel a running preview and wait for its thread (before the dialog goes)."""
        if self.job is not None:
            self.job.worker.cancel()
            self.job.runner.wait()


class _PreviewDialog(QDialog):
    """What the two auto-code dialogs share: Preview and Apply buttons, the summary line,
    the plan shown (or refused/cancelled), and going stale when a choice changes."""

    apply_requested = Signal(object, str)  # list[CodeSpan], the undo text
    previewed = Signal(object)  # the plan, or None (refused or cancelled)

    plan: SpeakerPlan | GuidePlan | None
    model: TurnsPerSourceModel | GuideMatchModel
    summary: QLabel
    preview_button: QPushButton
    apply_button: QPushButton

    def __init__(self, project: Project, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._project = project
        self.plan = None
        self.jobs = PreviewJobs(self)

    def preview(self) -> None:
        raise NotImplementedError

    def apply(self) -> None:
        raise NotImplementedError

    def _make_buttons(self, summary: str) -> None:
        self.summary = QLabel(summary)
        self.summary.setWordWrap(True)
        self.preview_button = QPushButton(QCoreApplication.translate("_PreviewDialog", "Preview"))
        self.preview_button.clicked.connect(self.preview)
        self.apply_button = QPushButton(QCoreApplication.translate("_PreviewDialog", "Apply"))
        self.apply_button.setDefault(True)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)

    def _shown(self, plan: SpeakerPlan | GuidePlan | None, text: str, error: str) -> None:
        """After ``model.set_plan(plan)``: the summary (``text`` for a plan), Apply, and
        ``previewed``."""
        self.summary.setText(text if plan is not None else error or "Cancelled.")
        self.apply_button.setEnabled(bool(plan and plan.hits))
        self.previewed.emit(plan)

    def _stale(self) -> None:
        self.plan = None
        self.model.set_plan(None)
        self.apply_button.setEnabled(False)
        self.summary.setText(
            QCoreApplication.translate("_PreviewDialog", "Changed: Preview again.")
        )


class SpeakerAutocodeDialog(_PreviewDialog):
    """Code every turn of the chosen speakers, participants or roles with one code."""

    plan: SpeakerPlan | None
    model: TurnsPerSourceModel

    def __init__(self, project: Project, code_id: int | None, parent: QWidget | None = None):
        super().__init__(project, parent)
        self.setWindowTitle(
            QCoreApplication.translate("SpeakerAutocodeDialog", "Auto-Code Speaker or Role")
        )
        self.resize(760, 560)
        self.code_box = QComboBox()
        paths = project.codebook.paths()
        for code in project.codebook.all("thematic") + project.codebook.all("structural"):
            self.code_box.addItem(paths[code.id], code.id)
        if code_id is not None and self.code_box.findData(code_id) >= 0:
            self.code_box.setCurrentIndex(self.code_box.findData(code_id))
        options = project.autocode.speaker_options()
        who: list[tuple[str, Any, bool]] = [
            (
                QCoreApplication.translate(
                    "SpeakerAutocodeDialog", "Role: {role} ({turns} turns)"
                ).format(role=r, turns=n),
                ("role", r),
                False,
            )
            for r, n in options.roles
        ]
        who.append(
            (
                QCoreApplication.translate(
                    "SpeakerAutocodeDialog", "All interviewers ({interviewer_turns} turns)"
                ).format(interviewer_turns=options.interviewer_turns),
                ("iv", True),
                False,
            )
        )
        who += [
            (
                QCoreApplication.translate(
                    "SpeakerAutocodeDialog", "{label} — {role} ({turns} turns)"
                ).format(
                    label=label,
                    role=role or QCoreApplication.translate("SpeakerAutocodeDialog", "no role"),
                    turns=n,
                ),
                ("participant", i),
                False,
            )
            for i, label, role, n in options.participants
        ]
        who += [
            (
                QCoreApplication.translate(
                    "SpeakerAutocodeDialog", "Speaker: {name} ({turns} turns)"
                ).format(name=name, turns=n),
                ("speaker", name),
                False,
            )
            for name, n in options.speakers
        ]
        self.who = _checklist(who)
        self.sources = _sources(project)
        self.model = TurnsPerSourceModel(self)
        self.table = _table(self.model)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._make_buttons(
            QCoreApplication.translate(
                "SpeakerAutocodeDialog", "Choose who and where, then Preview."
            )
        )
        for widget in (self.who, self.sources):
            widget.itemChanged.connect(lambda _i: self._stale())
        self.code_box.currentIndexChanged.connect(lambda _i: self._stale())
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("SpeakerAutocodeDialog", "Code with"), self.code_box)
        lists = QHBoxLayout()
        for title, widget in (
            (QCoreApplication.translate("SpeakerAutocodeDialog", "Whose turns"), self.who),
            (QCoreApplication.translate("SpeakerAutocodeDialog", "In which sources"), self.sources),
        ):
            box = QVBoxLayout()
            box.addWidget(QLabel(title))
            box.addWidget(widget)
            lists.addLayout(box)
        layout = QVBoxLayout(self)
        note = QLabel(
            QCoreApplication.translate(
                "SpeakerAutocodeDialog",
                "Each turn is coded from its first word to its last (the speaker's label is "
                "left out). Turns you already coded with this code are skipped.",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addLayout(lists, 2)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(_buttons(self, self.apply_button, self.preview_button))

    def turn_filter(self) -> TurnFilter:
        chosen = _checked(self.who)
        return TurnFilter(
            speakers=frozenset(v for k, v in chosen if k == "speaker"),
            participants=frozenset(v for k, v in chosen if k == "participant"),
            roles=frozenset(v for k, v in chosen if k == "role"),
            interviewers=any(k == "iv" for k, _ in chosen),
        )

    def preview(self) -> None:
        """Find the turns off the GUI thread; ``previewed`` follows (plan or None)."""
        code_id = self.code_box.currentData()
        if code_id is None:
            self._show_plan(
                None, QCoreApplication.translate("SpeakerAutocodeDialog", "Create a code first.")
            )
            return
        which, sources = self.turn_filter(), _checked(self.sources)
        self.jobs.run(
            lambda progress: self._project.autocode.preview_speakers(
                int(code_id), which, sources, progress=progress
            ),
            QCoreApplication.translate("SpeakerAutocodeDialog", "Finding the turns…"),
            self._show_plan,
        )

    def _show_plan(self, plan: SpeakerPlan | None, error: str = "") -> None:
        self.plan = plan
        self.model.set_plan(plan)
        text = ""
        if plan is not None:
            text = QCoreApplication.translate(
                "SpeakerAutocodeDialog",
                "{turns} turns in {sources} sources will be coded '{code_name}'; {already} already "
                "coded (skipped).",
            ).format(
                turns=len(plan.hits),
                sources=len(plan.per_source()),
                code_name=plan.code_name,
                already=plan.already,
            )
        self._shown(plan, text, error)

    def apply(self) -> None:
        if self.plan is not None and self.plan.hits:
            text = QCoreApplication.translate(
                "SpeakerAutocodeDialog", "Auto-Code {count} Turns as '{code_name}'"
            ).format(count=len(self.plan.hits), code_name=self.plan.code_name)
            self.apply_requested.emit(self.plan.spans(), text)


class GuideAnswersDialog(_PreviewDialog):
    """Find the guide questions in each source; code the answers of the ticked ones."""

    plan: GuidePlan | None
    model: GuideMatchModel

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(project, parent)
        self.setWindowTitle(
            QCoreApplication.translate("GuideAnswersDialog", "Auto-Code Interview Guide Answers")
        )
        self.resize(980, 620)
        self.sources = _sources(project)
        self.sources.setMaximumHeight(140)
        self.threshold = QDoubleSpinBox(minimum=0.2, maximum=1.0, singleStep=0.05, decimals=2)
        self.threshold.setValue(DEFAULT_THRESHOLD)
        self.threshold.setToolTip(
            QCoreApplication.translate(
                "GuideAnswersDialog",
                "How much of a "
                "question's wording the interviewer's turn "
                "must share (0-1; token-set similarity)",
            )
        )
        self.include_question = QCheckBox(
            QCoreApplication.translate(
                "GuideAnswersDialog", "Also code the interviewer's question turn"
            )
        )
        self.model = GuideMatchModel(self)
        self.table = _table(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self._make_buttons(
            QCoreApplication.translate(
                "GuideAnswersDialog", "Preview to see which turns ask which guide question."
            )
        )
        self.sources.itemChanged.connect(lambda _i: self._stale())
        self.threshold.valueChanged.connect(lambda _v: self._stale())
        self.include_question.toggled.connect(lambda _v: self._stale())
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("GuideAnswersDialog", "Sources"), self.sources)
        form.addRow(
            QCoreApplication.translate("GuideAnswersDialog", "Similarity at least"), self.threshold
        )
        form.addRow("", self.include_question)
        layout = QVBoxLayout(self)
        note = QLabel(
            QCoreApplication.translate(
                "GuideAnswersDialog",
                "For each source, the "
                "interviewer's turn that asks each guide question "
                "is found; the participant's turns after it, up to the next guide "
                "question, are coded with that question. Untick wrong matches.",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(_buttons(self, self.apply_button, self.preview_button))

    def preview(self) -> None:
        """Match the guide off the GUI thread; ``previewed`` follows (plan or None)."""
        sources, threshold = _checked(self.sources), self.threshold.value()
        include = self.include_question.isChecked()
        self.jobs.run(
            lambda progress: self._project.guide.preview(
                sources, threshold=threshold, include_question=include, progress=progress
            ),
            QCoreApplication.translate("GuideAnswersDialog", "Matching the interview guide…"),
            self._show_plan,
        )

    def _show_plan(self, plan: GuidePlan | None, error: str = "") -> None:
        self.plan = plan
        self.model.set_plan(plan)
        self.table.resizeColumnsToContents()
        text = ""
        if plan is not None:
            turns = sum(len(h.spans) for h in plan.hits)
            missing = sum(n for _, n in plan.unmatched)
            text = QCoreApplication.translate(
                "GuideAnswersDialog",
                "{count} questions found ({missing} not found); {turns} turns to code; {already} "
                "already coded (skipped).",
            ).format(count=len(plan.hits), missing=missing, turns=turns, already=plan.already)
        self._shown(plan, text, error)

    def apply(self) -> None:
        if self.plan is None:
            return
        spans: list[CodeSpan] = self.plan.spans(self.model.chosen())
        if spans:
            self.apply_requested.emit(
                spans,
                QCoreApplication.translate(
                    "GuideAnswersDialog", "Auto-Code Guide Answers ({count} Turns)"
                ).format(count=len(spans)),
            )
        else:
            self.summary.setText(
                QCoreApplication.translate("GuideAnswersDialog", "Nothing ticked to code.")
            )


class GuideDialog(QDialog):
    """The interview guide: its questions, edited in place (ui/guide_editor.py), and new
    ones pasted or loaded from a .txt / .md / .docx file (one per line; numbering like
    "Q3." or "3)" is stripped). Stays open after Add so the new questions can be edited."""

    add_requested = Signal(object)  # list[GuideQuestion]

    def __init__(
        self,
        project: Project,
        hub: ChangeHub,
        stack: QUndoStack,
        parent: QWidget | None = None,
        ask_file: Callable[[QWidget | None], Path | None] = ask_guide_file,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("GuideDialog", "Interview Guide"))
        self.resize(900, 680)
        self._ask_file = ask_file
        self.guide = GuideEditor(project, hub, stack, self)
        self.count_label = QLabel()
        self.guide.model.rowsInserted.connect(lambda *_: self._count())
        self.guide.model.rowsRemoved.connect(lambda *_: self._count())
        self._count()
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(
            QCoreApplication.translate(
                "GuideDialog",
                "Paste the guide's "
                "questions here, one per line:\n"
                "1. Can you tell me how you first became involved?\n"
                "2. What has helped you take part?",
            )
        )
        self.editor.textChanged.connect(self.refresh)
        self.parsed = QListWidget()
        self.load_button = QPushButton(QCoreApplication.translate("GuideDialog", "Load File…"))
        self.load_button.clicked.connect(self.load)
        memo = next(
            (
                m
                for m in project.memos.for_target("project")
                if QCoreApplication.translate("GuideDialog", "interview guide")
                in m.title.casefold()
            ),
            None,
        )
        self.memo_button = QPushButton(QCoreApplication.translate("GuideDialog", "From Memo"))
        self.memo_button.setToolTip(
            QCoreApplication.translate(
                "GuideDialog", "Take the questions from the project memo '{title}'"
            ).format(title=memo.title)
            if memo
            else ""
        )
        self.memo_button.setVisible(memo is not None)
        if memo is not None:
            self.memo_button.clicked.connect(lambda: self.editor.setPlainText(memo.text))
        self.add_button = QPushButton(QCoreApplication.translate("GuideDialog", "Add Questions"))
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add)
        self.questions: list[GuideQuestion] = []
        layout = QVBoxLayout(self)
        note = QLabel(
            QCoreApplication.translate(
                "GuideDialog",
                "Guide questions are structural codes under 'Interview guide', kept apart from "
                "the codebook (see the Interview Guide tab). Double-click a short name or a "
                "wording to edit it; drag rows or use Move Up / Move Down to reorder. Use Code ▸ "
                "Auto-Code ▸ Interview Guide Answers… to code the answers.",
            )
        )
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.count_label)
        layout.addWidget(self.guide, 3)
        layout.addWidget(QLabel(QCoreApplication.translate("GuideDialog", "New questions")))
        layout.addWidget(self.editor, 1)
        layout.addWidget(QLabel(QCoreApplication.translate("GuideDialog", "Will be added as")))
        layout.addWidget(self.parsed, 1)
        close = QPushButton(QCoreApplication.translate("GuideDialog", "Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        row = QHBoxLayout()
        for w in (self.load_button, self.memo_button):
            row.addWidget(w)
        row.addStretch(1)
        row.addWidget(self.add_button)
        row.addWidget(close)
        layout.addLayout(row)

    def _count(self) -> None:
        self.count_label.setText(
            QCoreApplication.translate("GuideDialog", "In the guide ({count} questions)").format(
                count=self.guide.model.rowCount()
            )
        )

    def refresh(self) -> None:
        self.questions = parse_guide(self.editor.toPlainText())
        self.parsed.clear()
        for n, q in enumerate(self.questions, start=self.guide.model.rowCount() + 1):
            item = QListWidgetItem(short_name(q, n))
            item.setToolTip(q.text)
            self.parsed.addItem(item)
        self.add_button.setEnabled(bool(self.questions))

    def load(self) -> None:
        path = self._ask_file(self)
        if path is None:
            return
        try:
            self.editor.setPlainText(read_guide(path))
        except UserError as exc:
            messages.warn(
                self, QCoreApplication.translate("GuideDialog", "Load Interview Guide"), str(exc)
            )

    def add(self) -> None:
        if self.questions:
            self.add_requested.emit(list(self.questions))
