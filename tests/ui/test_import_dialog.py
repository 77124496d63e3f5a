"""The import dialog and the window's import flow, driven as a user would."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from ikt_desktop.domain.transcripts.speakers import SpeakerRole
from ikt_desktop.services.project import Project
from ikt_desktop.ui.exchange.import_dialog import ImportDialog
from ikt_desktop.ui.shell.main_window import MainWindow

DATA = Path(__file__).resolve().parent.parent / "data" / "transcripts"


def test_dialog_shows_detection_speakers_and_preview(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(project.imports, project.participants,
                          [DATA / "teams.vtt", DATA / "broken_times.vtt"])  # fmt: skip
    qtbot.addWidget(dialog)
    assert dialog.files.count() == 2
    assert dialog.files.item(1).text() == "broken_times.vtt"  # an icon marks the failure
    failed = dialog.files.item(1).data(Qt.ItemDataRole.AccessibleTextRole)
    assert failed == "Cannot import: broken_times.vtt"
    assert "WebVTT captions · UTF-8" in dialog.detected.text()
    assert dialog.speakers.rowCount() == 2
    assert dialog.preview.toPlainText().startswith("Whitfield, Dana (Research): Thanks")
    dialog.rename_speaker("Bélanger, Zoë", "P1")
    assert "\n\nP1: Sure. The MS Society newsletter" in dialog.preview.toPlainText()
    dialog.files.setCurrentRow(1)
    assert "broken time stamp" in dialog.detected.text()
    assert dialog.import_button.text() == "Import 1 File"
    assert "1 file cannot be imported" in dialog.status.text()


def test_participant_without_label_blocks_import(qtbot, project: Project) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportDialog(project.imports, project.participants, [DATA / "ir.txt"])
    qtbot.addWidget(dialog)
    dialog.set_speaker("R", SpeakerRole.PARTICIPANT, "")
    assert not dialog.import_button.isEnabled()
    assert "choose a participant label for R" in dialog.status.text()
    dialog.set_speaker("R", SpeakerRole.PARTICIPANT, "P7", "extended collaborator")
    assert dialog.import_button.isEnabled()


def test_batch_import_runs_off_the_gui_thread_then_undo_redo(
    qtbot,
    window: MainWindow,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    window.create_project(tmp_path / "study.ikt", "Study")
    project = window.project
    assert project is not None
    dialog = window.import_files([DATA / "teams.vtt", DATA / "otter.txt", DATA / "labelled.txt"])
    assert dialog is not None
    dialog.files.setCurrentRow(0)
    dialog.set_speaker("Bélanger, Zoë", SpeakerRole.PARTICIPANT, "P1", "iKT panel member")
    dialog.rename_speaker("Bélanger, Zoë", "P1")
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    outcome = blocker.args[0]
    assert len(outcome.results) == 3 and outcome.failures == ()
    info = project.info()
    assert info.sources == 3 and window.sources_pane.model.rowCount() == 3  # type: ignore[union-attr]
    people = {p.label: p.role for p in project.participants.all()}
    assert people == {"P1": "iKT panel member", "P2": "", "P3": ""}
    assert window.action_undo.text() == "&Undo Import 3 Transcripts"
    window.action_undo.trigger()
    assert project.info().sources == 0 and project.participants.all() == []
    assert window.sources_pane.model.rowCount() == 0  # type: ignore[union-attr]
    window.action_redo.trigger()
    assert project.info() == info
    assert {p.label for p in project.participants.all()} == {"P1", "P2", "P3"}


def test_dropping_files_on_the_window_opens_the_import(window: MainWindow, tmp_path: Path) -> None:
    window.create_project(tmp_path / "drop.ikt")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(DATA / "zoom.vtt"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    window.dropEvent(event)
    dialogs = window.findChildren(ImportDialog)
    assert len(dialogs) == 1 and dialogs[0].entries[0].path.name == "zoom.vtt"
    dialogs[0].reject()


def test_read_only_project_cannot_import(window: MainWindow, demo_path: Path, shown) -> None:  # type: ignore[no-untyped-def]
    other = Project.open(demo_path)
    try:
        from ikt_desktop.ui.shell import messages

        shown.answer = messages.Choice.READ_ONLY
        window.open_project(demo_path)
        assert not window.action_import.isEnabled()
        assert window.import_files([DATA / "zoom.vtt"]) is None
    finally:
        window.close_project()
        other.close()


def test_cancel_stops_after_the_current_file(qtbot, project: Project, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from ikt_desktop.services.exchange.imports import plan_from
    from ikt_desktop.ui.exchange.import_worker import ImportWorker, start_import

    jobs = []
    for n in range(40):
        copy = tmp_path / f"interview-{n}.vtt"
        copy.write_bytes((DATA / "zoom.vtt").read_bytes())
        preview = project.imports.preview(copy, reserved_labels={f"P{k}" for k in range(n + 1)})
        jobs.append((preview, plan_from(preview)))
    worker = ImportWorker(project.imports, jobs)
    worker.progress.connect(lambda done, _name: worker.cancel() if done == 2 else None)
    with qtbot.waitSignal(worker.done, timeout=20_000) as blocker:
        thread = start_import(worker, None)
    thread.wait()
    outcome = blocker.args[0]
    assert outcome.cancelled and 2 <= len(outcome.results) < 40
    assert project.info().sources == len(outcome.results)  # each file whole, or not at all
    for result in outcome.results:
        assert len(project.sources.turns(result.source.id)) == 4


def test_a_reader_bug_is_reported_not_raised(qtbot, project: Project, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("parser bug")

    monkeypatch.setattr(project.imports, "preview", boom)
    dialog = ImportDialog(project.imports, project.participants, [DATA / "ir.txt"])
    qtbot.addWidget(dialog)
    assert "unexpected error (parser bug)" in dialog.entries[0].error


def test_header_lines_are_shown_and_one_can_become_a_speaker(
    qtbot,
    project: Project,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    path = tmp_path / "e01.txt"
    path.write_text(
        "Proyecto: Vivir con EM\nEntrevista E01, 12 de marzo de 2025\nDuración: 00:52:10\n\n"
        "Entrevistadora: ¿Cómo está hoy?\n\nE01: Bien, gracias.\n\n"
        "Entrevistadora: ¿Y el trabajo?\n\nE01: Lo dejé.\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(project.imports, project.participants, [path])
    qtbot.addWidget(dialog)
    assert dialog.speakers.rowCount() == 2
    assert "Proyecto, Duración" in dialog.header_labels.text()
    assert dialog.preview.toPlainText().startswith("Proyecto: Vivir con EM\n\n")
    actions = [a.text() for a in dialog.make_speaker_button.menu().actions()]
    assert actions == ["Proyecto", "Duración"]
    dialog.make_speaker_button.menu().actions()[0].trigger()
    assert dialog.speakers.rowCount() == 3
    assert dialog._row_of("Proyecto") == 0  # its lines are now its words
    assert dialog.header_labels.text() == "none"
    assert dialog.preview.toPlainText().startswith("Proyecto: Vivir con EM Entrevista E01")
