"""Project ▸ Study Details…: the facts the report's methods use, saved as one undoable
action."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QPlainTextEdit

from ikt_desktop.ui.shell.main_window import MainWindow


def test_study_details_dialog_saves_one_undoable_action(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, demo_path: Path
) -> None:
    window.open_project(demo_path)
    assert window.action_study.isEnabled()
    project = window.project
    assert project is not None
    before = project.study.get()
    dialog = window.study_details()
    assert dialog is not None
    design = dialog.editors["design"]
    assert design.text() == before.get("design")  # type: ignore[union-attr]
    design.setText("Qualitative descriptive study")  # type: ignore[union-attr]
    ethics = dialog.editors["ethics"]
    assert isinstance(ethics, QPlainTextEdit)
    ethics.setPlainText("University REB, approval 2024-117")
    dialog.save()
    after = project.study.get()
    assert after.get("design") == "Qualitative descriptive study"
    assert after.get("ethics") == "University REB, approval 2024-117"
    assert after.get("approach") == before.get("approach")  # untouched fields stay
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Edit Study Details"
    window.undo_stack.undo()
    assert project.study.get() == before
    window.undo_stack.redo()
    assert project.study.get() == after
    # nothing changed: nothing on the stack
    again = window.study_details()
    assert again is not None
    again.save()
    assert window.undo_stack.count() == 1
