"""The Search tab's saved searches (save, open with its options, rename, delete, all
undoable; a source deleted since is reported), and Code All Hits cancelled before its
commit leaving the project as it was."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QPushButton

from ikt_desktop.services.query.search import SearchOptions
from ikt_desktop.ui.query.search_pane import SearchPane
from ikt_desktop.ui.shell.main_window import MainWindow
from tests.ui.test_search_pane import _multilingual, _open, search


def _names(pane: SearchPane) -> list[str]:
    return [pane.saved.picker.itemText(i) for i in range(pane.saved.picker.count())]


def test_save_open_rename_delete_and_undo(demo_path: Path, window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    pane = _open(window, demo_path)
    project, stack = window.project, window.undo_stack
    assert project is not None
    bar = pane.saved
    assert not bar.open_button.isEnabled() and bar.save_button.isEnabled()
    sources = project.sources.all()
    pane.query.setText("neurolog*")
    pane.participants_only.setChecked(True)
    pane.choose_sources({sources[0].id, sources[1].id})
    bar.ask_text = lambda _w, _t, _l, default: "Neuro 👍 ✨" if default == "neurolog*" else None
    assert bar.save()
    assert _names(pane) == ["Neuro 👍 ✨"] and bar.picker.currentText() == "Neuro 👍 ✨"
    assert stack.undoText() == "Save Search 'Neuro 👍 ✨'"
    assert project.saved_queries.all("coding") == []  # not among the coding queries
    pane.participants_only.setChecked(False)
    pane.choose_sources(set())
    pane.query.setText("something else")
    assert bar.open_saved()
    qtbot.waitUntil(lambda: pane.query.text() == "neurolog*")
    assert pane.options() == SearchOptions(
        participants_only=True, source_ids=tuple(sorted((sources[0].id, sources[1].id))))  # fmt: skip
    assert pane.sources_button.text() == "2 sources"
    assert {h.source_id for h in pane.model.rows} <= {sources[0].id, sources[1].id}
    bar.rename_saved("Neurology")
    assert _names(pane) == ["Neurology"] and stack.undoText().startswith("Rename Search")
    stack.undo()
    assert _names(pane) == ["Neuro 👍 ✨"]
    ident = bar.picker.currentData()
    bar.delete_saved()
    assert _names(pane) == [] and stack.undoText() == "Delete Search 'Neuro 👍 ✨'"
    stack.undo()
    assert _names(pane) == ["Neuro 👍 ✨"] and bar.picker.currentData() == ident  # same id
    pane.query.setText("trust")
    assert bar.save("neuro 👍 ✨")  # the same name: replaces it, one undoable change
    assert stack.undoText() == "Change Search 'Neuro 👍 ✨'" and len(_names(pane)) == 1
    stack.undo()
    assert project.search.open_saved(project.saved_queries.get(ident).definition).query == (
        "neurolog*")  # fmt: skip
    stack.undo()  # the delete's undo undone: deleted again
    stack.undo()  # the rename's undo: nothing to rename; the save
    assert stack.index() >= 0


def test_a_deleted_source_is_reported_and_a_bad_save_refused(  # type: ignore[no-untyped-def]
    demo_path: Path, window: MainWindow, shown, qtbot
) -> None:
    pane = _open(window, demo_path)
    project = window.project
    assert project is not None
    first, second = project.sources.all()[:2]
    pane.query.setText("the")
    pane.accents.setChecked(True)
    pane.choose_sources({first.id, second.id})
    assert pane.saved.save("Both")
    window.hub.publish(project.sources.delete(second.id).changes)
    assert pane.chosen_sources == {first.id}
    pane.saved.picker.setCurrentIndex(0)
    with qtbot.waitSignal(pane.searched, timeout=10_000):  # accent-sensitive: off-thread
        assert pane.saved.open_saved()
    assert pane.accents.isChecked() and pane.chosen_sources == {first.id}
    assert pane.status.text().endswith(f"deleted since it was saved: “{second.name}”")
    assert {h.source_id for h in pane.model.rows} == {first.id}
    pane.query.setText("NOT the")
    assert not pane.saved.save("Broken")
    assert "NOT needs a word before it" in shown.warnings[-1]
    window.hub.publish(project.sources.delete(first.id).changes)
    assert not pane.saved.open_saved()
    assert "every source this search was limited to was deleted" in shown.warnings[-1]


def test_cancel_before_the_commit_codes_nothing(  # type: ignore[no-untyped-def]
    window: MainWindow, tmp_path: Path, qtbot
) -> None:
    path = _multilingual(tmp_path)
    pane = _open(window, path)
    project = window.project
    assert project is not None and window.workspace is not None
    places = project.codebook.all()[0]
    window.workspace.codebook_pane.select_code(places.id)
    pane.query.setText("cafe")
    search(pane, qtbot)
    count = window.undo_stack.count()
    blocker = sqlite3.connect(path, timeout=5)
    blocker.execute("BEGIN IMMEDIATE")  # the job cannot write until this ends
    try:
        with qtbot.waitSignal(pane.coded, timeout=10_000) as said:
            job = pane.code_all("hit")
            assert job is not None
            cancel = job.dialog.findChild(QPushButton)
            assert cancel is not None and cancel.text() == "Cancel"
            cancel.click()  # while the job waits to write
            blocker.rollback()
    finally:
        blocker.close()
    assert said.args == ["Coding the hits was cancelled; nothing was coded."]
    assert project.codings.for_code(places.id) == []
    assert window.undo_stack.count() == count
