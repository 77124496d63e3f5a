"""The app shell, driven as a user would."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication

from ikt_desktop.services.project import Project
from ikt_desktop.ui.codebook.model import IdRole
from ikt_desktop.ui.shell import crash_dialog, messages
from ikt_desktop.ui.shell.main_window import MainWindow
from tests.ui.conftest import Messages


def test_opens_the_demo_with_all_panes(window: MainWindow, demo_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    assert window.windowTitle() == "iKT Desktop"
    assert window.open_project(demo_path)
    assert window.windowTitle().startswith("Partners in MS Research")
    assert window.sources_pane and window.transcript_pane and window.codebook_pane
    assert window.sources_pane.model.rowCount() == 8
    assert window.codebook_pane.model.rowCount() == 7  # top-level codes
    text = window.transcript_pane.view.toPlainText()
    assert text.startswith("# FICTIONAL demo transcript") and "Zoë:" in text
    assert "P1" in window.transcript_pane.header.text()
    window.sources_pane.select_source(5)
    assert "Tomás:" in window.transcript_pane.view.toPlainText()
    assert window.coder_label.text() == "Coder: Dana Whitfield"


def test_speaker_labels_are_bold_and_interviewers_muted(
    window: MainWindow, demo_path: Path
) -> None:
    window.open_project(demo_path)
    pane = window.transcript_pane
    assert pane is not None
    pane.view.highlighter.rehighlight()
    doc = pane.view.document()
    weights = {}
    for i in range(doc.blockCount()):
        block = doc.findBlockByNumber(i)
        for fmt_range in block.layout().formats():
            weights[block.text()[: fmt_range.length]] = fmt_range.format.fontWeight()
    assert any(k == "Zoë:" for k in weights) and any(k == "Dana:" for k in weights)
    assert not any(k.startswith("# FICTIONAL") for k in weights)


def test_edit_menu_names_the_action_and_undo_redo_work(window: MainWindow, demo_path: Path) -> None:
    window.open_project(demo_path)
    pane = window.codebook_pane
    assert pane is not None
    code_id = pane.create_code("Stigma")
    assert code_id is not None and pane.current_code_id() == code_id
    assert window.action_undo.text() == "&Undo New Code 'Stigma'"
    pane.rename_code(code_id, "Stigma and disclosure")
    assert window.action_undo.text().endswith("'Stigma and disclosure'")
    window.action_undo.trigger()
    window.action_undo.trigger()
    assert code_id not in {c.id for c in window.project.codebook.all()}  # type: ignore[union-attr]
    window.action_redo.trigger()
    assert pane.model.index_of(code_id).data() == "Stigma"  # the same id came back


def test_delete_then_undo_restores_subtree_and_counts(window: MainWindow, demo_path: Path) -> None:
    window.open_project(demo_path)
    pane = window.codebook_pane
    project = window.project
    assert pane is not None and project is not None
    barriers = next(c for c in project.codebook.all() if c.name == "Barriers to engagement")
    before = [(c.id, c.coding_count) for c in project.codebook.all()]
    codings = project.info().codings
    pane.select_code(barriers.id)
    pane.delete.trigger()
    assert not pane.model.index_of(barriers.id).isValid()
    assert project.info().codings < codings
    window.action_undo.trigger()
    assert [(c.id, c.coding_count) for c in project.codebook.all()] == before
    assert pane.model.index_of(barriers.id).isValid()
    row = pane.model.index_of(barriers.id)
    assert pane.model.rowCount(row) == 4


def test_inline_rename_goes_through_the_undo_stack(
    window: MainWindow, demo_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_project(demo_path)
    pane = window.codebook_pane
    assert pane is not None
    index = pane.proxy.index(0, 0)
    pane.proxy.setData(index, "What iKT means", Qt.ItemDataRole.EditRole)
    assert pane.proxy.index(0, 0).data() == "What iKT means"
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert pane.proxy.index(0, 0).data() == "Defining iKT"


def test_filter_keeps_parents_of_matches(window: MainWindow, demo_path: Path) -> None:
    window.open_project(demo_path)
    pane = window.codebook_pane
    assert pane is not None
    pane.filter.setText("fatigue")
    assert pane.proxy.rowCount() == 1
    parent = pane.proxy.index(0, 0)
    assert parent.data() == "Barriers to engagement"
    assert pane.proxy.index(0, 0, parent).data() == "Fatigue and symptoms"
    window.sources_pane.filter.setText("collab")  # type: ignore[union-attr]
    assert window.sources_pane.proxy.rowCount() == 3  # type: ignore[union-attr]


def test_project_in_use_offers_read_only(
    window: MainWindow, demo_path: Path, shown: Messages
) -> None:
    other = Project.open(demo_path)  # "another window" holds the write lock
    try:
        shown.answer = messages.Choice.CANCEL
        assert not window.open_project(demo_path)
        assert window.project is None and "another iKT Desktop window" in shown.questions[0]
        shown.answer = messages.Choice.READ_ONLY
        assert window.open_project(demo_path)
        assert window.project is not None and window.project.read_only
        assert "[read-only]" in window.windowTitle()
        assert window.coder_label.text().startswith("Read-only")
        assert not window.codebook_pane.new_code.isEnabled()  # type: ignore[union-attr]
    finally:
        window.close_project()
        other.close()


def test_bad_file_shows_a_plain_message(
    window: MainWindow, tmp_path: Path, shown: Messages
) -> None:
    bad = tmp_path / "transcript.ikt"
    bad.write_text("P1: hello")
    assert not window.open_project(bad)
    assert window.project is None
    assert str(bad) in shown.warnings[0] and "not an iKT Desktop project" in shown.warnings[0]


def test_create_close_and_recent(window: MainWindow, tmp_path: Path, demo_path: Path) -> None:
    new = tmp_path / "new.ikt"
    assert window.create_project(new, "Pilot")
    assert window.windowTitle().startswith("Pilot")
    window.open_project(demo_path)
    assert window.recent_projects()[:2] == [str(demo_path), str(new.resolve())]
    window.close_project()
    assert window.project is None and not window.action_close.isEnabled()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != "") == ["demo.ikt", "new.ikt"]
    window.recent_menu.aboutToShow.emit()
    actions = window.recent_menu.actions()
    assert [a.text() for a in actions][:2] == [str(demo_path), str(new.resolve())]
    actions[1].trigger()
    assert window.project is not None and window.project.title == "Pilot"


def test_splitter_sizes_persist(
    qtbot, settings: QSettings, demo_path: Path, shown: Messages
) -> None:  # type: ignore[no-untyped-def]
    first = MainWindow(settings)
    qtbot.addWidget(first)
    first.resize(780, 560)  # inside the offscreen screen (800 x 600), so geometry restores as is
    first.show()
    first.open_project(demo_path)
    first.splitter.setSizes([150, 420, 200])
    sizes = first.splitter.sizes()
    first.close()
    second = MainWindow(QSettings())
    qtbot.addWidget(second)
    second.show()
    second.open_project(demo_path)
    assert second.size() == first.size()
    assert second.splitter.sizes() == sizes
    second.close()


def test_crash_dialog_copies_details(qtbot) -> None:  # type: ignore[no-untyped-def]
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        details = crash_dialog.format_details(RuntimeError, exc, exc.__traceback__)
    dialog = crash_dialog.CrashDialog(details, "/tmp/log")
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert "RuntimeError: boom" in QGuiApplication.clipboard().text()
    assert "iKT Desktop" in dialog.text.toPlainText()


def test_excepthook_separates_user_errors_from_bugs(
    monkeypatch: pytest.MonkeyPatch, shown: Messages
) -> None:
    from ikt_desktop.domain.errors import ValidationError

    crashes: list[str] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(
        crash_dialog.CrashDialog, "exec", lambda self: crashes.append(self.details) or 0
    )
    crash_dialog.install_excepthook()
    err = ValidationError("A code needs a name.")
    sys.excepthook(ValidationError, err, None)
    assert shown.warnings == ["A code needs a name."] and crashes == []
    bug = KeyError("x")
    sys.excepthook(KeyError, bug, None)
    assert len(crashes) == 1 and "KeyError" in crashes[0]


def test_run_gui_opens_a_fresh_demo_copy(qapp, settings, monkeypatch, shown, app_home) -> None:  # type: ignore[no-untyped-def]
    from ikt_desktop.ui.shell import application

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert application.run_gui(None, demo=True, quit_after=0.3) == 0
    copies = list((app_home / "data" / "demo").glob("*.ikt"))
    assert len(copies) == 1
    assert sorted(p.name for p in copies[0].parent.iterdir()) == [copies[0].name]
    with Project.open(copies[0]) as p:
        assert p.info().sources == 8
    assert shown.warnings == []


def test_selected_code_id_role(window: MainWindow, demo_path: Path) -> None:
    window.open_project(demo_path)
    pane = window.codebook_pane
    assert pane is not None
    pane.select_code(10)
    assert pane.view.currentIndex().data(IdRole) == 10


def test_delete_key_in_the_filter_box_does_not_delete_a_code(
    window: MainWindow, demo_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    window.open_project(demo_path)
    pane = window.codebook_pane
    assert pane is not None
    pane.select_code(10)
    codes = window.project.info().codes  # type: ignore[union-attr]
    pane.filter.setFocus()
    qtbot.keyClick(pane.filter, Qt.Key.Key_Delete)
    assert window.project.info().codes == codes  # type: ignore[union-attr]
    pane.view.setFocus()
    qtbot.keyClick(pane.view, Qt.Key.Key_Delete)
    assert window.project.info().codes < codes  # type: ignore[union-attr]


def test_read_only_file_offers_read_only(
    window: MainWindow, demo_path: Path, shown: Messages
) -> None:
    """A project file its permissions do not let us change (issue 21): one plain question,
    then a read-only window; the file is never written."""
    demo_path.chmod(0o444)
    before = demo_path.read_bytes()
    shown.answer = messages.Choice.CANCEL
    assert not window.open_project(demo_path)
    assert window.project is None and shown.warnings == []
    assert shown.questions == [f"{demo_path}: the project file is read-only (its permissions "
                               "forbid changes); open it read-only, or allow writing to it "
                               "first"]  # fmt: skip
    shown.answer = messages.Choice.READ_ONLY
    assert window.open_project(demo_path)
    assert window.project is not None and window.project.read_only
    window.close_project()
    assert demo_path.read_bytes() == before
    assert not demo_path.with_name(demo_path.name + ".lock").exists()


def test_damage_found_after_opening_is_said_and_the_project_turns_read_only(
    window: MainWindow, demo_path: Path, shown, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """The window opens a project after the quick check; the thorough one runs in the
    background and its finding is one message, then the project is shown read-only."""
    from tests.unit.test_damage_checks import _damage_an_index

    _damage_an_index(demo_path)
    assert window.open_project(demo_path)
    qtbot.waitUntil(lambda: window.project is not None and window.project.read_only,
                    timeout=10_000)  # fmt: skip
    assert len(shown.warnings) == 1 and "the file is damaged" in shown.warnings[0]
    assert "open read-only" in shown.warnings[0]


def test_damage_the_quick_check_finds_refuses_the_project(
    window: MainWindow, demo_path: Path, shown: Messages
) -> None:
    """The quick check runs in the background while the window is built (issue 18): damage
    it finds refuses the project as before, in one message, with nothing shown."""
    from tests.unit.test_damage_checks import _damage_the_search_index

    _damage_the_search_index(demo_path)
    assert not window.open_project(demo_path)
    assert window.project is None and window.workspace is None
    assert len(shown.warnings) == 1 and "the file is damaged" in shown.warnings[0]
    assert str(demo_path) in shown.warnings[0] and "\n" not in shown.warnings[0]
    assert not demo_path.with_name(demo_path.name + ".lock").exists()
