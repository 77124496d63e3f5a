"""The "Search" tab of the bottom pane: full-text search across all transcripts.

Type a query (words, "phrases", prefix*, AND/OR/NOT), choose options and sources; hits
list with their snippet, participant, role and source; click or Enter jumps to the hit in
context. "Code All Hits" codes every hit (or its sentence, or its whole turn) with the
code selected in the codebook, as one undoable action. Searches can be saved, opened,
renamed and deleted (``SavedSearchBar``).

Threads (measured on a million words, bench/search.py): the first page is read on the GUI
thread (well under 100 ms), except an accent-sensitive search, whose worst case reads every
candidate passage (~0.3 s): it runs off the GUI thread. The number of matching passages is
counted off the GUI thread. Code All Hits finds the spans AND writes the codings off the GUI
thread (tens of thousands of codings take seconds), Cancel working until the commit; its
undo and redo also run off the GUI thread (``run_blocking``: they cannot be cancelled).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, QThread, Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ikt_desktop.domain.changes import ChangeSet, Entity, Op
from ikt_desktop.domain.errors import UserError
from ikt_desktop.domain.progress import Progress
from ikt_desktop.domain.query import search_query
from ikt_desktop.services.dto import CodingSnapshot, Outcome
from ikt_desktop.services.query.saved_queries import SavedQueryService
from ikt_desktop.services.query.search import (
    OpenedSearch,
    SearchHit,
    SearchOptions,
    SearchPage,
    SearchService,
)
from ikt_desktop.services.sources import SourceService
from ikt_desktop.ui.query.saved_search_bar import SavedSearchBar
from ikt_desktop.ui.query.search_model import (
    PARTICIPANT,
    ROLE,
    SNIPPET,
    SOURCE,
    HitRole,
    SearchResultsModel,
    SnippetDelegate,
)
from ikt_desktop.ui.shell import commands
from ikt_desktop.ui.shell.background import (
    BackgroundWorker,
    ProgressJob,
    Work,
    run_blocking,
    start_in_thread,
)
from ikt_desktop.ui.shell.change_hub import ChangeHub

_RUNNING: dict[QThread, BackgroundWorker] = {}  # counts in flight, kept alive until done
EXTENT_LABELS = {
    "hit": QT_TRANSLATE_NOOP("SearchPane", "Code the Hit with the Selected Code"),
    "sentence": QT_TRANSLATE_NOOP("SearchPane", "Code Its Sentence with the Selected Code"),
    "turn": QT_TRANSLATE_NOOP("SearchPane", "Code Its Whole Turn with the Selected Code"),
}
Runner = Callable[[Work, str], object]  # run work off the GUI thread and wait: run_blocking


def _in_background(work: Work, done: Callable[[object, str, bool], None]) -> BackgroundWorker:
    """Run ``work`` on its own thread, kept alive in ``_RUNNING`` until it ends; ``done``
    (a bound slot: runs on the GUI thread, dropped if its pane goes) hears the result."""
    worker = BackgroundWorker(work)
    worker.done.connect(done)
    thread = start_in_thread(worker, None)
    _RUNNING[thread] = worker
    thread.finished.connect(lambda: _RUNNING.pop(thread, None))
    return worker


class CodeSearchHitsCommand(commands.ServiceCommand):
    """The codings Code All Hits made (written by its job, off the GUI thread, in one
    transaction): undo removes exactly those; redo brings the same ids back. Both run
    through ``run`` (off the GUI thread, not cancellable: the stack has counted them)."""

    def __init__(
        self, search: SearchService, codings_restore: Callable[[CodingSnapshot], ChangeSet],
        hub: ChangeHub, query: str, code_name: str, done: CodingSnapshot, run: Runner,
    ) -> None:  # fmt: skip
        super().__init__(
            QCoreApplication.translate(
                "CodeSearchHitsCommand", "Code Hits of “{query}” with '{code_name}'"
            ).format(query=query, code_name=code_name),
            hub,
        )
        self._search, self._restore, self._run = search, codings_restore, run
        self.done = done

    def already_done(self, changes: ChangeSet) -> None:
        """The job did the first run: publish what it changed; push() then skips redo."""
        self._hub.publish(changes)
        self._done_once = True

    def _do(self) -> ChangeSet:
        done = self.done
        changes = self._run(
            lambda _p: self._restore(done),
            QCoreApplication.translate("CodeSearchHitsCommand", "Coding the hits again…"),
        )
        assert isinstance(changes, ChangeSet)
        return changes

    def _undo(self) -> ChangeSet:
        done = self.done
        outcome = self._run(
            lambda _p: self._search.uncode_hits(done),
            QCoreApplication.translate("CodeSearchHitsCommand", "Removing the codings…"),
        )
        assert isinstance(outcome, Outcome)
        self.done = outcome.value
        return outcome.changes


class SearchPane(QWidget):
    jump_requested = Signal(int, int, int)  # source id, start, end
    coded = Signal(str)  # how "code all hits" went (also shown in the pane)
    searched = Signal()  # a search's first page is shown (or its failure said)

    def __init__(
        self, search: SearchService, sources: SourceService,
        codings_restore: Callable[[CodingSnapshot], ChangeSet], hub: ChangeHub,
        undo_stack: QUndoStack, current_code: Callable[[], tuple[int, str] | None],
        *, saved: SavedQueryService, read_only: bool = False, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._search, self._sources, self._restore = search, sources, codings_restore
        self._hub, self._stack, self._current_code = hub, undo_stack, current_code
        self._searched: tuple[str, SearchOptions] = ("", SearchOptions())
        self._count_worker: BackgroundWorker | None = None
        self._page_worker: BackgroundWorker | None = None
        self._page_for: tuple[str, SearchOptions] = ("", SearchOptions())
        self._job: ProgressJob | None = None
        self._note = ""  # said after the count (sources a saved search lost)
        self.run: Runner = lambda work, label: run_blocking(work, label, self.window())
        self.saved = SavedSearchBar(saved, search, hub, undo_stack, self._typed,
                                    read_only=read_only)  # fmt: skip
        self.saved.opened.connect(self.show_saved)
        self.query = QLineEdit()
        self.query.setPlaceholderText(
            QCoreApplication.translate(
                "SearchPane", 'Search all transcripts: words, "a phrase", care*, fatigue NOT sleep…'
            )
        )
        self.query.setAccessibleName(QCoreApplication.translate("SearchPane", "Search query"))
        self.query.setClearButtonEnabled(True)
        self.query.returnPressed.connect(self.run_search)
        self.go = QPushButton(QCoreApplication.translate("SearchPane", "Search"))
        self.go.clicked.connect(self.run_search)
        self.prefix = QCheckBox(QCoreApplication.translate("SearchPane", "Word beginnings"))
        self.prefix.setToolTip(
            QCoreApplication.translate(
                "SearchPane", "care also finds carer and careful (like care*)"
            )
        )
        self.accents = QCheckBox(QCoreApplication.translate("SearchPane", "Match accents"))
        self.accents.setToolTip(
            QCoreApplication.translate("SearchPane", "Off: cafe finds café and Zoe finds Zoë")
        )
        self.participants_only = QCheckBox(
            QCoreApplication.translate("SearchPane", "Participant talk only")
        )
        self.sources_button = QToolButton()
        self.sources_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sources_menu = QMenu(self.sources_button)
        self.sources_menu.aboutToShow.connect(self._fill_sources)
        self.sources_button.setMenu(self.sources_menu)
        self.chosen_sources: set[int] = set()  # empty: all sources
        self._label_sources()
        self.status = QLabel("")
        self.coded.connect(self.status.setText)
        self.code_button = QToolButton()
        self.code_button.setText(QCoreApplication.translate("SearchPane", "Code All Hits"))
        self.code_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.code_button)
        self.code_actions: dict[str, QAction] = {}
        for extent, label in EXTENT_LABELS.items():
            action = menu.addAction(QCoreApplication.translate("SearchPane", str(label)))
            action.triggered.connect(lambda _c=False, e=extent: self.code_all(e))
            self.code_actions[extent] = action
        self.code_button.setMenu(menu)
        self.code_button.setEnabled(False)
        self._read_only = read_only
        self.model = SearchResultsModel(self)
        self.table = self._make_table()
        self._build_layout()
        hub.changed.connect(self._on_changed)

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAccessibleName(QCoreApplication.translate("SearchPane", "Search hits"))
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setItemDelegateForColumn(SNIPPET, SnippetDelegate(table))
        table.verticalHeader().hide()
        table.setWordWrap(False)
        header = table.horizontalHeader()
        header.setSectionResizeMode(SNIPPET, QHeaderView.ResizeMode.Stretch)
        for column in (PARTICIPANT, ROLE, SOURCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.activated.connect(self._jump)
        table.clicked.connect(self._jump)
        return table

    def _build_layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.query, 3)
        top.addWidget(self.go)
        top.addSpacing(12)
        top.addWidget(self.saved, 2)
        options = QHBoxLayout()
        for widget in (self.prefix, self.accents, self.participants_only, self.sources_button):
            options.addWidget(widget)
        options.addWidget(self.status, 1)
        options.addWidget(self.code_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.addLayout(top)
        layout.addLayout(options)
        layout.addWidget(self.table, 1)

    # -- options -------------------------------------------------------------------------

    def options(self) -> SearchOptions:
        return SearchOptions(
            prefix=self.prefix.isChecked(), accents=self.accents.isChecked(),
            participants_only=self.participants_only.isChecked(),
            source_ids=tuple(sorted(self.chosen_sources)),
        )  # fmt: skip

    def _typed(self) -> tuple[str, SearchOptions]:
        return self.query.text().strip(), self.options()

    def show_saved(self, opened: OpenedSearch) -> None:
        """Show a saved search's query and options and run it; sources deleted since it
        was saved are named in the status line."""
        chosen = opened.options
        self.prefix.setChecked(chosen.prefix)
        self.accents.setChecked(chosen.accents)
        self.participants_only.setChecked(chosen.participants_only)
        self.chosen_sources = set(opened.options.source_ids)
        self._label_sources()
        self.query.setText(opened.query)
        gone = ", ".join(f"“{name}”" for name in opened.missing)
        self.run_search(
            note=QCoreApplication.translate(
                "SearchPane", "deleted since it was saved: {gone}"
            ).format(gone=gone)
            if gone
            else ""
        )

    def _fill_sources(self) -> None:
        self.sources_menu.clear()
        every = self.sources_menu.addAction(QCoreApplication.translate("SearchPane", "All Sources"))
        every.setCheckable(True)
        every.setChecked(not self.chosen_sources)
        every.triggered.connect(lambda _c=False: self.choose_sources(set()))
        self.sources_menu.addSeparator()
        for source in self._sources.all():
            action = self.sources_menu.addAction(source.name)
            action.setCheckable(True)
            action.setChecked(source.id in self.chosen_sources)
            action.toggled.connect(lambda on, sid=source.id: self._toggle_source(sid, on))

    def _toggle_source(self, source_id: int, on: bool) -> None:
        chosen = set(self.chosen_sources)
        (chosen.add if on else chosen.discard)(source_id)
        self.choose_sources(chosen)

    def choose_sources(self, source_ids: set[int]) -> None:
        self.chosen_sources = set(source_ids)
        self._label_sources()
        if self.query.text().strip():
            self.run_search()

    def _label_sources(self) -> None:
        n = len(self.chosen_sources)
        self.sources_button.setText(
            QCoreApplication.translate("SearchPane", "All sources")
            if not n
            else self.tr("%n source(s)", "", n)
        )

    def _on_changed(self, changes: ChangeSet) -> None:
        """Search again when texts, sources or people changed (hits may have moved, or
        their labels); coding the hits changes none of these, so the list stays put."""
        added_or_gone = changes.ids(Entity.SOURCE, Op.CREATED) | changes.ids(
            Entity.SOURCE, Op.DELETED)  # fmt: skip
        if added_or_gone and self.chosen_sources:
            self.chosen_sources &= {s.id for s in self._sources.all()}
            self._label_sources()
        moved = added_or_gone or changes.entities() & {Entity.TEXT, Entity.PARTICIPANT}
        if moved and self._searched[0]:
            self.run_search()

    # -- searching -----------------------------------------------------------------------

    def focus_query(self) -> None:
        self.query.setFocus()
        self.query.selectAll()

    def run_search(self, note: str = "") -> bool:
        """Search for what is typed; a malformed query says why in the status line. An
        accent-sensitive search reads its first page off the GUI thread (``searched``
        follows when it is shown)."""
        text, options = self.query.text().strip(), self.options()
        self._count_worker = self._page_worker = None
        self._note = note
        if not text:
            self._failed("")
            return False
        try:
            if not options.accents:
                self._show_page(text, options, self._search.search(text, options))
                return True
            search_query.parse(text, all_prefix=options.prefix)  # a typo is said at once
        except UserError as exc:
            self._failed(str(exc))
            return False
        self._search_in_background(text, options)
        return True

    def _failed(self, reason: str) -> None:
        self.model.clear()
        self.status.setText(reason)
        self.code_button.setEnabled(False)
        self.searched.emit()

    def _search_in_background(self, text: str, options: SearchOptions) -> None:
        def work(_progress: Progress) -> SearchPage:
            return self._search.search(text, options)

        self._page_worker, self._page_for = _in_background(work, self._paged), (text, options)
        self.model.clear()
        self.code_button.setEnabled(False)
        self.status.setText(QCoreApplication.translate("SearchPane", "Searching…"))

    def _paged(self, page: object, error: str, _cancelled: bool) -> None:
        if self.sender() is not self._page_worker:
            return  # a newer search was started meanwhile
        self._page_worker = None
        if error or not isinstance(page, SearchPage):
            self._failed(
                error or QCoreApplication.translate("SearchPane", "The search did not run.")
            )
        else:
            self._show_page(*self._page_for, page)

    def _show_page(self, text: str, options: SearchOptions, page: SearchPage) -> None:
        self.model.set_results(page, lambda after: self._search.search(text, options, after=after))
        self._searched = (text, options)
        self.code_button.setEnabled(bool(page.hits) and not self._read_only)
        self._show_count(None)
        if page.hits and not self.model.complete:
            self._count_in_background(text, options)
        self.searched.emit()

    def _show_count(self, passages: int | None) -> None:
        hits = len(self.model.rows)
        if not hits:
            said = QCoreApplication.translate("SearchPane", "No hits")
        elif self.model.complete:
            said = self.tr("%n hit(s)", "", hits)
        elif passages is None:
            said = QCoreApplication.translate(
                "SearchPane", "{hits}+ hits (more load as you scroll)"
            ).format(hits=hits)
        else:
            said = QCoreApplication.translate(
                "SearchPane", "{hits}+ hits in {passages} passages (more as you scroll)"
            ).format(hits=hits, passages=passages)
        self.status.setText(said + (f" — {self._note}" if self._note else ""))

    def _count_in_background(self, text: str, options: SearchOptions) -> None:
        """Count the matching passages off the GUI thread (a common word on a large
        project has tens of thousands); a newer search makes the answer moot."""

        def work(_progress: Progress) -> int:
            return self._search.count_passages(text, options)

        self._count_worker = _in_background(work, self._counted)

    def _counted(self, passages: object, error: str, _cancelled: bool) -> None:
        if self.sender() is self._count_worker and not error and isinstance(passages, int):
            self._show_count(passages)

    # -- acting on hits ------------------------------------------------------------------

    def _jump(self, index: QModelIndex) -> None:
        hit = index.data(HitRole)
        if isinstance(hit, SearchHit):
            self.jump_requested.emit(hit.source_id, hit.start, hit.end)

    def code_all(self, extent: str) -> ProgressJob | None:
        """Code every hit of the last search (``extent``: hit, sentence, turn) with the
        code selected in the codebook, off the GUI thread with progress and Cancel: the
        spans are gathered, then written in one transaction (Cancel until its commit
        leaves the project as it was); then it is one undoable action. ``coded`` tells
        how it went."""
        code = self._current_code()
        if code is None:
            self.status.setText(
                QCoreApplication.translate("SearchPane", "Select a code in the codebook first.")
            )
            return None
        text, options = self._searched
        search = self._search

        def work(progress: Progress) -> Outcome[CodingSnapshot]:
            spans = search.hit_spans(text, options, extent, progress)
            return search.code_spans(code[0], spans, query=text, progress=progress)

        job = ProgressJob(
            work,
            QCoreApplication.translate("SearchPane", "Finding the hits of “{text}”…").format(
                text=text
            ),
            self.window(),
            self,
        )
        job.ended.connect(lambda outcome, error, cancelled: self._coded(
            text, code[1], outcome, error, cancelled))  # fmt: skip
        job.start()
        self._job = job  # kept until it ends
        return job

    def _coded(
        self, text: str, code_name: str, outcome: object, error: str, cancelled: bool
    ) -> None:
        self._job = None
        if cancelled or error or not isinstance(outcome, Outcome):
            self.coded.emit(
                error
                or QCoreApplication.translate(
                    "SearchPane", "Coding the hits was cancelled; nothing was coded."
                )
            )
            return
        done = outcome.value
        assert isinstance(done, CodingSnapshot)
        command = CodeSearchHitsCommand(self._search, self._restore, self._hub, text, code_name,
                                        done, self.run)  # fmt: skip
        command.already_done(outcome.changes)
        self._stack.push(command)
        n = len(done.codings)
        self.coded.emit(
            self.tr("Coded %n passage(s) with '{code_name}'", "", n).format(code_name=code_name)
        )
