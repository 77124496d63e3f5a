"""Speed as the user feels it (issue 18), kept without timing: one coding action in the real
main window refreshes each pane's model at most once, re-measures no whole list, and runs
a bounded number of SQL statements (counted on the project's engine)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QEvent, QObject, QSettings
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget
from sqlalchemy import Engine, event

from ikt_desktop.domain.transcripts.transcript import DraftTranscript, DraftTurn, SpeakerMapping
from ikt_desktop.ui.coding.sources_model import CODINGS
from ikt_desktop.ui.shell.main_window import MainWindow

# Statements per action (BEGINs and reads straight from the driver included): apply 16,
# undo 14, redo 14, remove 14 since the codes' parents are read with their names and
# colours, once per change (19, 16, 16, 16 before; 30, 28, 31 when these tests were
# written). A pane that starts re-reading the codebook with its counts adds 5 at once, a
# code's whole segment list 2, the codes' shape read apart from their names 1.
MAX_STATEMENTS = 16
SIGNALS = ("modelReset", "layoutChanged", "dataChanged", "rowsInserted", "rowsRemoved")


@pytest.fixture
def coded(window: MainWindow, tmp_path: Path) -> MainWindow:
    """A project with one transcript, a small codebook and 40 codings; code "A" selected,
    so its segments are listed in the Coded Segments pane."""
    window.create_project(tmp_path / "counts.ikt", "Counts")
    project = window.project
    assert project is not None
    publish = window.hub.publish
    publish(project.participants.add("P1", role="iKT panel member").changes)
    turns = [f"Turn {i} about trust, fatigue and the panel meetings." for i in range(40)]
    text = "\n\n".join(turns)
    starts = [sum(len(t) + 2 for t in turns[:i]) for i in range(40)]
    draft = DraftTranscript("P1 interview", text, tuple(
        DraftTurn("Interviewer" if i % 2 == 0 else "P1", s, s + len(turns[i]))
        for i, s in enumerate(starts)))  # fmt: skip
    mapping = {"Interviewer": SpeakerMapping(is_interviewer=True), "P1": SpeakerMapping("P1")}
    outcome = project.sources.add_transcript(draft, mapping, participant_label="P1")
    publish(outcome.changes)
    source = outcome.value.id
    codes = []
    for name, under in (("A", None), ("A1", 0), ("B", None)):
        created = project.codebook.create(name, None if under is None else codes[under])
        publish(created.changes)
        codes.append(created.value.id)
    parent = codes[0]
    for i, start in enumerate(starts):
        publish(project.codings.apply(source, codes[i % 3], start, start + 10).changes)
    ws = window.workspace
    assert ws is not None
    ws.codebook_pane.select_code(parent)
    ws.sources_pane.select_source(source)
    window.undo_stack.clear()
    return window


@contextmanager
def model_signals(window: MainWindow) -> Iterator[Counter[str]]:
    """The model signals per pane ("codebook.dataChanged": 1) while the block runs."""
    ws = window.workspace
    assert ws is not None
    signals: Counter[str] = Counter()
    models: dict[str, QAbstractItemModel] = {
        "codebook": ws.codebook_pane.model,
        "sources": ws.sources_pane.model,
        "segments": ws.retrieval_pane.model,
    }
    for name, model in models.items():
        for signal in SIGNALS:
            getattr(model, signal).connect(lambda *_a, k=f"{name}.{signal}": signals.update([k]))
    try:
        yield signals
    finally:
        for model in models.values():
            for signal in SIGNALS:
                getattr(model, signal).disconnect()


@contextmanager
def counting(window: MainWindow) -> Iterator[tuple[Counter[str], list[str]]]:
    """Model signals per pane and the SQL statements run."""
    assert window.project is not None
    statements: list[str] = []

    def before(_conn, _cursor, sql: str, *_args: object) -> None:  # type: ignore[no-untyped-def]
        statements.append(sql)

    engine = window.project.store.engine
    event.listen(engine, "before_cursor_execute", before)
    try:
        with model_signals(window) as signals:
            yield signals, statements
    finally:
        event.remove(engine, "before_cursor_execute", before)


def reread_segments(statements: list[str]) -> list[str]:
    """Statements reading a code's whole segment list (``SegmentService.for_codes``; a
    patch reads ``for_codings``, by coding id)."""
    flat = [" ".join(s.split()) for s in statements]
    return [
        s
        for s in flat
        if s.startswith("SELECT c.id, c.source_id, s.name") and "WHERE c.code_id IN" in s
    ]


def at_most_once(signals: Counter[str]) -> None:
    assert not [k for k in signals if k.endswith(("modelReset", "layoutChanged"))], signals
    assert all(n <= 1 for n in signals.values()), signals


def select(window: MainWindow, start: int, end: int) -> None:
    window.transcript_pane.view.select_span(start, end)  # type: ignore[union-attr]


def test_apply_refreshes_each_pane_once_with_few_statements(coded: MainWindow) -> None:
    ws = coded.workspace
    assert ws is not None
    listed = ws.retrieval_pane.model.rowCount()
    measured = (ws.sources_pane.columns.measured, ws.retrieval_pane.columns.measured)
    code = ws.codebook_pane.current_code_id()
    assert code is not None
    select(coded, 12, 30)
    with counting(coded) as (signals, statements):
        assert ws.coding.apply_code(code)
    at_most_once(signals)
    assert signals["codebook.dataChanged"] == 1  # the applied code's counts, in place
    assert signals["sources.dataChanged"] == 1  # the source's coding count
    assert signals["segments.rowsInserted"] == 1  # the new segment, not a re-read list
    assert ws.retrieval_pane.model.rowCount() == listed + 1
    assert len(statements) <= MAX_STATEMENTS, statements
    assert not reread_segments(statements)  # only the new coding's segment was read
    # no whole list was re-measured for its column widths
    assert (ws.sources_pane.columns.measured, ws.retrieval_pane.columns.measured) == measured


def test_new_counts_change_their_cells_alone(coded: MainWindow) -> None:
    """A coding changes counts, not names: the sources list and the codebook are told that
    their count cells changed (not the whole row), so the views repaint those cells and
    the text columns are not measured again."""
    ws = coded.workspace
    assert ws is not None
    changed: dict[str, list[tuple[int, int]]] = {"sources": [], "codebook": [], "shown": []}
    models = (("sources", ws.sources_pane.model), ("codebook", ws.codebook_pane.model),
              ("shown", ws.codebook_pane.proxy))  # fmt: skip
    for name, model in models:
        model.dataChanged.connect(
            lambda top, bottom, *_, k=name: changed[k].append((top.column(), bottom.column()))
        )
    assert coded.project is not None
    code = next(c.id for c in coded.project.codebook.all() if c.name == "A1")  # a sub-code
    select(coded, 12, 30)
    for action in (lambda: ws.coding.apply_code(code), coded.undo_stack.undo):
        action()
        # the tree shown is told about that row alone, not its parent too (as a filter
        # keeping parents of matches would, with nothing filtered)
        assert changed == {"sources": [(CODINGS, CODINGS)], "codebook": [(1, 3)], "shown": [(1, 3)]}
        changed = {"sources": [], "codebook": [], "shown": []}


def test_a_filtered_list_keeps_hidden_segments_in_their_place(coded: MainWindow) -> None:
    """With the segments filtered by participant, a coding of words nobody in the filter
    said is counted in the title but not shown, and shown in its place once the filter
    is lifted; one of a shown participant is inserted as one row."""
    ws = coded.workspace
    assert ws is not None
    pane = ws.retrieval_pane
    code = ws.codebook_pane.current_code_id()
    assert code is not None
    pane.filter.setCurrentIndex(pane.filter.findText("Role: iKT panel member"))
    shown = pane.model.rowCount()
    assert 0 < shown < len(pane.model.everything)  # the interviewer's turns are hidden
    total = len(pane.model.everything)
    select(coded, 2, 9)  # in the interviewer's first turn
    with counting(coded) as (signals, _statements):
        assert ws.coding.apply_code(code)
    assert pane.model.rowCount() == shown and "rowsInserted" not in str(signals)
    assert f"{total + 1} segments" in pane.title.text()
    text = coded.transcript_pane.view.source.text  # type: ignore[union-attr]
    p1 = text.index("Turn 1 ")
    select(coded, p1 + 2, p1 + 9)  # P1's first turn
    with counting(coded) as (signals, _statements):
        assert ws.coding.apply_code(code)
    assert signals["segments.rowsInserted"] == 1 and pane.model.rowCount() == shown + 1
    pane.filter.setCurrentIndex(pane.filter.findText("All participants"))
    rows = pane.model.rows
    assert len(rows) == total + 2 and rows == pane.model.everything
    assert rows == sorted(rows, key=lambda s: s.order())
    # the hidden one (widened to whole words) is back in its place, after (0, 10)
    assert [(s.coding.start, s.coding.end) for s in rows[:2]] == [(0, 10), (0, 12)]


def test_undo_and_redo_refresh_each_pane_once(coded: MainWindow) -> None:
    ws = coded.workspace
    assert ws is not None
    code = ws.codebook_pane.current_code_id()
    assert code is not None
    listed = ws.retrieval_pane.model.rowCount()
    select(coded, 12, 30)
    assert ws.coding.apply_code(code)
    with counting(coded) as (signals, statements):
        coded.undo_stack.undo()
    at_most_once(signals)
    assert signals["segments.rowsRemoved"] == 1
    assert ws.retrieval_pane.model.rowCount() == listed
    assert not reread_segments(statements)
    assert len(statements) <= MAX_STATEMENTS, statements
    with counting(coded) as (signals, statements):
        coded.undo_stack.redo()
    at_most_once(signals)
    assert signals["segments.rowsInserted"] == 1
    assert len(statements) <= MAX_STATEMENTS, statements


def test_remove_coding_refreshes_each_pane_once(coded: MainWindow) -> None:
    ws = coded.workspace
    assert ws is not None
    pane = ws.retrieval_pane
    listed = pane.model.rowCount()
    pane.table.setCurrentIndex(pane.model.index(3, 0))
    removed = pane.current_segment()
    assert removed is not None
    with counting(coded) as (signals, statements):
        pane.remove_current()
    at_most_once(signals)
    assert signals["segments.rowsRemoved"] == 1
    assert removed.coding.id not in {s.coding.id for s in pane.model.rows}
    assert pane.model.rowCount() == listed - 1
    assert len(statements) <= MAX_STATEMENTS, statements
    coded.undo_stack.undo()  # back in its place, in the list's order
    assert [s.coding.id for s in pane.model.rows] == [
        s.coding.id
        for s in coded.project.segments.for_codes(pane.listed_codes)  # type: ignore[union-attr]
    ]


def test_a_bulk_change_reads_the_list_again(coded: MainWindow) -> None:
    """Renaming the listed code changes every row's code name: the list is read anew and
    still matches the service (the patch path is only for a few changed codings)."""
    ws = coded.workspace
    assert ws is not None and coded.project is not None
    code = ws.codebook_pane.current_code_id()
    assert code is not None
    ws.codebook_pane.rename_code(code, "Renamed")
    names = {s.code_name for s in ws.retrieval_pane.model.rows}
    assert "Renamed" in names and "A" not in names


def test_the_reread_detector_sees_a_whole_list_read(coded: MainWindow) -> None:
    """The check above can fail: showing a code reads its whole segment list."""
    ws = coded.workspace
    assert ws is not None
    code = ws.codebook_pane.current_code_id()
    assert code is not None
    with counting(coded) as (_signals, statements):
        ws.retrieval_pane.show_code(code)
    assert len(reread_segments(statements)) == 1


class LayoutRequests(QObject):
    """Counts the layout requests that reach the watched widgets."""

    def __init__(self, widgets: list[QWidget]) -> None:
        super().__init__()
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False

    def after(self, action: Callable[[], object]) -> int:
        QCoreApplication.processEvents()
        self.count = 0
        action()
        QCoreApplication.processEvents()  # posted layout requests are delivered now
        return self.count


def test_new_counts_do_not_re_lay_out_their_panes(coded: MainWindow) -> None:
    """New counts in the transcript header, the Coded Segments title and the code
    inspector repaint those labels only (SteadyLabel). Before, each new text asked the
    pane's layout for a new geometry, which climbed to the main window: one coding re-laid
    out every splitter and tab widget and repainted about two megapixels five times."""
    ws = coded.workspace
    assert ws is not None
    code = ws.codebook_pane.current_code_id()
    assert code is not None
    watched = LayoutRequests([ws.transcript_pane, ws.retrieval_pane, ws.inspector])
    header, title = ws.transcript_pane.header.text(), ws.retrieval_pane.title.text()
    inspected = ws.inspector.title.text()
    select(coded, 12, 30)
    assert watched.after(lambda: ws.coding.apply_code(code)) == 0
    # the labels did change: the counts are new
    assert ws.transcript_pane.header.text() != header
    assert ws.retrieval_pane.title.text() != title
    assert ws.inspector.title.text() != inspected
    assert watched.after(coded.undo_stack.undo) == 0
    assert watched.after(coded.undo_stack.redo) == 0
    # the counter sees a plain widget's new text asking its pane for a new layout
    assert watched.after(lambda: ws.retrieval_pane.subcodes.setText("Include sub-codes, all")) > 0


def test_opening_counts_the_codebook_once(window: MainWindow, tmp_path: Path) -> None:
    """The codebook tree and the interview-guide tree both show codes with their counts;
    the count of every coding's participant (0.25-0.5 s on 100,000 codings) is read for
    the first and kept for the second, as no write came in between."""
    path = tmp_path / "once.ikt"
    window.create_project(path, "Once")
    window.close_project()
    statements: list[str] = []

    def before(_conn, _cursor, sql: str, *_args: object) -> None:  # type: ignore[no-untyped-def]
        statements.append(" ".join(sql.split()))

    event.listen(Engine, "before_cursor_execute", before)
    try:
        window.open_project(path)
    finally:
        event.remove(Engine, "before_cursor_execute", before)
    whole_codebook = [s for s in statements
                      if s.startswith("SELECT coding.code_id, count(coding.id)")
                      and "WHERE" not in s]  # fmt: skip
    assert len(whole_codebook) == 1, whole_codebook


def test_a_new_segment_scrolls_into_the_same_paint(coded: MainWindow) -> None:
    """The Coded Segments list lays out its new row at once: its scroll range is new when
    the action returns, so the window paints once, not a second time for the scroll bar
    when Qt's delayed layout of the table comes round."""
    ws = coded.workspace
    assert ws is not None
    table = ws.retrieval_pane.table
    table.resize(table.width(), 120)  # fewer rows than listed: the list scrolls
    QCoreApplication.processEvents()
    bar = table.verticalScrollBar()
    before = bar.maximum()
    assert before > 0
    code = ws.codebook_pane.current_code_id()
    assert code is not None
    select(coded, 12, 30)
    assert ws.coding.apply_code(code)
    assert bar.maximum() == before + 1  # one row more, laid out before any event loop pass
    coded.undo_stack.undo()
    assert bar.maximum() == before


def test_a_new_undo_text_does_not_re_lay_out_the_toolbar(coded: MainWindow) -> None:
    """Edit ▸ Undo names each new command ("Undo Code 'A'"); the toolbar shows a
    stand-in for it, so a second coding in a row does not lay the toolbar out again
    (QToolBar does on any change of an action it shows, and the window after it)."""
    ws = coded.workspace
    assert ws is not None
    code = ws.codebook_pane.current_code_id()
    assert code is not None
    select(coded, 12, 30)
    assert ws.coding.apply_code(code)  # undo becomes enabled: the toolbar changes once
    watched = LayoutRequests([coded.toolbar])
    select(coded, 40, 60)
    assert watched.after(lambda: ws.coding.apply_code(code)) == 0
    assert "Code 'A'" in coded.action_undo.text()  # the menu names the command
    stand_in = next(a for a in coded.toolbar.actions() if getattr(a, "action", None)
                    is coded.action_undo)  # fmt: skip
    undo = coded.toolbar.widgetForAction(stand_in)
    assert undo is not None and undo.isEnabled()
    done = coded.undo_stack.index()
    undo.click()  # the stand-in undoes
    assert coded.undo_stack.index() == done - 1
    coded.undo_stack.setIndex(0)
    assert not undo.isEnabled()  # nothing left to undo: the button follows


def test_a_window_with_commands_to_undo_is_taken_apart_quietly(settings: QSettings) -> None:
    """The undo action says it changed while it is being destroyed: its toolbar stand-in
    must not ask the deleted action (pytest-qt fails a test on an exception in a slot)."""
    window = MainWindow(settings)
    window.show()
    window.undo_stack.push(QUndoCommand("Code 'A'"))
    assert window.action_undo.isEnabled()
    shiboken6.delete(window)
