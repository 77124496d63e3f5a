"""Cells that keep their laid-out text (ui/look/kept_text.py): drawn as Qt's own delegate
draws them, laid out once per text and size, used for the Coded Segments quotes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyledItemDelegate, QTableView
from pytestqt.qtbot import QtBot

from ikt_desktop.ui.look.kept_text import KeptTextDelegate
from ikt_desktop.ui.shell.main_window import MainWindow
from tests.ui import test_work_counts

LONG = ("Because of my MS, I joined the panel to give back to people like me, and because "
        "nobody asked us before what research should look at; the café meetings helped. ")  # fmt: skip
TEXTS = [
    "Short",
    LONG * 3,  # wraps over more lines than fit: the last one shown is elided
    "Fatigue 😴 très fatiguée, 疲れた, Müdigkeit — ça va",
    "First line\nsecond line\nthird line\nfourth line",
    "Supercalifragilisticexpialidocious" * 4,  # one word wider than the cell
    "",
]


def table(qtbot: QtBot, delegate: QStyledItemDelegate | None, *, wrap: bool) -> QTableView:
    model = QStandardItemModel(len(TEXTS), 2)
    for row, text in enumerate(TEXTS):
        model.setItem(row, 0, QStandardItem(text))
        number = QStandardItem(f"{row * 1234:,}")
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        model.setItem(row, 1, number)
    view = QTableView()
    view.setModel(model)
    view.setWordWrap(wrap)
    view.setColumnWidth(0, 260)
    view.setColumnWidth(1, 90)
    view.verticalHeader().setDefaultSectionSize(34)
    view.resize(420, 300)
    # no hover highlight under the pointer: on a tinted background the two paths anti-alias
    # glyph edges a shade apart (checked below for selected rows)
    view.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover, False)
    view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nor a current cell's tint
    if delegate is not None:
        delegate.setParent(view)
        view.setItemDelegate(delegate)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    return view


def grab(view: QTableView) -> QImage:
    view.viewport().repaint()
    return view.viewport().grab().toImage()


def test_cells_look_exactly_as_qts_own_delegate_draws_them(qtbot: QtBot) -> None:
    for wrap in (True, False):
        theirs = grab(table(qtbot, None, wrap=wrap))
        ours = grab(table(qtbot, KeptTextDelegate(), wrap=wrap))
        assert ours == theirs, f"wrap={wrap}"


def test_a_selected_row_looks_as_qts_own_delegate_draws_it(qtbot: QtBot) -> None:
    images = []
    for delegate in (None, KeptTextDelegate()):
        view = table(qtbot, delegate, wrap=True)
        plain = grab(view)
        view.selectRow(1)
        images.append(grab(view))
        assert images[-1] != plain  # the row is drawn selected
    assert images[0] == images[1]


def test_a_text_is_laid_out_once_until_its_cell_changes_size(qtbot: QtBot) -> None:
    delegate = KeptTextDelegate()
    view = table(qtbot, delegate, wrap=True)
    grab(view)
    first = delegate.laid_out
    assert first == 2 * len(TEXTS) - 1  # every cell with text (all but one), once
    grab(view)
    grab(view)
    assert delegate.laid_out == first
    view.setColumnWidth(0, 200)
    grab(view)
    assert delegate.laid_out == first + len(TEXTS) - 1  # the resized column's texts only


coded = test_work_counts.coded  # 40 short paragraphs, codes A (selected), A1 and B


def test_a_coding_lays_out_only_the_new_quote_in_the_coded_segments(
    coded: MainWindow, qtbot: QtBot
) -> None:
    ws = coded.workspace
    assert ws is not None
    pane = ws.retrieval_pane
    pane.table.viewport().repaint()
    before = pane.quotes.laid_out
    assert before > 0  # the quotes listed are drawn by the kept-text delegate
    code = ws.codebook_pane.current_code_id()
    assert code is not None
    coded.transcript_pane.view.select_span(0, 12)  # type: ignore[union-attr]
    assert ws.coding.apply_code(code)
    pane.table.viewport().repaint()  # the whole table: the new row moved the others down
    assert pane.quotes.laid_out == before + 1
    assert pane.model.rows[0].quote in {pane.model.data(pane.model.index(0, 0))}
