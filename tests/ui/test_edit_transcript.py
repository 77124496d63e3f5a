"""Edit Transcript…: the dialog, the confirmation of lost codings, undo and redo, and the
transcript on screen following the text."""

from __future__ import annotations

from ikt_desktop.services.coding.text_edit import TextEditPreview
from ikt_desktop.ui.coding.text_edit_actions import (
    EditTranscriptDialog,
    TextEditActions,
    lost_summary,
)
from ikt_desktop.ui.shell.main_window import MainWindow
from tests.ui.test_coding_workspace import code_id, select_text, ws  # noqa: F401


def _actions(window: MainWindow) -> TextEditActions:
    assert window.workspace is not None
    return window.workspace.edit_text


def _coded(window: MainWindow) -> list[str]:
    p = window.project
    assert p is not None
    text = p.sources.text(1)
    return [text[c.start : c.end] for c in p.codings.for_source(1)]


def _code(window: MainWindow, needle: str, name: str = "Language") -> None:
    select_text(window, needle)
    assert window.workspace is not None
    window.workspace.coding.apply_code(code_id(window, name))


def test_edit_remaps_codings_repaints_and_undoes(ws: MainWindow) -> None:  # noqa: F811
    _code(ws, "患者参与 mattered")
    actions = _actions(ws)
    assert actions.isEnabled() and actions in ws.code_menu.actions()
    old = ws.project.sources.text(1)  # type: ignore[union-attr]
    new = old.replace("mattered", "really mattered").replace("What helped?", "What helped you?")
    actions.ask_text = lambda _w, name, text: text.replace("mattered", "really mattered").replace(
        "What helped?", "What helped you?"
    )
    assert actions.edit_current()
    view = ws.transcript_pane.view  # type: ignore[union-attr]
    assert view.toPlainText() == new and view.source is not None and view.source.text == new
    assert _coded(ws) == ["患者参与 really mattered"]
    coding = next(iter(view.source.codings.values()))
    assert new[coding.start : coding.end] == "患者参与 really mattered"
    assert ws.action_undo.text() == "&Undo Edit Transcript 'P1 interview'"
    ws.action_undo.trigger()
    assert view.toPlainText() == old and _coded(ws) == ["患者参与 mattered"]
    ws.action_redo.trigger()
    assert view.toPlainText() == new and _coded(ws) == ["患者参与 really mattered"]


def test_lost_codings_are_listed_and_need_confirmation(ws: MainWindow) -> None:  # noqa: F811
    _code(ws, "captions helped too", "Helpful formats")
    _code(ws, "sessions")
    actions = _actions(ws)
    asked: list[TextEditPreview] = []
    actions.ask_text = lambda _w, _n, text: text.replace(", and the captions helped too", ".")
    actions.confirm_lost = lambda _w, preview: asked.append(preview) is not None and False
    assert not actions.edit_current()
    assert [x.text for x in asked[0].lost_codings] == ["captions helped too"]
    assert "captions helped too" in lost_summary(asked[0])
    assert len(_coded(ws)) == 2 and ws.undo_stack.count() == 2  # nothing changed
    actions.confirm_lost = lambda _w, _p: True
    assert actions.edit_current()
    assert _coded(ws) == ["sessions"]
    ws.action_undo.trigger()
    assert sorted(_coded(ws)) == ["captions helped too", "sessions"]


def test_cancel_or_no_change_does_nothing_and_empty_text_warns(ws: MainWindow, shown) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    actions = _actions(ws)
    actions.ask_text = lambda _w, _n, _t: None
    assert not actions.edit_current()
    actions.ask_text = lambda _w, _n, text: text
    assert not actions.edit_current()
    actions.ask_text = lambda _w, _n, _t: "   "
    assert not actions.edit_current()
    assert shown.warnings and "no text" in shown.warnings[-1]
    assert ws.undo_stack.count() == 0


def test_the_dialog_holds_the_text(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = EditTranscriptDialog("P1", "Zoë: 👍 café")
    qtbot.addWidget(dialog)
    assert dialog.text() == "Zoë: 👍 café"
    dialog.editor.setPlainText("Zoë: 👍 cafe")
    assert dialog.text() == "Zoë: 👍 cafe"
