"""The main window on a team project (issue 19): the window works on a PostgreSQL team
database as on a file, through the same services; a team project opens by its address
(``ikt-desktop postgresql://…``) and comes back from the recent list. File ▸ Open Team
Project… and the keychain: test_team_open_dialog.py; live changes: test_team_live.py."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QTextCursor

from ikt_desktop.app import gui_parser
from ikt_desktop.services.project import Project
from ikt_desktop.ui.shell.main_window import MainWindow


def test_coding_and_undo_in_the_window_on_a_team_project(
    window: MainWindow, team_database: Callable[[str, Path], str], _demo_master: Path
) -> None:
    url = team_database("demo", _demo_master)
    window.set_project(Project.open_team(url))
    project = window.project
    assert project is not None and project.store.is_team
    # no file to copy: no automatic snapshot is attempted (it failed with "No such file")
    assert window.snapshots.snapshots is None and not window.snapshots.busy
    source = project.sources.all()[0]
    window.sources_pane.select_source(source.id)  # type: ignore[union-attr]
    view = window.transcript_pane.view  # type: ignore[union-attr]
    text = view.toPlainText()
    needle = "research"
    start = text.index(needle)
    u16 = view.source.positions  # type: ignore[union-attr]
    cursor = QTextCursor(view.document())
    cursor.setPosition(u16.to_utf16(start))
    cursor.setPosition(u16.to_utf16(start + len(needle)), QTextCursor.MoveMode.KeepAnchor)
    view.setTextCursor(cursor)
    code = project.codebook.all()[0]
    before = len(project.codings.for_source(source.id))
    window.workspace.coding.apply_code(code.id)  # type: ignore[union-attr]
    with Project.open_team(url, read_only=True) as other:  # another client sees it
        spans = [(c.code_id, c.start, c.end) for c in other.codings.for_source(source.id)]
    assert (code.id, start, start + len(needle)) in spans and len(spans) == before + 1
    window.undo_stack.undo()
    with Project.open_team(url, read_only=True) as other:
        assert len(other.codings.for_source(source.id)) == before
    window.close_project()


def test_a_team_project_opens_by_its_address_and_stays_in_the_recent_list(
    window: MainWindow, shown, team_database: Callable[[str, Path], str], _demo_master: Path
) -> None:  # type: ignore[no-untyped-def]
    url = team_database("demo", _demo_master)
    assert str(gui_parser().parse_args([url]).project) == url  # ikt-desktop postgresql://…
    assert window.open_project(url)
    assert window.project is not None and window.project.store.location == url
    assert window.recent_projects()[0] == url
    window.close_project()
    window._fill_recent()
    window.recent_menu.actions()[0].trigger()  # reopened from File ▸ Open Recent
    assert window.project is not None and window.project.store.is_team
    wrong = url.replace("ikt@", "ikt:secret@").rsplit("?", 1)[0] + "?host=/nonexistent"
    assert not window.open_project(wrong)
    assert shown.warnings and "secret" not in shown.warnings[-1]
    assert "cannot connect" in shown.warnings[-1]
