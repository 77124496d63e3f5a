"""Keyboard and screen readers (issue 15, item 8): Tab walks pane to pane, a table or
tree is one Tab stop, F6 / Shift+F6 cycle the main panes, every widget that takes focus
has an accessible name."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from ikt_desktop.ui.shell.main_window import MainWindow
from ikt_desktop.ui.shell.workspace import Workspace


@pytest.fixture
def ws(window: MainWindow, demo_path: Path) -> Workspace:
    window.open_project(demo_path)
    window.resize(1280, 720)
    window.activateWindow()
    assert window.workspace is not None
    return window.workspace


def walk_tab(qtbot, start: QWidget, steps: int, backwards: bool = False) -> list[QWidget]:  # type: ignore[no-untyped-def]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is start)
    seen = [start]
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    for _ in range(steps):
        qtbot.keyClick(QApplication.focusWidget(), key)
        seen.append(QApplication.focusWidget())
    return seen


def test_tab_walks_pane_to_pane_and_tables_are_one_stop(ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    chain = walk_tab(qtbot, ws.tabs.tabBar(), 150)

    def first(widget: QWidget) -> int:
        return chain.index(widget)

    order = [ws.sources_pane.view, ws.transcript_pane.view, ws.codebook_pane.view,
             ws.retrieval_pane.table]  # fmt: skip
    assert [first(w) for w in order] == sorted(first(w) for w in order)
    inspector = [w for w in chain if ws.inspector.isAncestorOf(w)]
    assert inspector and first(ws.codebook_pane.view) < first(inspector[0]) < first(
        ws.retrieval_pane.table
    )
    # a table is one Tab stop: the next Tab leaves it (no walk through its cells)
    table_at = first(ws.retrieval_pane.table)
    assert chain[table_at + 1] is not ws.retrieval_pane.table
    assert all(not v.tabKeyNavigation() for v in ws.findChildren(QAbstractItemView))
    # the buttons of the codebook, the memo and the main tabs are all reached
    new_code = ws.codebook_pane.actions_bar.widgetForAction(ws.codebook_pane.new_code)
    assert new_code in chain
    assert ws.retrieval_pane.memo in chain
    assert ws.tabs.tabBar() in chain[1:]  # and round again


def test_shift_tab_walks_back(ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    chain = walk_tab(qtbot, ws.codebook_pane.view, 14, backwards=True)
    assert ws.transcript_pane.view in chain
    assert chain.index(ws.transcript_pane.view) < chain.index(ws.sources_pane.view)


def test_f6_cycles_the_main_panes(ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    ws.sources_pane.view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is ws.sources_pane.view)
    seen = []
    for _ in range(5):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        seen.append(QApplication.focusWidget())
    assert seen[0] is ws.transcript_pane.view
    assert seen[1] is ws.codebook_pane.view
    assert ws.inspector.isAncestorOf(seen[2])
    assert seen[3] is ws.retrieval_pane.table
    assert seen[4] is ws.sources_pane.view  # round again
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert QApplication.focusWidget() is ws.retrieval_pane.table


def test_every_focusable_widget_has_an_accessible_name(ws: Workspace) -> None:
    unnamed = [
        f"{type(w).__name__} in {type(w.parentWidget()).__name__}"
        for w in ws.findChildren(QWidget)
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus and not w.accessibleName().strip()
    ]
    assert unnamed == []
    names = {w.accessibleName() for w in ws.findChildren(QWidget)}
    assert {"Sources", "Transcript", "Codebook", "Coded segments", "Coding memo"} <= names
    assert "New Code" in names  # a toolbar button is named after its action


def test_focus_is_always_visible(ws: Workspace, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A 2-pixel ring in the highlight colour over the edge of the pane that has the keys,
    even on a selected row; the pane's own geometry never changes (no reflow)."""
    from PySide6.QtGui import QPalette

    from ikt_desktop.ui.look import focus_ring

    for pane in (ws.codebook_pane.view, ws.transcript_pane.view, ws.sources_pane.view):
        before = pane.geometry()
        pane.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(lambda p=pane: QApplication.focusWidget() is p)
        ring = focus_ring.ring()
        assert ring.isVisible() and ring.parentWidget() is pane
        assert ring.geometry() == pane.rect() and pane.geometry() == before
        image = pane.grab().toImage()
        colour = ring.palette().color(QPalette.ColorRole.Highlight)
        middle = image.height() // 2
        assert image.pixelColor(0, middle) == colour
        assert image.pixelColor(image.width() - 1, middle) == colour
    ws.codebook_pane.filter.setFocus(Qt.FocusReason.TabFocusReason)  # Fusion marks line edits
    qtbot.waitUntil(lambda: not focus_ring.ring().isVisible())


def test_the_focus_chain_never_ties_the_menus_to_a_pane(  # type: ignore[no-untyped-def]
    window: MainWindow, demo_path: Path, qtbot
) -> None:
    """Finding a pane's focusable widgets (on open, F6, Tab) must not tie the menu bar's
    Python wrapper to a widget of the workspace: closing the project (which deletes the
    workspace) once invalidated the Code menu, and reopening it failed with "Internal
    C++ object already deleted"."""
    import shiboken6

    for _ in range(2):
        assert window.open_project(demo_path)
        assert window.workspace is not None
        window.workspace.cycle_panes(1)
        window.workspace.tab_chain()
        window.close_project()
        qtbot.wait(20)  # the workspace's deferred deletion
        assert shiboken6.isValid(window.menuBar()) and shiboken6.isValid(window.code_menu)
    assert window.open_project(demo_path)
    assert any(a.text() == "In-Vivo Code" for a in window.code_menu.actions())


def test_no_focus_ring_around_a_page_of_widgets(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """A scroll area of widgets (the start page is one) is a container, not ringed as a
    whole; the start page itself never takes the keys, its buttons do."""
    from PySide6.QtWidgets import QPushButton, QScrollArea, QVBoxLayout

    from ikt_desktop.ui.look import focus_ring

    window.show()
    assert window.welcome.focusPolicy() == Qt.FocusPolicy.NoFocus
    page = QScrollArea()
    QVBoxLayout(page).addWidget(QPushButton("a button"))
    page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    page.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page)
    assert not focus_ring.ring().isVisible()
