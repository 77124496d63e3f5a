"""Meeting mode's codebook on a projector (issue 15, item 9): it grows with the
transcript, is high-contrast, lists the codes in play, and wraps names instead of
cutting them; leaving puts it back as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication

from ikt_desktop.ui.shell.main_window import MainWindow


def rows(tree, parent=None):  # type: ignore[no-untyped-def]
    model = tree.model()
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from rows(tree, index)


def test_meeting_codebook_is_large_high_contrast_and_never_cuts_names(
    window: MainWindow, demo_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_project(demo_path)
    workspace = window.workspace
    assert workspace is not None
    tree = workspace.codebook_pane.view
    before = (tree.font().pointSizeF(), tree.palette().color(QPalette.ColorRole.Base))
    all_rows = len(list(rows(tree)))
    window.resize(1920, 1080)
    window.meeting.action.trigger()
    qtbot.wait(20)
    QApplication.processEvents()
    text_size = workspace.transcript_pane.view.font().pointSizeF()
    assert tree.font().pointSizeF() >= text_size * 0.8  # grows with the transcript
    assert tree.palette().color(QPalette.ColorRole.Base).name() == "#000000"
    assert tree.palette().color(QPalette.ColorRole.Text).name() == "#ffffff"
    assert all(tree.header().isSectionHidden(c) for c in range(1, tree.header().count()))
    shown = list(rows(tree))
    assert 0 < len(shown) < all_rows  # the codes in play, not the whole codebook
    metrics = QFontMetrics(tree.font())
    tree.doItemsLayout()
    wrapped = 0
    for index in shown:
        rect = tree.visualRect(index)
        name = str(index.data(Qt.ItemDataRole.DisplayRole))
        needed = metrics.boundingRect(0, 0, rect.width() - 28, 10_000,
                                      int(Qt.TextFlag.TextWordWrap), name)  # fmt: skip
        assert needed.height() <= rect.height(), name  # every line of the name fits
        wrapped += needed.height() > metrics.height() * 1.5
    assert tree.textElideMode() == Qt.TextElideMode.ElideNone
    window.meeting.action.trigger()  # leave
    assert (tree.font().pointSizeF(), tree.palette().color(QPalette.ColorRole.Base)) == before
    assert not any(tree.header().isSectionHidden(c) for c in range(tree.header().count()))
