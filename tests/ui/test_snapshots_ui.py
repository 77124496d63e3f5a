"""Automatic snapshots in the window, File ▸ Restore Snapshot…, the sync-folder warning."""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from ikt_desktop.services.privacy.project_snapshots import ProjectSnapshots, list_all
from ikt_desktop.services.project import Project, check
from ikt_desktop.ui.privacy import snapshot_actions
from ikt_desktop.ui.shell.main_window import MainWindow


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """What the patched save dialog and "open it now?" question answer."""
    given: dict[str, object] = {"save": None, "open": False}
    monkeypatch.setattr(snapshot_actions, "ask_save", lambda *_a: given["save"])
    monkeypatch.setattr(snapshot_actions, "ask_open_now", lambda *_a: given["open"])
    return given


def _open(qtbot, window: MainWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.snapshots.taken, timeout=20_000):
        assert window.open_project(path)


def test_opening_a_project_takes_a_snapshot(qtbot, window: MainWindow, demo_path: Path,
                                            shown) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    _open(qtbot, window, demo_path)
    assert window.project is not None
    found = ProjectSnapshots.for_store(window.project.store).list()
    assert len(found) == 1 and found[0].reason == "open"
    assert found[0].counts.codings == window.project.info().codings
    assert not window.snapshots.busy
    assert shown.informed == []  # tmp is not a synchronised folder
    window.close_project()
    assert check(demo_path) == []


def test_a_read_only_project_takes_none(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    assert window.open_project(demo_path, read_only=True)
    assert not window.snapshots.busy and list_all() == []


def test_changes_take_a_snapshot_once_due(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    _open(qtbot, window, demo_path)
    actions = window.snapshots
    assert window.project is not None
    outcome = window.project.codebook.create("New code")
    window.hub.publish(outcome.changes)
    assert actions.changes == 1 and not actions.busy  # the last one is seconds old
    actions.last = datetime.now(UTC) - timedelta(minutes=11)
    with qtbot.waitSignal(actions.taken, timeout=20_000) as blocker:
        actions.maybe_take()
    info = blocker.args[0]
    assert info.reason == "changes" and actions.changes == 0
    assert info.counts.codes == window.project.info().codes
    actions.maybe_take()  # nothing changed since: nothing due
    assert not actions.busy


def test_restore_dialog_restores_as_a_new_project(qtbot, window: MainWindow, demo_path: Path,
                                                  tmp_path: Path, answers) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    _open(qtbot, window, demo_path)
    assert window.project is not None
    codings = window.project.info().codings
    dialog = window.snapshots.show_dialog()
    qtbot.addWidget(dialog)
    assert dialog.isVisible() and dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "on open"
    assert dialog.table.item(0, 3).text() == str(codings)
    assert dialog.restore_button.isEnabled()

    answers["save"] = None  # cancelled: nothing happens
    dialog.restore_button.click()
    target = tmp_path / "restored"  # the suffix is added
    answers["save"], answers["open"] = target, True
    with qtbot.waitSignal(window.snapshots.restored, timeout=5_000):
        dialog.restore_button.click()
    restored = tmp_path / "restored.ikt"
    assert check(restored) == []
    assert window.project is not None and window.project.path == restored  # opened it
    assert window.project.info().codings == codings
    assert window.snapshots.dialog is None or not window.snapshots.dialog.isVisible()


def test_restore_refuses_an_existing_file(qtbot, window: MainWindow, demo_path: Path,
                                          tmp_path: Path, answers, shown) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    _open(qtbot, window, demo_path)
    dialog = window.snapshots.show_dialog()
    qtbot.addWidget(dialog)
    existing = tmp_path / "keep.ikt"
    existing.write_bytes(b"precious")
    answers["save"] = existing
    dialog.restore_button.click()
    assert existing.read_bytes() == b"precious"
    assert shown.warnings and "already exists" in shown.warnings[-1]
    answers["save"] = demo_path  # the open project itself
    dialog.restore_button.click()
    assert "already exists" in shown.warnings[-1] or "open project" in shown.warnings[-1]
    assert window.project is not None and window.project.path == demo_path


def test_with_no_project_open_every_snapshot_is_listed(qtbot, window: MainWindow, demo_path: Path,
                                                       tmp_path: Path, answers) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    _open(qtbot, window, demo_path)
    window.close_project()
    demo_path.write_bytes(b"damaged beyond repair")  # the project no longer opens
    dialog = window.snapshots.show_dialog()
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.table.columnCount() == 8  # with Project
    answers["save"] = tmp_path / "rescued.ikt"
    dialog.restore_button.click()
    with Project.open(tmp_path / "rescued.ikt", read_only=True) as rescued:
        assert rescued.info().codings > 0


def test_cloud_folder_warning_shown_once_per_open(qtbot, window: MainWindow, demo_path: Path,
                                                  tmp_path: Path, shown) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    synced = tmp_path / "Dropbox" / "iKT study"
    synced.mkdir(parents=True)
    path = synced / "study.ikt"
    shutil.copyfile(demo_path, path)
    _open(qtbot, window, path)
    assert len(shown.informed) == 1
    assert "Dropbox" in shown.informed[0] and "conflicted copies" in shown.informed[0]
    assert "Dropbox" in window.statusBar().currentMessage()
    window.snapshots.maybe_take()  # working on: no repeat
    assert len(shown.informed) == 1
    window.close_project()
    _open(qtbot, window, path)  # each open warns again
    assert len(shown.informed) == 2


def test_a_dropbox_marker_file_warns_too(qtbot, window: MainWindow, demo_path: Path,
                                         tmp_path: Path, shown) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    share = tmp_path / "team share"
    (share / "iKT").mkdir(parents=True)
    (share / ".dropbox").write_text("{}")
    path = share / "iKT" / "study.ikt"
    shutil.copyfile(demo_path, path)
    _open(qtbot, window, path)
    assert len(shown.informed) == 1 and "Dropbox" in shown.informed[0]


def test_opening_another_project_at_once_snapshots_it_too(qtbot, window: MainWindow,
                                                          demo_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    other = tmp_path / "other.ikt"
    Project.create(other, "Other").close()
    assert window.open_project(demo_path)  # its snapshot may still be running...
    with qtbot.waitSignal(window.snapshots.taken, timeout=20_000) as blocker:
        assert window.open_project(other)  # ...when this one opens
    assert blocker.args[0].project_path == str(other.resolve())
    qtbot.wait(50)  # any late "done" of the first project's snapshot is delivered
    assert window.snapshots.last == blocker.args[0].taken and not window.snapshots.busy
    assert len(list_all()) == 2
