"""The compare view: one transcript with two coders' codings shaded (both / only A /
only B), the agreement statistics with their unit, stepping through the disagreements
(N / Shift+N, F8 / Shift+F8) and deciding each one (accept A, accept B, accept both, or a
consensus coding), with the decision log of the transcript."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QThread, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCursor,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.analysis import agreement as ag
from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.transcripts.positions import PositionMap
from ikt_desktop.exporters.agreement_xlsx import CHOICE_LABELS
from ikt_desktop.services.project import Project
from ikt_desktop.services.team.agreement import AgreementReport, DisagreementDTO
from ikt_desktop.services.team.consensus import CONSENSUS_CODER
from ikt_desktop.ui.shell.background import BackgroundWorker, start_in_thread
from ikt_desktop.ui.shell.change_hub import ChangeHub
from ikt_desktop.ui.shell.commands import push
from ikt_desktop.ui.team.compare.commands import DecideCommand
from ikt_desktop.ui.team.compare.highlighter import BOTH_COLOR, CompareHighlighter

ALL = -1  # the code chooser's "All codes"
_WATCHED = {Entity.CODING, Entity.DECISION, Entity.CODER, Entity.CODE, Entity.SOURCE}


def _fmt(value: float | None, percent: bool = False) -> str:
    """A statistic in the interface language's number format (99,5 % in German)."""
    if value is None:
        return "—"
    if percent:
        return QCoreApplication.translate("CompareView", "{value}%").format(
            value=QLocale().toString(value * 100, "f", 1)
        )
    return QLocale().toString(value, "f", 2)


def _num(n: int) -> str:
    """A count with the interface language's digit grouping (231.012 in German)."""
    return QLocale().toString(n)


def _swatch_html(color: str, text: str) -> str:
    return f'<span style="background:{color}">&nbsp;&nbsp;&nbsp;&nbsp;</span> {text}'


def _swatch(color: str, text: str) -> QLabel:
    label = QLabel(_swatch_html(color, text))
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class CompareView(QWidget):
    """Compare two coders on one transcript. Build with :func:`open_compare`."""

    stepped = Signal(int)  # index of the disagreement now selected

    def __init__(
        self,
        project: Project,
        hub: ChangeHub,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("CompareView", "Compare Coders"))
        self._project, self._hub, self._undo = project, hub, undo_stack
        self._text = ""
        self._map = PositionMap.for_text("")
        self.disagreements: list[DisagreementDTO] = []
        self.current = -1
        self._threads: list[QThread] = []
        self._workers: list[BackgroundWorker] = []
        self._generation = 0
        self._ready = 0
        self._build()
        self._fill_coders()
        hub.changed.connect(self._on_changed)

    # -- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.coder_a, self.coder_b = QComboBox(), QComboBox()
        self.source_box, self.code_box = QComboBox(), QComboBox()
        self.code_box.setMinimumContentsLength(24)
        choosers = QHBoxLayout()
        for label, box in (
            (QCoreApplication.translate("CompareView", "Coder A"), self.coder_a),
            (QCoreApplication.translate("CompareView", "Coder B"), self.coder_b),
            (QCoreApplication.translate("CompareView", "Transcript"), self.source_box),
            (QCoreApplication.translate("CompareView", "Code"), self.code_box),
        ):
            choosers.addWidget(QLabel(label))
            choosers.addWidget(box, 1)
        self.legend_both = _swatch(BOTH_COLOR, QCoreApplication.translate("CompareView", "Both"))
        self.legend_a, self.legend_b = QLabel(), QLabel()
        legend = QHBoxLayout()
        for w in (
            QLabel(QCoreApplication.translate("CompareView", "Shading:")),
            self.legend_both,
            self.legend_a,
            self.legend_b,
        ):
            legend.addWidget(w)
        legend.addStretch(1)

        self.text = QPlainTextEdit(readOnly=True)
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.text.setFont(QFont(self.text.font().family(), 11))
        self.highlighter = CompareHighlighter(self.text.document())
        # a see-through selection, so the shading of the selected disagreement shows
        palette = self.text.palette()
        palette.setColor(QPalette.ColorRole.Highlight, QColor(255, 196, 0, 110))
        palette.setColor(QPalette.ColorRole.HighlightedText, palette.color(QPalette.ColorRole.Text))
        self.text.setPalette(palette)

        self.stats = QLabel(QCoreApplication.translate("CompareView", "Computing agreement…"))
        self.stats.setTextFormat(Qt.TextFormat.RichText)
        self.stats.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a5300;")
        self.position = QLabel()
        self.position.setWordWrap(True)
        self.previous_button = QPushButton(QCoreApplication.translate("CompareView", "◀ Previous"))
        self.next_button = QPushButton(QCoreApplication.translate("CompareView", "Next ▶"))
        self.previous_button.setToolTip(
            QCoreApplication.translate("CompareView", "Previous disagreement (Shift+N, Shift+F8)")
        )
        self.next_button.setToolTip(
            QCoreApplication.translate("CompareView", "Next disagreement (N, F8)")
        )
        self.note_edit = QLineEdit(
            placeholderText=QCoreApplication.translate(
                "CompareView", "Note for the decision log (why)"
            )
        )
        self.accept_a = QPushButton(QCoreApplication.translate("CompareView", "Accept A"))
        self.accept_b = QPushButton(QCoreApplication.translate("CompareView", "Accept B"))
        self.accept_both = QPushButton(QCoreApplication.translate("CompareView", "Accept Both"))
        self.consensus = QPushButton(QCoreApplication.translate("CompareView", "Consensus Coding"))
        self.consensus.setToolTip(
            QCoreApplication.translate(
                "CompareView",
                "Code the selected text (or the whole stretch) under the '{coder}' coder",
            ).format(coder=CONSENSUS_CODER)
        )
        self.log = QListWidget()
        self.log.setWordWrap(True)

        steps = QHBoxLayout()
        steps.addWidget(self.previous_button)
        steps.addWidget(self.next_button)
        decide = QGridLayout()
        decide.addWidget(self.accept_a, 0, 0)
        decide.addWidget(self.accept_b, 0, 1)
        decide.addWidget(self.accept_both, 1, 0)
        decide.addWidget(self.consensus, 1, 1)
        side = QWidget()
        panel = QVBoxLayout(side)
        panel.addWidget(self.stats)
        panel.addWidget(self.note)
        form = QFormLayout()
        form.addRow(steps)
        form.addRow(self.position)
        panel.addLayout(form)
        panel.addWidget(self.note_edit)
        panel.addLayout(decide)
        panel.addWidget(
            QLabel(QCoreApplication.translate("CompareView", "Decisions on this transcript"))
        )
        panel.addWidget(self.log, 1)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.text)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(choosers)
        layout.addLayout(legend)
        layout.addWidget(split, 1)
        self.resize(1100, 700)

        self.coder_a.currentIndexChanged.connect(self._on_coders)
        self.coder_b.currentIndexChanged.connect(self._on_coders)
        self.source_box.currentIndexChanged.connect(self._on_source)
        self.code_box.currentIndexChanged.connect(self._on_code)
        self.next_button.clicked.connect(self.step_next)
        self.previous_button.clicked.connect(self.step_previous)
        for button, choice in ((self.accept_a, "accept_a"), (self.accept_b, "accept_b"),
                               (self.accept_both, "accept_both"),
                               (self.consensus, "consensus")):  # fmt: skip
            button.clicked.connect(lambda _=False, c=choice: self.decide(c))
        # N works while reading the text; F8 anywhere in the view (not while typing a note)
        for keys, slot, widget, context in (
            ("N", self.step_next, self.text, Qt.ShortcutContext.WidgetShortcut),
            ("Shift+N", self.step_previous, self.text, Qt.ShortcutContext.WidgetShortcut),
            ("F8", self.step_next, self, Qt.ShortcutContext.WidgetWithChildrenShortcut),
            ("Shift+F8", self.step_previous, self,
             Qt.ShortcutContext.WidgetWithChildrenShortcut),
        ):  # fmt: skip
            shortcut = QShortcut(QKeySequence(keys), widget)
            shortcut.setContext(context)
            shortcut.activated.connect(slot)

    # -- choosers -----------------------------------------------------------------------

    def _fill_coders(self) -> None:
        coders = self._project.coders.all()
        self._coders = {c.id: c for c in coders}
        compared = [c for c in coders if c.name != CONSENSUS_CODER] or coders
        for box, pick in ((self.coder_a, 0), (self.coder_b, 1)):
            box.blockSignals(True)
            box.clear()
            for c in coders:
                box.addItem(f"{c.name} ({c.initials})", c.id)
            if len(compared) > pick:
                box.setCurrentIndex(box.findData(compared[pick].id))
            box.blockSignals(False)
        codes = self._project.codebook.paths()
        self.code_box.blockSignals(True)
        self.code_box.clear()
        self.code_box.addItem(QCoreApplication.translate("CompareView", "All codes"), ALL)
        for code in self._project.codebook.all("thematic"):
            self.code_box.addItem(codes[code.id], code.id)
        self.code_box.blockSignals(False)
        self._on_coders()

    @property
    def coders(self) -> tuple[int, int]:
        return int(self.coder_a.currentData() or 0), int(self.coder_b.currentData() or 0)

    @property
    def code_id(self) -> int | None:
        data = self.code_box.currentData()
        return None if data in (None, ALL) else int(data)

    @property
    def source_id(self) -> int | None:
        data = self.source_box.currentData()
        return None if data is None else int(data)

    def set_coders(self, a: int, b: int) -> None:
        self.coder_a.setCurrentIndex(self.coder_a.findData(a))
        self.coder_b.setCurrentIndex(self.coder_b.findData(b))

    def set_code(self, code_id: int | None) -> None:
        self.code_box.setCurrentIndex(self.code_box.findData(ALL if code_id is None else code_id))

    def set_source(self, source_id: int) -> None:
        self.source_box.setCurrentIndex(self.source_box.findData(source_id))

    def _on_coders(self) -> None:
        a, b = self.coders
        if a not in self._coders or b not in self._coders:
            return
        ca, cb = self._coders[a], self._coders[b]
        self.legend_a.setText(
            _swatch_html(
                ca.color,
                QCoreApplication.translate("CompareView", "Only {name}").format(name=ca.name),
            )
        )
        self.legend_b.setText(
            _swatch_html(
                cb.color,
                QCoreApplication.translate("CompareView", "Only {name} (wavy underline)").format(
                    name=cb.name
                ),
            )
        )
        shared = self._shared_sources(a, b)
        keep = self.source_id
        self.source_box.blockSignals(True)
        self.source_box.clear()
        for source in self._project.sources.all():
            if source.id in shared:
                self.source_box.addItem(source.name, source.id)
        if keep is not None and self.source_box.findData(keep) >= 0:
            self.source_box.setCurrentIndex(self.source_box.findData(keep))
        self.source_box.blockSignals(False)
        self._on_source()
        self._refresh_stats()

    def _shared_sources(self, a: int, b: int) -> set[int]:
        return set() if a == b else set(self._project.agreement.shared_sources([a, b]))

    def _on_source(self) -> None:
        source = self.source_id
        self._text = self._project.sources.text(source) if source is not None else ""
        self._map = PositionMap.for_text(self._text)
        if source is None:
            a, b = self.coders
            why = (
                QCoreApplication.translate("CompareView", "Choose two different coders.")
                if a == b
                else QCoreApplication.translate(
                    "CompareView", "{a} and {b} have not coded any transcript in common."
                ).format(a=self._coders[a].name, b=self._coders[b].name)
            )
            self.text.setPlainText(why)
        else:
            self.text.setPlainText(self._text)
        self.current = -1
        self._refresh_source()

    def _on_code(self) -> None:
        self.current = -1
        self._refresh_source()
        self._refresh_stats()

    # -- shading, disagreements and the log ----------------------------------------------

    def _refresh_source(self) -> None:
        source = self.source_id
        a, b = self.coders
        if source is None:
            self.disagreements = []
            self.highlighter.set_shading("", {}, "#000000", "#000000")
        else:
            shades = self._project.agreement.shading(a, b, source, self.code_id)
            self.highlighter.set_shading(
                self._text, shades, self._coders[a].color, self._coders[b].color
            )
            self.disagreements = self._project.agreement.disagreements(a, b, source, self.code_id)
        self.current = min(self.current, len(self.disagreements) - 1)
        self._fill_log()
        self._show_position()

    def _fill_log(self) -> None:
        self.log.clear()
        source = self.source_id
        if source is None:
            return
        paths = self._project.codebook.paths()
        for d in self._project.consensus.all():
            if d.source_id != source:
                continue
            decider = self._coders.get(d.decided_by or 0)  # refilled on every coder change
            who = decider.name if decider is not None else "?"
            note = f" — {d.note}" if d.note else ""
            self.log.addItem(
                QCoreApplication.translate(
                    "CompareView",
                    "{decided:%Y-%m-%d %H:%M} {who}: {choice} on {code} [{start}–{end}){note}",
                ).format(
                    decided=d.decided,
                    who=who,
                    choice=CHOICE_LABELS[d.choice],
                    code=paths.get(d.code_id, "?"),
                    start=d.start,
                    end=d.end,
                    note=note,
                )
            )

    def _show_position(self) -> None:
        total = len(self.disagreements)
        open_ = sum(not d.resolved for d in self.disagreements)
        has = 0 <= self.current < total
        for button in (self.accept_a, self.accept_b, self.accept_both, self.consensus):
            button.setEnabled(has and not self._project.read_only)
        if not total:
            self.position.setText(
                QCoreApplication.translate("CompareView", "No disagreements here.")
                if self.source_id
                else ""
            )
            return
        if not has:
            self.position.setText(
                QCoreApplication.translate(
                    "CompareView", "{total} disagreements ({open} open). Press N for the next."
                ).format(total=total, open=open_)
            )
            return
        d = self.disagreements[self.current]
        a, b = (self._coders[c].initials for c in self.coders)
        state = (
            QCoreApplication.translate("CompareView", "decided: {choice}").format(
                choice=CHOICE_LABELS[d.choice]
            )
            if d.resolved
            else QCoreApplication.translate("CompareView", "open")
        )
        self.position.setText(
            QCoreApplication.translate(
                "CompareView",
                "Disagreement {number} of {total} ({open} open): <b>{code}</b> [{start}–{end}); "
                "{a} coded {a_chars}, {b} coded {b_chars} characters of it; {state}.",
            ).format(
                number=self.current + 1,
                total=total,
                open=open_,
                code=d.code,
                start=d.start,
                end=d.end,
                a=a,
                a_chars=ag.total(d.a),
                b=b,
                b_chars=ag.total(d.b),
                state=state,
            )
        )

    # -- stepping ----------------------------------------------------------------------

    def step_next(self) -> None:
        self._step(+1)

    def step_previous(self) -> None:
        self._step(-1)

    def _step(self, direction: int) -> None:
        if not self.disagreements:
            return
        if self.current < 0:
            at = self._map.from_utf16(self.text.textCursor().selectionStart())
            later = [i for i, d in enumerate(self.disagreements) if d.start >= at]
            index = (later[0] if later else 0) if direction > 0 else len(self.disagreements) - 1
        else:
            index = (self.current + direction) % len(self.disagreements)
        self.select(index)

    def select(self, index: int) -> None:
        """Select disagreement ``index`` in the text and scroll to it."""
        self.current = index
        d = self.disagreements[index]
        cursor = self.text.textCursor()
        cursor.setPosition(self._map.to_utf16(d.start))
        cursor.setPosition(self._map.to_utf16(d.end), QTextCursor.MoveMode.KeepAnchor)
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        self._show_position()
        self.stepped.emit(index)

    def selected_span(self) -> tuple[int, int]:
        """The text selection in code points."""
        cursor = self.text.textCursor()
        return (self._map.from_utf16(cursor.selectionStart()),
                self._map.from_utf16(cursor.selectionEnd()))  # fmt: skip

    # -- deciding ----------------------------------------------------------------------

    def decide(self, choice: str) -> bool:
        """Decide the current disagreement (one undo step). A consensus coding takes the
        selected text when a selection lies in the stretch, else the whole stretch."""
        if not 0 <= self.current < len(self.disagreements):
            return False
        d = self.disagreements[self.current]
        span = None
        if choice == "consensus":
            start, end = self.selected_span()
            span = (start, end) if end > start else (d.start, d.end)
        index = self.current
        command = DecideCommand(self._project.consensus, self._hub, d, self.coders, choice,
                                self.note_edit.text(), span)  # fmt: skip
        done = push(self._undo, command, self)
        if done:
            self.note_edit.clear()
            if self.disagreements:
                self.select(min(index, len(self.disagreements) - 1))
        return done

    # -- statistics (off the GUI thread: the large project takes about a second) ---------

    def _refresh_stats(self) -> None:
        a, b = self.coders
        if a == b or self.source_box.count() == 0:
            self.stats.setText("")
            self.note.setText("")
            return
        self._generation += 1
        generation, agreement = self._generation, self._project.agreement

        def work(_progress: Any) -> tuple[int, AgreementReport, AgreementReport]:
            char = agreement.compare([a, b], ag.Unit.CHAR)
            segment = agreement.compare([a, b], ag.Unit.SEGMENT)
            return generation, char, segment

        self.stats.setText(QCoreApplication.translate("CompareView", "Computing agreement…"))
        worker = BackgroundWorker(work)
        worker.done.connect(self._on_stats)
        self._threads = [t for t in self._threads if t.isRunning()]
        self._workers = self._workers[-4:]  # keep the running ones alive until they report
        self._workers.append(worker)
        self._threads.append(start_in_thread(worker, self))

    @property
    def stats_ready(self) -> bool:
        return self._ready == self._generation

    def _on_stats(self, result: object, error: str, _cancelled: bool) -> None:
        self._ready = self._generation
        if error:
            self.stats.setText(error)
            return
        if not isinstance(result, tuple) or result[0] != self._generation:
            return  # a newer request is on its way
        _, char, segment = result
        self.show_stats(char, segment)

    def show_stats(self, char: AgreementReport, segment: AgreementReport) -> None:
        code = self.code_id

        def pick(report: AgreementReport) -> ag.Stats | None:
            if code is None:
                return report.overall.stats
            return next((r.stats for r in report.codes if r.code_id == code), None)

        c, s = pick(char), pick(segment)
        name = (
            QCoreApplication.translate("CompareView", "all codes (pooled)")
            if code is None
            else self.code_box.currentText()
        )
        sources = len(char.source_ids)
        if c is None or s is None:
            self.stats.setText(
                QCoreApplication.translate(
                    "CompareView",
                    "<b>{name}</b>: neither coder used this code in the {sources} transcript(s) "
                    "both coded; nothing to compare.",
                ).format(name=name, sources=sources)
            )
            self.note.setText("")
            return
        overall = char.overall.stats
        unit = (
            QCoreApplication.translate("CompareView", "character x code pairs")
            if code is None
            else QCoreApplication.translate("CompareView", "characters")
        )
        a, b = (self._coders[i].initials for i in self.coders)
        pooled = (
            ""
            if code is None
            else QCoreApplication.translate(
                "CompareView",
                "<br><b>All codes</b> (character level, pooled): agreement {agreement}, "
                "kappa {kappa}, alpha {alpha}",
            ).format(
                agreement=_fmt(overall.percent_agreement, True),
                kappa=_fmt(overall.kappa),
                alpha=_fmt(overall.alpha),
            )
        )
        self.stats.setText(
            QCoreApplication.translate(
                "CompareView",
                "<b>{name}</b> — {sources} transcript(s) coded by both<br><b>Character level</b> "
                "(unit: {unit}, {units}): agreement {agreement}, Cohen's kappa {kappa}, "
                "Krippendorff's alpha {alpha}<br>&nbsp;&nbsp;both {both} · only {a} "
                "{a_only} · only {b} {b_only} · neither {neither}<br><b>Segment "
                "level</b> (unit: coded segment, agreeing at ≥ {overlap} overlap; "
                "{segments}): agreement {segment_agreement}, Brennan &amp; Prediger kappa "
                "{segment_kappa}{pooled}",
            ).format(
                name=name,
                sources=sources,
                unit=unit,
                units=_num(c.units),
                agreement=_fmt(c.percent_agreement, True),
                kappa=_fmt(c.kappa),
                alpha=_fmt(c.alpha),
                both=_num(c.table.both),
                a=a,
                a_only=_num(c.table.a_only),
                b=b,
                b_only=_num(c.table.b_only),
                neither=_num(c.table.neither),
                overlap=QCoreApplication.translate("CompareView", "{value}%").format(
                    value=QLocale().toString(round(100 * (segment.threshold or 0)))
                ),
                segments=_num(s.units),
                segment_agreement=_fmt(s.percent_agreement, True),
                segment_kappa=_fmt(s.kappa),
                pooled=pooled,
            )
        )
        notes = [n for n in c.notes if n != ag.KAPPA_TWO_CODERS]
        self.note.setText("\n".join(f"• {n[0].upper()}{n[1:]}." for n in notes))

    # -- updates -------------------------------------------------------------------------

    def _on_changed(self, changes: ChangeSet) -> None:
        entities = changes.entities()
        if not entities & _WATCHED:
            return
        sources = changes.ids(Entity.SOURCE, Op.CREATED) | changes.ids(Entity.SOURCE, Op.DELETED)
        if Entity.CODER in entities or sources:
            a, b, code, source = *self.coders, self.code_id, self.source_id
            self._fill_coders()
            self.set_coders(a, b)
            self.set_code(code)
            if source is not None:
                self.set_source(source)
            return
        self._refresh_source()
        if Entity.CODING in entities:
            self._refresh_stats()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.wait_for_stats()
        super().closeEvent(event)

    def wait_for_stats(self) -> None:
        """Block until every statistics computation started has finished."""
        for thread in self._threads:
            thread.wait()


def open_compare(window: Any) -> CompareView | None:
    """Open the compare view of the main window's project as its own window."""
    project: Project | None = getattr(window, "project", None)
    if project is None:
        return None
    view = CompareView(project, window.hub, window.undo_stack, window)
    view.setWindowFlag(Qt.WindowType.Window, True)
    view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    view.show()
    return view
