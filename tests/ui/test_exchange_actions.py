"""File ▸ Import/Export REFI-QDA, driven as a user would (file dialogs patched)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from ikt_desktop.db.cipher import Password
from ikt_desktop.services.project import Project
from ikt_desktop.ui.exchange import exchange_actions
from ikt_desktop.ui.privacy import password_dialog
from ikt_desktop.ui.privacy.password_dialog import NewProjectChoice
from ikt_desktop.ui.shell.background import ProgressJob
from ikt_desktop.ui.shell.main_window import MainWindow
from tests.producers import MARKS, Habits, write_project
from tests.refi import make_qdpx, validate_qdc, validate_qdpx
from tests.unit.test_refi_hostile import LAUGHS


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> dict[str, object]:
    """What the patched open/save dialogs answer; ``encrypt``: what the New Project
    options answer on importing a project (not encrypted unless a test says so)."""
    answers: dict[str, object] = {"open": None, "save": None,
                                  "encrypt": NewProjectChoice(None), "asked": []}  # fmt: skip
    monkeypatch.setattr(exchange_actions, "ask_open", lambda *_a: answers["open"])
    monkeypatch.setattr(exchange_actions, "ask_save", lambda *_a: answers["save"])

    def ask_new_project(_parent: object, path: Path, title: str, verb: str) -> object:
        answers["asked"].append((path.name, title, verb))  # type: ignore[attr-defined]
        return answers["encrypt"]

    monkeypatch.setattr(password_dialog, "ask_new_project", ask_new_project)
    return answers


def test_menu_entries(window: MainWindow) -> None:
    texts = [a.text() for a in window.menuBar().actions()[0].menu().actions()]
    for expected in ("Import REFI-QDA &Project…", "Import Code&book (.qdc)…",
                     "E&xport REFI-QDA Project…", "Export Codebook (.&qdc)…"):  # fmt: skip
        assert expected in texts
    window.exchange.update_enabled()
    assert window.exchange.import_project.isEnabled()
    assert not window.exchange.export_project.isEnabled()


def test_export_then_import_project_with_summary(qtbot, window: MainWindow, demo_path: Path,
                                                 tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    assert window.open_project(demo_path)
    actions = window.exchange
    dialogs["save"] = tmp_path / "out"  # the suffix is added
    with qtbot.waitSignal(actions.finished, timeout=20_000):
        actions.export_project.trigger()
    validate_qdpx(tmp_path / "out.qdpx")
    dialogs["save"] = tmp_path / "codes.qdc"
    actions.export_codebook.trigger()
    validate_qdc(tmp_path / "codes.qdc")

    dialogs["open"], dialogs["save"] = tmp_path / "out.qdpx", tmp_path / "imported.ikt"
    with qtbot.waitSignal(actions.finished, timeout=20_000):
        actions.import_project.trigger()
    assert window.project is not None and window.project.path == tmp_path / "imported.ikt"
    assert window.project.info().codings == 159
    dialog = actions.summary_dialog
    assert dialog is not None and dialog.isVisible()  # a child of the window: closed with it
    assert dialog.sections["Imported"].childCount() >= 8
    assert "code points" in dialog.facts.text()
    dialog.grab().save("/tmp/refi-summary.png")
    dialog.close()


def test_import_codebook_is_undoable(qtbot, window: MainWindow, demo: Project, tmp_path: Path,
                                     dialogs) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    demo.exchange.export_qdc(tmp_path / "codes.qdc")
    window.create_project(tmp_path / "fresh.ikt")
    project = window.project
    assert project is not None
    dialogs["open"] = tmp_path / "codes.qdc"
    window.exchange.import_codebook.trigger()
    assert project.info().codes == 26
    assert window.codebook_pane.model.rowCount() > 0  # type: ignore[union-attr]
    assert window.action_undo.text() == "&Undo Import Codebook 'codes.qdc'"
    assert window.exchange.summary_dialog is not None
    window.exchange.summary_dialog.close()
    window.action_undo.trigger()
    assert project.info().codes == 0 and window.codebook_pane.model.rowCount() == 0  # type: ignore[union-attr]
    window.action_redo.trigger()
    assert project.info().codes == 26


def test_hostile_file_shows_a_message_and_creates_nothing(qtbot, window: MainWindow,
                                                          tmp_path: Path, dialogs, shown) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    dialogs["open"] = make_qdpx(tmp_path / "laughs.qdpx", LAUGHS)
    dialogs["save"] = tmp_path / "new.ikt"
    with qtbot.waitSignal(window.exchange.finished, timeout=20_000):
        window.exchange.import_project.trigger()
    assert len(shown.warnings) == 1 and "laughs.qdpx" in shown.warnings[0]
    assert not (tmp_path / "new.ikt").exists() and window.project is None


def test_cancel_leaves_nothing_behind(qtbot, window: MainWindow, demo_path: Path, tmp_path: Path,
                                      dialogs, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    start = ProgressJob.start

    def cancelled_at_once(job: ProgressJob) -> None:
        job.dialog.canceled.emit()  # as if Cancel were pressed before the first step
        start(job)

    monkeypatch.setattr(ProgressJob, "start", cancelled_at_once)
    assert window.open_project(demo_path)
    dialogs["save"] = tmp_path / "out.qdpx"
    with qtbot.waitSignal(window.exchange.finished, timeout=20_000):
        window.exchange.export_project.trigger()
    assert "Cancelled" in window.statusBar().currentMessage()
    assert [p.name for p in tmp_path.iterdir() if "out" in p.name] == []
    dialogs["open"], dialogs["save"] = tmp_path / "none.qdpx", tmp_path / "new.ikt"
    demo_project = window.project
    assert demo_project is not None
    demo_project.exchange.export_qdpx(tmp_path / "none.qdpx")
    with qtbot.waitSignal(window.exchange.finished, timeout=20_000):
        window.exchange.import_project.trigger()
    assert not (tmp_path / "new.ikt").exists() and window.project is demo_project


SECRET = "lösenord 🔒 密码"


def test_import_project_encrypted_with_a_password(qtbot, window: MainWindow, demo: Project,
                                                  tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    demo.exchange.export_qdpx(tmp_path / "study.qdpx")
    dialogs["open"], dialogs["save"] = tmp_path / "study.qdpx", tmp_path / "secret"
    dialogs["encrypt"] = NewProjectChoice(SECRET)
    with qtbot.waitSignal(window.exchange.finished, timeout=20_000):
        window.exchange.import_project.trigger()
    assert dialogs["asked"] == [("secret.ikt", "Import REFI-QDA Project", "Import study.qdpx as")]
    project = window.project
    assert project is not None and project.encrypted and project.info().codings == 159
    assert window.security.lock_label.isVisible()
    window.exchange.summary_dialog.close()  # type: ignore[union-attr]
    window.close_project()
    assert not (tmp_path / "secret.ikt").read_bytes().startswith(b"SQLite format 3")
    with Project.open(tmp_path / "secret.ikt", password=Password(SECRET)) as again:
        assert again.info().codings == 159


def test_cancelling_the_encryption_choice_imports_nothing(qtbot, window: MainWindow,
                                                         demo: Project, tmp_path: Path,
                                                         dialogs) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    demo.exchange.export_qdpx(tmp_path / "study.qdpx")
    dialogs["open"], dialogs["save"] = tmp_path / "study.qdpx", tmp_path / "new.ikt"
    dialogs["encrypt"] = None
    window.exchange.import_project.trigger()
    assert len(dialogs["asked"]) == 1  # type: ignore[arg-type]
    assert not (tmp_path / "new.ikt").exists() and window.project is None


def test_summary_shows_positions_by_source_and_what_to_check(qtbot, window: MainWindow,
                                                             tmp_path: Path, dialogs) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    """Issue 22: a QualCoder file mixing units, one selection's own text disagreeing."""
    habits = Habits("QualCoder 3.6", units="mixed", wrong_name=5)
    write_project(tmp_path / "qc.qdpx", habits, MARKS["emoji"], "early")
    dialogs["open"], dialogs["save"] = tmp_path / "qc.qdpx", tmp_path / "qc.ikt"
    with qtbot.waitSignal(window.exchange.finished, timeout=20_000):
        window.exchange.import_project.trigger()
    dialog = window.exchange.summary_dialog
    assert dialog is not None and dialog.isVisible()
    assert "Please check:" in dialog.facts.text() and "1 selection sits" in dialog.facts.text()
    check = dialog.sections["Check"]
    assert check.text(0) == "Check (1)" and "not in this interview" in check.child(0).text(0)
    positions = dialog.sections["Positions by source"]
    assert positions.isExpanded() and positions.childCount() == 1
    line = positions.child(0).text(0)
    assert line.startswith("Interview 3: UTF-16 code units (mixed units; fit: ")
    assert not positions.child(0).icon(0).isNull()  # doubtful: a warning icon
    assert dialog.tree.topLevelItem(0) is check  # what needs attention comes first
    dialog.copy()
    copied = QApplication.clipboard().text()
    assert "Check: Interview 3: at " in copied and "Positions (check): Interview 3" in copied
    dialog.resize(900, 520)
    dialog.grab().save(str(tmp_path / "summary.png"))
    dialog.grab().save("/tmp/refi-positions-summary.png")
    dialog.close()
