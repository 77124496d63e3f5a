"""Code ▸ Pseudonymise…: seed, preview, apply as one undo command, export, remove the key."""

from __future__ import annotations

import json
from pathlib import Path

from ikt_desktop.domain.pseudonyms import Entry
from ikt_desktop.services.pseudonym_copies import OldCopies
from ikt_desktop.ui.main_window import MainWindow
from ikt_desktop.ui.pseudonym_actions import PseudonymActions, PseudonymiseDialog


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
    dialog.close()
