"""Every coding action driven through real widgets, with undo round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDropEvent, QGuiApplication, QTextCursor
from PySide6.QtWidgets import QApplication

from ikt_desktop.domain.transcripts.transcript import DraftTranscript, DraftTurn, SpeakerMapping
from ikt_desktop.ui.coding.retrieval_model import RetrievalModel
from ikt_desktop.ui.shell.main_window import MainWindow
from ikt_desktop.ui.shell.mime import CODE_MIME, SELECTION_MIME, encode_ids

TEXT = (
    "Interviewer: What helped? 👍 Tell me.\n\n"
    "Zoë: The cafe\u0301 sessions 😂 helped, 患者参与 mattered, and the captions helped too."
)


@pytest.fixture
def ws(window: MainWindow, tmp_path: Path):  # type: ignore[no-untyped-def]
    """A window on a fresh project with one emoji/CJK transcript and two codes."""
    window.create_project(tmp_path / "w.ikt", "Workspace")
    project = window.project
    assert project is not None
    window.hub.publish(project.participants.add("P1", role="iKT panel member").changes)
    from ikt_desktop.domain.transcripts.text import normalise_text

    text = normalise_text(TEXT)
    cut = text.index("\n\n")
    draft = DraftTranscript("P1 interview", text, (DraftTurn("Interviewer", 0, cut),
                            DraftTurn("Zoë", cut + 2, len(text))))  # fmt: skip
    mapping = {"Interviewer": SpeakerMapping(is_interviewer=True), "Zoë": SpeakerMapping("P1")}
    outcome = project.sources.add_transcript(draft, mapping, participant_label="P1")
    window.hub.publish(outcome.changes)
    for name in ("Helpful formats", "Language"):
        window.codebook_pane.create_code(name)  # type: ignore[union-attr]
    window.undo_stack.clear()
    window.sources_pane.select_source(outcome.value.id)  # type: ignore[union-attr]
    return window


def select_text(window: MainWindow, needle: str) -> tuple[int, int]:
    """Select ``needle`` the way Qt does it: in UTF-16 units. Returns its code points."""
    view = window.transcript_pane.view  # type: ignore[union-attr]
    text = view.toPlainText()
    start = text.index(needle)  # Python str index == code points of the stored text
    u16 = view.source.positions  # type: ignore[union-attr]
    cursor = QTextCursor(view.document())
    cursor.setPosition(u16.to_utf16(start))
    cursor.setPosition(u16.to_utf16(start + len(needle)), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    assert cursor.selectedText() == needle
    return start, start + len(needle)


def code_id(window: MainWindow, name: str) -> int:
    return next(c.id for c in window.project.codebook.all() if c.name == name)  # type: ignore[union-attr]


def spans(window: MainWindow) -> list[tuple[int, int, int]]:
    project = window.project
    assert project is not None
    return [(c.code_id, c.start, c.end) for s in project.sources.all()
            for c in project.codings.for_source(s.id)]  # fmt: skip


def test_enter_on_a_code_codes_exactly_the_selected_characters(ws: MainWindow) -> None:
    """After emoji (two UTF-16 units) and a combining accent, the stored span is exactly
    what was selected."""
    start, end = select_text(ws, "helped, 患者参与 mattered")
    ws.codebook_pane.select_code(code_id(ws, "Language"))  # type: ignore[union-attr]
    ws.codebook_pane.view.setFocus()  # type: ignore[union-attr]
    QApplication.processEvents()
    index = ws.codebook_pane.view.currentIndex()  # type: ignore[union-attr]
    ws.codebook_pane.view.activated.emit(index)  # what Enter and double-click do
    assert spans(ws) == [(code_id(ws, "Language"), start, end)]
    text = ws.project.sources.text(1)  # type: ignore[union-attr]
    assert text[start:end] == "helped, 患者参与 mattered"
    assert ws.action_undo.text() == "&Undo Code 'Language'"
    coding = ws.project.codings.for_source(1)[0]  # type: ignore[union-attr]
    ws.action_undo.trigger()
    assert spans(ws) == []
    ws.action_redo.trigger()
    assert ws.project.codings.for_source(1) == [coding]  # type: ignore[union-attr]


def test_the_new_coding_is_painted_and_striped(ws: MainWindow) -> None:
    select_text(ws, "captions helped too")
    ws.workspace.coding.apply_code(code_id(ws, "Helpful formats"))  # type: ignore[union-attr]
    view = ws.transcript_pane.view  # type: ignore[union-attr]
    block = view.document().findBlockByNumber(2)
    backgrounds = [
        r
        for r in block.layout().formats()
        if r.format.background().style() != Qt.BrushStyle.NoBrush
    ]
    assert backgrounds, "the coded words get a background"
    stripes = ws.transcript_pane.stripes  # type: ignore[union-attr]
    assert [b.block for b in stripes.compute_bars()] == [2]


def test_drop_a_code_onto_the_selection(ws: MainWindow) -> None:
    start, end = select_text(ws, "sessions 😂 helped")
    mime = QMimeData()
    encode_ids(mime, CODE_MIME, [code_id(ws, "Helpful formats")])
    view = ws.transcript_pane.view  # type: ignore[union-attr]
    event = QDropEvent(QPointF(20, 20), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    view.dropEvent(event)
    assert spans(ws) == [(code_id(ws, "Helpful formats"), start, end)]


def test_drag_the_selection_onto_a_code(ws: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    start, end = select_text(ws, "captions")
    view = ws.transcript_pane.view  # type: ignore[union-attr]
    mime = view.createMimeDataFromSelection()
    assert mime.hasFormat(SELECTION_MIME)
    pane = ws.codebook_pane
    assert pane is not None
    target = pane.proxy.mapFromSource(pane.model.index_of(code_id(ws, "Language")))
    tree = pane.view
    QApplication.processEvents()
    point = tree.visualRect(target).center()
    event = QDropEvent(QPointF(point), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    tree.dropEvent(event)  # the view finds the code under the point, then the model acts
    assert spans(ws) == [(code_id(ws, "Language"), start, end)]


def test_quick_picker_applies_or_creates(ws: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    select_text(ws, "The caf")  # snapped to whole words: "The café"
    picker = ws.workspace.coding.open_picker()  # type: ignore[union-attr]
    assert picker is not None
    qtbot.keyClicks(picker.query, "lang")
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    assert [c for c, _, _ in spans(ws)] == [code_id(ws, "Language")]
    select_text(ws, "captions")
    picker = ws.workspace.coding.open_picker()  # type: ignore[union-attr]
    qtbot.keyClicks(picker.query, "Accessibility")
    assert picker.results.count() == 0
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    new = code_id(ws, "Accessibility")
    assert new in [c for c, _, _ in spans(ws)]
    assert ws.action_undo.text() == "&Undo Code as New 'Accessibility'"
    ws.action_undo.trigger()  # one step removes the code and its coding
    assert "Accessibility" not in {c.name for c in ws.project.codebook.all()}  # type: ignore[union-attr]
    ws.action_redo.trigger()
    assert code_id(ws, "Accessibility") == new


def test_in_vivo_and_recent_codes(ws: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    select_text(ws, "captions helped too")
    view = ws.transcript_pane.view  # type: ignore[union-attr]
    view.setFocus()
    ws.workspace.coding.in_vivo.trigger()  # type: ignore[union-attr]
    assert "“captions helped too”" in {c.name for c in ws.project.codebook.all()}  # type: ignore[union-attr]
    start, end = select_text(ws, "mattered")
    ws.workspace.coding.recent_actions[0].trigger()  # type: ignore[union-attr]  (Ctrl+1)
    assert (code_id(ws, "“captions helped too”"), start, end) in spans(ws)
    assert ws.workspace.coding.recent_actions[0].text().endswith("“captions helped too”")  # type: ignore[union-attr]


def test_remove_and_resize_the_coding_at_the_cursor(ws: MainWindow) -> None:
    start, end = select_text(ws, "sessions")
    coding_actions = ws.workspace.coding  # type: ignore[union-attr]
    coding_actions.apply_code(code_id(ws, "Helpful formats"))
    select_text(ws, "sessions 😂 helped")
    coding_actions.resize_at_cursor()
    assert spans(ws) == [(code_id(ws, "Helpful formats"), start, start + len("sessions 😂 helped"))]
    coding_actions.remove_at_cursor()
    assert spans(ws) == []
    ws.action_undo.trigger()
    ws.action_undo.trigger()
    assert spans(ws) == [(code_id(ws, "Helpful formats"), start, end)]


def test_retrieval_lists_filters_copies_jumps_and_edits_memo(ws: MainWindow, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    helpful = code_id(ws, "Helpful formats")
    coding_actions = ws.workspace.coding  # type: ignore[union-attr]
    select_text(ws, "captions helped too")
    coding_actions.apply_code(helpful)
    select_text(ws, "What helped")
    coding_actions.apply_code(helpful)
    ws.codebook_pane.select_code(helpful)  # type: ignore[union-attr]
    pane = ws.retrieval_pane
    assert pane is not None
    qtmodeltester.check(pane.model)
    assert pane.model.rowCount() == 2
    assert "2 segments from 1 participant" in pane.title.text()
    pane.filter.setCurrentIndex(pane.filter.findText("Role: iKT panel member"))
    assert pane.model.rowCount() == 1  # the interviewer's words are nobody's
    pane.table.selectRow(0)
    pane.copy_quotes()
    assert QGuiApplication.clipboard().text() == "“captions helped too” (P1, iKT panel member)"
    pane._jump(pane.model.index(0, 0))
    assert ws.transcript_pane.view.textCursor().selectedText() == "captions helped too"  # type: ignore[union-attr]
    pane.memo.setPlainText("key quote for theme 2")
    pane.commit_memo()
    assert pane.model.rows[0].coding.memo == "key quote for theme 2"
    ws.action_undo.trigger()
    assert all(r.coding.memo == "" for r in pane.model.rows)


def test_retrieval_model_tester_on_an_empty_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(RetrievalModel())


def test_codebook_drag_to_nest_and_reorder(ws: MainWindow) -> None:
    pane = ws.codebook_pane
    assert pane is not None
    model = pane.model
    helpful, language = code_id(ws, "Helpful formats"), code_id(ws, "Language")
    mime = model.mimeData([model.index_of(language)])
    onto = model.index_of(helpful)
    assert model.canDropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, onto)
    model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, 0, onto)  # nest
    assert ws.project.codebook.get(language).parent_id == helpful  # type: ignore[union-attr]
    back = model.mimeData([model.index_of(helpful)])
    assert not model.canDropMimeData(
        back, Qt.DropAction.MoveAction, -1, 0, model.index_of(language)
    )  # fmt: skip  (no cycles)
    ws.action_undo.trigger()
    assert ws.project.codebook.get(language).parent_id is None  # type: ignore[union-attr]
    model.dropMimeData(
        model.mimeData([model.index_of(language)]),
        Qt.DropAction.MoveAction,
        0,
        0,
        model.index(-1, -1),
    )  # fmt: skip  (to the top)
    assert [c.name for c in ws.project.codebook.all()] == ["Language", "Helpful formats"]  # type: ignore[union-attr]


def test_inspector_edits_are_undoable(ws: MainWindow) -> None:
    helpful = code_id(ws, "Helpful formats")
    ws.codebook_pane.select_code(helpful)  # type: ignore[union-attr]
    inspector = ws.workspace.inspector  # type: ignore[union-attr]
    inspector.fields["definition"].setPlainText("Formats that made taking part easier.")
    inspector.commit("definition")
    assert ws.project.codebook.get(helpful).definition == "Formats that made taking part easier."  # type: ignore[union-attr]
    ws.action_undo.trigger()
    assert ws.project.codebook.get(helpful).definition == ""  # type: ignore[union-attr]
    assert inspector.fields["definition"].toPlainText() == ""


def test_view_options(ws: MainWindow) -> None:
    view = ws.transcript_pane.view  # type: ignore[union-attr]
    size = view.font().pointSizeF()
    ws._font_step(2)
    assert view.font().pointSizeF() == size + 2
    ws.action_participant_only.setChecked(True)
    assert not view.document().findBlockByNumber(0).isVisible()  # the interviewer's turn
    assert view.document().findBlockByNumber(2).isVisible()
    ws.action_participant_only.setChecked(False)
    assert view.document().findBlockByNumber(0).isVisible()
    ws.action_contrast.setChecked(True)
    assert view.palette().base().color().name() == "#000000"


def test_stripe_click_selects_the_coding(ws: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    start, end = select_text(ws, "captions helped too")
    ws.workspace.coding.apply_code(code_id(ws, "Helpful formats"))  # type: ignore[union-attr]
    view = ws.transcript_pane.view  # type: ignore[union-attr]
    view.moveCursor(QTextCursor.MoveOperation.Start)
    stripes = ws.transcript_pane.stripes  # type: ignore[union-attr]
    stripes.repaint()
    bar = stripes.bars[0]
    point = QPoint(7, (bar.top + bar.bottom) // 2)
    assert "Helpful formats" in stripes.describe(stripes.coding_at(point))  # type: ignore[arg-type]
    qtbot.mouseClick(stripes, Qt.MouseButton.LeftButton, pos=point)
    assert view.selection_span() == (start, end)


def test_keyboard_shortcuts_reach_the_actions(ws: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    view = ws.transcript_pane.view  # type: ignore[union-attr]
    ws.activateWindow()
    view.setFocus()
    select_text(ws, "captions")
    qtbot.keyClick(view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    picker = ws.workspace.coding.picker  # type: ignore[union-attr]
    assert picker is not None and picker.isVisible()
    qtbot.keyClicks(picker.query, "help")
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    helpful = code_id(ws, "Helpful formats")
    start, end = select_text(ws, "mattered")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # recent code 1
    assert (helpful, start, end) in spans(ws)


def test_merge_through_the_picker_and_recolour(ws: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    helpful, language = code_id(ws, "Helpful formats"), code_id(ws, "Language")
    select_text(ws, "captions")
    ws.workspace.coding.apply_code(language)  # type: ignore[union-attr]
    picker = ws.workspace.coding.open_merge_picker(language)  # type: ignore[union-attr]
    assert picker.results.count() == 1  # every code but the one being merged
    qtbot.keyClick(picker.query, Qt.Key.Key_Return)
    assert [c.name for c in ws.project.codebook.all()] == ["Helpful formats"]  # type: ignore[union-attr]
    assert [c for c, _, _ in spans(ws)] == [helpful]
    assert ws.action_undo.text() == "&Undo Merge 'Language' into 'Helpful formats'"
    ws.action_undo.trigger()
    assert code_id(ws, "Language") == language
    ws.codebook_pane.recolor_code(helpful, "#e15759")  # type: ignore[union-attr]
    assert ws.project.codebook.get(helpful).color == "#E15759"  # type: ignore[union-attr]
    assert ws.transcript_pane.view.highlighter.styles[helpful].color == "#E15759"  # type: ignore[union-attr]


def test_view_options_and_font_size_are_remembered(ws: MainWindow, qtbot, settings) -> None:  # type: ignore[no-untyped-def]
    size = ws.transcript_pane.view.font().pointSizeF()  # type: ignore[union-attr]
    ws._font_step(3)
    ws.action_contrast.setChecked(True)
    path = ws.project.path  # type: ignore[union-attr]
    ws.close_project()
    again = MainWindow(settings)
    qtbot.addWidget(again)
    again.open_project(path)
    assert again.transcript_pane.view.font().pointSizeF() == size + 3  # type: ignore[union-attr]
    assert again.action_contrast.isChecked()
    again.close_project()


def test_code_names_with_markup_are_shown_as_typed(ws: MainWindow, shown) -> None:  # type: ignore[no-untyped-def]
    """The code inspector and the Coded Segments title are rich text: a name with "<", ">"
    or "&" is shown as it was typed, not read as markup."""
    from PySide6.QtGui import QTextDocumentFragment

    name = "<i>Access & <b>cost"
    language = code_id(ws, "Language")
    ws.codebook_pane.rename_code(language, name)  # type: ignore[union-attr]
    assert not shown.warnings, shown.warnings
    ws.codebook_pane.select_code(language)  # type: ignore[union-attr]
    workspace = ws.workspace
    assert workspace is not None
    for label in (workspace.inspector.title, workspace.retrieval_pane.title):
        shown = QTextDocumentFragment.fromHtml(label.text()).toPlainText()
        assert shown.startswith(name), shown
