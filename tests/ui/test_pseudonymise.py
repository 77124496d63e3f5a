"""Code ▸ Pseudonymise…: seed, preview, apply as one undo command, export, remove the key."""

from __future__ import annotations

import json
from pathlib import Path

from ikt_desktop.domain.privacy.pseudonyms import Entry
from ikt_desktop.services.privacy.project_snapshots import PSEUDONYMISED, ProjectSnapshots
from ikt_desktop.services.privacy.pseudonym_copies import OldCopies
from ikt_desktop.services.project import Project
from ikt_desktop.ui.privacy.pseudonym_actions import (
    PseudonymActions,
    PseudonymiseDialog,
    copies_text,
)
from ikt_desktop.ui.shell.background import ProgressJob
from ikt_desktop.ui.shell.main_window import MainWindow


def _action(window: MainWindow, demo_path: Path) -> PseudonymActions:
    assert window.open_project(demo_path)
    found = [a for a in window.code_menu.actions() if isinstance(a, PseudonymActions)]
    assert len(found) == 1 and found[0].isEnabled()
    return found[0]


def _texts(window: MainWindow) -> list[str]:
    p = window.project
    assert p is not None
    return [p.sources.text(s.id) for s in p.sources.all()]


def test_seed_preview_apply_undo_redo(qtbot, window: MainWindow, demo_path: Path) -> None:  # type: ignore[no-untyped-def]
    action = _action(window, demo_path)
    before = _texts(window)
    asked: list[OldCopies] = []
    action.ask_delete_copies = lambda _p, copies: asked.append(copies) or False

    def run(d: PseudonymiseDialog) -> None:
        assert d.table.rowCount() == 0
        with qtbot.waitSignal(d.preview_ready, timeout=20000):
            d.seed()
        assert d.table.rowCount() > 15
        assert "replacement(s) in 8 transcript(s)" in d.summary.text()
        assert d.preview.count() > 400 and "[Dana → [Interviewer 1]]" in d.preview.item(0).text()
        d._finish("apply")

    action.run_dialog = run
    with qtbot.waitSignal(action.finished, timeout=30000):
        assert action.open()
    after = _texts(window)
    assert all("Zoë" not in t and "Dana" not in t for t in after)
    assert window.undo_stack.count() == 1
    assert window.undo_stack.undoText() == "Pseudonymise the Project"
    with qtbot.waitSignal(action.finished, timeout=30000) as copies_done:
        pass
    assert copies_done.args == ["copies"]
    window.undo_stack.undo()
    assert _texts(window) == before
    assert window.project is not None and window.project.pseudonyms.get_list().entries == ()
    window.undo_stack.redo()
    assert _texts(window) == after


def test_save_list_and_remove_key_are_undoable(window: MainWindow, demo_path: Path) -> None:
    action = _action(window, demo_path)
    assert window.project is not None
    service = window.project.pseudonyms

    def save(d: PseudonymiseDialog) -> None:
        d.add_row(Entry("Dr. Maria Okafor", "[Clinician 1]"))
        d._finish("save")

    action.run_dialog = save
    assert action.open()
    assert service.get_list().entries == (Entry("Dr. Maria Okafor", "[Clinician 1]"),)
    action.run_dialog = lambda d: d._finish("remove")
    assert action.open()
    assert service.get_list().entries == ()
    window.undo_stack.undo()
    assert service.get_list().entries == (Entry("Dr. Maria Okafor", "[Clinician 1]"),)


def test_export_key_encrypted_or_plain(window: MainWindow, demo_path: Path, tmp_path: Path,
                                       shown) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    action = _action(window, demo_path)
    target = tmp_path / "out" / "key.iktkey"
    target.parent.mkdir()
    action.ask_path = lambda _p: target
    action.ask_password = lambda _p: "pw"
    dialog = action.dialog()
    dialog.seed()
    assert action.export_key(dialog.current(), dialog) == target
    assert json.loads(target.read_text())["cipher"] == "fernet"
    assert "encrypted" in shown.informed[-1]
    action.ask_password = lambda _p: ""
    plain = target.with_suffix(".csv")
    action.ask_path = lambda _p: plain
    assert action.export_key(dialog.current(), dialog) == plain
    assert "Zoë" in plain.read_text(encoding="utf-8-sig") and "PLAIN" in shown.informed[-1]
    dialog.reject()  # stops the preview still looking


def _everything(window: MainWindow) -> tuple[object, ...]:
    p = window.project
    assert p is not None
    return (_texts(window), p.pseudonyms.get_list(), [s.name for s in p.sources.all()],
            [c.definition for c in p.codebook.all()])  # fmt: skip


def test_cancel_before_the_commit_leaves_the_project_as_it_was(
    qtbot,
    window: MainWindow,
    demo_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    action = _action(window, demo_path)
    before = _everything(window)
    stopped: list[bool] = []

    def cancel_then_start(job: ProgressJob) -> None:
        job.worker.cancel()  # as if Cancel were clicked before the first transcript
        stopped.append(True)
        job.start()

    action.start_job = cancel_then_start
    dialog = action.dialog()
    with qtbot.waitSignal(dialog.preview_ready, timeout=20000):
        dialog.seed()
    dialog._finish("apply")
    with qtbot.waitSignal(action.finished, timeout=30000) as ended:
        assert action.finish(dialog)
    assert ended.args == ["apply"] and stopped == [True]
    assert _everything(window) == before  # not even the list was stored
    assert window.undo_stack.count() == 0
    assert "Cancelled" in window.statusBar().currentMessage()


def test_after_apply_old_snapshots_can_be_deleted_securely(
    qtbot,
    window: MainWindow,
    demo_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    action = _action(window, demo_path)
    p = window.project
    assert p is not None
    snaps = ProjectSnapshots.for_store(p.store)
    qtbot.waitUntil(lambda: not window.snapshots.busy, timeout=20000)  # the on-open one
    old = snaps.take("manual")
    backup = demo_path.with_name("demo.schema-0003-backup.ikt")
    backup.write_bytes(demo_path.read_bytes())
    asked: list[str] = []

    def answer(_parent: object, copies: OldCopies) -> bool:
        asked.append(copies_text(copies))
        assert old.path in copies.snapshots and copies.backups == (backup,)
        return True

    action.ask_delete_copies = answer
    dialog = action.dialog()
    dialog.set_entries(list(p.pseudonyms.seed().entries))
    dialog._finish("apply")
    with qtbot.waitSignal(action.finished, timeout=30000, check_params_cb=lambda n: n == "copies"):
        assert action.finish(dialog)
    assert "snapshot(s) taken before now and 1 backup(s)" in asked[0]
    assert "also the way back" in asked[0]
    assert not old.path.exists() and not backup.exists()
    left = snaps.list()
    assert [s.reason for s in left] == [PSEUDONYMISED]  # a fresh one, pseudonymised
    with Project.open(left[0].path, read_only=True) as snap:
        assert not any("Zoë" in snap.sources.text(s.id) for s in snap.sources.all())
        assert snap.pseudonyms.get_list().entries  # the key: "Remove Key" takes it out
    assert "Remove Key from Project" in asked[0]
    assert "deleted securely" in window.statusBar().currentMessage()
    window.undo_stack.undo()  # the way back while the project is open
    assert any("Zoë" in t for t in _texts(window))


def test_an_undo_the_service_refuses_is_explained(
    qtbot,
    window: MainWindow,
    demo_path: Path,
    shown,  # type: ignore[no-untyped-def]
) -> None:
    action = _action(window, demo_path)
    action.ask_delete_copies = lambda _p, _c: False
    p = window.project
    assert p is not None
    with qtbot.waitSignal(action.finished, timeout=30000, check_params_cb=lambda n: n == "copies"):
        assert action.apply(p.pseudonyms.seed())
    p.text_edits.edit_text(1, p.sources.text(1) + "\nAdded later.")  # outside the stack
    window.undo_stack.undo()  # runs in the background, then refuses
    assert "cannot be undone" in shown.warnings[-1]
    assert "Added later." in p.sources.text(1)  # nothing was half undone
