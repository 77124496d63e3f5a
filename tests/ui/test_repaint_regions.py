"""What one coding repaints (issue 18), kept without timing: the transcript repaints the
paragraph it coded, not the whole viewport, and the stripes beside it only the bars and
labels that changed; what the window then shows is exactly what a full repaint shows."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect
from PySide6.QtGui import QFont, QGuiApplication, QImage, QTextCharFormat
from PySide6.QtWidgets import QWidget

from ikt_desktop.ui.coding.transcript_view import TranscriptView
from ikt_desktop.ui.shell.main_window import MainWindow
from tests.ui import test_work_counts

coded = test_work_counts.coded  # 40 short paragraphs, codes A (selected), A1 and B


class Painted(QObject):
    """The rectangles a widget was asked to paint."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__()
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.extend(event.region())  # type: ignore[attr-defined]
        return False

    def bounds(self) -> QRect:
        out = QRect()
        for rect in self.rects:
            out = out.united(rect)
        return out


def settle() -> None:
    for _ in range(3):
        QCoreApplication.processEvents()


def screen(window: MainWindow) -> QImage:
    """The window as it is on screen: its backing store, with what was repainted and
    what was left from before (``QWidget.grab`` would paint everything afresh)."""
    return QGuiApplication.primaryScreen().grabWindow(window.winId()).toImage()


def repainted_in_full(window: MainWindow) -> QImage:
    """The window after the transcript, its stripes and the Coded Segments repaint whole."""
    pane = window.transcript_pane
    assert pane is not None and window.workspace is not None
    pane.view.viewport().update()
    pane.stripes.update()
    window.workspace.retrieval_pane.table.viewport().update()
    settle()
    return screen(window)


def paints(window: MainWindow, action: Callable[[], object]) -> tuple[Painted, Painted]:
    pane = window.transcript_pane
    assert pane is not None
    settle()
    text, stripes = Painted(pane.view.viewport()), Painted(pane.stripes)
    action()
    settle()
    return text, stripes


def paragraph_rect(view: TranscriptView, position: int) -> QRect:
    block = view.document().findBlock(position)
    return view.blockBoundingGeometry(block).translated(view.contentOffset()).toAlignedRect()


def code(window: MainWindow, name: str) -> int:
    assert window.project is not None
    return next(c.id for c in window.project.codebook.all() if c.name == name)


def test_a_coding_repaints_its_paragraph_and_shows_what_a_full_repaint_shows(
    coded: MainWindow,
) -> None:
    view = coded.transcript_pane.view  # type: ignore[union-attr]
    ws = coded.workspace
    assert ws is not None
    view.select_span(12, 30)  # in the first paragraph, at the top
    paragraph = paragraph_rect(view, 12)
    for action in (lambda: ws.coding.apply_code(code(coded, "A")), coded.undo_stack.undo,
                   coded.undo_stack.redo):  # fmt: skip
        text, _stripes = paints(coded, action)
        assert text.rects, "the new highlight was not painted"
        assert paragraph.contains(text.bounds().intersected(view.viewport().rect()))
        assert text.bounds().height() < view.viewport().height() // 2
        after = screen(coded)
        assert after == repainted_in_full(coded)


def test_the_stripes_repaint_what_changed_when_the_lanes_stay(coded: MainWindow) -> None:
    """Code A is already on screen: coding another of its paragraphs keeps the lanes,
    so only that bar (and a label where a run of A starts) is repainted."""
    pane = coded.transcript_pane
    assert pane is not None
    view, stripes = pane.view, pane.stripes
    ws = coded.workspace
    assert ws is not None
    settle()
    lanes = stripes.columns
    assert lanes == 3  # A, A1 and B are on screen
    text = view.source.text  # type: ignore[union-attr]
    turn = text.index("Turn 4 ")  # a paragraph coded B, not A
    view.select_span(turn + 12, turn + 30)
    _text, painted = paints(coded, lambda: ws.coding.apply_code(code(coded, "A")))
    assert stripes.columns == lanes
    assert painted.rects and painted.bounds().height() < stripes.height() // 2
    after = screen(coded)
    assert after == repainted_in_full(coded)
    _text, painted = paints(coded, coded.undo_stack.undo)
    assert painted.bounds().height() < stripes.height() // 2
    assert screen(coded) == repainted_in_full(coded)


def test_narrower_lanes_repaint_every_stripe(coded: MainWindow) -> None:
    """Codes coming on screen take lanes of their own: a fourth still fits at full width
    (the bars that moved over are repainted), a fifth narrows every lane, and then all
    the bars move."""
    pane = coded.transcript_pane
    assert pane is not None and coded.project is not None
    ws = coded.workspace
    assert ws is not None
    settle()
    assert pane.stripes.columns == 3
    for name, lanes, whole in (("C", 4, False), ("D", 5, True)):
        created = coded.project.codebook.create(name, None)
        coded.hub.publish(created.changes)
        pane.view.select_span(12, 30)
        _text, painted = paints(coded, lambda c=created.value.id: ws.coding.apply_code(c))
        assert pane.stripes.columns == lanes
        assert (painted.bounds().height() >= pane.stripes.height() - 1) is whole
        assert screen(coded) == repainted_in_full(coded)


def test_a_paragraph_with_new_line_breaks_repaints_everything(
    coded: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Should painting a paragraph again change its line count (a format that changes
    the text's size), what follows it moves: everything repaints and the scroll range
    follows, as Qt itself would do."""
    view = coded.transcript_pane.view  # type: ignore[union-attr]
    settle()
    first = view.document().firstBlock()
    lines = first.layout().lineCount()
    big = QTextCharFormat()
    big.setFontPointSize(QFont(view.font()).pointSizeF() * 3)
    monkeypatch.setattr(view.highlighter, "_base", lambda _block, t: [(0, len(t), big)])
    bar = view.verticalScrollBar()
    before = bar.maximum()
    text, stripes = paints(coded, lambda: view.emphasise(frozenset()))  # A was: paragraph 0
    assert first.layout().lineCount() > lines
    assert text.bounds().contains(view.viewport().rect())
    assert stripes.bounds().height() >= coded.transcript_pane.stripes.height() - 1  # type: ignore[union-attr]
    assert bar.maximum() > before


def test_the_stripes_are_computed_once_per_coding(
    coded: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The refresh that finds what changed and the paint that follows share one
    computation of the bars; a scroll in between computes them again."""
    pane = coded.transcript_pane
    assert pane is not None
    ws = coded.workspace
    assert ws is not None
    stripes, view = pane.stripes, pane.view
    settle()
    computed: list[int] = []
    compute = stripes.compute_bars
    monkeypatch.setattr(stripes, "compute_bars", lambda: computed.append(1) or compute())
    view.select_span(12, 30)
    settle()
    computed.clear()
    paints(coded, lambda: ws.coding.apply_code(code(coded, "B")))
    assert len(computed) == 1
    computed.clear()

    def undo_then_scroll() -> None:
        coded.undo_stack.undo()
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() + 3)

    paints(coded, undo_then_scroll)
    assert len(computed) == 2  # the refresh's bars were for the text before it scrolled
    assert screen(coded) == repainted_in_full(coded)


def test_paragraphs_off_screen_are_laid_out_when_scrolled_to(coded: MainWindow) -> None:
    """Selecting a code emphasises its codings in every paragraph: those on screen are
    repainted at once, those off screen wait to be laid out until they are scrolled to
    (laying out every paragraph of a code at once made switching codes slower)."""
    pane = coded.transcript_pane
    assert pane is not None
    view = pane.view
    settle()
    on_screen = set(view.visible_blocks())
    count = view.document().blockCount()
    off_screen = [n for n in range(count) if n not in on_screen]
    assert off_screen
    lines = {n: view.document().findBlockByNumber(n).layout().lineCount() for n in range(count)}
    ws = coded.workspace
    assert ws is not None
    ws.codebook_pane.select_code(code(coded, "B"))  # A and A1 were emphasised, now B
    cleared = [
        n for n in off_screen if view.document().findBlockByNumber(n).layout().lineCount() == 0
    ]
    assert cleared  # waiting to be laid out
    settle()
    assert screen(coded) == repainted_in_full(coded)
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    settle()
    again = [n for n in cleared if lines[n]]  # laid out before: the same lines again
    assert again
    for n in again:
        block = view.document().findBlockByNumber(n)
        view.blockBoundingRect(block)  # laid out, as a paint does
        assert block.layout().lineCount() == lines[n]
    assert screen(coded) == repainted_in_full(coded)


def code_then_undo(window: MainWindow, turn: str) -> Iterator[Painted]:
    """Code A in ``turn``, then undo it: after each, what the Coded Segments table
    repainted (the screen is checked against a full repaint as well)."""
    ws = window.workspace
    view = window.transcript_pane.view  # type: ignore[union-attr]
    assert ws is not None and view.source is not None
    at = view.source.text.index(turn)
    view.select_span(at + 12, at + 30)
    painted = Painted(ws.retrieval_pane.table.viewport())
    for action in (lambda: ws.coding.apply_code(code(window, "A")), window.undo_stack.undo):
        settle()
        painted.rects.clear()
        action()
        settle()
        yield painted
        assert screen(window) == repainted_in_full(window)


def test_a_new_segment_repaints_the_coded_segments_from_its_row_down(coded: MainWindow) -> None:
    """Code A's segments are listed in text order. A coding at the end of the transcript
    adds a row below those on screen: the table repaints nothing (its scroll bar updates
    itself); one near the start adds the second row: from there down. Undo the same."""
    assert coded.workspace is not None
    table = coded.workspace.retrieval_pane.table
    settle()
    assert table.rowAt(table.viewport().height() - 1) < table.model().rowCount() - 2
    for turn, row in (("Turn 39 ", None), ("Turn 0 ", 1)):
        for painted in code_then_undo(coded, turn):
            if row is None:
                assert not painted.rects, painted.rects
            else:
                assert painted.bounds().top() == table.rowViewportPosition(row), painted.rects
                assert painted.bounds().bottom() == table.viewport().height() - 1
    assert table.tail_repaints >= 4


def test_rows_moving_under_a_scrolled_table_repaint_what_it_shows(coded: MainWindow) -> None:
    """Scrolled to its end, the table shows the last segments: a new row above them moves
    every row on screen (all repainted), and undoing it at the end of the list too."""
    assert coded.workspace is not None
    coded.workspace.retrieval_pane.table.scrollToBottom()
    settle()
    for turn in ("Turn 0 ", "Turn 39 "):
        for painted in code_then_undo(coded, turn):
            assert painted.rects  # rows on screen moved
