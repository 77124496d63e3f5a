"""Auto-code dialogs and the Interview Guide tab, driven through real widgets (never
through a modal exec())."""

from __future__ import annotations

from pathlib import Path

import docx
from PySide6.QtCore import Qt

from ikt_desktop.domain.coding.autocode import parse_guide
from ikt_desktop.services.project import Project
from ikt_desktop.ui.codebook.autocode_dialogs import GuideDialog
from ikt_desktop.ui.codebook.autocode_models import GuideMatchModel, TurnsPerSourceModel
from ikt_desktop.ui.codebook.model import CodebookModel
from ikt_desktop.ui.shell.main_window import MainWindow

GUIDE = Path(__file__).parents[2] / "resources" / "demo" / "interview_guide.md"


def _open(window: MainWindow, demo_path: Path) -> Project:
    assert window.open_project(demo_path)
    project = window.workspace.project
    assert project is not None
    return project


def preview(qtbot, dialog):  # type: ignore[no-untyped-def]
    """Run the dialog's preview (off the GUI thread) and wait for its plan."""
    with qtbot.waitSignal(dialog.previewed, timeout=20_000) as blocker:
        dialog.preview()
    return blocker.args[0]


def _tick(widget, contains: str) -> None:  # type: ignore[no-untyped-def]
    for i in range(widget.count()):
        if contains in widget.item(i).text():
            widget.item(i).setCheckState(Qt.CheckState.Checked)


def test_guide_dialog_adds_structural_codes_in_their_own_tab(window: MainWindow,
                                                            demo_path: Path) -> None:  # fmt: skip
    project = _open(window, demo_path)
    pane = window.codebook_pane
    assert pane is not None
    thematic_rows = pane.model.rowCount()
    dialog = window.autocode.open_guide()
    assert dialog.memo_button.isVisibleTo(dialog)  # the demo keeps its guide in a memo
    dialog.memo_button.click()
    assert dialog.editor.toPlainText() == GUIDE.read_text(encoding="utf-8")
    assert dialog.parsed.count() == 8 and dialog.add_button.isEnabled()
    dialog.add()
    assert window.autocode.dialog is dialog and dialog.editor.toPlainText() == ""  # stays open
    assert dialog.guide.model.rowCount() == 8 and "8 questions" in dialog.count_label.text()
    assert pane.model.rowCount() == thematic_rows  # the codebook tab did not change
    assert pane.guide_model.rowCount() == 1
    root = pane.guide_model.index(0, 0)
    assert root.data() == "Interview guide" and pane.guide_model.rowCount(root) == 8
    assert pane.tabs.currentWidget() is pane.guide_view
    window.undo_stack.undo()
    assert pane.guide_model.rowCount() == 0 and project.guide.questions() == []
    window.undo_stack.redo()
    assert len(project.guide.questions()) == 8


def test_guide_dialog_loads_docx_and_reports_bad_files(window: MainWindow, demo_path: Path,
                                                       tmp_path: Path, shown) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    project = _open(window, demo_path)
    path = tmp_path / "guide.docx"
    document = docx.Document()
    for line in ("Q1. ¿Cómo empezó? 👍", "Q2) 患者参与是什么意思？"):
        document.add_paragraph(line)
    document.save(str(path))
    dialog = GuideDialog(project, window.hub, window.undo_stack, window, lambda _p: path)
    dialog.load()
    assert [dialog.parsed.item(i).text() for i in range(2)] == ["Q1 ¿Cómo empezó? 👍",
                                                               "Q2 患者参与是什么意思"]  # fmt: skip
    bad = tmp_path / "bad.docx"
    bad.write_bytes(b"PK\x03\x04 not really")
    dialog = GuideDialog(project, window.hub, window.undo_stack, window, lambda _p: bad)
    dialog.load()
    assert shown.warnings and shown.warnings[0].startswith("bad.docx: ")
    assert dialog.editor.toPlainText() == ""


def test_answers_dialog_untick_and_apply_as_one_undo(window: MainWindow, demo_path: Path,
                                                     qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    project = _open(window, demo_path)
    project.guide.add_questions(parse_guide(GUIDE.read_text(encoding="utf-8")))
    before = project.info().codings
    dialog = window.autocode.open_answers()
    plan = preview(qtbot, dialog)
    assert plan is not None and len(plan.hits) == 64 and dialog.apply_button.isEnabled()
    qtmodeltester.check(dialog.model)
    model: GuideMatchModel = dialog.model
    dropped = model.rows[0]
    assert model.setData(model.index(0, 0), Qt.CheckState.Unchecked.value,
                         Qt.ItemDataRole.CheckStateRole)  # fmt: skip
    dialog.threshold.setValue(0.6)  # a change makes the preview stale
    assert not dialog.apply_button.isEnabled()
    dialog.threshold.setValue(0.5)
    preview(qtbot, dialog)
    model.setData(model.index(0, 0), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    expected = sum(len(h.spans) for h in plan.hits) - len(dropped.spans)
    sources = window.sources_pane
    assert sources is not None
    changed: list[object] = []
    sources.model.dataChanged.connect(lambda *a: changed.append(a))
    dialog.apply()
    assert project.info().codings == before + expected
    # eight sources' counts changed at once: one dataChanged over their rows, not eight
    assert len(changed) == 1
    counts = {s.name: s.coding_count for s in project.sources.all()}
    assert {r.name: r.coding_count for r in sources.model.rows} == counts
    assert window.undo_stack.undoText().startswith("Auto-Code Guide Answers")
    window.undo_stack.undo()
    assert project.info().codings == before
    window.undo_stack.redo()
    assert project.info().codings == before + expected
    # a guide code is retrievable: selecting it lists its segments
    pane = window.codebook_pane
    assert pane is not None
    question = project.guide.questions()[1]
    pane.select_code(question.id)
    retrieval = window.retrieval_pane
    assert retrieval is not None and retrieval.model.rowCount() == len(
        project.codings.for_code(question.id))  # fmt: skip


def test_speaker_dialog_preview_and_apply(window: MainWindow, demo_path: Path,
                                          qtbot, qtmodeltester) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    project = _open(window, demo_path)
    code = project.codebook.all("thematic")[0]
    before = project.codebook.get(code.id).coding_count
    dialog = window.autocode.open_speaker()
    dialog.code_box.setCurrentIndex(dialog.code_box.findData(code.id))
    assert preview(qtbot, dialog) is None  # nobody chosen yet
    assert "Choose at least one" in dialog.summary.text()
    _tick(dialog.who, "Role: extended collaborator")
    plan = preview(qtbot, dialog)
    assert plan is not None and len(plan.hits) == 74
    qtmodeltester.check(dialog.model)
    model: TurnsPerSourceModel = dialog.model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == [25, 22, 27]
    dialog.apply()
    assert project.codebook.get(code.id).coding_count == before + 74
    window.undo_stack.undo()
    assert project.codebook.get(code.id).coding_count == before


def test_structural_model_passes_modeltester(demo: Project, qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    demo.guide.add_questions(parse_guide(GUIDE.read_text(encoding="utf-8")))
    model = CodebookModel(demo.codebook, kind="structural")
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    thematic = CodebookModel(demo.codebook, kind="thematic")
    qtmodeltester.check(thematic)
    assert all(thematic.code_at(thematic.index(r, 0)).kind == "thematic"  # type: ignore[union-attr]
               for r in range(thematic.rowCount()))  # fmt: skip


def test_closing_the_dialog_during_a_preview_stops_it(window: MainWindow, demo_path: Path,
                                                      qtbot) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    project = _open(window, demo_path)
    project.guide.add_questions(parse_guide(GUIDE.read_text(encoding="utf-8")))
    before = project.info().codings
    dialog = window.autocode.open_answers()
    dialog.preview()
    dialog.reject()  # cancels and waits for the worker; nothing is coded
    job = dialog.jobs.job
    assert job is None or not job.runner.isRunning()
    qtbot.waitUntil(lambda: window.autocode.dialog is None)
    assert project.info().codings == before and window.undo_stack.count() == 0


def test_guide_codes_stay_off_the_theme_board(window: MainWindow, demo_path: Path) -> None:
    project = _open(window, demo_path)
    board = window.workspace.board
    board.reload()
    cards = len(board.scene.cards)
    project.guide.add_questions(parse_guide(GUIDE.read_text(encoding="utf-8")))
    board.reload()
    assert len(board.scene.cards) == cards
    assert all(c.code.kind == "thematic" for c in board.scene.cards)


def test_a_large_apply_runs_off_the_gui_thread_and_so_do_undo_and_redo(
    window: MainWindow,
    demo_path: Path,
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    project = _open(window, demo_path)
    code = project.codebook.all("thematic")[0]
    before = project.codebook.get(code.id).coding_count
    actions = window.autocode
    actions.background_from = 10  # the demo's 74 turns count as large here
    dialog = actions.open_speaker()
    dialog.code_box.setCurrentIndex(dialog.code_box.findData(code.id))
    _tick(dialog.who, "Role: extended collaborator")
    assert preview(qtbot, dialog) is not None
    with qtbot.waitSignal(actions.applied, timeout=20_000) as blocker:
        dialog.apply()
        assert actions.job is not None  # running: the window keeps painting
    assert blocker.args == [True] and actions.job is None and actions.dialog is None
    assert project.codebook.get(code.id).coding_count == before + 74
    assert window.codebook_pane is not None
    ids = {c.id for c in project.codings.for_code(code.id)}
    window.undo_stack.undo()  # run_blocking: off the GUI thread, waited for
    assert project.codebook.get(code.id).coding_count == before
    window.undo_stack.redo()
    assert {c.id for c in project.codings.for_code(code.id)} == ids  # the same ids back


def test_cancelling_a_large_apply_changes_nothing(window: MainWindow, demo_path: Path,
                                                  qtbot) -> None:  # type: ignore[no-untyped-def]  # fmt: skip
    project = _open(window, demo_path)
    before = project.info().codings
    actions = window.autocode
    actions.background_from = 10

    def cancel_then_start(job):  # type: ignore[no-untyped-def]
        job.worker.cancel()  # as if Cancel were pressed before the first report
        job.start()

    actions.start_job = cancel_then_start
    project.guide.add_questions(parse_guide(GUIDE.read_text(encoding="utf-8")))
    dialog = actions.open_answers()
    assert preview(qtbot, dialog) is not None
    with qtbot.waitSignal(actions.applied, timeout=20_000) as blocker:
        dialog.apply()
    assert blocker.args == [False] and actions.dialog is dialog  # still open, to try again
    assert project.info().codings == before and window.undo_stack.count() == 0
