"""The import dialog proposes each transcript's recording (issue 17): a ticked row naming
it, untickable; Import links the ticked ones in the same undo step as the transcripts."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QPoint, Qt

from ikt_desktop.ui.shell.main_window import MainWindow
from tests.media_files import encode, write_wav

DATA = Path(__file__).resolve().parent.parent / "data" / "transcripts"


def test_import_links_the_ticked_recordings_in_one_undo_step(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.create_project(tmp_path / "study.ikt", "Study")
    project = window.project
    assert project is not None
    folder = tmp_path / "interviews"
    folder.mkdir()
    first = Path(shutil.copy(DATA / "zoom.vtt", folder / "E01.vtt"))
    second = Path(shutil.copy(DATA / "teams.vtt", folder / "E02.vtt"))
    third = Path(shutil.copy(DATA / "otter.txt", folder / "E03.txt"))
    video = encode(folder / "E01.mp4", 1.0, video=True)
    write_wav(folder / "E02.wav", 1.0)
    # the recording dropped with its transcript is not a file of its own in the batch
    dialog = window.import_files([first, video, second, third])
    assert dialog is not None
    assert [e.path.name for e in dialog.entries] == ["E01.vtt", "E02.vtt", "E03.txt"]
    box = dialog.recording_box
    assert box.isEnabled() and box.isChecked()
    assert "E01.mp4 (video, 0:00:01)" in box.text()
    dialog.files.setCurrentRow(1)
    assert box.isChecked() and "E02.wav (audio" in box.text()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not box.isChecked() and dialog.entries[1].plan.recording is None  # type: ignore[union-attr]
    dialog.files.setCurrentRow(2)
    assert not box.isEnabled() and "None beside this file" in box.text()
    dialog.files.setCurrentRow(0)
    assert box.isChecked()
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as blocker:
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    outcome = blocker.args[0]
    assert [r.recording for r in outcome.results] == ["E01.mp4", None, None]
    ids = [r.source.id for r in outcome.results]
    linked = project.recordings.get(ids[0])
    assert linked is not None and linked.kind == "video" and not linked.embedded
    assert project.recordings.get(ids[1]) is None
    assert window.action_undo.text() == "&Undo Import 3 Transcripts"
    window.action_undo.trigger()
    assert project.info().sources == 0
    assert all(project.recordings.get(i) is None for i in ids)
    window.action_redo.trigger()
    again = project.recordings.get(ids[0])
    assert again is not None and again.sha256 == linked.sha256
    assert window.workspace is not None
    window.workspace.sources_pane.select_source(ids[0])
    window.workspace.show_source(ids[0])
    media = window.workspace.media
    qtbot.waitUntil(lambda: media.player.duration() > 0, timeout=5000)  # it plays
