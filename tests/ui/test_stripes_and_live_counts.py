"""Coding stripes you can read and use, the coding menu at the mouse, and counts and
recent codes that follow every change (issue 15, items 5 and 6)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent, QFontInfo, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from ikt_desktop.ui.coding.stripes import GUTTER_WIDTH, LABEL_POINT_SIZE
from ikt_desktop.ui.shell.main_window import MainWindow
from tests.ui import test_coding_workspace
from tests.ui.test_coding_workspace import code_id, select_text, spans

ws = test_coding_workspace.ws  # the same fixture: a fresh emoji/CJK transcript, two codes


def point_of(window: MainWindow, needle: str) -> QPoint:
    """The viewport point in the middle of the first character of ``needle``."""
    view = window.transcript_pane.view  # type: ignore[union-attr]
    at = view.toPlainText().index(needle)
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.source.positions.to_utf16(at))  # type: ignore[union-attr]
    left = view.cursorRect(cursor)
    cursor.setPosition(view.source.positions.to_utf16(at + 1))  # type: ignore[union-attr]
    right = view.cursorRect(cursor)
    return QPoint((left.left() + right.left()) // 2, left.center().y())


def menu_texts(menu: QMenu) -> list[str]:
    out: list[str] = []
    for action in menu.actions():
        if action.menu() is not None:
            out.append(f"[{action.text()}]")
            out.extend(menu_texts(action.menu()))  # type: ignore[arg-type]
        elif not action.isSeparator():
            out.append(action.text())
    return out


def right_click(window: MainWindow, point: QPoint) -> QMenu:
    view = window.transcript_pane.view  # type: ignore[union-attr]
    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, view.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(view.viewport(), event)
    menu = window.workspace.coding.last_menu  # type: ignore[union-attr]
    assert menu is not None
    return menu


def test_header_count_follows_each_coding_and_its_undo(ws: MainWindow) -> None:
    header = ws.transcript_pane.header  # type: ignore[union-attr]
    assert "0 codings" in header.text()
    select_text(ws, "captions")
    ws.workspace.coding.apply_code(code_id(ws, "Helpful formats"))  # type: ignore[union-attr]
    assert "1 coding " in header.text() + " "
    select_text(ws, "mattered")
    ws.workspace.coding.apply_code(code_id(ws, "Language"))  # type: ignore[union-attr]
    assert "2 codings" in header.text()
    ws.action_undo.trigger()
    assert "1 coding " in header.text() + " "
    ws.action_redo.trigger()
    assert "2 codings" in header.text()


def test_recent_codes_drop_deleted_codes_and_renumber(ws: MainWindow, qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    coding = ws.workspace.coding  # type: ignore[union-attr]
    helpful, language = code_id(ws, "Helpful formats"), code_id(ws, "Language")
    select_text(ws, "captions")
    coding.apply_code(helpful)
    select_text(ws, "Zoë")
    coding.code_as_new("Access")  # creates a code: Ctrl+1 Access, Ctrl+2 Helpful formats
    access = code_id(ws, "Access")
    select_text(ws, "mattered")
    coding.apply_code(language)
    assert coding.recent == [language, access, helpful]
    ws.action_undo.trigger()  # the Language coding undone: the code stays
    ws.action_undo.trigger()  # "Access" (code and coding) undone: the code is gone
    visible = [a.text() for a in coding.recent_actions if a.isVisible()]
    assert visible == ["1  Language", "2  Helpful formats"]
    ws.action_redo.trigger()  # Access comes back with its old id, and to its old place
    assert code_id(ws, "Access") == access
    assert coding.recent == [language, access, helpful]
    ws.action_undo.trigger()
    assert coding.recent == [language, helpful]
    start, end = select_text(ws, "sessions")
    view = ws.transcript_pane.view  # type: ignore[union-attr]
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert (helpful, start, end) in spans(ws)
    assert shown.warnings == []  # no "The code no longer exists"
    assert coding.recent == [helpful, language]
    # merging a code into another takes the merged code out of the list
    ws.codebook_pane.merge_codes(language, helpful)  # type: ignore[union-attr]
    assert language not in coding.recent
    visible = [a.text() for a in coding.recent_actions if a.isVisible()]
    assert visible == ["1  Helpful formats"]


def test_right_click_offers_each_coding_under_the_mouse(ws: MainWindow) -> None:
    coding = ws.workspace.coding  # type: ignore[union-attr]
    helpful, language = code_id(ws, "Helpful formats"), code_id(ws, "Language")
    select_text(ws, "captions helped too")
    coding.apply_code(helpful)
    select_text(ws, "captions")
    coding.apply_code(language)
    view = ws.transcript_pane.view  # type: ignore[union-attr]
    view.moveCursor(QTextCursor.MoveOperation.Start)  # the text cursor is far away
    menu = right_click(ws, point_of(ws, "aptions"))
    texts = menu_texts(menu)
    for name in ("Language", "Helpful formats"):  # both codings, the shortest first
        assert f"Remove Coding '{name}'" in texts
        assert f"Change Code of '{name}'…" in texts
        assert f"Edit Memo of '{name}'…" in texts
        assert f"Resize '{name}' to Selection" in texts
    assert texts.index("Remove Coding 'Language'") < texts.index("Remove Coding 'Helpful formats'")
    # only the coding under the mouse: "helped" is in Helpful formats alone
    texts = menu_texts(right_click(ws, point_of(ws, "elped too")))
    assert "Remove Coding 'Helpful formats'" in texts
    assert not any("'Language'" in t for t in texts)
    # and nothing on plain text
    texts = menu_texts(right_click(ws, point_of(ws, "Tell me")))
    assert not any(t.startswith("Remove Coding") for t in texts)
    # acting from the menu: remove the coding under the mouse, then undo
    menu = right_click(ws, point_of(ws, "elped too"))
    next(a for a in menu.actions() if a.text() == "Remove Coding 'Helpful formats'").trigger()
    assert [c for c, _, _ in spans(ws)] == [language]
    ws.action_undo.trigger()
    assert sorted(c for c, _, _ in spans(ws)) == sorted([helpful, language])


def test_change_code_and_edit_memo_from_the_menu(ws: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    coding = ws.workspace.coding  # type: ignore[union-attr]
    helpful, language = code_id(ws, "Helpful formats"), code_id(ws, "Language")
    start, end = select_text(ws, "captions")
    coding.apply_code(helpful)
    menu = right_click(ws, point_of(ws, "aptions"))
    next(a for a in menu.actions() if a.text().startswith("Change Code of")).trigger()
    assert coding.picker is not None and coding.picker.isVisible()
    qtbot.keyClicks(coding.picker.query, "lang")
    qtbot.keyClick(coding.picker.query, Qt.Key.Key_Return)
    assert spans(ws) == [(language, start, end)]
    assert ws.action_undo.text() == "&Undo Change Coding to 'Language'"
    menu = right_click(ws, point_of(ws, "aptions"))
    next(a for a in menu.actions() if a.text().startswith("Edit Memo of")).trigger()
    popup = coding.memo_popup
    assert popup is not None and popup.isVisible()
    popup.editor.setPlainText("Captions as access, not comfort")
    qtbot.mouseClick(popup.save_button, Qt.MouseButton.LeftButton)
    project = ws.project
    assert project is not None
    memo = [c.memo for s in project.sources.all() for c in project.codings.for_source(s.id)]
    assert memo == ["Captions as access, not comfort"]
    ws.action_undo.trigger()
    ws.action_undo.trigger()
    assert spans(ws) == [(helpful, start, end)]


def test_right_click_on_a_stripe_acts_on_its_coding(ws: MainWindow) -> None:
    coding = ws.workspace.coding  # type: ignore[union-attr]
    select_text(ws, "captions helped too")
    coding.apply_code(code_id(ws, "Helpful formats"))
    stripes = ws.transcript_pane.stripes  # type: ignore[union-attr]
    stripes.repaint()
    bar = stripes.bars[0]
    point = QPoint(6, (bar.top + bar.bottom) // 2)
    event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, stripes.mapToGlobal(point))
    QApplication.sendEvent(stripes, event)
    menu = coding.last_menu
    assert menu is not None
    assert "Remove Coding 'Helpful formats'" in menu_texts(menu)
    assert "Code Selection As…" not in menu_texts(menu)  # a stripe's menu is about its coding
    label = stripes.labels[0]
    assert stripes.codings_at(label.rect.center()) == [bar.coding_id]


def test_stripes_keep_their_width_and_readable_labels(ws: MainWindow) -> None:
    view = ws.transcript_pane.view  # type: ignore[union-attr]
    stripes = ws.transcript_pane.stripes  # type: ignore[union-attr]
    stripes.repaint()
    widths = {(stripes.width(), view.width())}
    needles = ["Interviewer", "What helped", "Tell me", "Zoë", "sessions", "helped,",
               "mattered", "captions", "too"]  # fmt: skip
    for n, needle in enumerate(needles):
        select_text(ws, needle)
        ws.workspace.coding.code_as_new(f"Code number {n} with a long name")  # type: ignore[union-attr]
        stripes.repaint()
        QApplication.processEvents()
        widths.add((stripes.width(), view.width()))
        assert stripes.width() == GUTTER_WIDTH
    assert len(widths) == 1  # neither the gutter nor the text ever changed width
    assert stripes.columns == 9  # every code has its lane, narrower as they were added
    assert stripes.labels
    assert QFontInfo(stripes.label_font()).pointSizeF() >= LABEL_POINT_SIZE
    # no label overlaps another, and none sits over the bars' lanes
    rects = [label.rect for label in stripes.labels]
    assert all(not a.intersects(b) for i, a in enumerate(rects) for b in rects[i + 1 :])
    lanes_right = max(6 + b.column * 4 + 4 for b in stripes.bars)
    assert all(r.left() >= lanes_right for r in rects)


def test_hover_lights_up_the_codings_text(ws: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    start, end = select_text(ws, "captions helped too")
    ws.workspace.coding.apply_code(code_id(ws, "Helpful formats"))  # type: ignore[union-attr]
    view = ws.transcript_pane.view  # type: ignore[union-attr]
    stripes = ws.transcript_pane.stripes  # type: ignore[union-attr]
    stripes.repaint()
    bar = stripes.bars[0]
    qtbot.mouseMove(stripes, QPoint(6, (bar.top + bar.bottom) // 2))
    qtbot.waitUntil(lambda: stripes.hovered == bar.coding_id)
    (selection,) = view.extraSelections()
    pm = view.source.positions  # type: ignore[union-attr]
    assert (selection.cursor.selectionStart(), selection.cursor.selectionEnd()) == (
        pm.to_utf16(start),
        pm.to_utf16(end),
    )
    stripes.set_hovered(None)
    assert view.extraSelections() == []


def test_stripes_follow_the_lines_when_the_text_rewraps(ws: MainWindow) -> None:
    """Each paragraph's bar extents are kept between paints; a wider text pane breaks the
    lines elsewhere, and the bars follow the new lines, not the kept ones."""
    view = ws.transcript_pane.view  # type: ignore[union-attr]
    stripes = ws.transcript_pane.stripes  # type: ignore[union-attr]
    select_text(ws, "too")
    ws.workspace.coding.apply_code(code_id(ws, "Language"))  # type: ignore[union-attr]
    stripes.repaint()
    before = [(b.code_id, b.top, b.bottom) for b in stripes.bars]
    width = view.width()
    ws.resize(ws.width() + 3 * width, ws.height())
    QApplication.processEvents()
    assert view.width() > width
    stripes.repaint()
    after = [(b.code_id, b.top, b.bottom) for b in stripes.bars]
    stripes._extents_seen.clear()  # what a first paint at this width computes
    assert after == [(b.code_id, b.top, b.bottom) for b in stripes.compute_bars()]
    assert after != before  # the coded words moved up a line or more
